package org.lector.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An EPUB book as one document: its chapters in the order of the spine its package file gives,
 * each chapter's headings one level down (the book's title is the only top heading), the title,
 * author and language from the package's metadata. Title pages and the table of contents are
 * left out: they only repeat the title and the headings.
 */
final class EpubSource {

    private EpubSource() {
    }

    /** Whether an archive is an EPUB: its "mimetype" entry says so, or it has a container file. */
    static boolean isEpub(ZipArchive zip) {
        return zip.text("mimetype").map(String::strip).filter("application/epub+zip"::equals).isPresent()
                || zip.entry("META-INF/container.xml").isPresent();
    }

    /**
     * The book as one HTML document.
     *
     * @throws LectorException (exit code 3) if the package file or every chapter is missing
     */
    static String toHtml(ZipArchive zip, String name) {
        String packagePath = zip.text("META-INF/container.xml")
                .map(xml -> Jsoup.parse(xml, "", Parser.xmlParser()).selectFirst("rootfile[full-path]"))
                .map(rootfile -> rootfile.attr("full-path"))
                .orElseThrow(() -> LectorException.badInput(Quoted.of(name) + " is an EPUB without its package file"));
        Document opf = Jsoup.parse(zip.text(packagePath).orElseThrow(() -> LectorException.badInput(
                Quoted.of(name) + " is an EPUB whose package file " + packagePath + " is missing")), "", Parser.xmlParser());
        String base = packagePath.contains("/") ? packagePath.substring(0, packagePath.lastIndexOf('/') + 1) : "";
        String title = first(opf, "dc|title, title").orElse("");
        String author = first(opf, "dc|creator, creator").orElse("");
        String language = first(opf, "dc|language, language").orElse("");

        Map<String, Element> manifest = new HashMap<>();
        for (Element item : opf.select("manifest > item")) {
            manifest.put(item.attr("id"), item);
        }
        Document book = Document.createShell("");
        book.title(title);
        if (!language.isEmpty()) {
            book.selectFirst("html").attr("lang", language);
        }
        if (!author.isEmpty()) {
            book.head().appendElement("meta").attr("name", "author").attr("content", author);
        }
        int chapters = 0;
        for (Element itemref : opf.select("spine > itemref")) {
            Element item = manifest.get(itemref.attr("idref"));
            if (item == null || itemref.attr("linear").equals("no") || item.attr("properties").contains("nav")) {
                continue;
            }
            Optional<String> chapter = zip.text(resolve(base, item.attr("href")));
            if (chapter.isEmpty()) {
                continue;
            }
            Element body = Jsoup.parse(chapter.get()).body();
            if (isTitlePage(body, title, author)) {
                continue;
            }
            demoteHeadings(body);
            Element section = book.body().appendElement("section");
            section.appendChildren(List.copyOf(body.childNodes()));
            chapters++;
        }
        if (chapters == 0) {
            throw LectorException.badInput(Quoted.of(name) + " is an EPUB with no chapters to read");
        }
        return book.outerHtml();
    }

    private static Optional<String> first(Document opf, String query) {
        return Optional.ofNullable(opf.selectFirst(query)).map(Element::text).map(String::strip)
                .filter(text -> !text.isEmpty());
    }

    /** A path in the manifest, relative to the package file and percent-encoded, as a path in the zip. */
    private static String resolve(String base, String href) {
        String path = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        int fragment = path.indexOf('#');
        path = fragment >= 0 ? path.substring(0, fragment) : path;
        List<String> kept = new java.util.ArrayList<>();
        for (String part : (base + path).split("/")) {
            if (part.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                kept.add(part);
            }
        }
        return String.join("/", kept);
    }

    /** A page that holds nothing but the book's title and author (a title page, a cover). */
    private static boolean isTitlePage(Element body, String title, String author) {
        String text = body.text().replace(title, "").replace(author, "").strip();
        return text.isEmpty();
    }

    /** h1 → h2 … h5 → h6: each chapter's top heading becomes a heading under the book's title. */
    private static void demoteHeadings(Element body) {
        for (int level = 5; level >= 1; level--) {
            for (Element heading : body.select("h" + level)) {
                heading.tagName("h" + (level + 1));
            }
        }
    }
}
