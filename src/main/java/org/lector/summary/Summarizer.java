package org.lector.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.lector.text.Article;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;

/**
 * Picks the sentences of an article that best carry its story.
 *
 * <p>Sentences are taken one at a time, greedily, by maximal marginal relevance. A sentence's
 * value is
 * <ul>
 *   <li>its centrality: TextRank (PageRank over the graph of word overlap between sentences),
 *       computed without building the graph, so time grows with the number of words, not with
 *       the square of the number of sentences;</li>
 *   <li>plus a lead bonus: news puts the gist in the first sentences;</li>
 *   <li>plus the share of the headline's and standfirst's words it adds that the summary does not
 *       carry yet, so a short summary carries the headline and a long one does not keep chasing it;</li>
 *   <li>minus its TF-IDF cosine similarity to the closest sentence already chosen;</li>
 * </ul>
 * and a sentence very close to one already chosen is skipped, so the summary never says the same
 * thing twice. Titles, bylines, dates, headings and source lines are never candidates, and a sentence whose
 * text repeats an earlier one is not either. The chosen sentences are returned in article order.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Summarizer {

    private final Weights weights;

    /** A summarizer with the weights tuned for news. */
    public Summarizer() {
        this(Weights.NEWS);
    }

    Summarizer(Weights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /**
     * How the parts of the score are mixed.
     *
     * @param centrality weight of graph centrality
     * @param position weight of the lead bonus
     * @param positionDecay how fast the lead bonus falls: sentence k (from 0) gets {@code 1/(1+k/decay)}
     * @param relevance MMR's lambda: 1 ignores redundancy, lower values avoid it more
     * @param damping PageRank's damping factor
     * @param coverage weight of the headline words a sentence adds that the summary does not yet carry
     * @param repeatSimilarity a sentence this similar (TF-IDF cosine) to a chosen one says the same
     *     thing again and is never chosen
     */
    record Weights(double centrality, double position, double positionDecay, double relevance, double damping,
                   double coverage, double repeatSimilarity) {
        /**
         * Tuned on the BBC corpus, where the result is flat around these round values (ROUGE-1
         * within a point for position 0.1–0.3, relevance 0.8–1, coverage 0.5–1) and holds in each
         * of its five topics.
         */
        static final Weights NEWS = new Weights(1.0, 0.2, 1.0, 0.9, 0.85, 0.8, 0.7);
    }

    /**
     * Summarises an article.
     *
     * @param article the article; not null
     * @param length how long the summary should be; not null
     * @return the chosen sentences in article order, at least one
     */
    public Summary summarize(Article article, SummaryLength length) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(length, "length");
        List<Candidate> candidates = candidates(article);
        if (candidates.isEmpty()) {
            // Only headings: read the first one rather than nothing.
            Paragraph first = article.paragraphs().get(0);
            return new Summary(List.of(new Summary.Chosen(new SentenceRef(0, 0), first.sentences().get(0), 1.0)));
        }
        Scored scored = score(article, candidates);
        double[] scores = scored.scores();
        List<Integer> chosen = select(candidates, scored, Limits.of(length, candidates));
        chosen.sort(null);
        List<Summary.Chosen> result = new ArrayList<>();
        for (int index : chosen) {
            Candidate candidate = candidates.get(index);
            result.add(new Summary.Chosen(candidate.ref(), candidate.sentence(), scores[index]));
        }
        return new Summary(result);
    }

    /** A body sentence that may be chosen. */
    /** One sentence that may be chosen; {@code standsAlone} when it is its paragraph's only sentence (a line). */
    private record Candidate(SentenceRef ref, Sentence sentence, int words, boolean standsAlone) {
    }

    /** Ends as a sentence does: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?s).*[.!?…。！？][\"'”’»)\\]]*$");
    /** A summary sentence has at least this many words: shorter ones are labels, list items, captions. */
    static final int FEWEST_WORDS = 4;

    /**
     * Every body sentence outside headings and code that reads as a sentence, each distinct text once, in
     * article order. When an article has no such sentence (a list, a poem), every sentence counts.
     */
    private static List<Candidate> candidates(Article article) {
        List<Candidate> all = allCandidates(article);
        List<Candidate> sentences = all.stream().filter(Summarizer::readsAsSentence).toList();
        return sentences.isEmpty() ? all : sentences;
    }

    /**
     * No string of separators (a link list), no aside wholly in brackets, and a line on its own has
     * four words or more and ends as a sentence does (a label, a caption's credit, a list item does
     * not). A short sentence inside a paragraph ("Ferries were cancelled.") is a sentence like any other.
     */
    private static boolean readsAsSentence(Candidate candidate) {
        String text = candidate.sentence().text();
        if (candidate.standsAlone() && (candidate.words() < FEWEST_WORDS || !SENTENCE_END.matcher(text).matches())) {
            return false;
        }
        if (isAside(text)) {
            return false;
        }
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            separators += c == '|' || c == '·' || c == '•' ? 1 : 0;
        }
        return separators < 2;
    }

    /**
     * A sentence wholly in brackets: a reference ("(Bug 1681512)"), a citation, a note to the
     * reader. Told aside, it says nothing of the story on its own. "(AP) — The council voted…"
     * closes its bracket early and is a sentence.
     */
    private static boolean isAside(String text) {
        String trimmed = text.strip().replaceAll("[.,;:!?]+$", "");
        if (trimmed.length() < 2 || "([".indexOf(trimmed.charAt(0)) < 0 || ")]".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth == 0 && i < trimmed.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    private static List<Candidate> allCandidates(Article article) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Paragraph> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            if (paragraph.isHeading() || paragraph.isCode()) {
                continue;
            }
            for (int s = 0; s < paragraph.sentences().size(); s++) {
                Sentence sentence = paragraph.sentences().get(s);
                if (seen.add(sentence.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                    candidates.add(new Candidate(new SentenceRef(p, s), sentence, wordCount(sentence.text()),
                            paragraph.sentences().size() == 1));
                }
            }
        }
        return candidates;
    }

    /**
     * The candidates' vectors and combined scores (scaled so the best is 1), and for each candidate
     * the headline terms it holds with their share of the headline's weight.
     */
    private record Scored(TermVectors vectors, double[] scores, List<Map<String, Double>> headlineTerms) {
    }

    private Scored score(Article article, List<Candidate> candidates) {
        Terms terms = new Terms();
        List<List<String>> sentenceTerms = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            sentenceTerms.add(terms.of(candidate.sentence().text()));
        }
        TermVectors vectors = new TermVectors(sentenceTerms, TermVectors.Weighting.TF_IDF);
        TermVectors overlap = new TermVectors(sentenceTerms, TermVectors.Weighting.TEXT_RANK);
        double[] centrality = scaleToMax(Centrality.pageRank(overlap, weights.damping()));
        List<String> headline = new ArrayList<>(terms.of(article.title()));
        article.subtitle().ifPresent(subtitle -> headline.addAll(terms.of(subtitle)));
        int n = candidates.size();
        double[] combined = new double[n];
        for (int i = 0; i < n; i++) {
            double position = 1 / (1 + i / weights.positionDecay());
            combined[i] = weights.centrality() * centrality[i] + weights.position() * position;
        }
        return new Scored(vectors, scaleToMax(combined), headlineShares(headline, sentenceTerms, vectors));
    }

    /**
     * For each sentence, the headline terms it holds, each weighted by its share of the headline's
     * total IDF weight: what the sentence would add to the summary's coverage of the headline.
     */
    private static List<Map<String, Double>> headlineShares(List<String> headline,
            List<List<String>> sentenceTerms, TermVectors vectors) {
        Map<String, Double> weight = new HashMap<>();
        for (String term : new HashSet<>(headline)) {
            weight.put(term, vectors.idf(term));
        }
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Map<String, Double>> shares = new ArrayList<>(sentenceTerms.size());
        for (List<String> terms : sentenceTerms) {
            Map<String, Double> share = new HashMap<>();
            for (String term : terms) {
                Double w = weight.get(term);
                if (w != null && total > 0) {
                    share.put(term, w / total);
                }
            }
            shares.add(share);
        }
        return shares;
    }

    /** How many sentences, and how many words, the summary may have. */
    private record Limits(int minCount, int maxCount, long wordBudget) {
        static Limits of(SummaryLength length, List<Candidate> candidates) {
            int n = candidates.size();
            if (length instanceof SummaryLength.Sentences sentences) {
                int count = Math.min(n, sentences.count());
                return new Limits(count, count, Long.MAX_VALUE);
            }
            if (length instanceof SummaryLength.Ratio ratio) {
                int count = (int) Math.max(1, Math.min(n, Math.round(ratio.ratio() * n)));
                return new Limits(count, count, Long.MAX_VALUE);
            }
            if (length instanceof SummaryLength.Seconds seconds) {
                return new Limits(1, n, seconds.wordBudget());
            }
            SummaryLength.Standard standard = (SummaryLength.Standard) length;
            int floor = Math.min(SummaryLength.Standard.MIN_SENTENCES, n);
            int cap = Math.max(floor, (int) Math.floor(n * SummaryLength.Standard.MAX_RATIO));
            long budget = (long) SummaryLength.Standard.SECONDS * standard.wordsPerMinute() / 60;
            return new Limits(floor, cap, budget);
        }
    }

    /**
     * Greedy maximal marginal relevance, evaluated lazily: a candidate's MMR value only falls as
     * more sentences are chosen, so a stale value is an upper bound, and only the candidate on top
     * of the queue needs its similarity to the newly chosen sentences brought up to date.
     */
    private List<Integer> select(List<Candidate> candidates, Scored scored, Limits limits) {
        double[] scores = scored.scores();
        double lambda = weights.relevance();
        int n = candidates.size();
        Redundancy redundancy = new Redundancy(scored.vectors());
        Set<String> covered = new HashSet<>();
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int i = 0; i < n; i++) {
            queue.add(new double[] {lambda * scores[i] + weights.coverage() * gain(scored, i, covered), i});
        }
        List<Integer> chosen = new ArrayList<>();
        long words = 0;
        while (!queue.isEmpty() && chosen.size() < limits.maxCount()) {
            double[] top = queue.poll();
            int i = (int) top[1];
            if (!redundancy.isCurrent(i)) {
                top[0] = lambda * scores[i] + weights.coverage() * gain(scored, i, covered)
                        - (1 - lambda) * redundancy.update(i);
                queue.add(top);
                continue;
            }
            if (redundancy.maxSimilarity(i) >= weights.repeatSimilarity()) {
                continue;
            }
            boolean fits = words + candidates.get(i).words() <= limits.wordBudget();
            if (fits || chosen.size() < limits.minCount()) {
                chosen.add(i);
                redundancy.choose(i);
                words += candidates.get(i).words();
                covered.addAll(scored.headlineTerms().get(i).keySet());
            }
        }
        return chosen;
    }

    /**
     * Each candidate's highest similarity to the sentences chosen so far. Chosen sentences are
     * indexed by term, so bringing a candidate up to date costs the postings of the terms it
     * shares with sentences chosen since its last update, not one comparison per chosen sentence.
     */
    private static final class Redundancy {
        private final TermVectors vectors;
        private final double[] maxSimilarity;
        private final int[] checkedUpTo;
        /** For each term, the chosen sentences that hold it: their order of choice and their weight. */
        private final Map<Integer, List<double[]>> postings = new HashMap<>();
        private int chosenCount;

        Redundancy(TermVectors vectors) {
            this.vectors = vectors;
            this.maxSimilarity = new double[vectors.size()];
            this.checkedUpTo = new int[vectors.size()];
        }

        boolean isCurrent(int i) {
            return checkedUpTo[i] == chosenCount;
        }

        double maxSimilarity(int i) {
            return maxSimilarity[i];
        }

        /** Brings candidate i up to date with the sentences chosen since it was last checked. */
        double update(int i) {
            int since = checkedUpTo[i];
            Map<Integer, Double> dot = new HashMap<>();
            int[] ids = vectors.termIds(i);
            double[] weights = vectors.termWeights(i);
            for (int k = 0; k < ids.length; k++) {
                List<double[]> list = postings.get(ids[k]);
                if (list == null) {
                    continue;
                }
                for (int p = firstAtOrAfter(list, since); p < list.size(); p++) {
                    double[] posting = list.get(p);
                    dot.merge((int) posting[0], weights[k] * posting[1], Double::sum);
                }
            }
            for (double value : dot.values()) {
                maxSimilarity[i] = Math.max(maxSimilarity[i], value);
            }
            checkedUpTo[i] = chosenCount;
            return maxSimilarity[i];
        }

        void choose(int i) {
            int[] ids = vectors.termIds(i);
            double[] weights = vectors.termWeights(i);
            for (int k = 0; k < ids.length; k++) {
                postings.computeIfAbsent(ids[k], id -> new ArrayList<>()).add(new double[] {chosenCount, weights[k]});
            }
            chosenCount++;
        }

        /** Postings are appended in order of choice: binary search for the first chosen at or after {@code since}. */
        private static int firstAtOrAfter(List<double[]> list, int since) {
            int low = 0;
            int high = list.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (list.get(middle)[0] < since) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /** The share of the headline's weight that sentence i adds to what is already covered. */
    private static double gain(Scored scored, int i, Set<String> covered) {
        double gain = 0;
        for (Map.Entry<String, Double> entry : scored.headlineTerms().get(i).entrySet()) {
            if (!covered.contains(entry.getKey())) {
                gain += entry.getValue();
            }
        }
        return gain;
    }

    private static double[] scaleToMax(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        if (max <= 0) {
            return values.clone();
        }
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] / max;
        }
        return scaled;
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
