package org.lector.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a paragraph into sentences, keeping each sentence's offsets in the paragraph.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or an ellipsis, after any closing quotes and
 * brackets, when white space and the start of a new sentence follow. A full stop does not end a
 * sentence after a title ("Dr.", "Prof."), an initial ("Maria T. Okafor"), a month before a day
 * ("Nov. 12"), a number sign ("No. 1"), or an abbreviation ("U.S.", "a.m.", "e.g.") unless the
 * next word is one that usually starts a sentence ("The", "He", "But"). Decimals and money
 * ("$2.4 billion", "1.2°C") never split because no space follows their point.
 *
 * <p>Immutable and safe to share; {@link #INSTANCE} is the one to use.
 */
public final class SentenceSplitter {

    /** The shared instance. */
    public static final SentenceSplitter INSTANCE = new SentenceSplitter();

    /** Titles and other words that are always followed by more of the same sentence. */
    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cpt", "cmdr",
            "adm", "maj", "brig", "cpl", "pvt", "rep", "reps", "sen", "sens", "gov", "rev", "hon", "pres", "supt",
            "insp", "det", "messrs", "mme", "mlle", "fr", "vs", "v", "cf", "e.g", "i.e", "viz", "al", "univ", "assn");
    /** Words that are abbreviations only before a number ("No. 1", "p. 12", "Vol. 3"). */
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "nos", "vol", "vols", "fig", "figs", "pp", "p", "para", "art", "ch", "sec", "op", "ext", "tel",
            "est", "ca", "approx", "pt", "pts", "nr");
    /** Month abbreviations: not final before a number ("Nov. 12"), otherwise like other abbreviations. */
    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Abbreviations that may end a sentence as well as stand inside one. */
    private static final Set<String> MAYBE_FINAL = Set.of(
            "inc", "ltd", "co", "corp", "plc", "llc", "etc", "bros", "dept", "govt", "intl", "natl", "assoc", "jr",
            "sr", "ave", "blvd", "rd");
    /** Verbs of saying: a capitalised word then one of these after a quote is the speaker, not a new sentence. */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "asked", "asks", "added", "adds", "told", "tells", "replied", "wrote", "writes",
            "explained", "insisted", "warned", "claimed", "noted", "continued", "shouted", "cried", "recalled",
            "recalls", "admitted", "argued", "declared", "stated", "remarked", "joked", "conceded", "acknowledged",
            "responded", "answered", "agreed", "whispered", "announced");
    /** Words that commonly begin a sentence: after an ambiguous abbreviation they mean a new sentence. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
            "but", "and", "so", "yet", "or", "in", "on", "at", "for", "with", "after", "before", "when", "while",
            "if", "as", "his", "her", "its", "their", "our", "my", "some", "many", "most", "no", "not", "one",
            "two", "both", "all", "each", "other", "others", "such", "however", "meanwhile", "then", "now", "still",
            "also", "last", "earlier", "later", "since", "despite", "although", "though", "because", "what",
            "where", "who", "why", "how", "officials", "analysts", "critics", "experts");

    private SentenceSplitter() {
    }

    /**
     * Splits one paragraph.
     *
     * @param paragraph the paragraph's text; not null
     * @return its sentences, in order, trimmed, with spans into {@code paragraph}; empty if it is blank
     */
    public List<Sentence> split(String paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        List<Sentence> sentences = new ArrayList<>();
        int length = paragraph.length();
        int start = skipSpace(paragraph, 0);
        int i = start;
        while (i < length) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                // Chinese and Japanese full stops end a sentence with or without a space after them.
                int end = i + 1;
                while (end < length && LinePatterns.isCloser(paragraph.charAt(end))) {
                    end++;
                }
                int next = skipSpace(paragraph, end);
                if (next < length) {
                    add(sentences, paragraph, start, end);
                    start = next;
                }
                i = end;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < length && isTerminal(paragraph.charAt(end))) {
                    end++;
                }
                while (end < length && LinePatterns.isCloser(paragraph.charAt(end))) {
                    end++;
                }
                int next = skipSpace(paragraph, end);
                if (next > end && next < length && isBoundary(paragraph, i, end, next)) {
                    add(sentences, paragraph, start, end);
                    start = next;
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        if (start < length) {
            add(sentences, paragraph, start, trimEnd(paragraph, length));
        }
        return sentences;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /**
     * Whether the punctuation at {@code mark} (its run ending before {@code end}) ends a sentence,
     * given that the next sentence would begin at {@code next}.
     */
    private static boolean isBoundary(String text, int mark, int end, int next) {
        int first = text.codePointAt(next);
        boolean nextIsLower = Character.isLowerCase(first);
        if (nextIsLower) {
            return false;
        }
        char c = text.charAt(mark);
        boolean closedByQuote = end > mark + 1 && LinePatterns.isCloser(text.charAt(end - 1));
        if (c != '.' || closedByQuote || end > mark + 1 && isTerminal(text.charAt(mark + 1))) {
            // "!", "?", an ellipsis, or a full stop inside quotes: a new sentence when something
            // other than a lower-case word or the speaker ("Why?" John asked) follows.
            return !isContinuationPunctuation(first) && !(closedByQuote && isSpeakerTag(text, next));
        }
        String word = wordBefore(text, mark);
        String lower = word.toLowerCase(Locale.ROOT);
        String nextWord = wordAt(text, next);
        boolean nextStartsSentence = SENTENCE_STARTERS.contains(nextWord.toLowerCase(Locale.ROOT));
        if (word.isEmpty()) {
            return true;
        }
        if (NEVER_FINAL.contains(lower)) {
            return false;
        }
        if (BEFORE_NUMBER.contains(lower) && Character.isDigit(first)) {
            return false;
        }
        if (MONTHS.contains(lower)) {
            return !Character.isDigit(first);
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // An initial ("Maria T. Okafor"), unless a sentence plainly starts after it.
            return nextStartsSentence && !nextWord.equals("A") && !nextWord.equals("I");
        }
        if (isDottedAbbreviation(word) || MAYBE_FINAL.contains(lower)) {
            return nextStartsSentence || Character.isDigit(first) && !isDottedAbbreviation(word);
        }
        return !isContinuationPunctuation(first);
    }

    /**
     * Whether a short speaker tag that closes the sentence starts at {@code at}: "Hailey later
     * recalled." or "asked John." — a name and a verb of saying, and nothing after them. "She said
     * the plan…" is a new sentence.
     */
    private static boolean isSpeakerTag(String text, int at) {
        String[] words = text.substring(at, Math.min(text.length(), at + 60)).split("\\s+", 5);
        for (int i = 0; i < Math.min(words.length, 3); i++) {
            String word = words[i];
            String bare = word.replaceAll("[.,;!?]+$", "").toLowerCase(Locale.ROOT);
            if (SPEECH_VERBS.contains(bare)) {
                String last = i == 0 && words.length > 1 ? words[1] : word;
                return last.endsWith(".") || last.endsWith(",");
            }
        }
        return false;
    }

    /** Characters that continue a sentence rather than start one. */
    private static boolean isContinuationPunctuation(int codePoint) {
        return codePoint == ',' || codePoint == ';' || codePoint == ':' || codePoint == ')' || codePoint == '%';
    }

    /** "U.S", "a.m", "e.g": letters separated by full stops (the last stop is the mark itself). */
    private static boolean isDottedAbbreviation(String word) {
        if (word.length() < 3 || word.indexOf('.') < 0) {
            return false;
        }
        for (String part : word.split("\\.")) {
            if (part.length() > 2 || part.isEmpty() || !part.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** The word (letters and inner full stops) that ends just before {@code mark}. */
    private static String wordBefore(String text, int mark) {
        int begin = mark;
        while (begin > 0) {
            char c = text.charAt(begin - 1);
            if (Character.isLetterOrDigit(c) || c == '.' && begin - 1 > 0 && Character.isLetter(text.charAt(begin - 2))) {
                begin--;
            } else {
                break;
            }
        }
        return text.substring(begin, mark);
    }

    /** The word that starts at {@code at}, after any opening quotes or brackets. */
    private static String wordAt(String text, int at) {
        int begin = at;
        while (begin < text.length() && !Character.isLetterOrDigit(text.charAt(begin))
                && !Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        int end = begin;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(begin, end);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The longest piece read as one sentence. Text without full stops (a list run together, a
     * table copied as lines) would otherwise be one sentence of any length: one step of
     * Right-arrow, one utterance to wait for. Longer runs are cut after a comma, else a space.
     */
    static final int LONGEST_SENTENCE = 1_200;

    /** Where to cut before {@code limit} and after {@code floor}: after ", " or "; ", else at a space; -1 if nowhere. */
    private static int lastBreak(String text, int limit, int floor, boolean afterComma) {
        for (int i = Math.min(limit, text.length() - 1); i > floor; i--) {
            char c = text.charAt(i);
            if (afterComma ? c == ' ' && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == ';') : c == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<Sentence> sentences, String paragraph, int start, int end) {
        int trimmed = trimEnd(paragraph, end);
        int from = start;
        while (trimmed - from > LONGEST_SENTENCE) {
            int limit = from + LONGEST_SENTENCE;
            // Searched back no further than the piece itself: a long run costs linear time.
            int cut = lastBreak(paragraph, limit, from + LONGEST_SENTENCE / 2, true);
            if (cut < 0) {
                cut = lastBreak(paragraph, limit, from + 1, false);
            }
            if (cut < 0) {
                cut = limit;
            }
            int pieceEnd = trimEnd(paragraph, cut);
            if (pieceEnd > from) {
                sentences.add(new Sentence(paragraph.substring(from, pieceEnd), new Span(from, pieceEnd)));
            }
            from = skipSpace(paragraph, cut);
        }
        if (trimmed > from) {
            sentences.add(new Sentence(paragraph.substring(from, trimmed), new Span(from, trimmed)));
        }
    }
}
