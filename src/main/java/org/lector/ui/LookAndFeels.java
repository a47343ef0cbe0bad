package org.lector.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import javax.swing.UIManager;
import javax.swing.plaf.ColorUIResource;

/** Sets the FlatLaf look for a theme, with a wide, bright focus ring so focus is always visible. */
final class LookAndFeels {

    private LookAndFeels() {
    }

    /**
     * Sets the default font for a zoom; the caller then updates the component tree. Cheaper than
     * installing the look again, which a zoom alone does not need. Call with a FlatLaf look
     * installed: the first call takes that look's font as the standard size.
     */
    static void setZoom(int zoomPercent) {
        if (standardFont == null) {
            // The installed look's own font, read from its table (building another look's table
            // at start-up would cost as much as installing it).
            java.awt.Font current = UIManager.getLookAndFeelDefaults().getFont("defaultFont");
            standardFont = current != null ? current : new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13);
        }
        UIManager.put("defaultFont", new javax.swing.plaf.FontUIResource(
                standardFont.deriveFont(standardFont.getSize2D() * zoomPercent / 100f)));
    }

    /** The look's own default font, before any zoom, taken once. */
    private static java.awt.Font standardFont;

    /**
     * Gives every component under {@code root} whose font came from the look the same font at a
     * new zoom; a font the program chose (the summary's, the reading pane's) is left to it.
     */
    static void rescaleFonts(java.awt.Component root, int fromPercent, int toPercent) {
        java.awt.Font font = root.getFont();
        if (font instanceof javax.swing.plaf.UIResource && root instanceof javax.swing.JComponent component
                && fromPercent > 0) {
            component.setFont(new javax.swing.plaf.FontUIResource(
                    font.deriveFont(font.getSize2D() * toPercent / fromPercent)));
        }
        if (root instanceof javax.swing.JMenuItem item && fromPercent > 0) {
            // Made again: a menu item's key ("Ctrl+1") has a font of its own, taken from the
            // default font when the item's look is made.
            item.updateUI();
        }
        if (root instanceof javax.swing.JMenu menu) {
            rescaleFonts(menu.getPopupMenu(), fromPercent, toPercent);
        }
        if (root instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                rescaleFonts(child, fromPercent, toPercent);
            }
        }
    }

    /**
     * Installs the look for a theme at a zoom: the default font's size times the zoom, from
     * which FlatLaf sizes every component's font and spacing.
     */
    static void apply(Theme theme, int zoomPercent) {
        // The look first: a value put before any look is installed makes Swing install its default
        // look (Metal) for nothing, at start-up.
        FlatLaf laf = theme.dark ? new FlatDarkLaf() : new FlatLightLaf();
        try {
            UIManager.setLookAndFeel(laf);
        } catch (javax.swing.UnsupportedLookAndFeelException e) {
            // FlatLaf supports every platform Java runs on; keep the current look if not.
        }
        UIManager.put("Component.focusWidth", 2);
        UIManager.put("Component.innerFocusWidth", 1);
        UIManager.put("Button.minimumWidth", 32);
        UIManager.put("Component.focusColor", new ColorUIResource(theme.focus));
        UIManager.put("Component.focusedBorderColor", new ColorUIResource(theme.focus));
        UIManager.put("List.selectionBackground", new ColorUIResource(theme.highlight));
        UIManager.put("List.selectionForeground", new ColorUIResource(theme.highlightText));
        if (theme == Theme.HIGH_CONTRAST) {
            // UI resources, not plain colours: a component keeps a plain colour as if the program had
            // chosen it, so a later theme would leave these black (the window stayed black after
            // switching back to light).
            Color black = new ColorUIResource(Color.BLACK);
            Color white = new ColorUIResource(Color.WHITE);
            UIManager.put("Panel.background", black);
            UIManager.put("Label.foreground", white);
            UIManager.put("List.background", black);
            UIManager.put("List.foreground", white);
            UIManager.put("Button.background", black);
            UIManager.put("Button.foreground", white);
            UIManager.put("Button.borderColor", white);
        } else {
            for (String key : new String[] {"Panel.background", "Label.foreground", "List.background",
                "List.foreground", "Button.background", "Button.foreground", "Button.borderColor"}) {
                UIManager.put(key, null);
            }
        }
        // After the look, whose fonts follow the default font when components ask for them.
        setZoom(zoomPercent);
    }
}
