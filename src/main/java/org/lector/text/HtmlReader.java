package org.lector.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page: what it declares about itself ({@link PageMetadata}), the element that holds
 * the article ({@link ContentFinder}), and that element's blocks in order ({@link HtmlBlocks}).
 * Entities are decoded once, by the parser. Nothing remote is ever fetched.
 *
 * <p>Immutable and safe to share.
 */
final class HtmlReader {

    /** Never text to read, and never a clue where the article is. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, link, meta, head title,"
            + " video, audio, object, embed, dialog, input, select, textarea, button";
    /** A by-word at the start of an author line, in the languages of the web. */
    private static final Pattern BY_WORD = Pattern.compile(
            "^(?:by|par|von|por|di|door|av|af|przez|от|автор|作者|written by|posted by|words by|story by)\\b[:\\s]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Deeper than this, elements give up their tags and keep their text. Real pages nest some 40
     * deep; a page of unclosed tags nests as deep as it is long, and every "text of this element"
     * would then cost the whole page (quadratic time).
     */
    static final int MAX_DEPTH = 120;

    private final TextCleaner cleaner = new TextCleaner();

    /**
     * Flattens what lies deeper than {@code depth} below {@code root}, in linear time: each element
     * at that depth keeps its subtree's text, with a paragraph break where a block element began.
     */
    static void flattenBeyond(Element root, int depth) {
        List<Element> boundary = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int level) {
                if (level == depth && node instanceof Element element && !element.children().isEmpty()) {
                    boundary.add(element);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element element : boundary) {
            List<Node> flat = new ArrayList<>();
            NodeTraversor.traverse((node, level) -> {
                if (node instanceof TextNode text) {
                    flat.add(new TextNode(text.getWholeText()));
                } else if (node != element && node instanceof Element child && (child.isBlock() || child.is("br"))) {
                    int breaks = child.isBlock() ? 2 : 1;
                    // Empty blocks in a row make one paragraph break, not thousands of line breaks.
                    for (int i = flat.size() - 1; i >= 0 && flat.get(i) instanceof Element && breaks > 0; i--) {
                        breaks--;
                    }
                    for (int i = 0; i < breaks; i++) {
                        flat.add(new Element("br"));
                    }
                }
            }, element);
            element.empty();
            element.appendChildren(flat);
        }
    }

    /**
     * Reads one page.
     *
     * @param html the page's source, not entity-decoded
     * @return what the page says about itself and the article's blocks in order
     */
    RawArticle read(String html) {
        return read(Jsoup.parse(html), false);
    }

    /**
     * Reads one page.
     *
     * @param document the page, parsed and not yet changed
     * @param flatCopy true for a page saved as a document, whose containers are gone: when nothing
     *     but its body holds the article, the article is the densest run of prose in it, as in a
     *     page copied as text
     */
    private RawArticle read(Document document, boolean flatCopy) {
        PageMetadata metadata = PageMetadata.read(document);
        Optional<String> markedAuthor = PageMetadata.markedAuthor(document);
        Optional<String> firstHeading = Optional.ofNullable(document.selectFirst("h1")).map(Element::text)
                .map(PageMetadata::collapse).filter(text -> !text.isEmpty());
        document.select(NEVER_TEXT).remove();
        flattenBeyond(document.body(), MAX_DEPTH);
        // Every line of a copy, read before the content is sought, for the headline its title names.
        List<String> lines = flatCopy ? HtmlBlocks.of(document.body()).stream().map(Block::text).toList() : List.of();
        int bodyLength = flatCopy ? document.body().text().length() : 0;
        ContentFinder.Found found = new ContentFinder().find(document);
        List<Block> blocks = cleanBlocks(found.content());
        Optional<String> title = metadata.title().or(() -> firstHeading).map(cleaner::cleanCharacters);
        if (flatCopy) {
            // The copy made its title a heading of its own, site name and all: the page's headline
            // among its lines says which part is the article's.
            title = title.map(declared -> PageMetadata.headlinePart(declared, lines));
        }
        Optional<String> author = metadata.author().or(() -> Optional.ofNullable(found.byline())).or(() -> markedAuthor)
                .map(cleaner::cleanCharacters).map(text -> byline(text, metadata));
        boolean extracted = !flatCopy || found.content().text().length() < WHOLE_BODY * bodyLength;
        return new RawArticle(blocks, title, author.filter(text -> !text.isBlank()), metadata.dateLines(),
                metadata.description().map(cleaner::cleanCharacters), extracted);
    }

    /** An element's blocks in order, their characters cleaned, none empty. */
    private List<Block> cleanBlocks(Element content) {
        return HtmlBlocks.of(content).stream()
                .map(block -> new Block(cleaner.cleanCharacters(block.text()).strip(), block.hint(), block.separate()))
                .filter(block -> !block.text().isEmpty())
                .toList();
    }

    /**
     * The share of a document's text that is link text from which it reads as a web page: menus
     * and link lists put 12–50% of a saved page's text in links (nine of ten dev-set pages made
     * EPUB and Word files), a book or a report next to none; the tenth page, a blog post with
     * little furniture, has 2% and reads as well as a document.
     */
    static final double WEB_PAGE_LINK_SHARE = 0.08;

    /** The share of a page's text the content found must hold to be nothing narrower than its body. */
    private static final double WHOLE_BODY = 0.9;

    private static double linkShare(Element body) {
        long all = body.text().length();
        long linked = body.select("a").stream().filter(a -> a.parents().stream().noneMatch(p -> p.tagName().equals("a")))
                .mapToLong(a -> a.text().length()).sum();
        return all == 0 ? 0 : (double) linked / all;
    }

    /**
     * Reads a document made from a book or a Word file: every block of its body, in order; its
     * title and author from its head.
     *
     * @param html the document, as {@link EpubSource} or {@link DocxSource} wrote it
     */
    RawArticle readDocument(String html) {
        Document document = Jsoup.parse(html);
        if (linkShare(document.body()) >= WEB_PAGE_LINK_SHARE) {
            // A web page saved as a book or a Word file (by pandoc, by a browser): its menus, link
            // lists and footer came with it, so the article is sought in it as in any page.
            return read(document, true);
        }
        PageMetadata metadata = PageMetadata.read(document);
        Optional<String> title = Optional.of(document.title()).map(PageMetadata::collapse).filter(t -> !t.isEmpty())
                .or(() -> Optional.ofNullable(document.selectFirst("h1")).map(Element::text).map(PageMetadata::collapse))
                .map(cleaner::cleanCharacters);
        Optional<String> author = Optional.ofNullable(document.selectFirst("meta[name=author]"))
                .map(meta -> meta.attr("content")).filter(text -> !text.isBlank())
                .map(cleaner::cleanCharacters).map(text -> byline(text, metadata));
        document.select(NEVER_TEXT).remove();
        flattenBeyond(document.body(), MAX_DEPTH);
        List<Block> blocks = cleanBlocks(document.body());
        return new RawArticle(blocks, title, author, List.of(), Optional.empty(), true);
    }

    /**
     * An author line as the listener hears it: "By Jane Doe" on English pages; on others the page's
     * own words, never an English "By" put in front of them.
     */
    static String byline(String author, PageMetadata metadata) {
        String text = PageMetadata.collapse(author);
        var byWord = BY_WORD.matcher(text);
        String name = byWord.find() ? text.substring(byWord.end()).strip() : text;
        // "By by: Laurie Oakes" and "By: Jane Doe": one by-word, without its colon.
        byWord = BY_WORD.matcher(name);
        if (byWord.find() && byWord.end() < name.length()) {
            name = name.substring(byWord.end()).strip();
        }
        if (name.isEmpty()) {
            return "";
        }
        if (!metadata.isEnglishOrUnknown()) {
            return text.equals(name) ? name : text.replaceFirst("(?i)^(\\p{L}+)[:\\s]+", "$1 ");
        }
        return "By " + name.replaceFirst("^[a-z]", name.substring(0, 1).toUpperCase(Locale.ROOT));
    }
}
