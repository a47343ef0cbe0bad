package org.lector.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import javax.swing.UIManager;

/** Sets the FlatLaf look for a theme, with a wide, bright focus ring so focus is always visible. */
final class LookAndFeels {

    private LookAndFeels() {
    }

    static void apply(Theme theme) {
        UIManager.put("Component.focusWidth", 2);
        UIManager.put("Component.innerFocusWidth", 1);
        UIManager.put("Button.minimumWidth", 32);
        UIManager.put("Component.focusColor", theme.focus);
        UIManager.put("Component.focusedBorderColor", theme.focus);
        UIManager.put("List.selectionBackground", theme.highlight);
        UIManager.put("List.selectionForeground", theme.highlightText);
        if (theme == Theme.HIGH_CONTRAST) {
            UIManager.put("Panel.background", Color.BLACK);
            UIManager.put("Label.foreground", Color.WHITE);
            UIManager.put("List.background", Color.BLACK);
            UIManager.put("List.foreground", Color.WHITE);
            UIManager.put("Button.background", Color.BLACK);
            UIManager.put("Button.foreground", Color.WHITE);
            UIManager.put("Button.borderColor", Color.WHITE);
        } else {
            for (String key : new String[] {"Panel.background", "Label.foreground", "List.background",
                "List.foreground", "Button.background", "Button.foreground", "Button.borderColor"}) {
                UIManager.put(key, null);
            }
        }
        FlatLaf laf = theme.dark ? new FlatDarkLaf() : new FlatLightLaf();
        try {
            UIManager.setLookAndFeel(laf);
        } catch (javax.swing.UnsupportedLookAndFeelException e) {
            // FlatLaf supports every platform Java runs on; keep the current look if not.
        }
    }
}
