package org.lector.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * A Word document (.docx) as one HTML document, read from its XML with jsoup's XML parser: the
 * paragraphs in order, headings and the title from their styles (by the style's name, which Word
 * writes in English whatever the language it shows), list paragraphs as list items, each table row
 * as one line, and the title and author from the document's core properties.
 */
final class DocxSource {

    private static final Pattern HEADING = Pattern.compile("heading ?(\\d)");

    private DocxSource() {
    }

    /** Whether an archive is a Word document. */
    static boolean isDocx(ZipArchive zip) {
        return zip.entry("word/document.xml").isPresent();
    }

    /** The document as one HTML document. */
    static String toHtml(ZipArchive zip, String name) {
        Document word = Jsoup.parse(zip.text("word/document.xml").orElseThrow(), "", Parser.xmlParser());
        Map<String, String> styles = styleNames(zip);
        Optional<Document> core = zip.text("docProps/core.xml").map(xml -> Jsoup.parse(xml, "", Parser.xmlParser()));
        String title = core.flatMap(c -> text(c.selectFirst("dc|title"))).orElse("");
        String author = core.flatMap(c -> text(c.selectFirst("dc|creator"))).orElse("");

        Document html = Document.createShell("");
        Element body = html.body();
        Element list = null;
        Element documentBody = word.selectFirst("w|body");
        if (documentBody == null) {
            throw LectorException.badInput(Quoted.of(name) + " is a Word document with no body");
        }
        for (Element block : blocks(documentBody)) {
            if (block.tagName().equals("w:tbl")) {
                list = null;
                for (Element row : block.select("w|tr")) {
                    String line = String.join(" · ", row.select("w|tc").stream().map(DocxSource::paragraphText)
                            .filter(cell -> !cell.isBlank()).toList());
                    if (!line.isBlank()) {
                        body.appendElement("p").text(line);
                    }
                }
                continue;
            }
            if (!block.tagName().equals("w:p")) {
                continue;
            }
            String text = paragraphText(block);
            if (text.isBlank()) {
                continue;
            }
            String style = Optional.ofNullable(block.selectFirst("w|pPr > w|pStyle")).map(s -> s.attr("w:val"))
                    .map(id -> styles.getOrDefault(id, id)).orElse("").toLowerCase(Locale.ROOT);
            boolean listItem = block.selectFirst("w|pPr > w|numPr") != null || style.startsWith("list");
            if (listItem) {
                if (list == null) {
                    list = body.appendElement("ul");
                }
                appendText(list.appendElement("li"), block);
                continue;
            }
            list = null;
            Matcher heading = HEADING.matcher(style);
            if (style.equals("title")) {
                body.appendElement("h1").text(text);
                title = title.isEmpty() ? text : title;
            } else if (heading.matches()) {
                int level = Math.min(6, Integer.parseInt(heading.group(1)) + 1);
                body.appendElement("h" + level).text(text);
            } else if (style.equals("author")) {
                author = author.isEmpty() ? text : author;
            } else {
                appendText(body.appendElement("p"), block);
            }
        }
        if (title.isEmpty()) {
            // No title style and no title property: the first top heading names the document.
            title = Optional.ofNullable(body.selectFirst("h2")).map(Element::text).orElse("");
        }
        html.title(title);
        if (!author.isEmpty()) {
            html.head().appendElement("meta").attr("name", "author").attr("content", author);
        }
        String language = Optional.ofNullable(word.selectFirst("w|lang[w:val]")).map(l -> l.attr("w:val")).orElse("");
        if (!language.isEmpty()) {
            html.selectFirst("html").attr("lang", language);
        }
        return html.outerHtml();
    }

    /**
     * The body's paragraphs and tables in order, those inside content controls (w:sdt) too, but
     * not a table of contents Word made: it only repeats the headings.
     */
    private static java.util.List<Element> blocks(Element body) {
        java.util.List<Element> blocks = new java.util.ArrayList<>();
        for (Element child : body.children()) {
            if (child.tagName().equals("w:sdt")) {
                boolean contents = child.select("w|docPartGallery").stream()
                        .anyMatch(gallery -> gallery.attr("w:val").toLowerCase(Locale.ROOT).contains("contents"));
                Element content = child.selectFirst("w|sdtContent");
                if (!contents && content != null) {
                    blocks.addAll(blocks(content));
                }
            } else {
                blocks.add(child);
            }
        }
        return blocks;
    }

    /** Style id → style name ("Heading1" → "heading 1"), from the document's styles part. */
    private static Map<String, String> styleNames(ZipArchive zip) {
        Map<String, String> names = new HashMap<>();
        zip.text("word/styles.xml").map(xml -> Jsoup.parse(xml, "", Parser.xmlParser())).ifPresent(styles -> {
            for (Element style : styles.select("w|style")) {
                Element name = style.selectFirst("w|name");
                if (name != null) {
                    names.put(style.attr("w:styleId"), name.attr("w:val"));
                }
            }
        });
        return names;
    }

    /**
     * Appends a paragraph's text to {@code target}, the text of its hyperlinks as links: a web page
     * saved as a Word file brings its menus and link lists as hyperlinks, and the reader tells them
     * from the article by them.
     */
    private static void appendText(Element target, Element paragraph) {
        if (paragraph.selectFirst("w|hyperlink") == null) {
            target.text(paragraphText(paragraph));
            return;
        }
        for (Element part : paragraph.children()) {
            if (part.tagName().equals("w:pPr")) {
                continue;
            }
            String text = runText(part);
            if (text.isEmpty()) {
                continue;
            }
            if (part.tagName().equals("w:hyperlink")) {
                target.appendElement("a").attr("href", "#").text(text);
            } else {
                target.appendText(text);
            }
        }
    }

    /** A paragraph's text as Word shows it: its runs' text, tabs and breaks as spaces, deletions left out. */
    private static String paragraphText(Element paragraph) {
        return runText(paragraph).replaceAll("\\s+", " ").strip();
    }

    /** The text of a paragraph or a part of one, spaces as they are. */
    private static String runText(Element paragraph) {
        StringBuilder text = new StringBuilder();
        paragraph.traverse((Node node, int depth) -> {
            if (!(node instanceof Element element)) {
                return;
            }
            switch (element.tagName()) {
                case "w:t" -> text.append(element.wholeText());
                case "w:p" -> text.append(text.length() > 0 ? " " : "");
                case "w:tab", "w:br", "w:cr" -> text.append(' ');
                case "w:noBreakHyphen" -> text.append('-');
                default -> {
                    // Deleted text (w:delText), field codes (w:instrText) and everything else: not read.
                }
            }
        });
        return text.toString();
    }

    private static Optional<String> text(Element element) {
        return Optional.ofNullable(element).map(Element::text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
