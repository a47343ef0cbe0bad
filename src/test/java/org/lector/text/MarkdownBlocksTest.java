package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown that is not prose: fenced code and tables. */
class MarkdownBlocksTest {

    private static final String DEMO = """
            # Build a demo

            To start, write the project file as below, then run the build.

            ```xml
            <project>
              <name>demo</name>
            </project>
            ```

            | Party | Seats |
            |---|---:|
            | Labour | 40 |
            | Green | 12 |

            The build prints its results when it is done.
            """;

    private static Article read(String markdown) {
        return new ArticlePipeline().process(ArticleSource.of("demo.md", markdown));
    }

    @Test
    void keepsAFencedCodeBlockAsCodeWithItsLines() {
        Article article = read(DEMO);

        assertThat(article.paragraphs()).filteredOn(Paragraph::isCode).singleElement()
                .extracting(Paragraph::text).isEqualTo("<project>\n  <name>demo</name>\n</project>");
        assertThat(article.paragraphs()).filteredOn(Paragraph::isHeading).isEmpty();
    }

    @Test
    void printsCodeOnOneLineOfTheReadingOrder() {
        assertThat(read(DEMO).readingOrder()).contains(
                new Article.Item(Article.ItemKind.CODE, "<project> ⏎   <name>demo</name> ⏎ </project>"));
    }

    @Test
    void readsATableRowByRowWithoutItsRule() {
        Article article = read(DEMO);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsSubsequence(
                "Party · Seats", "Labour · 40", "Green · 12", "The build prints its results when it is done.");
        assertThat(article.paragraphs()).extracting(Paragraph::text).noneMatch(text -> text.contains("---"));
    }

    @Test
    void neverTakesCodeForTheHeadline() {
        Article article = read("```java\npackage demo;\nclass Main {}\n```\n\nThe class above does nothing at all,"
                + " which is the point of the example.\n");

        assertThat(article.title()).isNotEqualTo("package demo;");
        assertThat(article.paragraphs().get(0).isCode()).isTrue();
    }
}
