package org.lector.text;

import org.lector.text.Quoted;
import java.util.Locale;
import java.util.Objects;

/**
 * The reading-order pipeline, written once: clean → read the format's blocks → structure →
 * split sentences. {@link ArticleLoader} comes before it.
 *
 * <p>Immutable and safe to share.
 *
 * <pre>{@code
 * Article article = new ArticlePipeline().process(new ArticleLoader().load("story.html", System.in));
 * }</pre>
 */
public final class ArticlePipeline {

    private final TextCleaner cleaner = new TextCleaner();
    private final Structurer structurer = new Structurer();

    /**
     * Finds the reading order of one source.
     *
     * @param source the decoded input; not null
     * @return the article
     * @throws LectorException (exit code 3) if the source holds no article text
     */
    public Article process(ArticleSource source) {
        Objects.requireNonNull(source, "source");
        String text = source.format() == InputFormat.HTML || source.format() == InputFormat.DOCUMENT
                ? cleaner.cleanCharacters(source.text())
                : cleaner.clean(source.text());
        if (text.isBlank()) {
            throw LectorException.badInput(Quoted.of(source.name()) + " is empty");
        }
        RawArticle raw = switch (source.format()) {
            case HTML -> new HtmlReader().read(text);
            case DOCUMENT -> new HtmlReader().readDocument(text);
            case MARKDOWN -> RawArticle.of(new PlainTextReader(true).read(text));
            case PLAIN -> RawArticle.of(new PlainTextReader(false).read(text));
        };
        if (source.title().isPresent()) {
            raw = raw.withTitle(cleaner.cleanCharacters(source.title().get()));
        }
        return structurer.structure(raw, source.name(), fallbackTitle(source.name()));
    }

    /** "climate-talks_2024.txt" → "Climate talks 2024"; standard input → "Untitled article". */
    static String fallbackTitle(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[-_.]+", " ").strip();
        if (base.isEmpty() || name.equals("-")) {
            return "Untitled article";
        }
        return base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
