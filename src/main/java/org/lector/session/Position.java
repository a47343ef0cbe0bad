package org.lector.session;

import java.util.Objects;

/**
 * Where the listener is, with what a status line says about it.
 *
 * <p>Immutable and safe to share.
 *
 * @param mode full article or summary
 * @param cue the index of the current utterance in the script
 * @param cueCount the number of utterances in the script
 * @param paragraph the body paragraph (from 1), or 0 in the header
 * @param paragraphCount the number of body paragraphs read in this mode
 * @param sentence the sentence within its paragraph (from 1), or 0 in the header
 * @param sentenceCount the sentences of that paragraph read in this mode
 * @param secondsLeft listening time from here to the end at the current rate
 * @param secondsTotal listening time of the whole script at the current rate
 */
public record Position(Mode mode, int cue, int cueCount, int paragraph, int paragraphCount, int sentence,
                       int sentenceCount, int secondsLeft, int secondsTotal) {

    /** Checks presence. */
    public Position {
        Objects.requireNonNull(mode, "mode");
    }

    /** "Paragraph 3 of 19 · sentence 2 of 4 · 1:20 left", or "Headline · 3:05 left" in the header. */
    public String describe() {
        String left = clock(secondsLeft) + " left";
        String where = paragraph == 0 ? "Headline"
                : (mode == Mode.SUMMARY ? "Summary: paragraph " : "Paragraph ") + paragraph + " of " + paragraphCount
                        + " · sentence " + sentence + " of " + sentenceCount;
        return where + " · " + left;
    }

    /** Listening time already behind this place. */
    public int secondsElapsed() {
        return Math.max(0, secondsTotal - secondsLeft);
    }

    /** A duration as a clock shows it: "4:09", or "1:02:05" from an hour on. */
    public static String clock(int seconds) {
        int s = Math.max(0, seconds);
        return s >= 3600
                ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** What "where am I" says: "paragraph 3 of 19, sentence 2 of 4". */
    public String spoken() {
        if (paragraph == 0) {
            return "at the headline, before paragraph 1 of " + paragraphCount;
        }
        return "paragraph " + paragraph + " of " + paragraphCount + ", sentence " + sentence + " of " + sentenceCount;
    }
}
