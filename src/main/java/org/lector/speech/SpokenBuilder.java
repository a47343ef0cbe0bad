package org.lector.speech;

import java.util.ArrayList;
import java.util.List;
import org.lector.text.Span;

/**
 * Builds the spoken text piece by piece, keeping single spaces between words, no space before
 * punctuation, no doubled punctuation, and the display span of every piece.
 */
final class SpokenBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Speakable.Piece> pieces = new ArrayList<>();

    /** Appends words that came from display span {@code [start, end)}. */
    void words(String words, int start, int end) {
        String trimmed = words.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
        int from = text.length();
        text.append(trimmed);
        pieces.add(new Speakable.Piece(new Span(from, text.length()), new Span(start, Math.max(start, end))));
    }

    /** Appends a pause mark (",", ".", "?", "!", ";", ":"), dropping it where it would double another. */
    void punctuation(char mark) {
        int last = text.length() - 1;
        while (last >= 0 && text.charAt(last) == ' ') {
            last--;
        }
        if (last < 0) {
            return;
        }
        char previous = text.charAt(last);
        if (",.;:!?".indexOf(previous) >= 0) {
            // A stronger mark replaces a comma; otherwise keep the first.
            if (previous == ',' && mark != ',') {
                text.setCharAt(last, mark);
            }
            return;
        }
        text.setLength(last + 1);
        text.append(mark);
    }

    Speakable build(String display) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        // A trailing comma left by a closing bracket or dash says nothing.
        if (end > 0 && text.charAt(end - 1) == ',') {
            end--;
        }
        text.setLength(end);
        List<Speakable.Piece> kept = new ArrayList<>();
        for (Speakable.Piece piece : pieces) {
            if (piece.spoken().end() <= end) {
                kept.add(piece);
            }
        }
        return new Speakable(display, text.toString(), kept);
    }
}
