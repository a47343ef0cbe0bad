package org.lector.cli;

import org.lector.text.Article;
import picocli.CommandLine.Command;

/** {@code lector order FILE}: the reading order, one {@code KIND<TAB>TEXT} line per item. */
@Command(name = "order", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Print the reading order: KIND<TAB>TEXT per line, KIND one of title, subtitle,"
                + " byline, date, heading, paragraph, code, source.")
final class OrderCommand extends ArticleCommand {

    OrderCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        print(article, io);
        return 0;
    }

    /** Prints an article's reading order. */
    static void print(Article article, Cli.Io io) {
        for (Article.Item item : article.readingOrder()) {
            io.out().println(item.kind().label() + "\t" + item.text());
        }
    }
}
