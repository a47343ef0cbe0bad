package org.lector.text;

import java.util.Objects;
import java.util.Optional;

/**
 * The decoded text of one input, with the name it came by.
 *
 * <p>Immutable and safe to share.
 *
 * @param name a file path as given, or "-" for standard input
 * @param text the decoded text, before cleaning
 * @param format how the text is marked up
 * @param title the title a document declares apart from its text (a PDF's), if it does
 */
public record ArticleSource(String name, String text, InputFormat format, Optional<String> title) {

    /** Checks presence. */
    public ArticleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
    }

    /** A source whose text holds its title, if it has one. */
    public ArticleSource(String name, String text, InputFormat format) {
        this(name, text, format, Optional.empty());
    }

    /**
     * A source whose format is found from its name and text.
     *
     * @param name the input's name, such as "story.html", or "-"
     * @param text its decoded text
     */
    public static ArticleSource of(String name, String text) {
        return new ArticleSource(name, text, InputFormat.detect(name, text));
    }
}
