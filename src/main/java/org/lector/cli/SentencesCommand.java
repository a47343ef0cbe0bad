package org.lector.cli;

import java.util.List;
import org.lector.text.Article;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;
import picocli.CommandLine.Command;

/** {@code lector sentences FILE}: every body sentence as {@code P<TAB>S<TAB>TEXT}, numbered from 1. */
@Command(name = "sentences", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Print every sentence of the body: P<TAB>S<TAB>TEXT, with 1-based paragraph"
                + " and sentence numbers.")
final class SentencesCommand extends ArticleCommand {

    SentencesCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        List<Paragraph> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Sentence> sentences = paragraphs.get(p).sentences();
            for (int s = 0; s < sentences.size(); s++) {
                io.out().println(line(p, s, sentences.get(s).text()));
            }
        }
        return 0;
    }

    /** One sentence as printed: {@code P<TAB>S<TAB>TEXT}, 1-based. Other commands print sentences the same way. */
    static String line(int paragraphIndex, int sentenceIndex, String sentence) {
        // A code block's lines stay on one output line, joined by a return sign, as `order` prints them.
        return (paragraphIndex + 1) + "\t" + (sentenceIndex + 1) + "\t" + sentence.replace("\n", " ⏎ ");
    }
}
