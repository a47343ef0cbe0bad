package org.lector.session;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the reading text is set, for eyes that need more than a size: the typeface, the space
 * between lines, letters and words (the amounts WCAG 1.4.12 asks a page to bear), the width of
 * the column, and what is dimmed around the sentence being read.
 *
 * <p>Immutable; the {@code with…} methods return changed copies.
 *
 * @param typeface the reading text's typeface
 * @param lineSpacing extra space between lines, in percent of the font size (one of {@link #LINE_SPACINGS})
 * @param wideLetters whether letters stand 0.12 em further apart
 * @param wideWords whether words stand 0.16 em further apart
 * @param textWidth the longest line, in average characters, or 0 for the window's width (one of {@link #TEXT_WIDTHS})
 * @param lineFocus whether everything but the sentence being read is dimmed
 * @param dimRead whether the text already read is dimmed
 */
public record Comfort(Typeface typeface, int lineSpacing, boolean wideLetters, boolean wideWords, int textWidth,
                      boolean lineFocus, boolean dimRead) {

    /** The reading text's typefaces. */
    public enum Typeface {
        SERIF("Serif"),
        SANS("Sans serif"),
        /** OpenDyslexic, bundled: letters weighted at the bottom so they do not flip or swap. */
        OPEN_DYSLEXIC("OpenDyslexic");

        private final String label;

        Typeface(String label) {
            this.label = label;
        }

        /** Its name in menus. */
        public String label() {
            return label;
        }

        /** Its name in the settings file: "serif", "sans", "open-dyslexic". */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The typeface with this settings name, if any. */
        public static Optional<Typeface> of(String id) {
            for (Typeface typeface : values()) {
                if (typeface.id().equals(id)) {
                    return Optional.of(typeface);
                }
            }
            return Optional.empty();
        }
    }

    /** Normal, wide (WCAG's 1.5 line height) and widest (double). */
    public static final List<Integer> LINE_SPACINGS = List.of(20, 50, 100);
    /** Narrow, medium, and the window's width. A line of 60 to 75 characters is the easiest to follow. */
    public static final List<Integer> TEXT_WIDTHS = List.of(60, 75, 0);
    /** Extra letter spacing when wide, in percent of the font size (WCAG 1.4.12: 0.12 em). */
    public static final int WIDE_LETTERS = 12;
    /** Extra word spacing when wide, in percent of the font size (WCAG 1.4.12: 0.16 em). */
    public static final int WIDE_WORDS = 16;

    /** The comfort of a first run: serif, normal spacing, the window's width, nothing dimmed. */
    public static final Comfort DEFAULTS = new Comfort(Typeface.SERIF, 20, false, false, 0, false, false);

    /** Checks presence and ranges. */
    public Comfort {
        Objects.requireNonNull(typeface, "typeface");
        if (!LINE_SPACINGS.contains(lineSpacing)) {
            throw new IllegalArgumentException("line spacing must be one of " + LINE_SPACINGS + ", not " + lineSpacing);
        }
        if (!TEXT_WIDTHS.contains(textWidth)) {
            throw new IllegalArgumentException("text width must be one of " + TEXT_WIDTHS + ", not " + textWidth);
        }
    }

    public Comfort withTypeface(Typeface value) {
        return new Comfort(value, lineSpacing, wideLetters, wideWords, textWidth, lineFocus, dimRead);
    }

    public Comfort withLineSpacing(int value) {
        return new Comfort(typeface, value, wideLetters, wideWords, textWidth, lineFocus, dimRead);
    }

    public Comfort withWideLetters(boolean value) {
        return new Comfort(typeface, lineSpacing, value, wideWords, textWidth, lineFocus, dimRead);
    }

    public Comfort withWideWords(boolean value) {
        return new Comfort(typeface, lineSpacing, wideLetters, value, textWidth, lineFocus, dimRead);
    }

    public Comfort withTextWidth(int value) {
        return new Comfort(typeface, lineSpacing, wideLetters, wideWords, value, lineFocus, dimRead);
    }

    public Comfort withLineFocus(boolean value) {
        return new Comfort(typeface, lineSpacing, wideLetters, wideWords, textWidth, value, dimRead);
    }

    public Comfort withDimRead(boolean value) {
        return new Comfort(typeface, lineSpacing, wideLetters, wideWords, textWidth, lineFocus, value);
    }
}
