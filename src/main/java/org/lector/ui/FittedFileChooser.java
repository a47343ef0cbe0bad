package org.lector.ui;

import java.awt.Component;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import javax.swing.JDialog;
import javax.swing.JFileChooser;

/**
 * A file chooser whose dialog never reaches past the screen: at a large zoom Swing's chooser asks
 * for more room than a screen has, and its Save and Cancel buttons ended up off it.
 */
final class FittedFileChooser extends JFileChooser {

    /** Room left around the dialog, in pixels, so its edges and title bar stay in sight. */
    private static final int EDGE = 20;

    @Override
    protected JDialog createDialog(Component parent) {
        JDialog dialog = super.createDialog(parent);
        Rectangle screen = usableScreen(parent);
        int width = Math.min(dialog.getWidth(), screen.width - 2 * EDGE);
        int height = Math.min(dialog.getHeight(), screen.height - 2 * EDGE);
        if (width != dialog.getWidth() || height != dialog.getHeight()) {
            dialog.setSize(width, height);
            dialog.setLocation(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2);
        }
        return dialog;
    }

    /** The screen the parent is on, less its panels and task bars. */
    static Rectangle usableScreen(Component parent) {
        GraphicsConfiguration config = parent != null ? parent.getGraphicsConfiguration() : null;
        if (config == null) {
            return java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        }
        Rectangle bounds = config.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(config);
        return new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
    }
}
