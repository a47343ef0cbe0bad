package org.lector.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the article's element into blocks in reading order, in one pass (no recursion, so depth
 * costs nothing): every block element ends the text before it; a line break ends a line; each
 * table row is one block, its cells joined; quotes, lists and their paragraphs are all read.
 * Footnote markers and images' captions are left out.
 *
 * <p>One instance per element; not shared.
 */
final class HtmlBlocks implements NodeFilter {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "center",
            "caption", "figcaption", "body", "html");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "button", "select", "input", "textarea",
            "svg", "math-fallback");
    /** "[13]", "13", "[a]", "[citation needed]": markers of notes, not words to say. */
    private static final Pattern NOTE_MARKER = Pattern.compile("^\\[?(?:\\d{1,4}|[a-z]|[ivx]{1,4}|note \\d+)]?$"
            + "|^\\[[^\\]]{1,30}]$", Pattern.CASE_INSENSITIVE);

    /** Where a {@code <br>} stood, until the lines are joined or split. */
    private static final char LINE_BREAK = '\u2028';
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-+*•·▪◦–—>]|\\d{1,3}[.)]|\\(\\d{1,3}\\))\\s.*");
    private static final Pattern ENDS_LINE = Pattern.compile(".*[.!?:;…\"”’)\\]]$");

    /** Class and id words of the line under a headline that sums the story up. */
    private static final Pattern STANDFIRST = Pattern.compile(
            "(?i)standfirst|\\bdek\\b|subtitle|sub-?head(?:line|ing)?|strapline|\\bsummary\\b|\\blede\\b|article-?intro");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Deque<Block.Hint> hints = new ArrayDeque<>();
    private int cellsInRow;
    private int captionDepth;
    /**
     * A photographer's or agency's credit at the end of a caption, or all of it; its label may run
     * into the name ("… in 2016.CreditHiroko Masuike/The New York Times").
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|(?<=[.!?”\"’)]))\\s*(?:photo(?:graph)?s?|images?|pictures?|credits?|illustrations?|foto(?:grafía|graf[ií]a)?"
                    + "|bild)(?:\\b|(?-i:(?=\\p{Lu})))(?: credit)?\\s*[:：|]?.{0,120}$|\\s*\\((?:getty|afp|ap|reuters|epa)[^)]{0,60}\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The blocks of an element.
     *
     * @param root the article's element
     * @return its blocks in order, none blank
     */
    static List<Block> of(Element root) {
        HtmlBlocks walker = new HtmlBlocks();
        walker.hints.push(Block.Hint.NONE);
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            line.append(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || isNoteMarker(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            line.append(LINE_BREAK);
            return FilterResult.CONTINUE;
        }
        if (tag.equals("td") || tag.equals("th")) {
            if (cellsInRow++ > 0 && !line.toString().isBlank()) {
                line.append(" · ");
            }
            return FilterResult.CONTINUE;
        }
        if (BLOCK_TAGS.contains(tag)) {
            flush();
            if (tag.equals("figcaption")) {
                captionDepth++;
            }
            if (tag.equals("tr")) {
                cellsInRow = 0;
            }
            Block.Hint hint = hintFor(tag, hints.peek());
            if (STANDFIRST.matcher(element.className() + " " + element.id()).find()
                    && !tag.matches("h1|li|tr|table|ul|ol")) {
                hint = Block.Hint.STANDFIRST;
            }
            hints.push(hint);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
            flush();
            hints.pop();
            if (element.normalName().equals("figcaption")) {
                captionDepth--;
            }
        } else if (node instanceof Element element && (element.normalName().equals("td")
                || element.normalName().equals("th"))) {
            line.append(' ');
        }
        return FilterResult.CONTINUE;
    }

    /** A {@code <sup>} or link that holds only a note's number, or a heading's "[edit]". */
    private static boolean isNoteMarker(Element element) {
        String tag = element.normalName();
        if (!tag.equals("sup") && !tag.equals("a") && !tag.equals("span")) {
            return false;
        }
        String text = element.text().strip();
        if (text.isEmpty() || text.length() > 32) {
            return false;
        }
        if (tag.equals("sup")) {
            return NOTE_MARKER.matcher(text).matches() || text.startsWith("[") && text.endsWith("]");
        }
        // "[edit]" beside a heading: a bracketed word inside a heading is a control, not its text.
        return text.startsWith("[") && text.endsWith("]") && insideHeading(element);
    }

    private static boolean insideHeading(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (HEADINGS.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static Block.Hint hintFor(String tag, Block.Hint enclosing) {
        return switch (tag) {
            case "h1" -> Block.Hint.TITLE;
            case "h2", "h3", "h4", "h5", "h6", "dt" -> Block.Hint.HEADING;
            case "li" -> Block.Hint.LIST_ITEM;
            case "p", "pre", "blockquote", "dd", "address", "tr", "caption", "figcaption" -> Block.Hint.PARAGRAPH;
            default -> enclosing == Block.Hint.TITLE || enclosing == Block.Hint.HEADING ? Block.Hint.NONE : enclosing;
        };
    }

    /**
     * Ends the current block. Two line breaks in a row end a paragraph; one ends a line where the
     * line is a sentence, a list item or a short line of verse or an address, and is the wrapping
     * of one paragraph elsewhere.
     */
    private void flush() {
        String raw = line.toString();
        line.setLength(0);
        if (raw.indexOf(LINE_BREAK) < 0) {
            add(raw);
            return;
        }
        String[] lines = raw.split(String.valueOf(LINE_BREAK), -1);
        StringBuilder paragraph = new StringBuilder();
        String previous = null;
        for (String next : lines) {
            String text = PageMetadata.collapse(next);
            if (text.isEmpty()) {
                add(paragraph.toString());
                paragraph.setLength(0);
                previous = null;
                continue;
            }
            if (previous != null && endsLine(previous, text)) {
                add(paragraph.toString());
                paragraph.setLength(0);
            }
            paragraph.append(paragraph.length() > 0 ? " " : "").append(text);
            previous = text;
        }
        add(paragraph.toString());
    }

    private static boolean endsLine(String above, String below) {
        return ENDS_LINE.matcher(above).matches() || LIST_MARK.matcher(below).matches()
                || LIST_MARK.matcher(above).matches()
                || above.length() < 50 && below.length() < 50 && !Character.isLowerCase(below.codePointAt(0));
    }

    private void add(String raw) {
        String text = PageMetadata.collapse(raw);
        if (text.isEmpty() || text.equals("·")) {
            return;
        }
        if (text.endsWith(" ·")) {
            text = text.substring(0, text.length() - 2);
        }
        if (captionDepth > 0) {
            // A caption says what the picture shows; who took it is no news to a listener.
            text = CREDIT.matcher(text).replaceFirst("").strip();
            if (text.isEmpty()) {
                return;
            }
        }
        blocks.add(new Block(text, hints.isEmpty() ? Block.Hint.NONE : hints.peek(), true));
    }
}
