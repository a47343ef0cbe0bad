package org.lector.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lector.text.Article;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;
import org.lector.text.LectorException;

/**
 * The summary of every page of the extraction dev set (saved HTML and whole-page captures) is made
 * of sentences: never a line of fewer than four words or one that does not end as a sentence, a
 * link list, a heading or code.
 */
@Tag("corpus")
class DevSetSummaryTest {

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?s).*[.!?…。！？][\"'”’»)\\]]*$");

    private static List<ArticleSource> pages() {
        List<ArticleSource> sources = new ArrayList<>();
        try (InputStream in = DevSetSummaryTest.class.getResourceAsStream("/readability-pages.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith("/source.html") || name.endsWith("/capture.txt")) {
                    String ext = name.endsWith(".html") ? ".html" : ".txt";
                    sources.add(ArticleSource.of(name.split("/")[1] + ext,
                            new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    @Test
    void picksOnlySentencesOnEveryDevPage() {
        Summarizer summarizer = new Summarizer();
        int summaries = 0;
        List<String> bad = new ArrayList<>();
        for (ArticleSource source : pages()) {
            Article article;
            try {
                article = new ArticlePipeline().process(source);
            } catch (LectorException noArticle) {
                continue;
            }
            long proseSentences = article.paragraphs().stream().filter(p -> !p.isHeading() && !p.isCode())
                    .flatMap(p -> p.sentences().stream())
                    .filter(s -> Summarizer.wordCount(s.text()) >= 4 && SENTENCE_END.matcher(s.text()).matches())
                    .count();
            if (proseSentences < 3) {
                continue;
            }
            summaries++;
            Summary summary = summarizer.summarize(article, SummaryLength.Standard.atDefaultRate());
            for (Summary.Chosen chosen : summary.sentences()) {
                String text = chosen.sentence().text();
                var paragraph = article.paragraphs().get(chosen.ref().paragraph());
                boolean line = paragraph.sentences().size() == 1;
                boolean sentence = (!line || Summarizer.wordCount(text) >= 4 && SENTENCE_END.matcher(text).matches())
                        && text.chars().filter(c -> c == '|' || c == '·' || c == '•').count() < 2
                        && !paragraph.isHeading() && !paragraph.isCode();
                if (!sentence) {
                    bad.add(source.name() + ": " + text);
                }
            }
        }
        assertThat(summaries).isGreaterThan(200);
        assertThat(bad).isEmpty();
    }
}
