package org.lector.summary;

/**
 * How long a summary should be: a number of sentences, a share of the article's sentences, or a
 * listening time at a speech rate.
 *
 * <p>Immutable and safe to share.
 */
public sealed interface SummaryLength {

    /** The speech rate assumed when none is given, in words a minute: Lector's default (an audiobook's pace). */
    int DEFAULT_WORDS_PER_MINUTE = 160;

    /**
     * Exactly this many sentences (fewer if the article has fewer).
     *
     * @param count 1 or more
     */
    record Sentences(int count) implements SummaryLength {
        /** @throws IllegalArgumentException if count is below 1 */
        public Sentences {
            if (count < 1) {
                throw new IllegalArgumentException("sentence count must be at least 1, not " + count);
            }
        }
    }

    /**
     * This share of the article's sentences, rounded, at least one.
     *
     * @param ratio greater than 0, at most 1
     */
    record Ratio(double ratio) implements SummaryLength {
        /** @throws IllegalArgumentException if the ratio is not in (0, 1] */
        public Ratio {
            if (!(ratio > 0 && ratio <= 1)) {
                throw new IllegalArgumentException("ratio must be more than 0 and at most 1, not " + ratio);
            }
        }
    }

    /**
     * As many sentences as can be heard in this time at this rate (at least one).
     *
     * @param seconds listening time, more than 0
     * @param wordsPerMinute speech rate, more than 0
     */
    record Seconds(double seconds, int wordsPerMinute) implements SummaryLength {
        /** @throws IllegalArgumentException if either is not positive */
        public Seconds {
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("seconds must be more than 0, not " + seconds);
            }
            if (wordsPerMinute <= 0) {
                throw new IllegalArgumentException("words per minute must be more than 0, not " + wordsPerMinute);
            }
        }

        /** The number of words that fit. */
        public int wordBudget() {
            return (int) Math.min(Integer.MAX_VALUE, Math.floor(seconds * wordsPerMinute / 60.0));
        }
    }

    /**
     * The default a listener gets: about 45 seconds of listening (some 120 words at 160 words a
     * minute, four or five news sentences), but never more than a third of the article and never
     * fewer than three sentences (or the whole article, if it is shorter).
     *
     * @param wordsPerMinute speech rate, more than 0
     */
    record Standard(int wordsPerMinute) implements SummaryLength {
        /** Listening time of the default summary, in seconds. */
        public static final int SECONDS = 45;
        /** The default never exceeds this share of the article. */
        public static final double MAX_RATIO = 1.0 / 3;
        /** The default never goes below this many sentences (or the whole article). */
        public static final int MIN_SENTENCES = 3;

        /** @throws IllegalArgumentException if the rate is not positive */
        public Standard {
            if (wordsPerMinute <= 0) {
                throw new IllegalArgumentException("words per minute must be more than 0, not " + wordsPerMinute);
            }
        }

        /** The default at the default speech rate. */
        public static Standard atDefaultRate() {
            return new Standard(DEFAULT_WORDS_PER_MINUTE);
        }
    }
}
