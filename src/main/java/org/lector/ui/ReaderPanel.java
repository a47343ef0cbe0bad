package org.lector.ui;

import java.awt.BorderLayout;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.JPanel;
import javax.swing.JSplitPane;

/**
 * Everything inside the window: controls and the position bar on top, the reading pane and the summary side by side,
 * the status line at the bottom. Tab order follows: controls → reading pane → summary.
 */
final class ReaderPanel extends JPanel {

    final ControlsPanel controls;
    final ReadingPane reading = new ReadingPane();
    final SummaryPane summary = new SummaryPane();
    final StatusLine status = new StatusLine();
    /** The article beside the summary. */
    final JSplitPane split;
    private IntConsumer onParagraph = paragraph -> { };
    /** How far through the article: a slider over its paragraphs, under the controls. */
    final PositionBar position = new PositionBar(paragraph -> onParagraph.accept(paragraph));

    ReaderPanel(ReaderActions actions, IntConsumer onSpeed, Consumer<String> onVoice) {
        super(new BorderLayout());
        controls = new ControlsPanel(actions, onSpeed, onVoice);
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, reading, summary);
        split.setResizeWeight(ARTICLE_SHARE);
        split.setContinuousLayout(true);
        shareWidth(split, summary);
        split.setFocusable(false);
        split.getAccessibleContext().setAccessibleName("Article and summary");
        // A split pane takes F6 and F8 for itself; in Lector F6 moves between areas (see Commands.cycleFocus).
        var splitKeys = split.getInputMap(javax.swing.JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        splitKeys.put(javax.swing.KeyStroke.getKeyStroke("F6"), "none");
        splitKeys.put(javax.swing.KeyStroke.getKeyStroke("F8"), "none");
        JPanel top = new JPanel(new BorderLayout());
        top.add(controls, BorderLayout.CENTER);
        top.add(position, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }

    /** The article's share of the width beside the summary, and the least it gives up to the summary's labels. */
    static final double ARTICLE_SHARE = 0.6;
    static final double LEAST_ARTICLE_SHARE = 0.4;

    /**
     * Splits the width by share, not by what each side would like: at a large zoom the summary's
     * wrapped text asks for most of the window and left the article a few letters a line. The
     * summary gets room for its longest label when the article keeps at least
     * {@link #LEAST_ARTICLE_SHARE}. A divider the user drags stays where it was put.
     */
    private static void shareWidth(JSplitPane split, SummaryPane summary) {
        boolean[] moved = {false};
        // Only a drag moves the divider for good (F6 and F8, a split pane's keys, are Lector's);
        // the look and feel lays it out again, and installs a new divider, on every zoom or theme.
        java.awt.event.MouseAdapter dragged = new java.awt.event.MouseAdapter() {
            @Override
            public void mouseDragged(java.awt.event.MouseEvent event) {
                moved[0] = true;
            }
        };
        Runnable watchDivider = () -> {
            if (split.getUI() instanceof javax.swing.plaf.basic.BasicSplitPaneUI basic) {
                basic.getDivider().removeMouseMotionListener(dragged);
                basic.getDivider().addMouseMotionListener(dragged);
            }
        };
        Runnable place = () -> {
            if (!moved[0] && split.getWidth() > 0) {
                split.setDividerLocation(articleWidth(split, summary));
            }
        };
        watchDivider.run();
        // A new zoom or theme: the summary's labels have a new width, once laid out.
        split.addPropertyChangeListener("UI", event -> {
            watchDivider.run();
            javax.swing.SwingUtilities.invokeLater(place);
        });
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent event) {
                place.run();
            }
        });
        // "Summary (12 sentences)" is wider than "Summary": the summary may need more room.
        summary.onHeadingChanged(() -> javax.swing.SwingUtilities.invokeLater(place));
    }

    static int articleWidth(JSplitPane split, SummaryPane summary) {
        int width = split.getWidth() - split.getDividerSize();
        int summaryNeeds = summary.narrowestWidth();
        int wanted = Math.min((int) (width * ARTICLE_SHARE), width - summaryNeeds);
        return Math.max(wanted, (int) (width * LEAST_ARTICLE_SHARE));
    }

    /** Called with the paragraph number (0 for the headline) the listener chose on the position bar. */
    void onParagraphChosen(IntConsumer handler) {
        onParagraph = java.util.Objects.requireNonNull(handler, "handler");
    }
}
