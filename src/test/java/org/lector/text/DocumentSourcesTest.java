package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUB books and Word documents made by pandoc from BBC articles, read as the same text in Markdown is. */
class DocumentSourcesTest {

    private static byte[] resource(String name) {
        try (InputStream in = DocumentSourcesTest.class.getResourceAsStream("/org/lector/text/documents/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article load(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new ArticlePipeline().process(new ArticleLoader().load(file.toString(), InputStream.nullInputStream()));
    }

    private static Article markdown(String name) {
        return new ArticlePipeline().process(ArticleSource.of(name, new String(resource(name), StandardCharsets.UTF_8)));
    }

    /** The body of an article as the scorer takes it: its headings and paragraphs. */
    private static String body(Article article) {
        return article.readingOrder().stream()
                .filter(item -> item.kind() == Article.ItemKind.PARAGRAPH || item.kind() == Article.ItemKind.HEADING)
                .map(Article.Item::text).collect(Collectors.joining("\n"));
    }

    @Test
    void readsABooksChaptersInSpineOrderWithItsTitleAndAuthor(@TempDir Path dir) throws IOException {
        Article book = load(dir, "book.epub", resource("book.epub"));

        assertThat(book.title()).isEqualTo("Three BBC stories");
        assertThat(book.byline()).contains("By BBC News");
        assertThat(book.paragraphs()).filteredOn(Paragraph::isHeading).extracting(Paragraph::text).containsExactly(
                "Ad sales boost Time Warner profit", "Jarre joins fairytale celebration", "Yukos unit buyer faces loan claim");
        // The title page and the table of contents are not read.
        assertThat(book.paragraphs()).extracting(Paragraph::text).doesNotContain("BBC News", "Three BBC stories");
        ExtractionScore.PageScore score = ExtractionScore.score("book.epub", book, body(markdown("book.md")), "", "");
        System.out.printf("EPUB: body F1 %.3f against the Markdown it was made from%n", score.f1());
        assertThat(score.f1()).as("body F1 against the Markdown it was made from").isGreaterThan(0.95);
    }

    @Test
    void readsAWordDocumentsHeadingsListsAndTables(@TempDir Path dir) throws IOException {
        Article document = load(dir, "article.docx", resource("article.docx"));

        assertThat(document.title()).isEqualTo("Ink helps drive democracy in Asia");
        assertThat(document.byline()).contains("By BBC News");
        assertThat(document.paragraphs()).extracting(Paragraph::text)
                .contains("What readers said", "The new phones are too expensive for most families.", "Nokia · 30%")
                .doesNotContain("Ink helps drive democracy in Asia");
        assertThat(document.paragraphs()).filteredOn(Paragraph::isHeading).extracting(Paragraph::text)
                .containsExactly("What readers said");
        ExtractionScore.PageScore score = ExtractionScore.score("article.docx", document, body(markdown("article.md")),
                "", "");
        System.out.printf("Word: body F1 %.3f against the Markdown it was made from%n", score.f1());
        assertThat(score.f1()).as("body F1 against the Markdown it was made from").isGreaterThan(0.95);
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndTexts[i]));
                out.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void refusesAZipBombAndAnyOtherArchive(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> load(dir, "bomb.docx", bomb.toByteArray())).isInstanceOf(LectorException.class)
                .hasMessageContaining("expands to more than 256 MB");
        assertThatThrownBy(() -> load(dir, "photos.zip", zip("photo.xml", "<x/>")))
                .hasMessageContaining("neither an EPUB book nor a Word document");
    }

    @Test
    void neverReadsAnEntryNamedOutsideTheArchive(@TempDir Path dir) throws IOException {
        String paragraph = "<w:p><w:r><w:t>The council voted on Tuesday to approve a network of protected cycle"
                + " lanes, officials said.</w:t></w:r></w:p>";
        byte[] docx = zip("../word/document.xml", "<w:document xmlns:w='w'><w:body><w:p><w:r><w:t>Evil</w:t></w:r>"
                + "</w:p></w:body></w:document>", "word/document.xml",
                "<w:document xmlns:w='w'><w:body>" + paragraph + "</w:body></w:document>");

        Article article = load(dir, "story.docx", docx);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The council voted on Tuesday to approve a network of protected cycle lanes, officials said.");
    }

