package org.lector.text;

import java.util.List;
import java.util.Objects;

/**
 * A block of the article body: an ordinary paragraph or a section heading, with its sentences.
 *
 * <p>Immutable and safe to share. Each sentence's span points into {@link #text()}.
 *
 * @param kind paragraph, heading or code
 * @param text the whole block as one line of text
 * @param sentences the sentences, in order, at least one
 */
public record Paragraph(Kind kind, String text, List<Sentence> sentences) {

    /** What a body block is. */
    public enum Kind {
        /** Running text. */
        PARAGRAPH,
        /** A section heading inside the body. */
        HEADING,
        /** Program code or other text that is not prose: shown, announced, not read out. */
        CODE
    }

    /** Checks that every sentence lies inside the text and matches it. */
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("Paragraph has no sentences: '" + abbreviate(text) + "'");
        }
        for (Sentence sentence : sentences) {
            if (sentence.span().end() > text.length()
                    || !sentence.span().of(text).equals(sentence.text())) {
                throw new IllegalArgumentException("Sentence " + sentence.span() + " does not match the paragraph");
            }
        }
    }

    /** Whether this block is code, shown but not read out. */
    public boolean isCode() {
        return kind == Kind.CODE;
    }

    /** Whether this block is a section heading. */
    public boolean isHeading() {
        return kind == Kind.HEADING;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
