package org.lector.speech;

/**
 * When one spoken word sounds, in milliseconds from the start of its utterance's audio.
 *
 * <p>Immutable and safe to share.
 *
 * @param spokenWord the word's index among {@link Speakable#spokenWords()}
 * @param startMillis when it begins
 * @param endMillis when it ends
 */
public record WordTime(int spokenWord, int startMillis, int endMillis) {

    /** Checks the order. */
    public WordTime {
        if (spokenWord < 0 || startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("WordTime is invalid: word " + spokenWord + ", " + startMillis + "-"
                    + endMillis + " ms");
        }
    }
}
