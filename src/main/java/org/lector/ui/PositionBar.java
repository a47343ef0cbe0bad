package org.lector.ui;

import java.awt.BorderLayout;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import org.lector.session.Position;

/**
 * How far through the article the listener is: a slider over the paragraphs (0 is the headline)
 * and "Paragraph 3 of 17 · 1:05 of 4:09 · 3:04 left" beside it. To a screen reader it is a
 * slider with its value; focused, the arrow keys, Page Up and Down, Home and End move by paragraph.
 */
final class PositionBar extends JPanel {

    /** How the slider moves, said after where it is. */
    private static final String KEYS = "Left and Right, Up and Down move by paragraph; Home and End go to the start"
            + " and the end";

    private final JSlider slider = new JSlider(0, 1, 0);
    private final JLabel where = new JLabel(" ");
    private boolean updating;

    PositionBar(IntConsumer onParagraph) {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createEmptyBorder(0, 10, 4, 10));
        slider.setFocusable(true);
        slider.setSnapToTicks(true);
        slider.setMinorTickSpacing(1);
        slider.getAccessibleContext().setAccessibleName("Position in the article");
        slider.getAccessibleContext().setAccessibleDescription(
                "The paragraph being read. " + KEYS + " (Ctrl+Down and Ctrl+Up move by paragraph anywhere)");
        slider.setToolTipText("Position: drag, or use the arrow keys when focused");
        where.setLabelFor(slider);
        slider.addChangeListener(event -> {
            // While dragging, the place is chosen on release: each paragraph passed would start speaking.
            if (!updating && !slider.getValueIsAdjusting()) {
                onParagraph.accept(slider.getValue());
            }
        });
        add(slider, BorderLayout.CENTER);
        add(where, BorderLayout.EAST);
    }

    /** Shows a new place; the slider tells screen readers of its new value, not of a move asked for. */
    void show(Position position) {
        updating = true;
        try {
            slider.setMaximum(Math.max(1, position.paragraphCount()));
            slider.setValue(position.paragraph());
            slider.setMajorTickSpacing(Math.max(1, position.paragraphCount()));
        } finally {
            updating = false;
        }
        String text = (position.paragraph() == 0 ? "Headline"
                : "Paragraph " + position.paragraph() + " of " + position.paragraphCount())
                + " · " + Position.clock(position.secondsElapsed()) + " of " + Position.clock(position.secondsTotal())
                + " · " + Position.clock(position.secondsLeft()) + " left";
        where.setText(text);
        where.getAccessibleContext().setAccessibleName(text);
        slider.getAccessibleContext().setAccessibleDescription(text + ". " + KEYS);
    }

    JSlider slider() {
        return slider;
    }

    /** What the label beside the slider says, for tests. */
    String text() {
        return where.getText();
    }
}
