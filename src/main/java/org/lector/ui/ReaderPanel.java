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
    private IntConsumer onParagraph = paragraph -> { };
    /** How far through the article: a slider over its paragraphs, under the controls. */
    final PositionBar position = new PositionBar(paragraph -> onParagraph.accept(paragraph));

    ReaderPanel(ReaderActions actions, IntConsumer onSpeed, Consumer<String> onVoice) {
        super(new BorderLayout());
        controls = new ControlsPanel(actions, onSpeed, onVoice);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, reading, summary);
        split.setResizeWeight(0.7);
        split.setContinuousLayout(true);
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

    /** Called with the paragraph number (0 for the headline) the listener chose on the position bar. */
    void onParagraphChosen(IntConsumer handler) {
        onParagraph = java.util.Objects.requireNonNull(handler, "handler");
    }
}
