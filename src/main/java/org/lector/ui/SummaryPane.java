package org.lector.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import org.lector.summary.Summary;

/**
 * The summary: its sentences in article order. Enter (or a double click) on one goes to that
 * sentence in the full article and reads on. The length control sets how many sentences it has.
 */
final class SummaryPane extends JPanel {

    private final DefaultListModel<String> model = new DefaultListModel<>();
    private final JList<String> list = new JList<>(model) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            // As wide as the pane shows, never wider: each sentence wraps inside it, none is cut off.
            return true;
        }
    };
    private final JLabel heading = new JLabel("Summary");
    private final WrapLayout topLayout = new WrapLayout(java.awt.FlowLayout.LEADING, 8, 0);
    private final JPanel top = new JPanel(topLayout);
    private final SpinnerNumberModel lengthModel = new SpinnerNumberModel(3, 1, 3, 1);
    private final JSpinner length = new JSpinner(lengthModel);
    private IntConsumer onJump = index -> { };
    private IntConsumer onLength = count -> { };
    private boolean updating;

    SummaryPane() {
        super(new BorderLayout(0, 6));
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        heading.setLabelFor(list);
        heading.setDisplayedMnemonic(KeyEvent.VK_Y);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Wrapping());
        list.addComponentListener(new java.awt.event.ComponentAdapter() {
            private int width = -1;

            @Override
            public void componentResized(java.awt.event.ComponentEvent event) {
                if (list.getWidth() != width) {
                    width = list.getWidth();
                    // The list keeps each row's height from its last layout: a new width wraps the sentences anew.
                    list.setFixedCellHeight(1);
                    list.setFixedCellHeight(-1);
                }
            }
        });
        list.getAccessibleContext().setAccessibleName("Summary sentences");
        list.getAccessibleContext().setAccessibleDescription(
                "Press Enter on a sentence to read the article from there");
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "jumpToArticle");
        list.getActionMap().put("jumpToArticle", new AbstractAction("Read from here") {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                jumpToSelected();
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                if (event.getClickCount() == 2) {
                    jumpToSelected();
                }
            }
        });
        JLabel lengthLabel = new JLabel("Length (sentences):");
        lengthLabel.setLabelFor(length);
        lengthLabel.setDisplayedMnemonic(KeyEvent.VK_G);
        Accessibility.name(length, "Summary length in sentences", "How many sentences the summary has");
        length.addChangeListener(event -> {
            if (!updating) {
                onLength.accept((Integer) length.getValue());
            }
        });
        // Wraps: when the pane is narrow (a large zoom), the length goes under the heading, and
        // its box under its label.
        top.add(heading);
        top.add(lengthLabel);
        top.add(length);
        add(top, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list);
        scroll.getAccessibleContext().setAccessibleName("Summary");
        add(scroll, BorderLayout.CENTER);
    }

    /** The least width that shows the heading, the length's label and its box whole, one under another. */
    int narrowestWidth() {
        java.awt.Insets insets = getInsets();
        return topLayout.narrowestWidth(top) + insets.left + insets.right;
    }

    /** Called when the heading's text changes, and with it the width the pane needs. */
    void onHeadingChanged(Runnable handler) {
        heading.addPropertyChangeListener("text", event -> handler.run());
    }

    private void jumpToSelected() {
        int index = list.getSelectedIndex();
        if (index >= 0) {
            onJump.accept(index);
        }
    }

    /** Called with the summary sentence index when the listener jumps into the article. */
    void onJump(IntConsumer handler) {
        onJump = handler;
    }

    /** Called with the new sentence count when the length control changes. */
    void onLength(IntConsumer handler) {
        onLength = handler;
    }

    /** Shows a summary of an article with {@code available} body sentences. */
    void show(Summary summary, int available) {
        updating = true;
        try {
            model.clear();
            for (Summary.Chosen chosen : summary.sentences()) {
                model.addElement(chosen.sentence().text());
            }
            lengthModel.setMaximum(Math.max(1, available));
            lengthModel.setValue(Math.max(1, Math.min(available, summary.size())));
            heading.setText("Summary (" + summary.size() + (summary.size() == 1 ? " sentence)" : " sentences)"));
            list.getAccessibleContext().setAccessibleName("Summary sentences, " + summary.size());
        } finally {
            updating = false;
        }
    }

    /** Selects the sentence being read in summary mode (or clears the selection). */
    void select(int index) {
        if (index >= 0 && index < model.size()) {
            list.setSelectedIndex(index);
            list.ensureIndexIsVisible(index);
        } else {
            list.clearSelection();
        }
    }

    JList<String> sentenceList() {
        return list;
    }

    JSpinner lengthControl() {
        return length;
    }

    List<String> sentences() {
        return java.util.Collections.list(model.elements());
    }

    /** Wraps long sentences to the list's width, and names each for screen readers. */
    private static final class Wrapping extends JTextArea implements ListCellRenderer<String> {
        Wrapping() {
            setEditable(false);
            setLineWrap(true);
            setWrapStyleWord(true);
            setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends String> owner, String value, int index,
                                                      boolean selected, boolean focused) {
            setText(value);
            int width = owner.getWidth() > 0 ? owner.getWidth() : 300;
            setSize(width, Short.MAX_VALUE);
            setFont(owner.getFont());
            setBackground(selected ? owner.getSelectionBackground() : owner.getBackground());
            setForeground(selected ? owner.getSelectionForeground() : owner.getForeground());
            return this;
        }

        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                // Each sentence is a list item to a screen reader, not an edit field.
                AccessibleJTextArea context = new AccessibleJTextArea() {
                    @Override
                    public javax.accessibility.AccessibleRole getAccessibleRole() {
                        return javax.accessibility.AccessibleRole.LIST_ITEM;
                    }

                    @Override
                    public String getAccessibleName() {
                        // The sentence itself, without a name-change event each time the renderer is reused.
                        return getText();
                    }
                };
                // A renderer is repainted for every row: its caret and text changes are not news to
                // a screen reader, so the accessible context does not listen for them.
                removeCaretListener(context);
                getDocument().removeDocumentListener(context);
                accessibleContext = context;
            }
            return accessibleContext;
        }
    }
}
