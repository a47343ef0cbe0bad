package org.lector.cli;

import org.lector.summary.Summarizer;
import org.lector.summary.Summary;
import org.lector.summary.SummaryLength;
import org.lector.text.Article;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lector summary FILE}: the summary sentences in article order, printed as {@code lector sentences} does. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Print the summary: the chosen sentences in article order, each as P<TAB>S<TAB>TEXT.%n"
                + "Default length: about 45 seconds of listening, at most a third of the article,"
                + " at least three sentences.")
final class SummaryCommand extends ArticleCommand {

    @Spec
    CommandSpec spec;

    /** At most one way of giving the length. */
    static final class Length {
        @Option(names = "--sentences", paramLabel = "N", description = "Exactly N sentences (1 or more).")
        Integer sentences;

        @Option(names = "--ratio", paramLabel = "R", description = "This share of the sentences (0 < R <= 1).")
        Double ratio;

        @Option(names = "--seconds", paramLabel = "S", description = "As much as can be heard in S seconds.")
        Double seconds;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Length length;

    @Option(names = "--rate", paramLabel = "WPM", defaultValue = "" + SummaryLength.DEFAULT_WORDS_PER_MINUTE,
            description = "Speech rate in words per minute, for --seconds and the default (default: ${DEFAULT-VALUE}).")
    int rate;

    SummaryCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        Summary summary = new Summarizer().summarize(article, length());
        for (Summary.Chosen chosen : summary.sentences()) {
            io.out().println(SentencesCommand.line(chosen.ref().paragraph(), chosen.ref().sentence(),
                    chosen.sentence()));
        }
        return CommandLine.ExitCode.OK;
    }

    /** The length asked for; a value out of range is a usage error. */
    private SummaryLength length() {
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
