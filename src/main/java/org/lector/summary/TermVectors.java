package org.lector.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse term vectors of a set of sentences, in one of two weightings: TF-IDF scaled to unit
 * length (for cosine similarity), or TextRank's word overlap (see {@link #textRank}). Each
 * sentence is a "document" for the inverse document frequency.
 *
 * <p>Immutable after construction; safe to read from several threads.
 */
final class TermVectors {

    /** How term weights are set. */
    enum Weighting {
        /** (1 + log tf) × idf, scaled to unit length: dot products are cosine similarities. */
        TF_IDF,
        /**
         * 1 for each distinct term, divided by √(2·log length): the dot product of two sentences is
         * their shared words over 2√(log|Si|·log|Sj|), which is TextRank's similarity (shared words
         * over log|Si| + log|Sj|) with the sum of logs replaced by the nearby, never-larger
         * geometric form, so that it factorises and the ranker can stay linear.
         */
        TEXT_RANK
    }

    private final int termCount;
    /** For sentence i, the ids of its distinct terms and their weights (unit length, or empty). */
    private final int[][] ids;
    private final double[][] weights;
    private final Map<String, Integer> termIds;
    private final double[] idf;

    TermVectors(List<List<String>> sentences) {
        this(sentences, Weighting.TF_IDF);
    }

    TermVectors(List<List<String>> sentences, Weighting weighting) {
        termIds = new HashMap<>();
        int n = sentences.size();
        ids = new int[n][];
        weights = new double[n][];
        Map<Integer, Integer> documentFrequency = new HashMap<>();
        int[][] counts = new int[n][];
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : sentences.get(i)) {
                int id = termIds.computeIfAbsent(term, t -> termIds.size());
                tf.merge(id, 1, Integer::sum);
            }
            ids[i] = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            counts[i] = new int[ids[i].length];
            for (int k = 0; k < ids[i].length; k++) {
                counts[i][k] = tf.get(ids[i][k]);
                documentFrequency.merge(ids[i][k], 1, Integer::sum);
            }
        }
        termCount = termIds.size();
        idf = new double[termCount];
        for (Map.Entry<Integer, Integer> entry : documentFrequency.entrySet()) {
            idf[entry.getKey()] = Math.log((n + 1.0) / (entry.getValue() + 1.0)) + 1;
        }
        for (int i = 0; i < n; i++) {
            weights[i] = new double[ids[i].length];
            if (weighting == Weighting.TEXT_RANK) {
                int length = sentences.get(i).size();
                // A one-word sentence has log length 0: TextRank gives it no edges.
                double weight = length < 2 ? 0 : 1 / Math.sqrt(2 * Math.log(length));
                Arrays.fill(weights[i], weight);
                continue;
            }
            double norm = 0;
            for (int k = 0; k < ids[i].length; k++) {
                double w = (1 + Math.log(counts[i][k])) * idf[ids[i][k]];
                weights[i][k] = w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < ids[i].length; k++) {
                weights[i][k] /= norm;
            }
        }
    }

    /** The inverse document frequency of a term, or that of a term seen in no sentence. */
    double idf(String term) {
        Integer id = termIds.get(term);
        return id == null ? Math.log(size() + 1.0) + 1 : idf[id];
    }

    int size() {
        return ids.length;
    }

    int termCount() {
        return termCount;
    }


    /** The ids of sentence i's distinct terms, ascending. Do not modify. */
    int[] termIds(int i) {
        return ids[i];
    }

    /** The weights of sentence i's terms, in the order of {@link #termIds}. Do not modify. */
    double[] termWeights(int i) {
        return weights[i];
    }

    /** A sentence's similarity to itself: the dot product of its vector with itself. */
    double selfSimilarity(int i) {
        double sum = 0;
        for (double weight : weights[i]) {
            sum += weight * weight;
        }
        return sum;
    }

    /** The dot product of sentences i and j (their cosine for TF-IDF): a merge of two sorted lists. */
    double cosine(int i, int j) {
        int[] a = ids[i];
        int[] b = ids[j];
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                sum += weights[i][x++] * weights[j][y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }

    /** Adds {@code factor} times sentence i's vector into a dense vector over all terms. */
    void addTo(double[] dense, int i, double factor) {
        for (int k = 0; k < ids[i].length; k++) {
            dense[ids[i][k]] += factor * weights[i][k];
        }
    }

    /** The dot product of sentence i's vector with a dense vector over all terms. */
    double dot(int i, double[] dense) {
        double sum = 0;
        for (int k = 0; k < ids[i].length; k++) {
            sum += weights[i][k] * dense[ids[i][k]];
        }
        return sum;
    }
}
