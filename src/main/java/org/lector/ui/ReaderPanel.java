package org.lector.ui;

import java.awt.BorderLayout;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.JPanel;
import javax.swing.JSplitPane;

/**
 * Everything inside the window: controls on top, the reading pane and the summary side by side,
 * the status line at the bottom. Tab order follows: controls → reading pane → summary.
 */
final class ReaderPanel extends JPanel {

    final ControlsPanel controls;
    final ReadingPane reading = new ReadingPane();
    final SummaryPane summary = new SummaryPane();
    final StatusLine status = new StatusLine();

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
        add(controls, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }
}
