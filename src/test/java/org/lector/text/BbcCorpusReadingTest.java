package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("corpus")
class BbcCorpusReadingTest {

    static Stream<Path> articles() throws IOException {
        return Files.walk(SentenceSplitEvaluation.articles()).filter(path -> path.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void readsTitleOnceAndEveryBodyLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Article article = new ArticlePipeline().process(
                ArticleSource.of(file.getFileName().toString(), String.join("\n", lines)));

        assertThat(article.title()).isEqualTo(lines.get(0).strip());
        assertThat(article.dropped()).isEmpty();
        String body = String.join("\n", article.paragraphs().stream().map(Paragraph::text).toList());
        for (String line : lines.subList(1, lines.size())) {
            // List bullets are layout, not words to read.
            assertThat(body).contains(line.strip().replaceFirst("^- ", ""));
        }
        assertThat(article.paragraphs()).noneMatch(Paragraph::isHeading);
    }
}
