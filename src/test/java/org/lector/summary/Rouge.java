package org.lector.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L as Google's rouge-score computes them: lower case, tokens of
 * [a-z0-9], Porter stemming of tokens longer than three characters, F1 of clipped n-gram overlap,
 * and ROUGE-L from the longest common subsequence of the two token sequences.
 */
final class Rouge {

    /** Precision, recall and F1 of one comparison. */
    record Score(double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private Rouge() {
    }

    static List<String> tokens(String text) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ")) {
            if (!token.isEmpty()) {
                tokens.add(token.length() > 3 ? stemmer.stem(token) : token);
            }
        }
        return tokens;
    }

    static Score rougeN(String candidate, String reference, int n) {
        Map<String, Integer> cand = ngrams(tokens(candidate), n);
        Map<String, Integer> ref = ngrams(tokens(reference), n);
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : cand.entrySet()) {
            overlap += Math.min(entry.getValue(), ref.getOrDefault(entry.getKey(), 0));
        }
        int candTotal = cand.values().stream().mapToInt(Integer::intValue).sum();
        int refTotal = ref.values().stream().mapToInt(Integer::intValue).sum();
        return new Score(candTotal == 0 ? 0 : (double) overlap / candTotal, refTotal == 0 ? 0 : (double) overlap / refTotal);
    }

    static Score rougeL(String candidate, String reference) {
        List<String> a = tokens(candidate);
        List<String> b = tokens(reference);
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int lcs = previous[b.size()];
        return new Score(a.isEmpty() ? 0 : (double) lcs / a.size(), b.isEmpty() ? 0 : (double) lcs / b.size());
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}
