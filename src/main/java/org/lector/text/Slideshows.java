package org.lector.text;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the slideshows a copied page carries inside or beside its article: slides counted
 * "1/50 United goin down", "2/50 …", each with its caption under it. A copy flattens a gallery into
 * the text, and its fifty captions are fifty other stories; the article is the prose around them.
 * Dates ("01/19", "12/31") are told apart by their counts: a slideshow's second number stays the
 * same and its first goes up by one.
 */
final class Slideshows {

    /** A slide's counter at the start of a line: "1/50", "3 / 12", alone or before the slide's title. */
    private static final Pattern COUNTER = Pattern.compile("^(\\d{1,3})\\s?/\\s?(\\d{1,3})(?:\\s|$)");
    /** Fewer slides than this, counted in order, may be chance. */
    private static final int MIN_SLIDES = 3;
    /** How far apart two slides' counters may be: a title, a caption, a photo credit. */
    private static final int MAX_GAP = 8;
    /** The gallery's own heading and its "show all" line stand this close above the first slide. */
    private static final int HEADER_LINES = 3;
    /** A photo credit under the last caption: "Getty", "Rex", "AFP/Getty Images". */
    private static final int CREDIT_WORDS = 3;

    private Slideshows() {
    }

    /**
     * Marks the lines that belong to a slideshow.
     *
     * @param texts the lines in order
     * @param prose whether the line at an index is running text (a slide's caption is)
     * @return for each line, whether it is part of a slideshow
     */
    static boolean[] find(List<String> texts, IntPredicate prose) {
        boolean[] inShow = new boolean[texts.size()];
        int i = 0;
        while (i < texts.size()) {
            int[] counter = counter(texts.get(i));
            if (counter == null || counter[0] != 1) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int slides = 1;
            int expected = 2;
            for (int j = i + 1; j < texts.size() && j - last <= MAX_GAP && expected <= counter[1]; j++) {
                int[] next = counter(texts.get(j));
                if (next != null && next[1] == counter[1] && next[0] == expected) {
                    last = j;
                    slides++;
                    expected++;
                }
            }
            if (slides < MIN_SLIDES) {
                i++;
                continue;
            }
            int end = last + 1;
            while (end < texts.size() && end - last <= 2 && !prose.test(end)) {
                end++;
            }
            if (end < texts.size() && prose.test(end)) {
                end++;
                while (end < texts.size() && !prose.test(end) && Structurer.wordCount(texts.get(end)) <= CREDIT_WORDS
                        && !LinePatterns.endsSentence(texts.get(end))) {
                    end++;
                }
            } else {
                end = last + 1;
            }
            int start = first;
            while (start > 0 && first - start < HEADER_LINES && !prose.test(start - 1) && !inShow[start - 1]) {
                start--;
            }
            for (int k = start; k < end; k++) {
                inShow[k] = true;
            }
            i = end;
        }
        return inShow;
    }

    /** The slide's number and the count of slides, or null when the line starts with no counter. */
    private static int[] counter(String text) {
        Matcher m = COUNTER.matcher(text);
        if (!m.find()) {
            return null;
        }
        int number = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        return number >= 1 && count >= MIN_SLIDES && number <= count ? new int[] {number, count} : null;
    }
}
