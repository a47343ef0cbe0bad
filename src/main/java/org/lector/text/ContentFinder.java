package org.lector.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element of a page that holds the article, the way reader modes do: every paragraph
 * of running text votes for its parent and, less, for its ancestors; a vote grows with the
 * paragraph's length and commas; an element's total shrinks with its share of link text and
 * moves with the words of its class and id; the best element's siblings that read like the
 * same article join it; then parts of it that are mostly links, images or forms are cleaned
 * away. When too little text is left, it tries again with fewer filters, and keeps the longest.
 *
 * <p>The ideas are Readability.js's (Mozilla, Apache 2.0), written anew for jsoup. Works on a copy
 * of the document it is given; one instance per page, not shared.
 */
final class ContentFinder {

    /** An article shorter than this after extraction means a filter threw the article away. */
    private static final int ENOUGH_TEXT = 500;

    /** Class and id words of parts that are not the article. Substrings, as sites glue words. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
                    + "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|outbrain"
                    + "|taboola|recirc|paywall|subscribe|cookie|consent");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|mathjax|shadow");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|widget|taboola|recirc|newsletter|subscribe");
    private static final Pattern SHARE = Pattern.compile("(?i)(\\b|_)(share|sharedaddy)(\\b|_)");
    private static final Pattern BYLINE = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
    private static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> BLOCKS = Set.of(
            "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "header",
            "footer", "nav", "aside", "main", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "form", "hr", "li",
            "address", "fieldset", "details", "dd", "dt");
    /** Containers that, holding no text and no picture, are only layout. */
    private static final Set<String> DROPPED_WHEN_EMPTY = Set.of(
            "div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** Elements that hold the article between them: never removed as "unlikely" while they hold it. */
    private static final String ARTICLE_MARKS = "article, main, [role=main], [itemprop=articleBody]";

    /** The filters, each dropped in turn when the article found is too short. */
    record Filters(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
        static final List<Filters> IN_TURN = List.of(
                new Filters(true, true, true), new Filters(false, true, true),
                new Filters(false, false, true), new Filters(false, false, false));
    }

    /** What was found: the article's element (a new {@code div}) and a byline the page put in it. */
    record Found(Element content, String byline) {
    }

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private String byline;

    /**
     * Finds the article, trying fewer filters until enough text is left.
     *
     * @param page the parsed page, scripts and styles removed; left unchanged
     * @return the article's element, detached from the page, and the byline met on the way
     */
    Found find(Document page) {
        Found longest = null;
        int longestLength = -1;
        int wholeLength = -1;
        for (Filters filters : Filters.IN_TURN) {
            scores.clear();
            byline = null;
            Element content = grab(page.clone(), filters);
            int length = content.text().length();
            if (length >= ENOUGH_TEXT) {
                return new Found(content, byline);
            }
            // Fewer filters cannot find more text than the page holds: a short page is read once.
            // Measured only here, off the common path of a page with enough text.
            if (wholeLength < 0) {
                wholeLength = page.body() == null ? 0 : page.body().text().length();
            }
            if (length >= wholeLength) {
                return new Found(content, byline);
            }
            if (length > longestLength) {
                longest = new Found(content, byline);
                longestLength = length;
            }
        }
        return longest;
    }

    private Element grab(Document document, Filters filters) {
        Element body = document.body();
        List<Element> toScore = prepare(body, filters);
        Element top = scoreAndChoose(toScore, filters, body);
        Element content = mergeSiblings(top);
        clean(content, filters);
        return content;
    }

    /**
     * One pass over the page: drops what is hidden, unlikely or empty, notes the byline, and turns
     * divs that hold only text into paragraphs. Returns the elements to score, in order.
     */
    private List<Element> prepare(Element body, Filters filters) {
        List<Element> toScore = new ArrayList<>();
        Element node = firstChild(body);
        while (node != null) {
            String marks = node.className() + " " + node.id();
            if (isHidden(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (byline == null) {
                Optional<String> marked = bylineOf(node, marks);
                if (marked.isPresent()) {
                    byline = marked.get();
                    node = removeAndGetNext(node);
                    continue;
                }
            }
            if (filters.stripUnlikely() && isUnlikely(node, marks)) {
                node = removeAndGetNext(node);
                continue;
            }
            String tag = node.normalName();
            if (DROPPED_WHEN_EMPTY.contains(tag) && node.text().isBlank() && node.select("img, picture, video, iframe").isEmpty()) {
                node = removeAndGetNext(node);
                continue;
            }
            if (SCORED.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapLooseText(node);
                if (!hasBlockChild(node)) {
                    node.tagName("p");
                    toScore.add(node);
                } else if (node.children().size() == 1 && node.child(0).is("p") && ownTextBlank(node)
                        && linkDensity(node) < 0.25) {
                    // A div around a single paragraph: the paragraph takes its place.
                    Element only = node.child(0);
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        return toScore;
    }

    private static boolean isHidden(Element node) {
        String style = node.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return node.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
                || node.attr("aria-hidden").equals("true") && !node.className().contains("fallback-image");
    }

    /** The author line an element holds, when its markup says it is one and it reads like one. */
    private static Optional<String> bylineOf(Element node, String marks) {
        boolean marked = node.attr("rel").equals("author") || node.attr("itemprop").contains("author")
                || BYLINE.matcher(marks).find();
        if (!marked) {
            return Optional.empty();
        }
        String text = PageMetadata.collapse(node.text());
        return PageMetadata.isName(text) && node.select("p").size() <= 1 ? Optional.of(text) : Optional.empty();
    }

    private static boolean isUnlikely(Element node, String marks) {
        if (node.is("body, a, html")) {
            return false;
        }
        if (UNLIKELY_ROLES.contains(node.attr("role"))) {
            return true;
        }
        if (node.is("nav, aside, footer") && node.selectFirst(ARTICLE_MARKS) == null) {
            return true;
        }
        if (!UNLIKELY.matcher(marks).find() || MAYBE.matcher(marks).find()) {
            return false;
        }
        if (hasAncestor(node, "table") || hasAncestor(node, "code")) {
            return false;
        }
        // A wrapper round the article itself ("layout with-sidebar") is not furniture.
        return node.selectFirst(ARTICLE_MARKS) == null;
    }

    /** Text directly in a div beside block children: each run of it becomes a paragraph. */
    private static void wrapLooseText(Element div) {
        if (!hasBlockChild(div)) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(div.childNodes())) {
            boolean inline = child instanceof TextNode || child instanceof Element element && !isBlock(element);
            if (inline) {
                run.add(child);
            } else {
                wrapRun(run);
                run.clear();
            }
        }
        wrapRun(run);
    }

    private static void wrapRun(List<Node> run) {
        boolean hasText = false;
        for (Node node : run) {
            hasText |= node instanceof TextNode text ? !text.isBlank() : !((Element) node).text().isBlank();
        }
        if (!hasText) {
            return;
        }
        Element paragraph = new Element("p");
        run.get(0).before(paragraph);
        for (Node node : run) {
            paragraph.appendChild(node);
        }
    }

    private Element scoreAndChoose(List<Element> toScore, Filters filters, Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element paragraph : toScore) {
            if (paragraph.parent() == null) {
                continue;
            }
            String text = paragraph.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            int level = 0;
            for (Element ancestor = paragraph.parent(); ancestor != null && level < 5; ancestor = ancestor.parent()) {
                if (ancestor.parent() == null || ancestor.normalName().equals("html")) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor, filters));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
                level++;
            }
        }
        for (Element candidate : candidates) {
            scores.put(candidate, scores.get(candidate) * (1 - linkDensity(candidate)));
        }
        List<Element> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.isEmpty() || ranked.get(0) == body) {
            Element all = new Element("div");
            for (Node child : new ArrayList<>(body.childNodes())) {
                all.appendChild(child);
            }
            body.appendChild(all);
            scores.put(all, 0.0);
            return all;
        }
        Element top = ranked.get(0);
        top = commonAncestorOfRunnersUp(top, ranked);
        top = climbWhileScoresRise(top);
        // An element that is its parent's only child says nothing its parent does not; an empty
        // sibling (an advert's slot, a spacer) is no child of note.
        while (top.parent() != null && top.parent() != body && isOnlyChildOfNote(top)) {
            top = top.parent();
        }
        scores.putIfAbsent(top, 0.0);
        return top;
    }

    private static boolean isOnlyChildOfNote(Element element) {
        for (Element sibling : element.parent().children()) {
            if (sibling != element && (sibling.hasText() || !sibling.select("img, picture, video, figure, iframe").isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /**
     * When several of the best candidates, each nearly as good as the best, share an ancestor, the
     * article is split over them (a lead in one container, the rest in another): take the ancestor.
     */
    private Element commonAncestorOfRunnersUp(Element top, List<Element> ranked) {
        double topScore = scores.get(top);
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ancestorsOf(ranked.get(i)));
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body");
                parent = parent.parent()) {
            int containing = 0;
            for (List<Element> ancestors : alternatives) {
                for (Element ancestor : ancestors) {
                    if (ancestor == parent) {
                        containing++;
                        break;
                    }
                }
            }
            if (containing >= 3) {
                return parent;
            }
        }
        return top;
    }

    private Element climbWhileScoresRise(Element top) {
        Double own = scores.get(top);
        if (own == null) {
            // A common ancestor of the best candidates, never scored itself: nothing to compare.
            return top;
        }
        double last = own;
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body");
                parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        return top;
    }

    /** The best element and those of its siblings that carry the same article, in page order. */
    private Element mergeSiblings(Element top) {
        Element content = new Element("div");
        Element parent = top.parent();
        if (parent == null || parent.normalName().equals("html")) {
            content.appendChild(top);
            return content;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : new ArrayList<>(parent.children())) {
            boolean keep = sibling == top;
            if (!keep) {
                double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                        ? topScore * 0.2 : 0;
                Double score = scores.get(sibling);
                if (score != null && score + bonus >= threshold) {
                    keep = true;
                } else if (sibling.is("p")) {
                    String text = sibling.text();
                    double links = linkDensity(sibling);
                    keep = text.length() > 80 && links < 0.25
                            || !text.isEmpty() && text.length() <= 80 && links == 0
                            && text.matches("(?s).*\\.( .*|$)");
                }
            }
            if (keep) {
                content.appendChild(sibling);
            }
        }
        return content;
    }

    /** Removes from the article what is not its text: forms, share bars, link lists, image grids. */
    private void clean(Element content, Filters filters) {
        content.select("object, embed, footer, link, aside, iframe, input, textarea, select, button, nav").remove();
        for (Element element : content.select("*")) {
            if (element.parent() != null && element != content && SHARE.matcher(element.className() + " "
                    + element.id()).find() && element.text().length() < 500) {
                element.remove();
            }
        }
        if (filters.weighClasses()) {
            for (Element heading : content.select("h1, h2")) {
                if (classWeight(heading, filters) < 0) {
                    heading.remove();
                }
            }
        }
        if (filters.cleanConditionally()) {
            cleanConditionally(content, "form, fieldset", filters, ProseAfter.NONE);
            cleanConditionally(content, "table", filters, ProseAfter.NONE);
            cleanConditionally(content, "ul, ol", filters, ProseAfter.in(content));
            cleanConditionally(content, "div, section", filters, ProseAfter.NONE);
        }
    }

    private void cleanConditionally(Element content, String query, Filters filters, ProseAfter proseAfter) {
        List<Element> elements = new ArrayList<>(content.select(query));
        Collections.reverse(elements);
        for (Element element : elements) {
            // The best element and the siblings merged with it were judged by their scores already.
            if (element == content || element.parent() == null || element.parent() == content
                    || hasAncestor(element, "code")
                    || hasAncestor(element, "pre")) {
                continue;
            }
            if (element.is("table") && isDataTable(element) || hasAncestorDataTable(element)) {
                continue;
            }
            if (shouldRemove(element, filters, proseAfter)) {
                element.remove();
            }
        }
    }

    private boolean shouldRemove(Element element, Filters filters, ProseAfter proseAfter) {
        double weight = classWeight(element, filters);
        if (weight < 0) {
            return true;
        }
        String text = element.text();
        if (commas(text) >= 10) {
            return false;
        }
        boolean list = element.is("ul, ol");
        int paragraphs = element.select("p").size();
        int images = element.select("img").size();
        int items = element.select("li").size() - 100;
        int inputs = element.select("input").size();
        int embeds = element.select("object, embed, iframe, video").size();
        double headingDensity = text.isEmpty() ? 0 : (double) element.select("h1, h2, h3, h4, h5, h6").text().length()
                / text.length();
        double links = linkDensity(element);
        int length = text.length();
        boolean inFigure = hasAncestor(element, "figure");
        return images > 1 && (double) paragraphs / images < 0.5 && !inFigure
                || !list && items > paragraphs
                || inputs > paragraphs / 3
                || !list && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure
                || !list && weight < 25 && links > 0.2
                || weight >= 25 && links > 0.5
                || embeds == 1 && length < 75 || embeds > 1
                || list && links > 0.5 && length < 2000 && !proseAfter.follows(element);
    }

    /**
     * Whether a paragraph of the article's own prose follows an element inside the article: a list
     * of links in the middle of the text (bugs fixed, sources, the apps a post is about) is the
     * article's; tags, related stories and share links come after its last paragraph. Found with
     * one pass over the article, so a page of many lists takes no longer than it is long.
     */
    private static final class ProseAfter {
        /** A paragraph or list item at least this long, and not a link, is the article's prose. */
        private static final int PROSE_CHARS = 150;
        static final ProseAfter NONE = new ProseAfter(new IdentityHashMap<>(), -1);

        private final Map<Element, Integer> order;
        private final int lastProse;

        private ProseAfter(Map<Element, Integer> order, int lastProse) {
            this.order = order;
            this.lastProse = lastProse;
        }

        static ProseAfter in(Element content) {
            Map<Element, Integer> order = new IdentityHashMap<>();
            int lastProse = -1;
            for (Element element : content.getAllElements()) {
                int at = order.size();
                order.put(element, at);
                if (element.is("p, li") && element.text().length() >= PROSE_CHARS && linkDensity(element) < 0.25) {
                    lastProse = at;
                }
            }
            return new ProseAfter(order, lastProse);
        }

        /** Whether such prose stands after the element and all it holds. */
        boolean follows(Element element) {
            Element last = element;
            while (last.lastElementChild() != null) {
                last = last.lastElementChild();
            }
            Integer at = order.get(last);
            return at != null && lastProse > at;
        }
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, thead, tfoot, th, col, colgroup") != null) {
            return true;
        }
        if (table.selectFirst("table table") != null) {
            return false;
        }
        int rows = table.select("tr").size();
        int columns = 0;
        for (Element row : table.select("tr")) {
            columns = Math.max(columns, row.select("td").size());
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private static boolean hasAncestorDataTable(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.is("table") && isDataTable(parent)) {
                return true;
            }
        }
        return false;
    }

    private double initialScore(Element element, Filters filters) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element, filters);
    }

