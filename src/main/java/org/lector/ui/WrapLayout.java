package org.lector.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * A flow layout that asks for the height its wrapped rows need at the container's width, so that
 * at a large zoom the controls go on to a second row instead of being cut off at the edge.
 */
final class WrapLayout extends FlowLayout {

    WrapLayout(int align, int hgap, int vgap) {
        super(align, hgap, vgap);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return wrappedSize(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        Dimension minimum = wrappedSize(target, false);
        minimum.width -= getHgap() + 1;
        return minimum;
    }

    /** The least width that shows each component whole, one under another: the widest of them, with the gaps and insets. */
    int narrowestWidth(Container target) {
        int widest = 0;
        for (Component component : target.getComponents()) {
            if (component.isVisible()) {
                widest = Math.max(widest, component.getPreferredSize().width);
            }
        }
        Insets insets = target.getInsets();
        return widest + insets.left + insets.right + getHgap() * 2;
    }

    private Dimension wrappedSize(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            // The width to wrap at: the container's own, else its parent's, else no wrapping.
            Container measured = target;
            while (measured.getWidth() == 0 && measured.getParent() != null) {
                measured = measured.getParent();
            }
            int available = measured.getWidth() > 0 ? measured.getWidth() : Integer.MAX_VALUE;
            Insets insets = target.getInsets();
            int maxRowWidth = available - insets.left - insets.right - getHgap() * 2;
            Dimension size = new Dimension(0, 0);
            int rowWidth = 0;
            int rowHeight = 0;
            for (Component component : target.getComponents()) {
                if (!component.isVisible()) {
                    continue;
                }
                Dimension d = preferred ? component.getPreferredSize() : component.getMinimumSize();
                if (rowWidth > 0 && rowWidth + getHgap() + d.width > maxRowWidth) {
                    size.width = Math.max(size.width, rowWidth);
                    size.height += rowHeight + getVgap();
                    rowWidth = 0;
                    rowHeight = 0;
                }
                rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
                rowHeight = Math.max(rowHeight, d.height);
            }
            size.width = Math.max(size.width, rowWidth);
            size.height += rowHeight;
            size.width += insets.left + insets.right + getHgap() * 2;
            size.height += insets.top + insets.bottom + getVgap() * 2;
            return size;
        }
    }
}
