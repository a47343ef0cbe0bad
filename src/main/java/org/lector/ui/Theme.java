package org.lector.ui;

import java.awt.Color;
import java.util.Locale;

/**
 * The reading pane's colours in each theme. Text on its background, and text on the sentence
 * highlight, keep a contrast ratio of at least 4.5:1 (WCAG AA); high contrast goes far beyond.
 */
enum Theme {
    LIGHT("light", 'L', false, new Color(0xFFFFFF), new Color(0x1A1A1A), new Color(0x5E5E5E), new Color(0xFFE680),
            new Color(0x1A1A1A), new Color(0xEEF3FB), new Color(0x1F5FBF), new Color(0xFFB000), new Color(0x1F5FBF),
            new Color(0x767676)),
    DARK("dark", 'K', true, new Color(0x1E1F22), new Color(0xE8E8E8), new Color(0xA8A8A8), new Color(0x2E5C8A),
            new Color(0xFFFFFF), new Color(0x2A2D33), new Color(0x7FB2FF), new Color(0x8A3B00), new Color(0x7FB2FF),
            new Color(0x8F8F8F)),
    HIGH_CONTRAST("high-contrast", 'T', true, new Color(0x000000), new Color(0xFFFFFF), new Color(0xE0E0E0),
            new Color(0xFFFF00), new Color(0x000000), new Color(0x1A1A1A), new Color(0x00FFFF), new Color(0x00FFFF),
            new Color(0xFFFF00), new Color(0xA0A0A0));

    final String id;
    /** The View menu's letter for it: unique in that menu ("Default text size" has D, "Highlight…" H). */
    final char mnemonic;
    final boolean dark;
    final Color background;
    final Color text;
    final Color dimmed;
    final Color highlight;
    final Color highlightText;
    final Color paragraph;
    final Color focus;
    /** The background of the word being spoken, inside the sentence highlight. */
    final Color word;
    /** The bar beside the paragraph being read: a non-text indicator, 3:1 or more against the page. */
    final Color marker;
    /**
     * Text set back: around the sentence being read (line focus) or already read. Still text to
     * read, so still 4.5:1 or more on the page (7:1 in high contrast), but plainly fainter.
     */
    final Color faded;

    Theme(String id, char mnemonic, boolean dark, Color background, Color text, Color dimmed, Color highlight, Color highlightText,
          Color paragraph, Color focus, Color word, Color marker, Color faded) {
        this.id = id;
        this.mnemonic = mnemonic;
        this.dark = dark;
        this.background = background;
        this.text = text;
        this.dimmed = dimmed;
        this.highlight = highlight;
        this.highlightText = highlightText;
        this.paragraph = paragraph;
        this.focus = focus;
        this.word = word;
        this.marker = marker;
        this.faded = faded;
    }

    /** The theme with this settings id, or light. */
    static Theme of(String id) {
        for (Theme theme : values()) {
            if (theme.id.equals(id)) {
                return theme;
            }
        }
        return LIGHT;
    }

    /** The name shown in menus: "Light", "Dark", "High contrast". */
    String label() {
        String words = id.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** WCAG 2 contrast ratio of two colours, from 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen()) + 0.0722 * channel(color.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
