package org.lector.ui;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import javax.swing.Icon;

/**
 * The playback symbols on the control buttons, drawn rather than loaded: they take the button's
 * own text colour (so every theme's contrast holds for them too) and the size of its text (so they
 * grow with the zoom). The text stays beside them; the symbol only helps the eye find the button.
 */
final class ControlIcon implements Icon {

    /** The symbols. */
    enum Shape { PLAY, PAUSE, STOP, PREVIOUS_PARAGRAPH, PREVIOUS_SENTENCE, NEXT_SENTENCE, NEXT_PARAGRAPH }

    private final Shape shape;
    private final int size;

    /**
     * @param shape the symbol
     * @param size its width and height in pixels: the height of the button's capital letters is right
     */
    ControlIcon(Shape shape, int size) {
        this.shape = shape;
        this.size = Math.max(8, size);
    }

    Shape shape() {
        return shape;
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }

    @Override
    public void paintIcon(Component component, Graphics graphics, int x, int y) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(component.isEnabled() ? component.getForeground()
                    : javax.swing.UIManager.getColor("Button.disabledText"));
            g.translate(x, y);
            int s = size;
            int bar = Math.max(2, s / 5);
            switch (shape) {
                case PLAY -> g.fill(triangle(s / 6, 0, s, s, true));
                case PAUSE -> {
                    g.fillRect(s / 6, 0, bar + 1, s);
                    g.fillRect(s - s / 6 - bar - 1, 0, bar + 1, s);
                }
                case STOP -> g.fillRect(s / 10, s / 10, s - s / 5, s - s / 5);
                case PREVIOUS_PARAGRAPH -> {
                    g.fillRect(0, 0, bar, s);
                    g.fill(triangle(bar, 0, s, s, false));
                }
                case NEXT_PARAGRAPH -> {
                    g.fill(triangle(0, 0, s - bar, s, true));
                    g.fillRect(s - bar, 0, bar, s);
                }
                case PREVIOUS_SENTENCE -> g.fill(triangle(s / 5, s / 6, s - s / 5, s - s / 6, false));
                case NEXT_SENTENCE -> g.fill(triangle(s / 5, s / 6, s - s / 5, s - s / 6, true));
            }
        } finally {
            g.dispose();
        }
    }

    /** A triangle filling the box from (x0, y0) to (x1, y1), its point to the right or to the left. */
    private static Polygon triangle(int x0, int y0, int x1, int y1, boolean right) {
        int middle = (y0 + y1) / 2;
        return right ? new Polygon(new int[] {x0, x1, x0}, new int[] {y0, middle, y1}, 3)
                : new Polygon(new int[] {x1, x0, x1}, new int[] {y0, middle, y1}, 3);
    }
}
