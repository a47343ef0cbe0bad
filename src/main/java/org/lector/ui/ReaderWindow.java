package org.lector.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.lector.cli.WindowOpener;
import org.lector.text.Article;
import org.lector.text.Paragraph;

/**
 * A first reading window: the article in its clean reading order, in a read-only text pane that
 * a screen reader can walk. The full reader (highlight, speech, summary, keys) grows from here.
 */
public final class ReaderWindow {

    private ReaderWindow() {
    }

    /** Opens windows from the command line, remembering whether it did. */
    public static final class Opener implements WindowOpener {
        private volatile boolean opened;

        @Override
        public boolean isAvailable() {
            return !GraphicsEnvironment.isHeadless();
        }

        @Override
        public void open(Article article) {
            opened = true;
            SwingUtilities.invokeLater(() -> show(article));
        }

        /** Whether a window was opened, so {@code main} knows to leave the JVM running. */
        public boolean hasOpened() {
            return opened;
        }
    }

    /** Builds and shows the window; call on the event dispatch thread. */
    static void show(Article article) {
        JFrame frame = new JFrame(article.title() + " — Lector");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JTextArea text = new JTextArea(readerText(article));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setMargin(new java.awt.Insets(16, 24, 16, 24));
        text.setFont(new Font(Font.SERIF, Font.PLAIN, 18));
        text.getAccessibleContext().setAccessibleName("Article");
        text.getAccessibleContext().setAccessibleDescription("The article in reading order: " + article.title());
        text.setCaretPosition(0);
        frame.getRootPane().registerKeyboardAction(event -> frame.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_Q, KeyEvent.CTRL_DOWN_MASK), JComponent.WHEN_IN_FOCUSED_WINDOW);
        frame.add(new JScrollPane(text), BorderLayout.CENTER);
        frame.setSize(820, 900);
        frame.setLocationByPlatform(true);
        frame.setVisible(true);
        text.requestFocusInWindow();
    }

    /** The reading order laid out as a reader view: header lines, then paragraphs separated by blank lines. */
    static String readerText(Article article) {
        StringBuilder text = new StringBuilder(article.title()).append("\n\n");
        article.subtitle().ifPresent(subtitle -> text.append(subtitle).append("\n\n"));
        article.byline().ifPresent(byline -> text.append(byline).append('\n'));
        article.dates().forEach(date -> text.append(date).append('\n'));
        text.append('\n');
        for (Paragraph paragraph : article.paragraphs()) {
            text.append(paragraph.text()).append("\n\n");
        }
        article.source().ifPresent(source -> text.append(source).append('\n'));
        return text.toString();
    }
}
