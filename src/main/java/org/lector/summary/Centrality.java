package org.lector.summary;

import java.util.Arrays;

/**
 * PageRank over the graph whose edge weights are the dot products of the sentences' term vectors
 * (TextRank or continuous LexRank, by the vectors' weighting), in time linear in the number of
 * terms.
 *
 * <p>The similarity matrix is {@code W = V Vᵀ − D} for the matrix {@code V} of sentence vectors
 * and {@code D} the diagonal of self-similarities, so {@code W y = V (Vᵀ y) − D y}: one pass over
 * the sparse vectors per iteration, and the graph of n² edges is never built. Row sums come the
 * same way: {@code s = V (Vᵀ 1) − diag(D)}.
 */
final class Centrality {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    private Centrality() {
    }

    /**
     * The stationary PageRank of each sentence.
     *
     * @param vectors the sentences' unit vectors
     * @param damping the damping factor, in (0, 1)
     * @return one score per sentence, summing to 1
     */
    static double[] pageRank(TermVectors vectors, double damping) {
        int n = vectors.size();
        double[] rowSums = new double[n];
        double[] total = new double[vectors.termCount()];
        for (int i = 0; i < n; i++) {
            vectors.addTo(total, i, 1);
        }
        for (int i = 0; i < n; i++) {
            // A sentence's similarity to itself is not an edge.
            rowSums[i] = Math.max(0, vectors.dot(i, total) - vectors.selfSimilarity(i));
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        double[] dense = new double[vectors.termCount()];
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            Arrays.fill(dense, 0);
            double dangling = 0;
            double[] outgoing = new double[n];
            for (int i = 0; i < n; i++) {
                if (rowSums[i] > 1e-12) {
                    outgoing[i] = rank[i] / rowSums[i];
                    vectors.addTo(dense, i, outgoing[i]);
                } else {
                    dangling += rank[i];
                }
            }
            double base = (1 - damping) / n + damping * dangling / n;
            double change = 0;
            for (int i = 0; i < n; i++) {
                double incoming = vectors.dot(i, dense) - outgoing[i] * vectors.selfSimilarity(i);
                next[i] = base + damping * Math.max(0, incoming);
                change += Math.abs(next[i] - rank[i]);
            }
            System.arraycopy(next, 0, rank, 0, n);
            if (change < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
