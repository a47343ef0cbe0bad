package org.lector.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns a sentence into the words that carry its topic: lower-cased letter-and-digit tokens,
 * English stop words removed, Porter-stemmed ("officials" and "official" become one term).
 *
 * <p>Not thread-safe (the stemmer keeps state): use one instance per thread.
 */
final class Terms {

    private static final Set<String> STOP_WORDS = loadStopWords();

    private final PorterStemmer stemmer = new PorterStemmer();

    /** The topic terms of a text, in order, repeats kept. */
    List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            int start = i;
            while (i < lower.length() && isWordChar(lower, i)) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i > start) {
                addTerm(lower.substring(start, i), terms);
            } else {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        return terms;
    }

    private void addTerm(String token, List<String> terms) {
        String word = token.endsWith("’s") || token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
        word = word.replace("'", "").replace("’", "");
        if (word.length() < 2 && !Character.isDigit(word.isEmpty() ? 'x' : word.charAt(0)) || STOP_WORDS.contains(word)) {
            return;
        }
        boolean ascii = word.chars().allMatch(c -> c < 128 && Character.isLetter(c));
        terms.add(ascii && word.length() > 3 ? stemmer.stem(word) : word);
    }

    private static boolean isWordChar(String text, int i) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        // An apostrophe inside a word ("Washington's") belongs to it.
        return (c == '\'' || c == '’') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.codePointAt(i - 1)) && Character.isLetter(text.codePointAt(i + 1));
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Terms.class.getResourceAsStream("stopwords-en.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords-en.txt is missing from this build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
