package org.lector.cli;

import java.util.concurrent.Callable;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;
import picocli.CommandLine.Parameters;

/** A command that reads one article from FILE (or standard input) and does something with it. */
abstract class ArticleCommand extends Cli.CommonOptions implements Callable<Integer> {

    /** Where the command reads and writes. */
    final Cli.Io io;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .txt, .md, .html, .epub, .docx or .pdf article, - for standard input, or an http(s) address.")
    String file;

    ArticleCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return run(readArticle(file, io));
    }

    /**
     * Does the command's work.
     *
     * @param article the article read from FILE
     * @return the exit code
     */
    abstract int run(Article article);

    /** Loads and structures the named input. */
    static Article readArticle(String file, Cli.Io io) {
        return new ArticlePipeline().process(new ArticleLoader().load(file, io.in()));
    }
}
