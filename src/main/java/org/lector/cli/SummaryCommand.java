package org.lector.cli;

import org.lector.summary.Summarizer;
import org.lector.summary.Summary;
import org.lector.text.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lector summary FILE}: the summary sentences in article order, printed as {@code lector sentences} does. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Print the summary: the chosen sentences in article order, each as P<TAB>S<TAB>TEXT.%n"
                + "Default length: about 45 seconds of listening, at most a third of the article,"
                + " at least three sentences.")
final class SummaryCommand extends ArticleCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    LengthOptions lengthOptions;

    SummaryCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        Summary summary = new Summarizer().summarize(article, lengthOptions.summaryLength(spec));
        for (Summary.Chosen chosen : summary.sentences()) {
            io.out().println(SentencesCommand.line(chosen.ref().paragraph(), chosen.ref().sentence(),
                    chosen.sentence().text()));
        }
        return CommandLine.ExitCode.OK;
    }
}
