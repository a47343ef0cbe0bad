package org.lector.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a reading order against Readability's expected body the way shared/tools/extraction/score.py
 * does: word 4-gram shingles counted as multisets, precision and recall per page, averaged; missed
 * paragraphs, junk items, titles and bylines.
 */
final class ExtractionScore {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n");

    /** One page's score. Title and byline are null when the page has no such thing to match. */
    record PageScore(String name, double precision, double recall, int paragraphs, int missed, int junk,
                     Boolean titleRight, Boolean bylineRight, List<String> junkExamples) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** The scores of many pages, as the table prints them. */
    record Totals(int pages, double precision, double recall, int paragraphs, int missed, int junk,
                  double titleShare, int titled, double bylineShare, int bylined) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        String row(String form) {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.0f%% | %.0f%% | %,d of %,d | %,d |",
                    form, f1(), precision, recall, 100 * titleShare, 100 * bylineShare, missed, paragraphs, junk);
        }
    }

    private ExtractionScore() {
    }

    static PageScore score(String name, Article article, String expected, String wantTitle, String wantByline) {
        List<String> bodyItems = new ArrayList<>();
        for (Article.Item item : article.readingOrder()) {
            if (item.kind() == Article.ItemKind.PARAGRAPH || item.kind() == Article.ItemKind.HEADING) {
                bodyItems.add(item.text());
            }
        }
        String body = String.join("\n", bodyItems);
        Map<List<String>, Integer> want = shingles(expected);
        Map<List<String>, Integer> got = shingles(body);
        int common = overlap(want, got);
        int wantTotal = total(want);
        int gotTotal = total(got);
        double precision;
        double recall;
        if (gotTotal - common == 0 && wantTotal - common == 0) {
            precision = 1;
            recall = 1;
        } else {
            precision = gotTotal == 0 ? 0 : (double) common / gotTotal;
            recall = wantTotal == 0 ? 0 : (double) common / wantTotal;
        }
        int paragraphs = 0;
        int missed = 0;
        for (String paragraph : PARAGRAPH_BREAK.split(expected)) {
            if (words(paragraph).size() < 8) {
                continue;
            }
            paragraphs++;
            Map<List<String>, Integer> own = shingles(paragraph);
            if (overlap(own, got) < 0.5 * Math.max(1, total(own))) {
                missed++;
            }
        }
        List<String> junk = new ArrayList<>();
        for (String item : bodyItems) {
            if (!words(item).isEmpty() && overlap(shingles(item), want) == 0) {
                junk.add(item);
            }
        }
        Boolean titleRight = wantTitle.isEmpty() ? null : sameTitle(article.title(), wantTitle);
        List<String> bylineWords = words(wantByline.toLowerCase(Locale.ROOT));
        boolean person = !wantByline.isEmpty() && bylineWords.size() <= 6
                && !Pattern.compile("news|staff|\\.com", Pattern.CASE_INSENSITIVE).matcher(wantByline).find();
        Boolean bylineRight = person ? new HashSet<>(words(article.byline().orElse("").toLowerCase(Locale.ROOT)))
                .containsAll(bylineWords) : null;
        return new PageScore(name, precision, recall, paragraphs, missed, junk.size(), titleRight, bylineRight,
                junk.subList(0, Math.min(3, junk.size())));
    }

    static Totals totals(List<PageScore> scores) {
        double precision = 0;
        double recall = 0;
        int paragraphs = 0;
        int missed = 0;
        int junk = 0;
        int titled = 0;
        int titlesRight = 0;
        int bylined = 0;
        int bylinesRight = 0;
        for (PageScore score : scores) {
            precision += score.precision();
            recall += score.recall();
            paragraphs += score.paragraphs();
            missed += score.missed();
            junk += score.junk();
            if (score.titleRight() != null) {
                titled++;
                titlesRight += score.titleRight() ? 1 : 0;
            }
            if (score.bylineRight() != null) {
                bylined++;
                bylinesRight += score.bylineRight() ? 1 : 0;
            }
        }
        int pages = scores.size();
        return new Totals(pages, precision / pages, recall / pages, paragraphs, missed, junk,
                titled == 0 ? 0 : (double) titlesRight / titled, titled,
                bylined == 0 ? 0 : (double) bylinesRight / bylined, bylined);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<List<String>, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
            List<String> shingle = words.subList(i, Math.min(words.size(), i + 4));
            if (!shingle.isEmpty()) {
                shingles.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return shingles;
    }

    private static int overlap(Map<List<String>, Integer> a, Map<List<String>, Integer> b) {
        int common = 0;
        for (Map.Entry<List<String>, Integer> entry : a.entrySet()) {
            common += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
        }
        return common;
    }

    private static int total(Map<List<String>, Integer> shingles) {
        return shingles.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = folded.replaceAll("[\u2018\u2019\u201c\u201d\"'`]", "");
        // Unicode classes, as Python's re has by default: a title in Japanese keeps its letters.
        return String.join(" ", folded.replaceAll("(?U)^\\W+|\\W+$", "").split("(?U)\\s+")).strip();
    }

    /** Equal after normalising, or the same words but for a few: word-set F1 at least 0.8. */
    static boolean sameTitle(String got, String want) {
        String g = normalise(got);
        String w = normalise(want);
        if (g.equals(w)) {
            return true;
        }
        Set<String> gs = new HashSet<>(words(g));
        Set<String> ws = new HashSet<>(words(w));
        Set<String> common = new HashSet<>(gs);
        common.retainAll(ws);
        return !common.isEmpty() && 2.0 * common.size() / (gs.size() + ws.size()) >= 0.8;
    }
}
