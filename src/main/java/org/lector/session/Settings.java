package org.lector.session;

import java.util.List;
import java.util.Objects;
import org.lector.speech.Narrator;

/**
 * What Lector remembers between runs.
 *
 * <p>Immutable and safe to share; the {@code with…} methods return changed copies.
 *
 * @param voice the voice's name
 * @param rate speech rate in words per minute
 * @param theme "light", "dark" or "high-contrast"
 * @param textPercent text size, 100 is the default
 * @param comfort how the reading text is set: typeface, spacing, width, dimming
 * @param mode full article or summary
 * @param summarySentences the summary length in sentences, or 0 for the default length
 * @param wordHighlight whether the word being spoken is highlighted
 * @param lastArticle the path of the article last read, or "" for the bundled sample
 * @param recent recently opened files, newest first
 * @param caretFollowsWord whether the reading pane's caret moves with the spoken word; off by default,
 *     because a moving caret makes a screen reader speak over Lector
 * @param zoomPercent the size of the whole window (menus, buttons, dialogs, text), one of {@link #ZOOMS};
 *     the reading text's own size, {@code textPercent}, comes on top
 */
public record Settings(String voice, int rate, String theme, int textPercent, Comfort comfort, Mode mode,
                       int summarySentences, boolean wordHighlight, String lastArticle, List<String> recent,
                       boolean caretFollowsWord, int zoomPercent) {

    /** The themes offered. */
    public static final List<String> THEMES = List.of("light", "dark", "high-contrast");
    /** The window's sizes, in steps a person notices. */
    public static final List<Integer> ZOOMS = List.of(100, 125, 150, 175, 200, 250, 300);
    /** How many recent files are kept. */
    public static final int RECENT = 8;

    /** The settings of a first run. */
    public static final Settings DEFAULTS = new Settings("kevin16", Narrator.DEFAULT_RATE, "light", 100, Comfort.DEFAULTS, Mode.FULL, 0, true, "",
            List.of(), false, 100);

    /** Checks presence and ranges, copies the list. */
    public Settings {
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(comfort, "comfort");
        Objects.requireNonNull(lastArticle, "lastArticle");
        recent = List.copyOf(Objects.requireNonNull(recent, "recent"));
        if (!THEMES.contains(theme)) {
            throw new IllegalArgumentException("theme must be one of " + THEMES + ", not " + theme);
        }
        if (textPercent < 50 || textPercent > 300) {
            throw new IllegalArgumentException("text size must be 50-300%, not " + textPercent);
        }
        if (!ZOOMS.contains(zoomPercent)) {
            throw new IllegalArgumentException("zoom must be one of " + ZOOMS + ", not " + zoomPercent);
        }
    }

    public Settings withRate(int value) {
        return new Settings(voice, value, theme, textPercent, comfort, mode, summarySentences, wordHighlight,
                lastArticle, recent, caretFollowsWord, zoomPercent);
    }

    public Settings withTheme(String value) {
        return new Settings(voice, rate, value, textPercent, comfort, mode, summarySentences, wordHighlight,
                lastArticle, recent, caretFollowsWord, zoomPercent);
    }

    public Settings withTextPercent(int value) {
        return new Settings(voice, rate, theme, Math.max(50, Math.min(300, value)), comfort, mode,
                summarySentences, wordHighlight, lastArticle, recent, caretFollowsWord, zoomPercent);
    }

    public Settings withMode(Mode value) {
        return new Settings(voice, rate, theme, textPercent, comfort, value, summarySentences, wordHighlight,
                lastArticle, recent, caretFollowsWord, zoomPercent);
    }

    public Settings withVoice(String value) {
        return new Settings(value, rate, theme, textPercent, comfort, mode, summarySentences, wordHighlight,
                lastArticle, recent, caretFollowsWord, zoomPercent);
    }

    public Settings withSummarySentences(int value) {
        return new Settings(voice, rate, theme, textPercent, comfort, mode, Math.max(0, value), wordHighlight,
                lastArticle, recent, caretFollowsWord, zoomPercent);
    }

    public Settings withComfort(Comfort value) {
        return new Settings(voice, rate, theme, textPercent, value, mode, summarySentences, wordHighlight,
                lastArticle, recent, caretFollowsWord, zoomPercent);
    }

    public Settings withWordHighlight(boolean value) {
        return new Settings(voice, rate, theme, textPercent, comfort, mode, summarySentences, value, lastArticle,
                recent, caretFollowsWord, zoomPercent);
    }

    public Settings withCaretFollowsWord(boolean value) {
        return new Settings(voice, rate, theme, textPercent, comfort, mode, summarySentences, wordHighlight,
                lastArticle, recent, value, zoomPercent);
    }

    /** The next size up or down among {@link #ZOOMS} (steps of 0 give the standard size). */
    public Settings withZoomStep(int steps) {
        int index = steps == 0 ? 0 : Math.max(0, Math.min(ZOOMS.size() - 1, ZOOMS.indexOf(zoomPercent) + steps));
        return new Settings(voice, rate, theme, textPercent, comfort, mode, summarySentences, wordHighlight,
                lastArticle, recent, caretFollowsWord, ZOOMS.get(index));
    }

    /** The article last read, moved to the top of the recent list (the sample is not listed). */
    public Settings withLastArticle(String path) {
        List<String> list = new java.util.ArrayList<>(recent);
        list.remove(path);
        if (!path.isEmpty()) {
            list.add(0, path);
        }
        return new Settings(voice, rate, theme, textPercent, comfort, mode, summarySentences, wordHighlight, path,
                list.subList(0, Math.min(RECENT, list.size())), caretFollowsWord, zoomPercent);
    }
}
