package org.lector.text;

import java.util.Objects;

/**
 * One sentence of a paragraph: its text and where it sits in the paragraph's text.
 *
 * <p>Immutable and safe to share. {@code span.of(paragraph.text())} equals {@code text}.
 *
 * @param text the sentence, trimmed, never blank
 * @param span its offsets in the paragraph's text
 */
public record Sentence(String text, Span span) {

    /** Checks that the text is present and matches the span's length. */
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (text.isBlank()) {
            throw new IllegalArgumentException("Sentence text is blank at " + span);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("Sentence length " + text.length() + " differs from " + span);
        }
    }
}
