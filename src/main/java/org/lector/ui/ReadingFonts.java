package org.lector.ui;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.swing.text.AttributeSet;
import javax.swing.text.StyleContext;
import org.lector.session.Comfort;

/**
 * The reading text's typefaces: the desktop's serif and sans serif, and OpenDyslexic, shipped in
 * the jar (its licence beside it) and registered with Java the first time it is chosen.
 */
final class ReadingFonts {

    private static final String[] DYSLEXIC_FILES = {
        "OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf", "OpenDyslexic-Italic.otf"};
    /** OpenDyslexic's family name once registered, or the sans serif when it could not be read. */
    private static String dyslexicFamily;

    private ReadingFonts() {
    }

    /** The font family for the body text in this typeface. */
    static String family(Comfort.Typeface typeface) {
        return switch (typeface) {
            case SERIF -> Font.SERIF;
            case SANS -> Font.SANS_SERIF;
            case OPEN_DYSLEXIC -> dyslexic();
        };
    }

    /** The family for headlines and headings: a sans serif beside serif text, else the body's own. */
    static String headingFamily(Comfort.Typeface typeface) {
        return typeface == Comfort.Typeface.SERIF ? Font.SANS_SERIF : family(typeface);
    }

    private static synchronized String dyslexic() {
        if (dyslexicFamily == null) {
            String family = Font.SANS_SERIF;
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String file : DYSLEXIC_FILES) {
                try (InputStream in = ReadingFonts.class.getResourceAsStream("/org/lector/fonts/" + file)) {
                    if (in == null) {
                        continue;
                    }
                    Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                    environment.registerFont(font);
                    family = font.getFamily();
                } catch (IOException | FontFormatException e) {
                    // A font that cannot be read leaves the sans serif in its place; the text still shows.
                }
            }
            dyslexicFamily = family;
        }
        return dyslexicFamily;
    }

    /** The character attribute for extra space after each character, in ems (a {@link Float}). */
    static final Object TRACKING = new Object() {
        @Override
        public String toString() {
            return "tracking";
        }
    };

    /**
     * Styles whose fonts carry letter spacing: Swing's styles know family, size, bold and italic
     * but not spacing, so a run marked with {@link #TRACKING} gets its font with
     * {@link java.awt.font.TextAttribute#TRACKING} added. Lines measure and paint with it alike.
     */
    static final class SpacedStyles extends StyleContext {
        private record Spaced(Font font, float tracking) {
        }

        /** Views ask for their font on every layout: each spaced font is made once. */
        private final Map<Spaced, Font> spaced = new java.util.HashMap<>();

        @Override
        public Font getFont(AttributeSet attributes) {
            Font font = super.getFont(attributes);
            Object tracking = attributes.getAttribute(TRACKING);
            if (tracking instanceof Float amount && amount > 0) {
                return spaced.computeIfAbsent(new Spaced(font, amount),
                        key -> key.font().deriveFont(Map.of(java.awt.font.TextAttribute.TRACKING, key.tracking())));
            }
            return font;
        }
    }
}
