package org.lector.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article in an HTML page the way browsers' reader modes do: metadata for the headline,
 * author and dates; the {@code <article>} or main element, else the element whose paragraphs hold
 * the most text; then its headings, paragraphs and list items in order. Scripts, styles,
 * navigation, asides, footers and forms are ignored. Nothing remote is ever fetched.
 *
 * <p>Immutable and safe to share.
 */
final class HtmlReader {

    private static final String IGNORED = "script, style, noscript, template, nav, aside, footer, form, iframe, svg,"
            + " button, select, input, textarea, figure, figcaption, picture, video, audio, canvas, object, embed,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo],"
            + " [role=banner] nav, dialog";
    /** Class and id words of page parts that are not the article (Readability's "unlikely candidates"). */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)\\b(?:comment|community|cookie|footer|menu|nav|navbar|related|remark|rss|share|sharing|social"
                    + "|sidebar|skyscraper|sponsor|promo|newsletter|subscribe|paywall|popup|modal|breadcrumbs?"
                    + "|pagination|pager|advert|ad-slot|ads|outbrain|taboola|recirc|most-read|trending)\\b");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|main|story|post|entry|text");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd", "dt", "td", "address");
    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /**
     * Reads one page.
     *
     * @param html the page's source
     * @return what the page says about itself and the article's blocks in order
     */
    RawArticle read(String html) {
        Document document = Jsoup.parse(html);
        Optional<String> metaTitle = firstNonBlank(meta(document, "meta[property=og:title]"),
                meta(document, "meta[name=twitter:title]"));
        Optional<String> byline = findByline(document);
        List<String> dates = findDates(document);
        document.select(IGNORED).remove();
        for (Element element : document.body().select("*")) {
            String marks = element.className() + " " + element.id();
            if (element.parent() != null && UNLIKELY.matcher(marks).find() && !LIKELY.matcher(marks).find()
                    && !element.is("body, html, article, main")) {
                element.remove();
            }
        }
        Element root = findContentRoot(document);
        Optional<String> h1 = firstNonBlank(Optional.ofNullable(root.selectFirst("h1")).map(Element::text),
                Optional.ofNullable(document.selectFirst("h1")).map(Element::text));
        Optional<String> title = firstNonBlank(h1, metaTitle, pageTitle(document));
        List<Block> blocks = collectBlocks(root);
        return new RawArticle(blocks, title, byline, dates);
    }

    private static Optional<String> meta(Document document, String query) {
        Element element = document.selectFirst(query);
        return element == null ? Optional.empty() : Optional.of(element.attr("content").strip());
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... choices) {
        for (Optional<String> choice : choices) {
            if (choice.isPresent() && !choice.get().isBlank()) {
                return Optional.of(collapse(choice.get()));
            }
        }
        return Optional.empty();
    }

    /** The {@code <title>}, less the site name that pages append after a bar or dash. */
    private static Optional<String> pageTitle(Document document) {
        String title = document.title().strip();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String longest = "";
        for (String part : title.split("\\s+[|–—-]\\s+")) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return Optional.of(longest);
    }

    private static Optional<String> findByline(Document document) {
        Optional<String> author = meta(document, "meta[name=author]")
                .or(() -> meta(document, "meta[property=article:author]"))
                .filter(name -> !name.isBlank() && !name.contains("://"));
        if (author.isPresent()) {
            return Optional.of("By " + collapse(author.get()));
        }
        for (String query : List.of("[itemprop=author]", "[rel=author]", ".byline", ".author", "address")) {
            Element element = document.selectFirst(query);
            if (element != null && !element.text().isBlank() && element.text().length() <= 120) {
                String text = collapse(element.text());
                return Optional.of(text.toLowerCase(Locale.ROOT).startsWith("by ") ? text : "By " + text);
            }
        }
        return Optional.empty();
    }

    private static List<String> findDates(Document document) {
        List<String> dates = new ArrayList<>();
        meta(document, "meta[property=article:published_time]").flatMap(HtmlReader::spokenDate)
                .ifPresent(date -> dates.add("Published " + date));
        meta(document, "meta[property=article:modified_time]").flatMap(HtmlReader::spokenDate)
                .filter(date -> !dates.contains("Published " + date))
                .ifPresent(date -> dates.add("Updated " + date));
        if (dates.isEmpty()) {
            Element time = document.selectFirst("article time, time");
            if (time != null) {
                String text = collapse(time.text());
                Optional<String> date = text.isEmpty() ? spokenDate(time.attr("datetime")) : Optional.of(text);
                date.ifPresent(dates::add);
            }
        }
        return dates;
    }

    /** An ISO date or date-time as "May 3, 2024". */
    private static Optional<String> spokenDate(String iso) {
        String value = iso.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate().format(SPOKEN_DATE));
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value)
                        .format(SPOKEN_DATE));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /**
     * The element that holds the article: the {@code <article>} with the most paragraph text, else
     * {@code <main>}, else the element whose child paragraphs hold the most text that is not links.
     */
    private static Element findContentRoot(Document document) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : document.select("article, [itemprop=articleBody], main, [role=main]")) {
            int length = paragraphTextLength(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null && bestLength >= 200) {
            return best;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : document.body().select("p, pre, td")) {
            double score = paragraph.text().length() * (1 - linkDensity(paragraph));
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element root = document.body();
        double top = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > top) {
                top = entry.getValue();
                root = entry.getKey();
            }
        }
        return root;
    }

    private static int paragraphTextLength(Element element) {
        int length = 0;
        for (Element paragraph : element.select("p")) {
            length += paragraph.text().length();
        }
        return length;
    }

    private static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            links += link.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    /** Headings, paragraphs and list items in document order, plus loose text in other elements. */
    private static List<Block> collectBlocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        Elements all = root.select("*");
        for (Element element : all) {
            String tag = element.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                if (hasBlockAncestorBelow(element, root) || (tag.equals("li") || tag.equals("blockquote")
                        || tag.equals("td")) && hasBlockDescendant(element)) {
                    continue;
                }
                addBlock(blocks, element.text(), hintFor(tag));
            } else if (element.isBlock()) {
                String loose = ownText(element);
                if (!loose.isBlank() && !hasBlockAncestorBelow(element, root)) {
                    addBlock(blocks, loose, Block.Hint.NONE);
                }
            }
        }
        if (blocks.isEmpty()) {
            addBlock(blocks, root.text(), Block.Hint.NONE);
        }
        return blocks;
    }

    private static Block.Hint hintFor(String tag) {
        return switch (tag) {
            case "h1" -> Block.Hint.TITLE;
            case "h2", "h3", "h4", "h5", "h6", "dt" -> Block.Hint.HEADING;
            case "li" -> Block.Hint.LIST_ITEM;
            default -> Block.Hint.PARAGRAPH;
        };
    }

    /** Whether a block element other than {@code root} already holds this element's text. */
    private static boolean hasBlockAncestorBelow(Element element, Element root) {
        for (Element parent = element.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (BLOCK_TAGS.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The text directly inside an element and its inline children, not inside its block children. */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (var node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (node instanceof Element child && isInline(child)) {
                text.append(child.text());
            }
            text.append(' ');
        }
        return text.toString();
    }

    private static boolean isInline(Element element) {
        return !element.isBlock() && !hasBlockDescendant(element);
    }

    /** Whether a paragraph, heading or list item lies inside the element (the element itself not counted). */
    private static boolean hasBlockDescendant(Element element) {
        return !element.children().select("p, div, h1, h2, h3, h4, h5, h6, li").isEmpty();
    }

    private static void addBlock(List<Block> blocks, String text, Block.Hint hint) {
        String line = collapse(text);
        if (!line.isEmpty()) {
            blocks.add(new Block(line, hint, true));
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
