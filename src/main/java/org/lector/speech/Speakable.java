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

    /** Whether there is nothing to say (the sentence was all symbols, emoji or unsupported script). */
    public boolean isSilent() {
        return text.isBlank();
    }
}
