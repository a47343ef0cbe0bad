package org.lector.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lector.text.Article;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;

/**
 * Scores summarisers on the BBC corpus against its reference extractive summaries: ROUGE-1/2/L
 * F1 at the reference length, the share of reference sentences chosen, and the headline's
 * ROUGE-1 recall by a three-sentence summary.
 */
final class SummaryEvaluation {

    /** One article and its reference summary. */
    record Pair(String name, Article article, List<String> reference) {
    }

    /** A summariser under test: article and sentence count in, chosen sentences (article order) out. */
    interface Method extends BiFunction<Article, Integer, List<String>> {
    }

    /** Mean scores over the corpus, in percent. */
    record Table(String method, double rouge1, double rouge2, double rougeL, double sentenceShare,
                 double titleRecallAt3) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "| %-16s | %6.1f | %6.1f | %6.1f | %6.1f | %6.1f |", method, rouge1,
                    rouge2, rougeL, sentenceShare, titleRecallAt3);
        }

        static String header() {
            return "| method           | R-1 F1 | R-2 F1 | R-L F1 | ref. sentences chosen | title R-1 recall at 3 |";
        }
    }

    private SummaryEvaluation() {
    }

    static List<Pair> corpus() {
        Path root;
        try {
            root = Path.of(SummaryEvaluation.class.getResource("/bbc-news-summary").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the BBC corpus is missing from src/test/resources", e);
        }
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("article"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                Path summary = root.resolve("summary").resolve(root.resolve("article").relativize(file));
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Article article = new ArticlePipeline().process(ArticleSource.of(file.getFileName().toString(), text));
                List<String> reference = Files.readAllLines(summary, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(line -> !line.isEmpty()).toList();
                pairs.add(new Pair(root.relativize(file).toString(), article, reference));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    static Table evaluate(String name, List<Pair> pairs, Method method) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        double share = 0;
        double title = 0;
        for (Pair pair : pairs) {
            List<String> chosen = method.apply(pair.article(), pair.reference().size());
            String candidate = String.join(" ", chosen);
            String reference = String.join(" ", pair.reference());
            r1 += Rouge.rougeN(candidate, reference, 1).f1();
            r2 += Rouge.rougeN(candidate, reference, 2).f1();
            rl += Rouge.rougeL(candidate, reference).f1();
            Set<String> wanted = new HashSet<>(pair.reference());
            share += chosen.stream().filter(wanted::contains).count() / (double) pair.reference().size();
            String three = String.join(" ", method.apply(pair.article(), 3));
            title += Rouge.rougeN(three, pair.article().title(), 1).recall();
        }
        int n = pairs.size();
        return new Table(name, 100 * r1 / n, 100 * r2 / n, 100 * rl / n, 100 * share / n, 100 * title / n);
    }

    /** Body sentences outside headings, in article order. */
    static List<Sentence> bodySentences(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            if (!paragraph.isHeading()) {
                sentences.addAll(paragraph.sentences());
            }
        }
        return sentences;
    }

    static List<String> lector(Summarizer summarizer, Article article, int count) {
        return summarizer.summarize(article, new SummaryLength.Sentences(count)).sentences().stream()
                .map(chosen -> chosen.sentence().text()).toList();
    }

    static List<String> lead(Article article, int count) {
        return bodySentences(article).stream().limit(count).map(Sentence::text).toList();
    }

    /**
     * TextRank as Mihalcea and Tarau wrote it: sentence similarity is the number of shared
     * (stemmed, stop-word-free) words over the sum of the logs of the sentence lengths; PageRank
     * with damping 0.85 over the full graph; the top N in article order.
     */
    static List<String> textRank(Article article, int count) {
        List<Sentence> sentences = bodySentences(article);
        int n = sentences.size();
        Terms terms = new Terms();
        List<Set<String>> words = sentences.stream().map(s -> (Set<String>) new HashSet<>(terms.of(s.text()))).toList();
        int[] lengths = sentences.stream().mapToInt(s -> Math.max(1, terms.of(s.text()).size())).toArray();
        double[][] weight = new double[n][n];
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || lengths[i] < 2 && lengths[j] < 2) {
                    continue;
                }
                long shared = words.get(i).stream().filter(words.get(j)::contains).count();
                double denominator = Math.log(lengths[i]) + Math.log(lengths[j]);
                weight[i][j] = denominator <= 0 ? 0 : shared / denominator;
                rowSum[i] += weight[i][j];
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                double incoming = 0;
                for (int i = 0; i < n; i++) {
                    if (rowSum[i] > 0) {
                        incoming += weight[i][j] / rowSum[i] * rank[i];
                    }
                }
                next[j] = 0.15 / n + 0.85 * incoming;
            }
            rank = next;
        }
        double[] finalRank = rank;
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -finalRank[i]).thenComparing(i -> i))
                .limit(count).sorted().map(i -> sentences.get(i).text()).toList();
    }
}