    @Test
    void readsParagraphsInsideContentControlsButNotWordsTableOfContents(@TempDir Path dir) throws IOException {
        String toc = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/></w:docPartObj>"
                + "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p></w:sdtContent></w:sdt>";
        String control = "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>The council voted on Tuesday to approve a"
                + " network of protected cycle lanes, officials said.</w:t></w:r></w:p></w:sdtContent></w:sdt>";
        byte[] docx = zip("word/document.xml", "<w:document xmlns:w='w'><w:body>" + toc + control
                + "</w:body></w:document>");

        assertThat(load(dir, "story.docx", docx).paragraphs()).extracting(Paragraph::text).containsExactly(
                "The council voted on Tuesday to approve a network of protected cycle lanes, officials said.");
    }

    @Test
    void explainsAnEpubWithoutItsPackage(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, "broken.epub", zip("mimetype", "application/epub+zip")))
                .hasMessageContaining("an EPUB without its package file");
    }
    @Test
    void readsAPrintedPageWithoutItsRunningHeadersFootersAndPageBreaks(@TempDir Path dir) throws IOException {
        Article report = load(dir, "report.pdf", resource("report.pdf"));

        assertThat(report.title()).isEqualTo("Labour plans maternity pay rise");
        assertThat(report.byline()).contains("By BBC News");
        assertThat(report.paragraphs()).extracting(Paragraph::text)
                .noneMatch(text -> text.contains("file:///") || text.contains("AM Labour plans"))
                // A sentence broken by the page break is one sentence again.
                .anyMatch(text -> text.contains("by the end of the next Parliament."));
        ExtractionScore.PageScore score = ExtractionScore.score("report.pdf", report, body(markdown("report.md")), "", "");
        System.out.printf("PDF: body F1 %.3f against the Markdown it was printed from%n", score.f1());
        assertThat(score.f1()).as("body F1 against the Markdown it was printed from").isGreaterThan(0.95);
    }

    @Test
    void explainsAPdfWithoutTextAndOneLockedWithAPassword(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream scan = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(scan);
        }
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(resource("report.pdf"))) {
            document.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            document.save(locked);
        }

        assertThatThrownBy(() -> load(dir, "scan.pdf", scan.toByteArray())).isInstanceOf(LectorException.class)
                .hasMessageContaining("a PDF with no text in it, only images");
        assertThatThrownBy(() -> load(dir, "locked.pdf", locked.toByteArray()))
                .hasMessageContaining("a PDF locked with a password");
        assertThatThrownBy(() -> load(dir, "torn.pdf", java.util.Arrays.copyOf(resource("report.pdf"), 4000)))
                .isInstanceOf(LectorException.class);
    }
    @Test
    void readsABookLengthPdfInPageOrderWithItsRunningHeaderLeftOut(@TempDir Path dir) throws IOException {
        int pages = PdfSource.PARALLEL_PAGES + 5;
        int lines = TestPages.BOOK_LINES;
        Article article = load(dir, "book.pdf", TestPages.bookPdf(pages));

        String body = article.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        assertThat(body).doesNotContain("Harbour Book");
        int at = -1;
        for (int page = 1; page <= pages; page++) {
            for (int line = 0; line < lines; line++) {
                int next = body.indexOf(TestPages.bookLine(page, line), at + 1);
                assertThat(next).as("page %d, line %d, in order", page, line).isGreaterThan(at);
                at = next;
            }
        }
    }

    @Test
    void handsOverABookLengthPdfsFirstPagesBeforeReadingTheRest(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("book.pdf");
        Files.write(book, TestPages.bookPdf(PdfSource.PARALLEL_PAGES + 5));
        List<ArticleSource> openings = new java.util.ArrayList<>();

        ArticleSource whole = new ArticleLoader().load(book.toString(), InputStream.nullInputStream(), openings::add);

        assertThat(openings).hasSize(1);
        String opening = openings.get(0).text();
        assertThat(opening).contains(TestPages.bookLine(1, 0), TestPages.bookLine(PdfSource.OPENING_PAGES, TestPages.BOOK_LINES - 1))
                .doesNotContain(TestPages.bookLine(PdfSource.OPENING_PAGES + 1, 0)).doesNotContain("Harbour Book");
        assertThat(whole.text()).startsWith(opening.strip())
                .isEqualTo(new ArticleLoader().load(book.toString(), InputStream.nullInputStream()).text());
        ArticleLoader.Part first = new ArticleLoader().loadOpening(book.toString(), InputStream.nullInputStream());
        assertThat(first.whole()).isFalse();
        assertThat(first.source().text()).isEqualTo(opening);
    }

    @Test
    void readsAShortPdfWholeAtOnce(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.pdf");
        Files.write(report, resource("report.pdf"));
        List<ArticleSource> openings = new java.util.ArrayList<>();

        ArticleSource whole = new ArticleLoader().load(report.toString(), InputStream.nullInputStream(), openings::add);
        ArticleLoader.Part first = new ArticleLoader().loadOpening(report.toString(), InputStream.nullInputStream());

        assertThat(openings).isEmpty();
        assertThat(first.whole()).isTrue();
        assertThat(first.source().text()).isEqualTo(whole.text());
    }

    @Test
    void readsAWebPageSavedAsABookOrAWordFileAsThePageItself(@TempDir Path dir) throws IOException {
        for (String[] saved : new String[][] {{"page-bbc-1.epub", "bbc-1"}, {"page-nytimes-1.docx", "nytimes-1"}}) {
            ReadabilityPages.Page page = ReadabilityPages.all().stream().filter(p -> p.name().equals(saved[1]))
                    .findFirst().orElseThrow();
            Article asPage = new ArticlePipeline().process(new ArticleSource(page.name() + ".html", page.html(),
                    InputFormat.HTML));

            Article asDocument = load(dir, saved[0], resource(saved[0]));

            ExtractionScore.PageScore score = ExtractionScore.score(saved[0], asDocument, body(asPage), "", "");
            System.out.printf("%s: body F1 %.3f against the page's own reading%n", saved[0], score.f1());
            assertThat(score.f1()).as("%s against the page's reading", saved[0]).isGreaterThan(0.93);
            assertThat(body(asDocument)).doesNotContain("Skip to content", "Accessibility links", "Site Index");
            assertThat(asDocument.title()).as("%s's title", saved[0]).isEqualTo(asPage.title());
        }
    }

    @Test
    void takesAPrintedPagesTitleLessTheSiteNameItsHeadlineLacks(@TempDir Path dir) throws IOException {
        byte[] pdf = TestPages.pdf(List.of(List.of("Home  News  Sport  Weather", "", "Harbour lamps relit after the storm",
                "", "The harbour's twelve lamps were lit again on Sunday night, a week after the storm that broke",
                "the sea wall and left the quay in darkness.", "",
                "Keepers worked through the weekend to mend the cables, the harbour master said on Monday.")), 13,
                "Harbour lamps relit after the storm | The Coast Herald");

        Article article = load(dir, "printed.pdf", pdf);

        assertThat(article.title()).isEqualTo("Harbour lamps relit after the storm");
        assertThat(article.readingOrder()).filteredOn(item -> item.text().contains("Harbour lamps relit")).hasSize(1);
        assertThat(body(article)).contains("Keepers worked through the weekend");
    }

    @Test
    void handsOverABookLengthTextsOpeningCutAtAParagraphBreak(@TempDir Path dir) throws IOException {
        StringBuilder book = new StringBuilder("The Harbour Book\n\n");
        for (int page = 1; book.length() < ArticleLoader.LONG_TEXT_CHARS; page++) {
            for (int line = 0; line < TestPages.BOOK_LINES; line++) {
                book.append(TestPages.bookLine(page, line)).append(line % 4 == 3 ? "\n\n" : " ");
            }
        }
        Path file = dir.resolve("book.txt");
        Files.writeString(file, book);
        List<ArticleSource> openings = new java.util.ArrayList<>();

        ArticleSource whole = new ArticleLoader().load(file.toString(), InputStream.nullInputStream(), openings::add);
        ArticleLoader.Part first = new ArticleLoader().loadOpening(file.toString(), InputStream.nullInputStream());

        assertThat(openings).hasSize(1);
        String opening = openings.get(0).text();
        assertThat(opening.length()).isBetween(ArticleLoader.OPENING_CHARS / 2, ArticleLoader.OPENING_CHARS);
        assertThat(whole.text()).startsWith(opening + "\n\n");
        assertThat(opening).endsWith(".");
        assertThat(first.whole()).isFalse();
        assertThat(first.source().text()).isEqualTo(opening);
        assertThat(ArticleLoader.textOpening(ArticleSource.of("short.txt", opening))).isEmpty();
        String fenced = "# Notes\n\n```\n" + book.substring(0, ArticleLoader.OPENING_CHARS) + "\n```\n\n" + book;
        assertThat(ArticleLoader.textOpening(ArticleSource.of("notes.md", fenced))).as("cut inside a code block")
                .isEmpty();
    }
}
