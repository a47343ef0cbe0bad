package org.lector.text;

/**
 * A half-open range of character offsets, {@code [start, end)}, into some text.
 *
 * <p>Immutable and safe to share.
 *
 * @param start the first character, 0 or more
 * @param end one past the last character, at least {@code start}
 */
public record Span(int start, int end) {

    /** Checks the offsets. @throws IllegalArgumentException if negative or inverted */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Span is invalid: start=" + start + ", end=" + end);
        }
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** The covered part of {@code text}. @throws IndexOutOfBoundsException if the span lies outside it */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
