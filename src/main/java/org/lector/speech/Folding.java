package org.lector.speech;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of speech normalisation: one character at a time, what FreeTTS can say — quotes
 * straightened, accents folded, markup, emoji, control characters and unsupported scripts dropped —
 * keeping for each output character the index of the display character it came from.
 */
final class Folding {

    private Folding() {
    }

    /** Folded text: one character in, zero or more characters out, with a map back to the input. */
    record Folded(String text, int[] sourceStart, int sourceLength) {
        int start(int foldedIndex) {
            return foldedIndex >= sourceStart.length ? sourceLength : sourceStart[foldedIndex];
        }

        /** The display offset just past folded character {@code foldedEnd - 1}. */
        int end(int foldedEnd) {
            if (foldedEnd >= sourceStart.length) {
                return sourceLength;
            }
            return sourceStart[foldedEnd];
        }
    }

    /** Lexicon entries are matched against folded text, so they are folded too. */
    static String fold(String text) {
        return fold(text, null).text();
    }

    /**
     * Folds the display text: drops markup and escape sequences, control and invisible characters,
     * emoji and lone surrogates, and scripts FreeTTS cannot say; straightens quotes; folds accents
     * ("Zürich" → "Zurich"); keeps, for each output character, the index of its source character.
     */
    static Folded fold(String source, Pattern drop) {
        boolean[] dropped = new boolean[source.length()];
        if (drop != null) {
            Matcher matcher = drop.matcher(source);
            while (matcher.find()) {
                for (int i = matcher.start(); i < matcher.end(); i++) {
                    dropped[i] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(source.length());
        int[] map = new int[source.length() * 3 + 1];
        int i = 0;
        while (i < source.length()) {
            int codePoint = source.codePointAt(i);
            int width = Character.charCount(codePoint);
            String replacement = dropped[i] ? " " : foldCodePoint(codePoint);
            for (int k = 0; k < replacement.length(); k++) {
                if (out.length() >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[out.length()] = i;
                out.append(replacement.charAt(k));
            }
            i += width;
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(map, out.length()), source.length());
    }

    private static String foldCodePoint(int c) {
        if (c < 0x80) {
            return c < 0x20 || c == 0x7F ? " " : String.valueOf((char) c);
        }
        switch (c) {
            case '’', '‘', 'ʼ', '′' -> {
                return "'";
            }
            case '“', '”', '„', '«', '»', '″' -> {
                return "\"";
            }
            case '–' -> {
                return "–";
            }
            case '—', '―' -> {
                return "—";
            }
            case '…' -> {
                return "...";
            }
            case '£', '€', '¥', '₹', '°', '×', '%' -> {
                return String.valueOf((char) c);
            }
            case 'ß' -> {
                return "ss";
            }
            case 'æ' -> {
                return "ae";
            }
            case 'Æ' -> {
                return "Ae";
            }
            case 'œ' -> {
                return "oe";
            }
            case 'Œ' -> {
                return "Oe";
            }
            case 'ø' -> {
                return "o";
            }
            case 'Ø' -> {
                return "O";
            }
            case 'ł' -> {
                return "l";
            }
            case 'Ł' -> {
                return "L";
            }
            case 'đ', 'ð' -> {
                return "d";
            }
            case 'Đ', 'Ð' -> {
                return "D";
            }
            case 'þ' -> {
                return "th";
            }
            case 'Þ' -> {
                return "Th";
            }
            case 'ı' -> {
                return "i";
            }
            default -> {
                // Fall through to the general rules below.
            }
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return " ";
        }
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return "";
        }
        if (Character.isLetter(c)) {
            String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "");
            boolean latin = !base.isEmpty() && base.chars().allMatch(ch -> ch < 0x250 && Character.isLetter(ch));
            return latin ? base : " ";
        }
        if (Character.isDigit(c)) {
            int value = Character.digit(c, 10);
            return value >= 0 ? String.valueOf(value) : " ";
        }
        // Emoji, symbols, marks and other punctuation say nothing.
        return " ";
    }
}