    private static double classWeight(Element element, Filters filters) {
        if (!filters.weighClasses()) {
            return 0;
        }
        double weight = 0;
        for (String marks : List.of(element.className(), element.id())) {
            if (marks.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(marks).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(marks).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** The share of an element's text that is link text, internal "#" links counting less. */
    static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        double links = 0;
        for (Element link : element.select("a")) {
            double coefficient = link.attr("href").startsWith("#") ? 0.3 : 1;
            links += link.text().length() * coefficient;
        }
        return Math.min(1, links / total);
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                count++;
            }
        }
        return count;
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (isBlock(child) || child.selectFirst("p, div, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6, pre")
                    != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    private static boolean ownTextBlank(Element element) {
        for (TextNode text : element.textNodes()) {
            if (!text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAncestor(Element element, String tag) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> ancestorsOf(Element element) {
        List<Element> ancestors = new ArrayList<>();
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            ancestors.add(parent);
        }
        return ancestors;
    }

    private static Element firstChild(Element element) {
        return element.children().isEmpty() ? null : element.child(0);
    }

    /** The next element in document order; with {@code skipChildren}, past this element's subtree. */
    private static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && !node.children().isEmpty()) {
            return node.child(0);
        }
        for (Element current = node; current != null; current = current.parent()) {
            Element sibling = current.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
            if (current.normalName().equals("body")) {
                return null;
            }
        }
        return null;
    }

    private static Element removeAndGetNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }
}
