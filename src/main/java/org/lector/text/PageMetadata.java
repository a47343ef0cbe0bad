package org.lector.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its markup: JSON-LD ({@code NewsArticle} and kin), OpenGraph,
 * {@code article:} and Dublin Core meta tags, {@code <title>}, {@code <time>}, {@code rel=author}.
 *
 * @param title the headline, the site's name taken off; empty if the page names none
 * @param author the author's name as the page gives it, without "By"
 * @param published the publication date, as an ISO string
 * @param modified the last update, as an ISO string
 * @param siteName the site's name
 * @param language the page's language code, such as "en" or "fr"; empty when not declared
 * @param description the page's summary of itself
 */
record PageMetadata(Optional<String> title, Optional<String> author, Optional<String> published,
                    Optional<String> modified, Optional<String> siteName, String language,
                    Optional<String> description) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—\\\\/>»·:]{1,2}\\s+");
    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "LiveBlogPosting",
            "WebPage", "APIReference", "MedicalScholarlyArticle", "Review", "CreativeWork");

    /** The whole page's language is English, or it declares none. */
    boolean isEnglishOrUnknown() {
        return language.isEmpty() || language.startsWith("en");
    }

    /**
     * Reads a page's metadata. Call before anything is removed from the document.
     *
     * @param document the parsed page
     * @return what the page declares
     */
    static PageMetadata read(Document document) {
        JsonLd jsonLd = JsonLd.read(document);
        Map<String, String> tags = metaTags(document);
        Optional<String> siteName = firstNonBlank(meta(tags, "og:site_name"), jsonLd.publisher,
                meta(tags, "application-name"));
        Optional<String> declared = firstNonBlank(jsonLd.headline, meta(tags, "dc.title"),
                meta(tags, "dcterm:title"), meta(tags, "og:title"), meta(tags, "twitter:title"),
                meta(tags, "parsely-title"), meta(tags, "sailthru.title"));
        Optional<String> title = declared.or(() -> documentTitle(document))
                .map(text -> withoutSiteName(text, siteName, document));
        Optional<String> author = firstNonBlank(jsonLd.author, meta(tags, "dc.creator"),
                meta(tags, "author"), meta(tags, "parsely-author"), meta(tags, "sailthru.author"),
                meta(tags, "article:author"), meta(tags, "byl"))
                .filter(name -> !name.contains("://") && name.length() <= 120);
        Optional<String> published = firstNonBlank(jsonLd.datePublished, meta(tags, "article:published_time"),
                meta(tags, "datePublished"), meta(tags, "parsely-pub-date"), meta(tags, "dc.date"),
                meta(tags, "date"), timeElement(document));
        Optional<String> modified = firstNonBlank(jsonLd.dateModified, meta(tags, "article:modified_time"),
                meta(tags, "dateModified"));
        String language = firstNonBlank(Optional.of(document.select("html").attr("lang")),
                meta(tags, "og:locale"), meta(tags, "content-language"), meta(tags, "language"))
                .map(code -> code.toLowerCase(Locale.ROOT).replace('_', '-')).orElse("");
        Optional<String> description = firstNonBlank(jsonLd.description, meta(tags, "og:description"),
                meta(tags, "description"), meta(tags, "twitter:description"),
                meta(tags, "dc.description"));
        return new PageMetadata(title, author, published, modified, siteName, language, description);
    }

    /** The dates the reader should hear: "Published May 3, 2024", "Updated …" when it differs. */
    List<String> dateLines() {
        List<String> lines = new ArrayList<>();
        Optional<String> day = published.flatMap(PageMetadata::spokenDate);
        day.ifPresent(date -> lines.add("Published " + date));
        modified.flatMap(PageMetadata::spokenDate).filter(date -> !day.equals(Optional.of(date)))
                .ifPresent(date -> lines.add("Updated " + date));
        return lines;
    }

    /** An ISO date or date-time as "May 3, 2024". */
    static Optional<String> spokenDate(String iso) {
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
     * Every meta tag's content by its name, read in one pass: for a name, {@code property} (RDFa,
     * OpenGraph) wins over {@code name}, then {@code itemprop} and {@code http-equiv}, and within one
     * attribute the first tag with content; a tag may give several names ("og:title twitter:title").
     */
    private static Map<String, String> metaTags(Document document) {
        Map<String, String> tags = new HashMap<>();
        for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
            for (Element element : document.select("meta[" + attribute + "][content]")) {
                String content = collapse(element.attr("content"));
                if (content.isEmpty()) {
                    continue;
                }
                for (String part : element.attr(attribute).split("\\s+")) {
                    tags.putIfAbsent(metaKey(part), content);
                }
            }
        }
        return tags;
    }

    /** A meta tag's content by its name. */
    private static Optional<String> meta(Map<String, String> tags, String name) {
        return Optional.ofNullable(tags.get(metaKey(name)));
    }

    /** "dc:creator", "dc.creator" and "DC.Creator" are one name. */
    private static String metaKey(String name) {
        return name.replace(':', '.').toLowerCase(Locale.ROOT);
    }

    /** The author the page's markup names outright, when its metadata does not. */
    static Optional<String> markedAuthor(Document document) {
        for (Element element : document.select("[rel=author], [itemprop~=author] [itemprop=name], [itemprop~=author],"
                + " .author, .byline")) {
            String text = collapse(element.text());
            if (isName(text)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Could be a person's name or an author line: short, has letters, is no date. */
    static boolean isName(String text) {
        return !text.isEmpty() && text.length() <= 100 && text.codePoints().anyMatch(Character::isLetter)
                && !LinePatterns.isDateLine(text) && text.chars().filter(Character::isDigit).count() < 4;
    }

    private static Optional<String> timeElement(Document document) {
        Element time = document.selectFirst("[itemprop=datePublished][datetime], time[datetime][pubdate],"
                + " article time[datetime], time[datetime]");
        return time == null ? Optional.empty() : Optional.of(time.attr("datetime"));
    }

    /**
     * The {@code <title>}, less what the site adds: the part before the last separator, unless that
     * leaves too few words; a part that is the page's one {@code <h1>} wins.
     */
    private static Optional<String> documentTitle(Document document) {
        String whole = collapse(document.title());
        if (whole.isEmpty()) {
            return Optional.ofNullable(document.selectFirst("h1")).map(h1 -> collapse(h1.text()))
                    .filter(text -> !text.isEmpty());
        }
        for (Element heading : document.select("h1, h2")) {
            if (Structurer.key(heading.text()).equals(Structurer.key(whole))) {
                return Optional.of(whole);
            }
        }
        String[] parts = TITLE_SEPARATOR.split(whole);
        if (parts.length > 1) {
            for (String part : parts) {
                for (Element heading : document.select("h1")) {
                    if (Structurer.key(heading.text()).equals(Structurer.key(part))) {
                        return Optional.of(part.strip());
                    }
                }
            }
            String before = whole.substring(0, lastSeparator(whole)).strip();
            if (Structurer.wordCount(before) >= 3) {
                return Optional.of(before);
            }
            String after = whole.substring(firstSeparatorEnd(whole)).strip();
            if (Structurer.wordCount(after) >= 3) {
                return Optional.of(after);
            }
        }
        return Optional.of(whole);
    }

    /**
     * A declared title less what the site adds ("Storm hits coast | The Herald" → "Storm hits
     * coast"), when the part kept stands as a line of its own (the headline) among {@code lines};
     * else the title as declared.
     *
     * @param lines the document's first lines, in order
     */
    static String headlinePart(String declared, List<String> lines) {
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            keys.add(Structurer.key(lines.get(i)));
            if (i + 1 < lines.size()) {
                // A headline set over two lines.
                keys.add(Structurer.key(lines.get(i) + " " + lines.get(i + 1)));
            }
        }
        // The whole title may stand as a line too (a print's running header, a copy's own title
        // line): a part that stands alone is the headline all the same.
        String[] parts = TITLE_SEPARATOR.split(declared);
        for (String part : parts) {
            if (parts.length > 1 && Structurer.wordCount(part) >= 3 && keys.contains(Structurer.key(part))) {
                return part.strip();
            }
        }
        return declared;
    }

    private static int lastSeparator(String title) {
        var matcher = TITLE_SEPARATOR.matcher(title);
        int last = title.length();
        while (matcher.find()) {
            last = matcher.start();
        }
        return last;
    }

    private static int firstSeparatorEnd(String title) {
        var matcher = TITLE_SEPARATOR.matcher(title);
        return matcher.find() ? matcher.end() : 0;
    }

    /**
     * "Hurricane hits coast | The Herald" → "Hurricane hits coast", when the part taken off names the
     * site (its declared name, or a part the page's headline lacks while the rest is the headline).
     */
    static String withoutSiteName(String title, Optional<String> siteName, Document document) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        String first = parts[0];
        String siteKey = siteName.map(Structurer::key).orElse("");
        if (!siteKey.isEmpty()) {
            if (Structurer.key(last).equals(siteKey) || siteKey.contains(Structurer.key(last))
                    && Structurer.wordCount(last) <= 3) {
                return title.substring(0, lastSeparator(title)).strip();
            }
            if (Structurer.key(first).equals(siteKey)) {
                return title.substring(firstSeparatorEnd(title)).strip();
            }
        }
        for (Element heading : document.select("h1")) {
            String headingKey = Structurer.key(heading.text());
            String withoutLast = title.substring(0, lastSeparator(title)).strip();
            if (!headingKey.isEmpty() && headingKey.equals(Structurer.key(withoutLast))) {
                return withoutLast;
            }
        }
        return title;
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

    static String collapse(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** The first article-like object in the page's JSON-LD scripts. Malformed JSON is ignored. */
    private static final class JsonLd {
        Optional<String> headline = Optional.empty();
        Optional<String> author = Optional.empty();
        Optional<String> datePublished = Optional.empty();
        Optional<String> dateModified = Optional.empty();
        Optional<String> publisher = Optional.empty();
        Optional<String> description = Optional.empty();

        static JsonLd read(Document document) {
            JsonLd found = new JsonLd();
            for (Element script : document.select("script[type=application/ld+json]")) {
                // Some pages wrap their JSON-LD in a CDATA section, as XHTML once asked.
                String json = script.data().strip().replaceFirst("^<!\\[CDATA\\[", "").replaceFirst("]]>$", "").strip();
                if (json.isEmpty() || json.length() > 1_000_000) {
                    continue;
                }
                try {
                    JsonObject article = findArticle(JsonParser.parseString(json), 0);
                    if (article != null) {
                        found.take(article, document);
                        return found;
                    }
                } catch (RuntimeException malformed) {
                    // Sites ship broken JSON-LD often enough; the other metadata still counts.
                }
            }
            return found;
        }

        private static JsonObject findArticle(JsonElement element, int depth) {
            if (depth > 6 || element == null) {
                return null;
            }
            if (element.isJsonArray()) {
                for (JsonElement item : element.getAsJsonArray()) {
                    JsonObject article = findArticle(item, depth + 1);
                    if (article != null) {
                        return article;
                    }
                }
            } else if (element.isJsonObject()) {
                JsonObject object = element.getAsJsonObject();
                if (isArticle(object.get("@type")) && (object.has("headline") || object.has("name"))) {
                    return object;
                }
                if (object.has("@graph")) {
                    return findArticle(object.get("@graph"), depth + 1);
                }
                if (object.has("mainEntity")) {
                    return findArticle(object.get("mainEntity"), depth + 1);
                }
            }
            return null;
        }

        private static boolean isArticle(JsonElement type) {
            if (type == null) {
                return false;
            }
            if (type.isJsonArray()) {
                for (JsonElement item : type.getAsJsonArray()) {
                    if (isArticle(item)) {
                        return true;
                    }
                }
                return false;
            }
            return type.isJsonPrimitive() && ARTICLE_TYPES.contains(type.getAsString());
        }

        private void take(JsonObject article, Document document) {
            JsonElement publisherElement = article.get("publisher");
            if (publisherElement != null && publisherElement.isJsonObject()) {
                publisher = string(publisherElement.getAsJsonObject().get("name"));
            }
            Optional<String> headlineText = string(article.get("headline"));
            // Some sites put the site's name in "headline" or "name": the publisher's name is the
            // site's; else take the one nearer the <title>.
            Optional<String> name = string(article.get("name"))
                    .filter(text -> headlineText.isEmpty() || !Optional.of(text).equals(publisher));
            Optional<String> chosen = headlineText;
            if (headlineText.isPresent() && name.isPresent() && !headlineText.equals(name)) {
                String titleKey = Structurer.key(document.title());
                chosen = titleKey.contains(Structurer.key(name.get()))
                        && !titleKey.contains(Structurer.key(headlineText.get())) ? name : headlineText;
            }
            headline = chosen.or(() -> name);
            author = names(article.get("author"));
            datePublished = string(article.get("datePublished"));
            dateModified = string(article.get("dateModified"));
            description = string(article.get("description"));
        }

        private static Optional<String> names(JsonElement author) {
            if (author == null) {
                return Optional.empty();
            }
            Set<String> names = new LinkedHashSet<>();
            JsonArray list = new JsonArray();
            if (author.isJsonArray()) {
                list = author.getAsJsonArray();
            } else {
                list.add(author);
            }
            for (JsonElement one : list) {
                if (one.isJsonObject()) {
                    string(one.getAsJsonObject().get("name")).ifPresent(names::add);
                } else {
                    string(one).ifPresent(names::add);
                }
            }
            names.removeIf(text -> text.contains("://"));
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }

        private static Optional<String> string(JsonElement element) {
            if (element == null || !element.isJsonPrimitive()) {
                return Optional.empty();
            }
            String text = collapse(org.jsoup.parser.Parser.unescapeEntities(element.getAsString(), false));
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
    }
}
