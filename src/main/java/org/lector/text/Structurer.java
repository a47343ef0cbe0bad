package org.lector.text;

import org.lector.text.Quoted;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides what each block of a page is — headline, standfirst, byline, date, heading, paragraph,
 * source, or furniture to drop — and builds the {@link Article}.
 *
 * <p>The rules are general, drawn from how news pages are laid out: the header (everything before
 * the first paragraph of running text) holds the headline, maybe repeated, the standfirst, the
 * byline and the dates; navigation comes before the headline; lists of links follow a "Related" or
 * "More from" line; date lines are never body text, wherever they stand.
 *
 * <p>Immutable and safe to share.
 */
final class Structurer {

    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-*+•·▪◦]\\s+");
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?:media|image|video|photo|picture) caption\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INNER_SENTENCE_BREAK = Pattern.compile("[.?!]\\s+\\p{Lu}");
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[>›»]\\s");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\(?\\d{1,3}[.)]\\s+\\S");

    private final SentenceSplitter splitter = SentenceSplitter.INSTANCE;

    /** What one block was found to be, before its place in the page is considered. */
    private enum Role { FURNITURE, LIST_HEADER, COMMENTS_HEADER, BYLINE, DATE, SOURCE, TEXT,
        /** A slide of a gallery copied with the page: left out, and weighs neither for the article nor against it. */
        SLIDE }

    private record Unit(Block block, Role role, DropReason reason) {
        String text() {
            return block.text();
        }
    }

    /** The parts of the article as they are found. */
    private static final class Parts {
        String title;
        String subtitle;
        String byline;
        final List<String> dates = new ArrayList<>();
        final List<Paragraph> paragraphs = new ArrayList<>();
        String source;
        final List<DroppedLine> dropped = new ArrayList<>();
    }

    /**
     * Builds the article from what a reader found.
     *
     * @param raw the blocks and metadata; not null
     * @param name the input's name, for the error message
     * @param fallbackTitle the title to use when the text has no headline
     * @return the article
     * @throws LectorException (exit code 3) if no body text is left
     */
    Article structure(RawArticle raw, String name, String fallbackTitle) {
        List<Unit> units = classify(raw.blocks());
        if (!raw.extracted()) {
            units = withoutSlideshows(units);
            units = withoutContents(units);
        }
        Parts parts = new Parts();
        raw.byline().ifPresent(byline -> parts.byline = byline);
        parts.dates.addAll(raw.dates());

        int firstBody = raw.extracted() ? firstContentIndex(units, raw) : firstBodyIndex(units);
        int bodyEnd = units.size();
        boolean wholePage = false;
        BitSet widgets = new BitSet();
        if (!raw.extracted()) {
            List<ProseRegion.Weighed> weighed = weigh(units);
            ProseRegion region = ProseRegion.find(weighed);
            if (region.isWholePage(weighed)) {
                List<String> texts = units.stream().map(Unit::text).toList();
                List<Unit> all = units;
                IntPredicate signed = i -> all.get(i).role() == Role.BYLINE || all.get(i).role() == Role.DATE;
                ProseRegion trimmed = StoryBreaks.cutTail(StoryBreaks.trim(region, weighed, texts), weighed, texts, signed);
                StoryBreaks.Bridged bridged = StoryBreaks.bridge(trimmed, weighed, texts, signed);
                region = bridged.region();
                widgets = bridged.widgets();
                // A whole page copied from a browser: the article is the densest run of prose in it.
                wholePage = true;
                firstBody = region.start();
                bodyEnd = region.end();
            }
        }
        int titleIndex = -1;
        if (raw.title().isPresent()) {
            parts.title = raw.title().get();
        } else {
            titleIndex = wholePage ? findPageTitle(units, firstBody, bodyEnd) : findTitle(units, firstBody);
            int underTagline = titleIndex < 0 ? headlineUnderTagline(units, firstBody, bodyEnd) : -1;
            if (underTagline >= 0) {
                titleIndex = underTagline;
                firstBody = underTagline + 1;
            }
            if (titleIndex >= 0) {
                parts.title = units.get(titleIndex).text();
            }
        }
        readHeader(units, firstBody, titleIndex, wholePage, parts);
        readBody(units, firstBody, bodyEnd, wholePage, widgets, parts);
        dropEchoes(parts);
        dropSignOff(parts);
        if (parts.paragraphs.isEmpty()) {
            rescueShortText(units, titleIndex, parts);
        }
        if (parts.paragraphs.isEmpty()) {
            throw LectorException.badInput(Quoted.of(name) + " holds no article text");
        }
        String title = parts.title != null ? parts.title : fallbackTitle;
        return new Article(title, Optional.ofNullable(parts.subtitle), Optional.ofNullable(parts.byline),
                parts.dates, parts.paragraphs, Optional.ofNullable(parts.source), parts.dropped);
    }

    /** "1 Alternative characterizations", "1.3 Spectral properties": a contents box's entry, numbered. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile(
            "(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{L}.{0,100}?)(\\s*\\.{4,}\\s*\\d{1,4})?");
    /** Entries a contents box lists, at the fewest; two numbered lines may be a short list. */
    private static final int CONTENTS_ENTRIES = 3;
    private static final Set<String> CONTENTS_HEADERS = Set.of("contents", "table of contents", "in this article",
            "inhalt", "inhaltsverzeichnis", "sommaire", "contenido", "índice", "indice", "sommario", "obsah", "spis treści");

    /**
     * The units with a copied page's contents box marked as furniture: numbered lines whose text
     * comes back further down as the heading of a section, three or more of them, and the
     * "Contents" line over them. The headings themselves stay where they head their sections.
     */
    private static List<Unit> withoutContents(List<Unit> units) {
        List<String> keys = units.stream().map(unit -> key(unit.text())).toList();
        Map<String, Integer> lastHeading = lastHeadings(keys);
        boolean[] entry = new boolean[units.size()];
        int entries = 0;
        for (int i = 0; i < units.size(); i++) {
            var matcher = CONTENTS_ENTRY.matcher(units.get(i).text().strip());
            if (!matcher.matches() || units.get(i).role() != Role.TEXT) {
                continue;
            }
            // A section's heading below has the entry's words ("1 History" / "History"); a dotted
            // leader to a page's number ("1. Introduction......2") makes an entry whatever follows.
            boolean leader = matcher.group(3) != null;
            if (leader || lastHeading.getOrDefault(key(matcher.group(2)), -1) > i) {
                entry[i] = true;
                entries++;
            }
        }
        if (entries < CONTENTS_ENTRIES) {
            return units;
        }
        List<Unit> marked = new ArrayList<>(units);
        for (int i = 0; i < units.size(); i++) {
            boolean header = !entry[i] && i + 1 < units.size() && entry[i + 1]
                    && CONTENTS_HEADERS.contains(keys.get(i));
            if (entry[i] || header) {
                marked.set(i, new Unit(units.get(i).block(), Role.FURNITURE, DropReason.TABLE_OF_CONTENTS));
            }
        }
        return marked;
    }

    /** What may follow a heading's words in its line: an "[edit]" link, a short label. */
    private static final int HEADING_SUFFIX = 5;

    /**
     * For each title a contents entry may name, the last line that is the heading with those words,
     * maybe with an "[edit]" or another short label after them: one pass, so that a page of many
     * numbered lines is not searched once for each.
     */
    private static Map<String, Integer> lastHeadings(List<String> keys) {
        Map<String, Integer> last = new HashMap<>();
        for (int j = 0; j < keys.size(); j++) {
            String key = keys.get(j);
            last.put(key, j);
            for (int space = key.lastIndexOf(' '); space > 0 && key.length() - space - 1 <= HEADING_SUFFIX;
                    space = key.lastIndexOf(' ', space - 1)) {
                last.put(key.substring(0, space), j);
            }
        }
        return last;
    }

    /** Prose enough outside a slideshow for the slideshow to be beside the article rather than be it. */
    private static final int ARTICLE_BESIDE_SLIDES = 100;

    /**
     * The units with every slide of a copied gallery marked as one, unless the slides are the
     * article itself (a gallery page with little else to read).
     */
    private static List<Unit> withoutSlideshows(List<Unit> units) {
        List<String> texts = units.stream().map(Unit::text).toList();
        java.util.function.IntPredicate prose = i -> units.get(i).role() == Role.TEXT && isBodyLike(units.get(i).block());
        boolean[] slides = Slideshows.find(texts, prose);
        int outside = 0;
        boolean any = false;
        for (int i = 0; i < units.size(); i++) {
            any |= slides[i];
            if (!slides[i] && prose.test(i)) {
                outside += wordCount(units.get(i).text());
            }
        }
        if (!any || outside < ARTICLE_BESIDE_SLIDES) {
            return units;
        }
        List<Unit> marked = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            marked.add(slides[i] ? new Unit(unit.block(), Role.SLIDE, DropReason.SLIDESHOW) : unit);
        }
        return marked;
    }

    private List<Unit> classify(List<Block> blocks) {
        List<Unit> units = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            for (Block part : splitCombinedLine(block)) {
                units.add(classify(part));
            }
        }
        return units;
    }

    /** "By Jane Doe | May 3, 2024": a byline and a date sharing a line become two units. */
    private static List<Block> splitCombinedLine(Block block) {
        if (isTakenAsWritten(block)) {
            return List.of(block);
        }
        String[] segments = SEGMENT_SEPARATOR.split(block.text());
        if (segments.length < 2 || block.text().length() > 200) {
            return List.of(block);
        }
        boolean bylineOrDates = LinePatterns.isByline(segments[0]) || LinePatterns.isDateLine(segments[0]);
        for (int i = 1; i < segments.length && bylineOrDates; i++) {
            bylineOrDates = LinePatterns.isDateLine(segments[i]);
        }
        if (!bylineOrDates) {
            bylineOrDates = isLabelledByline(segments);
        }
        if (!bylineOrDates || LinePatterns.isDateLine(block.text())) {
            return List.of(block);
        }
        List<Block> parts = new ArrayList<>();
        for (String segment : segments) {
            parts.add(new Block(segment, block.hint(), block.separate()));
        }
        return parts;
    }

    /**
     * "Le Monde | 04.05.2015 à 13h36 • Mis à jour le … | Par Martin Untersinger": the site's name,
     * then nothing but dates and one byline.
     */
    private static boolean isLabelledByline(String[] segments) {
        if (segments.length < 3 || wordCount(segments[0]) > 3 || LinePatterns.endsSentence(segments[0])) {
            return false;
        }
        int bylines = 0;
        for (int i = 1; i < segments.length; i++) {
            boolean byline = LinePatterns.isByline(segments[i]);
            if (!byline && !LinePatterns.isDateLine(segments[i])) {
                return false;
            }
            bylines += byline ? 1 : 0;
        }
        return bylines <= 1;
    }

    /** Code, a preformatted block and a table's row: text as laid out, never split or read for a byline, date or menu. */
    private static boolean isTakenAsWritten(Block block) {
        return block.hint() == Block.Hint.CODE || block.hint() == Block.Hint.PREFORMATTED
                || block.hint() == Block.Hint.TABLE_ROW;
    }

    private static Unit classify(Block block) {
        String text = block.text();
        if (isTakenAsWritten(block)) {
            return new Unit(block, Role.TEXT, null);
        }
        if (LinePatterns.isCommentsHeader(text)) {
            return new Unit(block, Role.COMMENTS_HEADER, DropReason.COMMENTS);
        }
        if (LinePatterns.isListHeader(text)) {
            return new Unit(block, Role.LIST_HEADER, DropReason.LIST_OF_LINKS);
        }
        if (LinePatterns.isCrossReference(text)) {
            return new Unit(block, Role.FURNITURE, DropReason.PAGE_FURNITURE);
        }
        if (block.hint() != Block.Hint.PARAGRAPH || text.length() < 60) {
            Optional<DropReason> furniture = LinePatterns.furniture(text);
            if (furniture.isPresent()) {
                return new Unit(block, Role.FURNITURE, furniture.get());
            }
        }
        if (LinePatterns.isDateLine(text)) {
            return new Unit(block, Role.DATE, null);
        }
        if (LinePatterns.isByline(text)) {
            return new Unit(block, Role.BYLINE, null);
        }
        if (LinePatterns.isSourceLine(text)) {
            return new Unit(block, Role.SOURCE, null);
        }
        return new Unit(block, Role.TEXT, null);
    }

    /**
     * Where the body starts in an article a reader already found: after the headline's echo, the
     * byline and date lines and a standfirst that agrees with the page's own description. Any
     * other text is the article's, however short.
     */
    private static int firstContentIndex(List<Unit> units, RawArticle raw) {
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.role() != Role.TEXT) {
                continue;
            }
            boolean echo = unit.block().hint() == Block.Hint.STANDFIRST && i <= 3
                    || raw.title().map(title -> isSimilar(unit.text(), title)).orElse(false)
                    // A description cut short ("… walking with…") is the opening's excerpt, not a standfirst.
                    || raw.description().filter(description -> !LinePatterns.isCutShort(description))
                            .map(description -> agrees(unit.text(), description)).orElse(false);
            if (!echo) {
                return i;
            }
        }
        return units.size();
    }

    /** A standfirst and the page's description: the same text, or one the start of the other. */
    private static boolean agrees(String text, String description) {
        String a = key(text);
        String b = key(description);
        if (a.length() < 20 || b.length() < 20) {
            return false;
        }
        return isSimilar(text, description) || a.startsWith(b) && b.length() > a.length() / 2
                || b.startsWith(a) && a.length() > b.length() / 2;
    }

    /** "14:44 Accusations de viols : …": a headline stamped with the time it was posted. */
    private static final Pattern TIMED_HEADLINE = Pattern.compile(
            "(?u)[0-2]?\\d[:h.][0-5]\\d\\s+(?!(?i:am|pm|a\\.m|p\\.m|gmt|utc|uhr|h\\b))\\p{Lu}.*");
    /** Headlines stamped with a time, this many on a page, are a feed of the latest stories. */
    private static final int FEED_HEADLINES = 4;
    private static final int FEED_HEADLINE_WORDS = 25;

    private static boolean isTimedHeadline(Unit unit) {
        return unit.role() == Role.TEXT && wordCount(unit.text()) <= FEED_HEADLINE_WORDS
                && TIMED_HEADLINE.matcher(unit.text()).matches();
    }

    private static List<ProseRegion.Weighed> weigh(List<Unit> units) {
        List<ProseRegion.Weighed> weighed = new ArrayList<>(units.size());
        boolean feed = units.stream().filter(Structurer::isTimedHeadline).limit(FEED_HEADLINES).count() >= FEED_HEADLINES;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            ProseRegion.Kind kind = feed && isTimedHeadline(unit) ? ProseRegion.Kind.FEED_HEADLINE : switch (unit.role()) {
                // A teaser cut short with "…" is not a sentence of the article.
                case TEXT -> unit.block().hint() == Block.Hint.PREFORMATTED || isTableRow(unit) ? ProseRegion.Kind.NEUTRAL
                        : LinePatterns.isCutShort(unit.text()) && wordCount(unit.text()) < 25
                        ? ProseRegion.Kind.SHORT
                        : isBodyLike(unit.block()) ? ProseRegion.Kind.PROSE
                        : LinePatterns.looksLikeCodeOrMath(unit.text()) ? ProseRegion.Kind.NEUTRAL
                        : isListItem(unit.text()) || LIST_NUMBER.matcher(unit.text()).find()
                                || unit.block().hint() == Block.Hint.PARAGRAPH ? ProseRegion.Kind.LIST_ITEM
                        : ProseRegion.Kind.SHORT;
                // A contents box stands inside the article, between its opening and its sections.
                case FURNITURE -> unit.reason() == DropReason.TABLE_OF_CONTENTS ? ProseRegion.Kind.NEUTRAL
                        : ProseRegion.Kind.FURNITURE;
                case LIST_HEADER -> ProseRegion.Kind.LINK_LIST_HEADER;
                case COMMENTS_HEADER -> opensThread(units, i) ? ProseRegion.Kind.COMMENTS_THREAD
                        : ProseRegion.Kind.COMMENTS_HEADER;
                case BYLINE, DATE, SOURCE, SLIDE -> ProseRegion.Kind.NEUTRAL;
            };
            weighed.add(new ProseRegion.Weighed(kind, wordCount(unit.text())));
        }
        return weighed;
    }

    /** "Reply", "Report abuse", "Name *": what a thread of comments or its form shows, and an article does not. */
    private static final Pattern THREAD_LINE = Pattern.compile(
            "(?iu)(?:reply|report|report abuse|flag|antworten|répondre|responder|rispondi|odpovědět)|\\p{L}[\\p{L} ]{0,30}\\s\\*");

    /** Whether the comments' heading at {@code header} has their thread or form right under it. */
    private static boolean opensThread(List<Unit> units, int header) {
        for (int j = header + 1; j < Math.min(units.size(), header + 9); j++) {
            if (THREAD_LINE.matcher(units.get(j).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** How far above the body a whole page's headline may stand (kickers, images' captions, share bars). */
    private static final int HEADLINE_WINDOW = 40;

    /**
     * The headline of a whole page: among the lines above the body that read like a headline, the
     * one that best looks it — repeated on the page (pages print their headline more than once),
     * followed closely by a byline or a date, near the body, of a headline's length.
     */
    private static int findPageTitle(List<Unit> units, int firstBody, int bodyEnd) {
        // Repeats inside the article are its section headings listed in a contents box; a headline
        // is repeated around the article (a breadcrumb, a share bar, a "you are reading" strip).
        // Each line's key once: the candidates are compared with their neighbours many times over.
        List<String> keys = units.stream().map(unit -> key(unit.text())).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (i < firstBody || i >= bodyEnd) {
                counts.merge(keys.get(i), 1, Integer::sum);
            }
        }
        int from = Math.max(0, firstBody - HEADLINE_WINDOW);
        // The densest run of prose may open with the headline itself when it is long.
        int to = firstBody < bodyEnd && opensWithHeadline(units, firstBody) ? firstBody + 1 : firstBody;
        // The body's words, from under the headline when the run opens with it.
        Set<String> bodyWords = bodyWords(units, to, bodyEnd);
        for (int i = 1; i < firstBody; i++) {
            // The line over a wiki's tagline is the page's title when the body speaks of it (a newer
            // skin puts the page's tabs, "Edit", "Tools", between them).
            Unit above = units.get(i - 1);
            if (LinePatterns.isWikiTagline(units.get(i).text()) && above.role() == Role.TEXT
                    && isHeadlineLike(above.text()) && toldInBody(above.text(), bodyWords)) {
                return i - 1;
            }
        }
        Set<String> sectionHeadings = new HashSet<>();
        for (int i = Math.min(bodyEnd, to + SECTION_AFTER); i < bodyEnd; i++) {
            sectionHeadings.add(keys.get(i));
        }
        int best = findPageTitle(units, keys, from, firstBody, to, counts, bodyWords, sectionHeadings, 4);
        return best >= 0 ? best
                : findPageTitle(units, keys, from, firstBody, to, counts, bodyWords, sectionHeadings, 2);
    }

    /** A line the body says again this far down is one of its sections, listed in a contents box above it. */
    private static final int SECTION_AFTER = 3;

    /** A word this long or longer says what a text is about ("program", "buying"; not "the", "your"). */
    private static final int TOPIC_WORD = 4;
    /** What a headline gains when every topic word of it comes back in the body. */
    private static final double TOPIC_BONUS = 4.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The topic words of the article's body, lower-cased. */
    private static Set<String> bodyWords(List<Unit> units, int firstBody, int bodyEnd) {
        Set<String> words = new HashSet<>();
        for (int i = firstBody; i < bodyEnd; i++) {
            if (units.get(i).role() == Role.TEXT) {
                words.addAll(topicWords(units.get(i).text()));
            }
        }
        return words;
    }

    /** Whether most of a line's topic words come back in the body ("Cycle lane" in a text of "cycle lanes"). */
    private static boolean toldInBody(String text, Set<String> bodyWords) {
        List<String> topic = topicWords(text);
        long told = topic.stream().filter(word -> bodyWords.contains(word) || bodyWords.contains(word + "s")).count();
        return !topic.isEmpty() && 2 * told >= topic.size();
    }

    private static List<String> topicWords(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (matcher.find()) {
            if (matcher.group().length() >= TOPIC_WORD) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static boolean opensWithHeadline(List<Unit> units, int first) {
        Unit unit = units.get(first);
        if (unit.role() != Role.TEXT || !isHeadlineLike(unit.text()) || wordCount(unit.text()) > 20) {
            return false;
        }
        // A question or an exclamation reads like a sentence; the byline or date under it says it heads the page.
        return !LinePatterns.endsSentence(unit.text()) || LinePatterns.endsWithInitial(unit.text())
                || hasBylineOrDateWithin(units, first + 1, first + 4);
    }

    /** A blog's tagline over its headline ("Hi, I'm Nicolas. I code stuff."): no longer than this. */
    private static final int TAGLINE_WORDS = 25;
    private static final int TAGLINE_LINES = 2;

    /**
     * The headline a page with nothing above its prose sets under a line or two of tagline, which
     * the densest run takes in; -1 when there is none.
     */
    private static int headlineUnderTagline(List<Unit> units, int first, int end) {
        int words = 0;
        for (int i = first; i < Math.min(end - 1, first + TAGLINE_LINES + 1); i++) {
            Unit unit = units.get(i);
            if (i > first && opensWithHeadline(units, i) && wordCount(unit.text()) >= 3 && !isListLine(unit)
                    && isBodyLike(units.get(i + 1).block())) {
                return i;
            }
            words += wordCount(unit.text());
            // A tagline is a sentence or two; list items ("+ Added granite blocks") are the article's.
            if (words > TAGLINE_WORDS || isListLine(unit) || !LinePatterns.endsSentence(unit.text())) {
                break;
            }
        }
        return -1;
    }

    private static boolean isListLine(Unit unit) {
        return unit.block().hint() == Block.Hint.LIST_ITEM || isListItem(unit.text());
    }

    private static final int DATELINE_WORDS = 12;
    /** "2/26/2015", "26.02.2015": a date, whichever of day and month comes first. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d{2}\\b");

    private static boolean hasBylineOrDateWithin(List<Unit> units, int from, int to) {
        // "2/26/2015 7:11 AM PST BY TMZ STAFF": a dateline with more run into it is a date line still.
        return anyWithin(units, from, to, unit -> unit.role() == Role.BYLINE || unit.role() == Role.DATE
                || unit.role() == Role.TEXT && wordCount(unit.text()) <= DATELINE_WORDS
                && (LinePatterns.dayOf(unit.text()).isPresent() || NUMERIC_DATE.matcher(unit.text()).find()));
    }

    /** Whether a unit from index {@code from} up to {@code to} (exclusive, both clipped to the page) is one sought. */
    private static boolean anyWithin(List<Unit> units, int from, int to, Predicate<Unit> sought) {
        for (int j = Math.max(0, from); j < Math.min(units.size(), to); j++) {
            if (sought.test(units.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static int countWithin(List<Unit> units, int from, int to, Predicate<Unit> sought) {
        int count = 0;
        for (int j = Math.max(0, from); j < Math.min(units.size(), to); j++) {
            count += sought.test(units.get(j)) ? 1 : 0;
        }
        return count;
    }

    private static int findPageTitle(List<Unit> units, List<String> keys, int from, int firstBody, int to,
                                     Map<String, Integer> counts, Set<String> bodyWords, Set<String> sectionHeadings,
                                     int fewestWords) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            int words = wordCount(unit.text());
            if (unit.role() != Role.TEXT || !isHeadlineLike(unit.text()) || words < fewestWords
                    || unit.block().hint() == Block.Hint.PREFORMATTED || isListItem(unit.text())) {
                continue;
            }
            // Headlines run longer than the labels, kickers and menu lines around them.
            double score = (words > 25 ? -1 : words >= 5 && words <= 20 ? 1 : 0) + 4.0 * Math.min(words, 15) / 15;
            if (CAPTION_LABEL.matcher(unit.text()).find()) {
                // "Media caption Mr Obama told the BBC…": an image's caption, as screen readers are told.
                score -= 3;
            }
            if (INNER_SENTENCE_BREAK.matcher(unit.text()).find()) {
                // "Ready to publish? Change the story's title": a notice, not a headline.
                score -= 1;
            }
            boolean inList = sharesOpening(keys, i, i - 1) || sharesOpening(keys, i, i + 1);
            if (inList) {
                // "Read on …", "Link externo, abre página …": one of a list of links, all begun alike.
                score -= 3;
            }
            if (besideGallery(units, i)) {
                // "1 of 24", "Full Screen", then a gallery's title and "View Photos": not the page's headline.
                score -= 3;
            }
            if (underListHeader(units, i)) {
                // "Sur le même sujet", "Popular Deals": the lines under it are other stories' headlines.
                score -= 3;
            }
            Unit above = i > 0 ? units.get(i - 1) : null;
            if (above != null && above.role() == Role.TEXT && isHeadlineLike(above.text())
                    && wordCount(above.text()) >= 4 && !sharesOpening(keys, i - 1, i - 2)) {
                // The line under a headline that reads like one is its standfirst, the more surely
                // when it runs longer than headlines do (a kicker over a headline is shorter still).
                score -= words > STANDFIRST_WORDS && wordCount(above.text()) < words ? 3 : 1.5;
            }
            // A line with a date or a separator in it is a dateline, a breadcrumb or a teaser's label.
            if (LinePatterns.dayOf(unit.text()).isPresent() || SEGMENT_SEPARATOR.matcher(unit.text()).find()
                    || BREADCRUMB.matcher(unit.text()).find()) {
                score -= 2;
            }
            String own = keys.get(i);
            boolean endsAnother = false;
            boolean endsWithAnother = false;
            for (int j = from; j < to; j++) {
                if (j != i) {
                    endsAnother |= endsWithLine(keys.get(j), own);
                    endsWithAnother |= endsWithLine(own, keys.get(j));
                }
            }
            if (counts.getOrDefault(own, 0) > 1 || endsAnother) {
                score += 2;
            }
            if (sectionHeadings.contains(own)) {
                // Listed above the article and a heading inside it: an entry of its contents.
                score -= 3;
            }
            if (BREADCRUMB.matcher(unit.text()).find() && endsWithAnother) {
                // "News > 2015 > Headline": the headline is the line this one ends with.
                score -= 2;
            }
            int under = Math.min(Math.max(firstBody, to) + 1, i + 6);
            if (hasBylineOrDateWithin(units, i + 1, under) || anyWithin(units, i + 1, under, Structurer::datesOrTimesTheStory)) {
                score += 1.5;
            }
            score += 2.0 * (HEADLINE_WINDOW - Math.max(0, firstBody - i)) / HEADLINE_WINDOW;
            List<String> topic = topicWords(unit.text());
            if (!topic.isEmpty()) {
                // A headline names what the article is about: its words come back in the body.
                long told = topic.stream().filter(bodyWords::contains).count();
                score += TOPIC_BONUS * told / topic.size();
            }
            if (score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** A line under a headline longer than this is its standfirst: headlines are shorter. */
    private static final int STANDFIRST_WORDS = 15;

    /** How far under a list's heading ("Related stories") a line may be one of its headlines, past kickers. */
    private static final int LIST_HEADER_REACH = 6;

    private static final Pattern GALLERY_CONTROL = Pattern.compile(
            "(?i)\\d{1,3} of \\d{1,3}|\\d{1,3}\\s*/\\s*\\d{1,3}|view (?:all )?(?:photos?|gallery|slideshow)|full ?screen"
                    + "|autoplay(?: on| off)?|skip ad");
    /** How far around a gallery's title its controls stand: its counter above, "View Photos" under it. */
    private static final int GALLERY_ABOVE = 6;

    private static boolean besideGallery(List<Unit> units, int index) {
        Predicate<Unit> control = unit -> GALLERY_CONTROL.matcher(unit.text().strip()).matches();
        return anyWithin(units, index - GALLERY_ABOVE, index, control) || anyWithin(units, index + 1, index + 2, control);
    }

    private static boolean underListHeader(List<Unit> units, int index) {
        return anyWithin(units, index - LIST_HEADER_REACH, index, unit -> unit.role() == Role.LIST_HEADER);
    }

    /** Whether two lines begin with the same two words, as the items of a list of links do. */
    private static boolean sharesOpening(List<String> keys, int i, int j) {
        if (i < 0 || j < 0 || i >= keys.size() || j >= keys.size()) {
            return false;
        }
        String[] a = keys.get(i).split(" ", 3);
        String[] b = keys.get(j).split(" ", 3);
        return a.length >= 3 && b.length >= 3 && a[0].equals(b[0]) && a[1].equals(b[1]);
    }

    /**
     * Whether one line ends with another, shorter one: "News > 2015 > Headline" (a breadcrumb),
     * "Kicker. Headline" (a headline printed again after its kicker). Lines are compared by key.
     */
    private static boolean endsWithLine(String longer, String shorter) {
        return shorter.length() >= 12 && longer.length() > shorter.length() + 3 && longer.endsWith(" " + shorter);
    }

    /**
     * A page that prints a run of its paragraphs twice (a layout for another screen size): the
     * second copy goes. A paragraph said twice on its own, a refrain, stays.
     */
    private static void dropEchoes(Parts parts) {
        List<Paragraph> paragraphs = parts.paragraphs;
        List<String> keys = paragraphs.stream().map(paragraph -> key(paragraph.text())).toList();
        Map<String, Integer> firstSeen = new HashMap<>();
        List<Paragraph> kept = new ArrayList<>(paragraphs.size());
        int i = 0;
        while (i < paragraphs.size()) {
            Integer earlier = firstSeen.get(keys.get(i));
            int run = 0;
            if (earlier != null) {
                Set<String> distinct = new HashSet<>();
                while (i + run < paragraphs.size() && earlier + run < i
                        && keys.get(earlier + run).equals(keys.get(i + run)) && distinct.add(keys.get(i + run))) {
                    run++;
                }
            }
            if (run >= 3) {
                for (int j = 0; j < run; j++) {
                    parts.dropped.add(new DroppedLine(paragraphs.get(i + j).text(), DropReason.REPEATED_PASSAGE));
                }
                i += run;
                continue;
            }
            firstSeen.putIfAbsent(keys.get(i), i);
            kept.add(paragraphs.get(i));
            i++;
        }
        paragraphs.clear();
        paragraphs.addAll(kept);
    }

    private static int firstBodyIndex(List<Unit> units) {
        int longUnstopped = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.role() != Role.TEXT) {
                continue;
            }
            if (isBodyLike(unit.block())) {
                return i;
            }
            // The header holds one long line without a full stop, the standfirst; a second one is
            // no label but the body, its last line cut off its full stop.
            if (wordCount(unit.text()) >= LONGEST_LABEL && unit.block().hint() != Block.Hint.HEADING
                    && unit.block().hint() != Block.Hint.TITLE && longUnstopped++ > 0) {
                return i;
            }
        }
        return units.size();
    }

    private static final int LONGEST_LABEL = 25;

    /** A sentence of a few words: begins with a capital or a digit, ends with a full stop, a question or an exclamation. */
    private static boolean isShortSentence(String text) {
        return wordCount(text) >= 3 && LinePatterns.endsSentence(text) && !LinePatterns.endsWithInitial(text)
                && Character.isLetterOrDigit(text.codePointAt(0)) && !CAPTION_LABEL.matcher(text).find();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WORD_OF_LETTERS = Pattern.compile("\\p{L}{2,}");

    /**
     * Whether the header's last line, just over the body, heads its first section: a numbered
     * line ("Chapter 1", "Part 1") whose like, with another number, heads a later one ("Chapter 2").
     */
    private static boolean headsFirstOfNumberedSections(List<Unit> units, int index, int firstBody) {
        String text = units.get(index).text();
        // Between it and the body, at most the section's own title: no prose, no labels.
        if (!NUMBER.matcher(text).find() || !WORD_OF_LETTERS.matcher(text).find() || wordCount(text) > 6
                || countWithin(units, index + 1, firstBody, unit -> unit.role() == Role.TEXT) > 1
                || anyWithin(units, index + 1, firstBody, unit -> unit.role() == Role.TEXT && !isHeadlineLike(unit.text()))) {
            return false;
        }
        String shape = NUMBER.matcher(text).replaceAll("#");
        return anyWithin(units, firstBody, units.size(), unit -> unit.role() == Role.TEXT && !unit.text().equals(text)
                && wordCount(unit.text()) <= 6 && NUMBER.matcher(unit.text()).replaceAll("#").equals(shape));
    }

    /**
     * The headline: a title the markup marks, else the first line in the header that reads like a
     * headline and has at least four words (section labels before it are shorter), else the first
     * that reads like a headline at all. Later copies of it are dropped as repeats.
     */
    private static int findTitle(List<Unit> units, int firstBody) {
        int firstHeadline = -1;
        int firstLongHeadline = -1;
        for (int i = 0; i < firstBody; i++) {
            Unit unit = units.get(i);
            if (unit.role() != Role.TEXT || !isHeadlineLike(unit.text()) || isTableRow(unit)) {
                continue;
            }
            if (unit.block().hint() == Block.Hint.TITLE) {
                return i;
            }
            if (firstHeadline < 0) {
                firstHeadline = i;
            }
            if (firstLongHeadline < 0 && wordCount(unit.text()) >= 4) {
                firstLongHeadline = i;
            }
        }
        if (firstHeadline >= 0 && firstLongHeadline > firstHeadline
                && anyWithin(units, firstHeadline + 1, firstLongHeadline, unit -> unit.role() == Role.BYLINE)) {
            // "The Harbour Town", "By Ann Writer", then a chapter's title: the author signs the headline.
            return firstHeadline;
        }
        return firstLongHeadline >= 0 ? firstLongHeadline : firstHeadline;
    }

    /**
     * In a whole page's header with no byline, the line near the headline that names a person
     * alone over a date or a reading time ("Hazel Sheffield", "Friday 25 December 2015"), or before
     * the date on the same line ("Dan Goodin - Apr 16, 2015"): the author, named without a "By". A
     * header with a byline has its labels over it ("Deal Professor", "Print Article").
     */
    private static Optional<HeaderByline> bareNameByline(List<Unit> units, int titleIndex, int firstBody) {
        if (titleIndex < 0 || anyWithin(units, 0, firstBody, unit -> unit.role() == Role.BYLINE)) {
            return Optional.empty();
        }
        // Under the headline first; a blog's template may set the author's card a few lines over it.
        for (int i : headerOrder(titleIndex, firstBody)) {
            Unit unit = units.get(i);
            if (unit.role() != Role.TEXT) {
                continue;
            }
            if (i > titleIndex) {
                Optional<List<String>> nameAndDate = LinePatterns.nameThenDate(unit.text());
                if (nameAndDate.isPresent()) {
                    return Optional.of(new HeaderByline(i, nameAndDate.get().get(0), nameAndDate.map(both -> both.get(1))));
                }
                if (LinePatterns.isBareName(unit.text()) && anyWithin(units, i + 1, i + 3, Structurer::datesOrTimesTheStory)) {
                    return Optional.of(new HeaderByline(i, unit.text(), Optional.empty()));
                }
            }
            // Over the headline, a blog's name stands over its date too: the card says how long the story reads.
            if (i < titleIndex && LinePatterns.isBareName(unit.text())
                    && anyWithin(units, i + 1, Math.min(i + 3, titleIndex), line -> READING_TIME.matcher(line.text()).find())) {
                return Optional.of(new HeaderByline(i, unit.text(), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** The header's line at {@code index} names the author, and maybe the date after the name. */
    private record HeaderByline(int index, String name, Optional<String> date) {
    }

    /** "11 min read", "8 minute read". */
    private static final Pattern READING_TIME = Pattern.compile("\\b\\d+\\s*min(?:ute)?s?\\.? read\\b", Pattern.CASE_INSENSITIVE);
    /** How far over the headline an author's card may stand. */
    private static final int CARD_ABOVE_HEADLINE = 16;

    /** The header's lines under the headline, then those over it nearest first, as far as an author's card stands. */
    private static int[] headerOrder(int titleIndex, int firstBody) {
        int over = Math.min(titleIndex, CARD_ABOVE_HEADLINE);
        int[] order = new int[Math.max(0, firstBody - titleIndex - 1) + over];
        int n = 0;
        for (int i = titleIndex + 1; i < firstBody; i++) {
            order[n++] = i;
        }
        for (int i = titleIndex - 1; i >= titleIndex - over; i--) {
            order[n++] = i;
        }
        return order;
    }

    /**
     * "Friday 25 December 2015", "1:39 PM ET", "Oct 18, 2019 · 8 min read", "Associated PressDecember
     * 2, 2016" (the agency's name run into the date): when it was written, or how long it reads.
     */
    private static final Pattern STORY_TIME = Pattern.compile("^\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,4})?$"
            + "|(?-i:\\p{Ll}(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + " \\d{1,2}, \\d{4})", Pattern.CASE_INSENSITIVE);

    private static boolean datesOrTimesTheStory(Unit unit) {
        String text = unit.text();
        return wordCount(text) <= DATELINE_WORDS && (unit.role() == Role.DATE || LinePatterns.dayOf(text).isPresent()
                || NUMERIC_DATE.matcher(text).find() || STORY_TIME.matcher(text).find() || READING_TIME.matcher(text).find());
    }

    private void readHeader(List<Unit> units, int firstBody, int titleIndex, boolean wholePage, Parts parts) {
        // Under "Chapter 1" in the header: the chapter's own title ("The Boy Who Lived") heads it too.
        boolean inFirstSection = false;
        Optional<HeaderByline> bareName = wholePage ? bareNameByline(units, titleIndex, firstBody) : Optional.empty();
        int bareNameIndex = bareName.map(HeaderByline::index).orElse(-1);
        for (int i = 0; i < firstBody; i++) {
            if (i == titleIndex) {
                continue;
            }
            Unit unit = units.get(i);
            if (unit.role() != Role.TEXT) {
                takeNonText(unit, parts);
            } else if (parts.title != null && isSimilar(unit.text(), parts.title)) {
                parts.dropped.add(new DroppedLine(unit.text(), DropReason.REPEATED_HEADLINE));
            } else if (i == bareNameIndex) {
                parts.byline = bareName.get().name();
                bareName.get().date().ifPresent(date -> addDate(date, parts));
            } else if (i < titleIndex) {
                parts.dropped.add(new DroppedLine(unit.text(), DropReason.NAVIGATION_BEFORE_THE_HEADLINE));
            } else if (isTableRow(unit)) {
                // A table under the headline (a fact box) is the article's, as the page's markup says of its own.
                addParagraph(unit.text(), parts);
            } else if (inFirstSection && isHeadlineLike(unit.text())) {
                addWhole(Paragraph.Kind.HEADING, unit.text(), parts);
            } else if (parts.subtitle == null && wordCount(unit.text()) >= 6 && unit.block().hint() != Block.Hint.HEADING
                    && !CAPTION_LABEL.matcher(unit.text()).find()) {
                parts.subtitle = unit.text();
            } else if (parts.subtitle != null && isSimilar(unit.text(), parts.subtitle)) {
                parts.dropped.add(new DroppedLine(unit.text(), DropReason.REPEATED_STANDFIRST));
            } else if (headsFirstOfNumberedSections(units, i, firstBody)) {
                addWhole(Paragraph.Kind.HEADING, unit.text(), parts);
                inFirstSection = true;
            } else if (!wholePage && isShortSentence(unit.text())) {
                // "It was cold." opening a story: a label has no full stop.
                addParagraph(unit.text(), parts);
            } else {
                parts.dropped.add(new DroppedLine(unit.text(), DropReason.LABEL_IN_THE_HEADER));
            }
        }
    }

    private void readBody(List<Unit> units, int firstBody, int bodyEnd, boolean wholePage, BitSet widgets, Parts parts) {
        int lastBody = lastBodyIndex(units);
        boolean inLinkList = false;
        boolean inComments = false;
        for (int i = firstBody; i < units.size(); i++) {
            Unit unit = units.get(i);
            String text = unit.text();
            if (i >= bodyEnd) {
                inComments |= unit.role() == Role.COMMENTS_HEADER;
                if (unit.role() == Role.SOURCE && i < bodyEnd + 3) {
                    takeNonText(unit, parts);
                } else {
                    DropReason reason = inComments ? DropReason.COMMENTS
                            : unit.reason() != null ? unit.reason() : DropReason.AFTER_THE_ARTICLE;
                    parts.dropped.add(new DroppedLine(text, reason));
                }
                continue;
            }
            if (widgets.get(i)) {
                // A video player's menus or a gallery's labels between two runs of the article.
                parts.dropped.add(new DroppedLine(text, unit.reason() != null ? unit.reason() : DropReason.PAGE_FURNITURE));
                continue;
            }
            if (unit.role() == Role.LIST_HEADER) {
                inLinkList = true;
            }
            if (unit.role() != Role.TEXT) {
                takeNonText(unit, parts);
                continue;
            }
            if (unit.block().hint() == Block.Hint.CODE) {
                addWhole(Paragraph.Kind.CODE, text, parts);
                continue;
            }
            boolean bodyLike = isBodyLike(unit.block());
            if (wholePage && unit.block().hint() == Block.Hint.NONE && isFigureLabel(text)) {
                // A copy gives a chart's labels one a line; alone, a number says nothing to a listener.
                parts.dropped.add(new DroppedLine(text, DropReason.FIGURE_LABEL));
                continue;
            }
            if (wholePage && !bodyLike && unit.block().hint() == Block.Hint.NONE && isChartLabel(units, i)) {
                // "Public debt as a share of GDP", "100", "%", "RECESSIONS", "80": a chart's title and
                // labels, copied one a line among its axis's figures; none is a heading of the article.
                parts.dropped.add(new DroppedLine(text, DropReason.FIGURE_LABEL));
                continue;
            }
            if (inLinkList && !bodyLike) {
                parts.dropped.add(new DroppedLine(text, DropReason.LIST_OF_LINKS));
                continue;
            }
            inLinkList = false;
            if (parts.title != null && isSimilar(text, parts.title)) {
                parts.dropped.add(new DroppedLine(text, DropReason.REPEATED_HEADLINE));
            } else if (parts.subtitle != null && isSimilar(text, parts.subtitle)) {
                parts.dropped.add(new DroppedLine(text, DropReason.REPEATED_STANDFIRST));
            } else if (!bodyLike && isHeadlineLike(text) && unit.block().hint() != Block.Hint.PARAGRAPH
                    && unit.block().hint() != Block.Hint.LIST_ITEM && !isTableRow(unit) && !isListItem(text)) {
                if (i < lastBody) {
                    addWhole(Paragraph.Kind.HEADING, text, parts);
                } else {
                    parts.dropped.add(new DroppedLine(text, DropReason.AFTER_THE_ARTICLE));
                }
            } else {
                addParagraph(text, parts);
            }
        }
    }

    /** The author's card, the licence notice and the like under the last paragraph: not the article's. */
    private static void dropSignOff(Parts parts) {
        int count = SignOff.count(parts.paragraphs, Optional.ofNullable(parts.byline));
        List<DroppedLine> signOff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = parts.paragraphs.remove(parts.paragraphs.size() - 1).text();
            String unstopped = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            if (parts.byline == null && LinePatterns.isByline(unstopped)) {
                // "Posted by Alon Zakai.": the only byline the page has, set under the article.
                parts.byline = unstopped;
            } else {
                signOff.add(0, new DroppedLine(text, DropReason.AFTER_THE_ARTICLE));
            }
        }
        parts.dropped.addAll(signOff);
    }

    /** A very short text has no running prose: read whatever content lines it has. */
    private void rescueShortText(List<Unit> units, int titleIndex, Parts parts) {
        List<DroppedLine> kept = new ArrayList<>();
        for (DroppedLine line : parts.dropped) {
            boolean content = line.reason() == DropReason.LABEL_IN_THE_HEADER || line.reason() == DropReason.AFTER_THE_ARTICLE
                    || line.reason() == DropReason.NAVIGATION_BEFORE_THE_HEADLINE;
            if (content) {
                addParagraph(line.text(), parts);
            } else {
                kept.add(line);
            }
        }
        parts.dropped.clear();
        parts.dropped.addAll(kept);
        if (parts.paragraphs.isEmpty() && titleIndex >= 0) {
            addParagraph(units.get(titleIndex).text(), parts);
        }
    }

    /** The last unit of running text or of a list inside the article: headings after it head nothing. */
    private static int lastBodyIndex(List<Unit> units) {
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit unit = units.get(i);
            boolean listContent = isListLine(unit) && LinePatterns.endsSentence(unit.text());
            if (unit.role() == Role.TEXT && (isBodyLike(unit.block()) || listContent)) {
                return i;
            }
        }
        return -1;
    }

    /** A date line, unless it says a date already read. */
    private static void addDate(String text, Parts parts) {
        if (parts.dates.stream().noneMatch(date -> isSameDate(date, text))) {
            parts.dates.add(text);
        } else {
            parts.dropped.add(new DroppedLine(text, DropReason.REPEATED_DATE));
        }
    }

    private static void takeNonText(Unit unit, Parts parts) {
        String text = unit.text();
        switch (unit.role()) {
            case DATE -> addDate(text, parts);
            case BYLINE -> {
                if (parts.byline == null) {
                    parts.byline = text;
                } else {
                    parts.dropped.add(new DroppedLine(text, DropReason.SECOND_BYLINE));
                }
            }
            case SOURCE -> parts.source = parts.source == null ? text : parts.source + " " + text;
            default -> parts.dropped.add(new DroppedLine(text, unit.reason()));
        }
    }

    /** Two date lines that say the same: one contains the other, or both name the same day and no time. */
    private static boolean isSameDate(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.contains(kb) || kb.contains(ka)) {
            return true;
        }
        Optional<String> day = LinePatterns.dayOf(a);
        return day.isPresent() && day.equals(LinePatterns.dayOf(b)) && !(hasTime(a) && hasTime(b));
    }

    private static boolean hasTime(String text) {
        return text.matches("(?s).*\\d:\\d\\d.*");
    }

    private void addParagraph(String text, Parts parts) {
        String body = BULLET.matcher(text).replaceFirst("");
        List<Sentence> sentences = splitter.split(body);
        if (!sentences.isEmpty()) {
            parts.paragraphs.add(new Paragraph(Paragraph.Kind.PARAGRAPH, body, sentences));
        }
    }

    /** A heading or a code block: one piece, never split into sentences. */
    private static void addWhole(Paragraph.Kind kind, String text, Parts parts) {
        parts.paragraphs.add(new Paragraph(kind, text, List.of(new Sentence(text, new Span(0, text.length())))));
    }

    private static boolean isTableRow(Unit unit) {
        return unit.block().hint() == Block.Hint.TABLE_ROW;
    }

    /** Running text: ends like a sentence and is longer than a label, or is too long to be anything else. */
    private static boolean isBodyLike(Block block) {
        String text = block.text();
        int words = wordCount(text);
        if (block.hint() == Block.Hint.TITLE || block.hint() == Block.Hint.HEADING) {
            return false;
        }
        if (block.hint() == Block.Hint.CODE || block.hint() == Block.Hint.PREFORMATTED) {
            return true;
        }
        // A sentence may end with a colon that opens a list, a quote or a piece of code.
        return words > 40 || LinePatterns.endsSentence(text) && words >= 6 || text.endsWith(":") && words >= 8
                || isSpacedChineseProse(text)
                || (block.hint() == Block.Hint.PARAGRAPH || block.hint() == Block.Hint.STANDFIRST) && words >= 12;
    }

    /** Reads like a headline or heading: a few words, starts with a capital, no closing full stop. */
    private static boolean isHeadlineLike(String text) {
        int words = wordCount(text);
        if (words < 1 || words > 30 || text.length() > 220) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (",;:".indexOf(last) >= 0 || last == '.' && !LinePatterns.endsWithInitial(text)) {
            return false;
        }
        return !Character.isLowerCase(text.codePointAt(0));
    }

    /**
     * Two clauses of Chinese or Japanese, each this many characters or more, with a space for a
     * comma. The ranges are the ones {@link #wordCount} counts (kana and the common ideographs):
     * Unicode script classes would cost every start-up their tables.
     */
    private static final Pattern SPACED_CJK_CLAUSES = Pattern.compile(
            "[\u3040-\u30FF\u4E00-\u9FFF\"“”「」、]{8,}(?:\\s+[\u3040-\u30FF\u4E00-\u9FFF\"“”「」、]{8,})+");

    /**
     * "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣": informal Chinese
     * writes a pause as a space, not a comma, and a line of such clauses ends without a full stop.
     */
    private static boolean isSpacedChineseProse(String text) {
        return text.length() >= 24 && SPACED_CJK_CLAUSES.matcher(text).matches();
    }

    /** A few tokens without a letter in them: "’17", "$915", "+12", "6.6%". */
    private static boolean isFigureLabel(String text) {
        return text.length() <= 20 && text.codePoints().noneMatch(Character::isLetter) && wordCount(text) <= 3;
    }

    /** The most words of a chart's title or label; the article's sentences are longer. */
    private static final int CHART_LABEL_WORDS = 10;

    /**
     * Whether a short line stands among a chart's figures: a figure one or two lines over it and
     * one under it, or the two lines under it are figures (the chart's title). Figures over it
     * alone are a gallery's counters before the article goes on.
     */
    private static boolean isChartLabel(List<Unit> units, int index) {
        if (wordCount(units.get(index).text()) > CHART_LABEL_WORDS) {
            return false;
        }
        boolean above = isFigureUnit(units, index - 1) || isFigureUnit(units, index - 2);
        boolean below1 = isFigureUnit(units, index + 1);
        boolean below2 = isFigureUnit(units, index + 2);
        return below1 && below2 || above && (below1 || below2);
    }

    private static boolean isFigureUnit(List<Unit> units, int index) {
        if (index < 0 || index >= units.size()) {
            return false;
        }
        Unit unit = units.get(index);
        // A figure has a digit: "|", "|/" and "[...]" are a terminal's drawing and elisions.
        return unit.role() == Role.TEXT && unit.block().hint() == Block.Hint.NONE && isFigureLabel(unit.text())
                && unit.text().chars().anyMatch(Character::isDigit);
    }

    private static boolean isListItem(String text) {
        return BULLET.matcher(text).find();
    }

    /**
     * Words in a text. Chinese and Japanese write no spaces between words, so there two characters
     * count as a word, about the average length of a word in those languages.
     */
    static int wordCount(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            if (c >= '\u3040' && c <= '\u30FF' || c >= '\u4E00' && c <= '\u9FFF') {
                unspaced++;
            }
        }
        return words + unspaced / 2;
    }

    /** Lower-case letters and digits only, single-spaced: how repeats are recognised. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }

    /** The same line give or take punctuation, case and a few typing differences. */
    static boolean isSimilar(String a, String b) {
        if (Math.abs(a.length() - b.length()) > Math.max(a.length(), b.length()) / 4 + 4) {
            return false;
        }
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb)) {
            return !ka.isEmpty();
        }
        int longer = Math.max(ka.length(), kb.length());
        if (longer < 20 || Math.abs(ka.length() - kb.length()) > longer / 10 || longer > 400) {
            return false;
        }
        int threshold = Math.max(2, longer / 20);
        return new LevenshteinDistance(threshold).apply(ka, kb) >= 0;
    }
}
