package org.lector.cli;

import java.util.concurrent.Callable;
import org.lector.text.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lector order FILE}: the reading order, one {@code KIND<TAB>TEXT} line per item. */
@Command(name = "order", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Print the reading order: KIND<TAB>TEXT per line, KIND one of title, subtitle,"
                + " byline, date, heading, paragraph, source.")
final class OrderCommand extends Cli.CommonOptions implements Callable<Integer> {

    private final Cli.Io io;

    @Parameters(paramLabel = "FILE", description = "A .txt, .md or .html article, or - for standard input.")
    String file;

    OrderCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        print(Cli.readArticle(file, io), io);
        return 0;
    }

    /** Prints an article's reading order. */
    static void print(Article article, Cli.Io io) {
        for (Article.Item item : article.readingOrder()) {
            io.out().println(item.kind().label() + "\t" + item.text());
        }
    }
}
