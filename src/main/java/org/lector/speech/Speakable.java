package org.lector.speech;

import java.util.List;
import java.util.Objects;
import org.lector.text.Span;

/**
 * What the synthesizer is given for one display sentence, and which part of the display text
 * each part of it came from ("$100 million" → "one hundred million dollars": one display span,
 * four spoken words).
 *
 * <p>Immutable and safe to share.
 *
 * @param display the sentence as shown
 * @param text what is spoken, only letters, digits spelled out, apostrophes and plain punctuation
 * @param pieces in spoken order: each spoken span and the display span it came from
 */
public record Speakable(String display, String text, List<Piece> pieces) {

    /**
     * A stretch of spoken text and its display origin.
     *
     * @param spoken offsets into {@code text}
     * @param display offsets into {@code display}
     */
    public record Piece(Span spoken, Span display) {
        /** Checks presence. */
        public Piece {
            Objects.requireNonNull(spoken, "spoken");
            Objects.requireNonNull(display, "display");
        }
    }

    /** Checks presence and that every piece lies inside its texts. */
    public Speakable {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(text, "text");
        pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
        for (Piece piece : pieces) {
            if (piece.spoken().end() > text.length() || piece.display().end() > display.length()) {
                throw new IllegalArgumentException("Speakable piece " + piece + " lies outside its text");
            }
        }
    }

    /**
     * The spoken words: runs of letters and apostrophes in {@link #text()}, in order, as the
     * synthesizer sees them.
     */
    public List<Span> spokenWords() {
        return wordsOf(text);
    }

    /** The words of a speakable text, as {@link #spokenWords()} finds them. */
    public static List<Span> wordsOf(String text) {
        List<Span> words = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Span(start, i));
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    /**
     * The display text a spoken word came from: "$100 million" for each of "one hundred million
     * dollars", "U.S." for both "U" and "S".
     *
     * @param spokenWord an index into {@link #spokenWords()}
     * @return the display span, or empty if the word came from nowhere in particular
     */
    public java.util.Optional<Span> displayOf(int spokenWord) {
        List<Span> words = spokenWords();
        if (spokenWord < 0 || spokenWord >= words.size()) {
            return java.util.Optional.empty();
        }
        int at = words.get(spokenWord).start();
        for (Piece piece : pieces) {
            if (at >= piece.spoken().start() && at < piece.spoken().end()) {
                return java.util.Optional.of(piece.display());
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether there is nothing to say (the sentence was all symbols, emoji or unsupported script). */
    public boolean isSilent() {
        return text.isBlank();
    }
}
