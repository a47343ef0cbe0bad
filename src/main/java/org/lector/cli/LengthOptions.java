package org.lector.cli;

import org.lector.speech.Narrator;
import org.lector.summary.SummaryLength;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The summary length options and the speech rate, shared by the commands that summarise or speak. */
final class LengthOptions {

    /** At most one way of giving the length. */
    static final class Length {
        @Option(names = "--sentences", paramLabel = "N", description = "Summary of exactly N sentences (1 or more).")
        Integer sentences;

        @Option(names = "--ratio", paramLabel = "R", description = "Summary of this share of the sentences (0 < R <= 1).")
        Double ratio;

        @Option(names = "--seconds", paramLabel = "S", description = "Summary that can be heard in S seconds.")
        Double seconds;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Length length;

    @Option(names = "--rate", paramLabel = "WPM", defaultValue = "" + Narrator.DEFAULT_RATE,
            description = "Speech rate in words per minute, " + Narrator.MIN_RATE + "-" + Narrator.MAX_RATE
                    + " (default: ${DEFAULT-VALUE}); also sets how much fits in --seconds.")
    int rate;

    /** Whether a length was given. */
    boolean isGiven() {
        return length != null;
    }

    /** The length asked for; a value out of range is a usage error. */
    SummaryLength summaryLength(CommandSpec spec) {
        try {
            if (length == null) {
                return new SummaryLength.Standard(rate);
            }
            if (length.sentences != null) {
                return new SummaryLength.Sentences(length.sentences);
            }
            if (length.ratio != null) {
                return new SummaryLength.Ratio(length.ratio);
            }
            return new SummaryLength.Seconds(length.seconds, rate);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
