package org.lector.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where another story begins inside the densest run of prose of a whole page: a page that loads
 * the next article under the first, or shows a related story in full, puts a band of labels and
 * headlines between them and then prose about something else. An article's own sections share
 * its words (names, places, the subject); a different story shares few of them. The run is cut
 * at the first band past which the prose is about something else.
 */
final class StoryBreaks {

    /** Lines of labels and headlines, and no prose, that may part two stories; a subheading and a caption are fewer. */
    private static final int BAND_LINES = 6;
    /** Below this share of its topic words found in the article, and below that of its names, a part is another story. */
    private static final double SHARED_WORDS = 0.25;
    private static final double SHARED_NAMES = 0.2;
    /** Topic words, and names, a part needs before their share says anything. */
    private static final int FEWEST_WORDS = 12;
    private static final int FEWEST_NAMES = 5;
    private static final int TOPIC_LETTERS = 5;
    private static final int NAME_LETTERS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private StoryBreaks() {
    }

    /**
     * The run cut back to its main story.
     *
     * @param region the densest run of prose
     * @param blocks every block as weighed
     * @param texts every block's text, in the same order
     * @return the run, shorter at either end when another story lay there
     */
    static ProseRegion trim(ProseRegion region, List<ProseRegion.Weighed> blocks, List<String> texts) {
        List<int[]> parts = parts(region, blocks);
        if (parts.size() < 2) {
            return region;
        }
        int main = 0;
        int mostWords = -1;
        for (int p = 0; p < parts.size(); p++) {
            int words = proseWords(parts.get(p), blocks);
            if (words > mostWords) {
                mostWords = words;
                main = p;
            }
        }
        Vocabulary article = Vocabulary.of(parts.get(main), blocks, texts);
        int first = main;
        int last = main;
        while (last + 1 < parts.size() && belongs(parts.get(last + 1), blocks, texts, article)) {
            last++;
        }
        while (first > 0 && belongs(parts.get(first - 1), blocks, texts, article)) {
            first--;
        }
        return new ProseRegion(parts.get(first)[0], parts.get(last)[1]);
    }

    /** Prose words, at most, of the tail under a line of furniture that may be cut off. */
    private static final int TAIL_WORDS = 200;
    /** Prose words the run needs above that line before its tail can be told apart from it. */
    private static final int ABOVE_TAIL_WORDS = 150;
    /** Topic words the tail needs before its share says anything. */
    private static final int FEWEST_TAIL_WORDS = 5;
    /** Lines of the run, at most, looked at from its end: a tail is short, and a long run is weighed in one pass. */
    private static final int TAIL_BLOCKS = 60;

    /**
     * The run cut at a line of furniture or a list's heading near its end ("Share this article",
     * "Most read") when the little prose under it speaks of something else: a prompt to join the
     * site's forum or to become an author, the blurbs of other stories. The earliest such line
     * whose tail is about something else is the cut. An article's closing paragraphs under a
     * photo's credit go on with its own words; an author's card, signed with the byline, stays
     * for the byline.
     *
     * @param region the densest run of prose, trimmed
     * @param blocks every block as weighed
     * @param texts every block's text, in the same order
     * @param signed whether the block at an index is a byline or a date line
     * @return the run, ending at that line when its tail is about something else
     */
    static ProseRegion cutTail(ProseRegion region, List<ProseRegion.Weighed> blocks, List<String> texts, IntPredicate signed) {
        int cut = region.end();
        int regionWords = proseWords(new int[] {region.start(), region.end()}, blocks);
        // Prose words under block i, counted upwards from the run's end.
        int tailWords = 0;
        for (int i = region.end() - 1; i > region.start() && region.end() - i <= TAIL_BLOCKS; i--) {
            if (signed.test(i) || tailWords > TAIL_WORDS || regionWords - tailWords < ABOVE_TAIL_WORDS) {
                break;
            }
            ProseRegion.Kind kind = blocks.get(i).kind();
            if ((kind == ProseRegion.Kind.FURNITURE || kind == ProseRegion.Kind.LINK_LIST_HEADER) && tailWords > 0
                    && isElsewhere(Vocabulary.of(new int[] {i + 1, region.end()}, blocks, texts),
                            Vocabulary.of(new int[] {region.start(), i}, blocks, texts))) {
                cut = i;
            }
            if (kind == ProseRegion.Kind.PROSE) {
                tailWords += blocks.get(i).words();
            }
        }
        return new ProseRegion(region.start(), cut);
    }

    private static boolean isElsewhere(Vocabulary tail, Vocabulary article) {
        return tail.words().size() >= FEWEST_TAIL_WORDS && share(tail.words(), article.words()) < SHARED_WORDS
                && (tail.names().isEmpty() || share(tail.names(), article.names()) < SHARED_NAMES);
    }

    /** Prose words the run past a widget needs before it is taken for more of the article. */
    private static final int BRIDGED_WORDS = 50;
    /** The share of a widget's lines that are one to three words: a player's controls, a gallery's labels. */
    private static final double WIDGET_LINES = 0.8;
    private static final int WIDGET_WORDS = 3;
    /** Above this share of its topic words found in the article, the prose past a widget is more of it. */
    private static final double BRIDGED_SHARE = 0.4;
    /** The same share for prose under the page's byline or date, and how far above it they may stand. */
    private static final double OPENING_SHARE = 0.15;
    private static final int HEADER_REACH = 6;
    /** "Reply", "Flag", "Go to permalink", "Unfollow": the controls of a thread of comments, run into other words or not. */
    private static final Pattern COMMENT_CONTROL = Pattern.compile(
            "(?iu)(?:reply|replies|flag|report|permalink|unfollow|upvote|downvote|antworten|répondre|responder|rispondi)(?!\\p{Ll})");

    /**
     * The run carried on past a widget dumped into the copy (a video player's menus, a gallery's
     * labels: dozens of lines of one to three words) when the prose beyond it goes on telling what
     * the article tells. The densest run stops at such a widget however the article continues.
     *
     * @param region the densest run of prose, trimmed
     * @param blocks every block as weighed
     * @param texts every block's text, in the same order
     * @param signed whether the block at an index is a byline or a date line
     * @return the run, longer when the article went on past a widget, and the widgets' lines inside it
     */
    static Bridged bridge(ProseRegion region, List<ProseRegion.Weighed> blocks, List<String> texts, IntPredicate signed) {
        int start = region.start();
        int end = region.end();
        BitSet widgets = new BitSet();
        // The widget between holds no prose, so the article's vocabulary grows by the run bridged to.
        Vocabulary article = Vocabulary.of(new int[] {start, end}, blocks, texts);
        for (int step : new int[] {1, -1}) {
            while (true) {
                Crossing crossing = beyondWidget(blocks, texts, step > 0 ? end : start - 1, step);
                int[] beyond = crossing == null ? null : crossing.beyond();
                if (beyond == null || proseWords(beyond, blocks) < BRIDGED_WORDS) {
                    break;
                }
                Vocabulary own = Vocabulary.of(beyond, blocks, texts);
                // Prose above the widget under the page's byline or date, when the run has none over it,
                // is the article's opening: a list article's intro shares fewer words with its items.
                double least = step < 0 && signedAbove(beyond[0], signed) && !signedAbove(start, signed)
                        ? OPENING_SHARE : BRIDGED_SHARE;
                if (own.words().isEmpty() || share(own.words(), article.words()) < least) {
                    break;
                }
                article.add(own);
                start = Math.min(start, beyond[0]);
                end = Math.max(end, beyond[1]);
                widgets.set(crossing.widgetStart(), crossing.widgetEnd());
            }
        }
        return new Bridged(new ProseRegion(start, end), widgets);
    }

    /**
     * A run of prose carried on past widgets.
     *
     * @param region the run
     * @param widgets the indexes of the widgets' lines inside it: from the first of their one- to
     *                three-word lines to the last, so a heading right over the prose beyond stays
     */
    record Bridged(ProseRegion region, BitSet widgets) {
    }

    private static boolean signedAbove(int index, IntPredicate signed) {
        for (int i = Math.max(0, index - HEADER_REACH); i < index; i++) {
            if (signed.test(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A widget crossed and the run of prose past it.
     *
     * @param beyond the run past the widget, as {start, end}
     * @param widgetStart the first of the widget's lines to drop
     * @param widgetEnd one past the last of them
     */
    private record Crossing(int[] beyond, int widgetStart, int widgetEnd) {
    }

    /**
     * The widget going from {@code from} in the direction of {@code step}, and the run of prose past
     * it; null when what lies there is no widget (too few lines, lines too long, a thread's
     * controls, a list's or the comments' heading) or nothing.
     */
    private static Crossing beyondWidget(List<ProseRegion.Weighed> blocks, List<String> texts, int from, int step) {
        int next = from;
        int lines = 0;
        int tiny = 0;
        int firstTiny = -1;
        int lastTiny = -1;
        while (next >= 0 && next < blocks.size() && blocks.get(next).kind() != ProseRegion.Kind.PROSE) {
            ProseRegion.Kind kind = blocks.get(next).kind();
            if (kind == ProseRegion.Kind.COMMENTS_HEADER || kind == ProseRegion.Kind.COMMENTS_THREAD
                    || kind == ProseRegion.Kind.LINK_LIST_HEADER || kind == ProseRegion.Kind.FEED_HEADLINE
                    // A thread's controls: what lies past them is the readers' comments, on the same subject.
                    || COMMENT_CONTROL.matcher(texts.get(next)).find()) {
                return null;
            }
            if (kind != ProseRegion.Kind.NEUTRAL) {
                lines++;
                if (blocks.get(next).words() <= WIDGET_WORDS) {
                    tiny++;
                    firstTiny = firstTiny < 0 ? next : firstTiny;
                    lastTiny = next;
                }
            }
            next += step;
        }
        if (next < 0 || next >= blocks.size() || lines < BAND_LINES || tiny < WIDGET_LINES * lines) {
            return null;
        }
        // The line next to the prose on either side may be a heading over it ("Links", "Foo"), and stays.
        int low = Math.min(firstTiny, lastTiny);
        int high = Math.max(firstTiny, lastTiny);
        low += low == Math.min(from, next - step) ? 1 : 0;
        high -= high == Math.max(from, next - step) ? 1 : 0;
        int far = runEdge(blocks, next, step);
        return new Crossing(step > 0 ? new int[] {next, far + 1} : new int[] {far, next + 1}, low, Math.max(low, high + 1));
    }

    /** The last prose block, going from {@code from} in the direction of {@code step}, before the next band of labels. */
    private static int runEdge(List<ProseRegion.Weighed> blocks, int from, int step) {
        int last = from;
        int band = 0;
        for (int i = from; i >= 0 && i < blocks.size() && band < BAND_LINES; i += step) {
            ProseRegion.Kind kind = blocks.get(i).kind();
            if (kind == ProseRegion.Kind.PROSE) {
                last = i;
                band = 0;
            } else if (kind != ProseRegion.Kind.NEUTRAL) {
                band++;
            }
        }
        return last;
    }

    /**
     * Whether a part speaks of what the article speaks of: it does unless it opens under a
     * headline of its own and shares few of the article's words and few of its names. The
     * article's vocabulary grows with each part that belongs.
     */
    private static boolean belongs(int[] part, List<ProseRegion.Weighed> blocks, List<String> texts, Vocabulary article) {
        Vocabulary own = Vocabulary.of(part, blocks, texts);
        // Another story's headline is longer than a section's heading ("Conclusion", "16. Acknowledgements").
        boolean another = part[0] > 0 && ProseRegion.isHeadline(blocks.get(part[0] - 1))
                && own.words().size() >= FEWEST_WORDS && share(own.words(), article.words()) < SHARED_WORDS
                && (own.names().size() < FEWEST_NAMES || share(own.names(), article.names()) < SHARED_NAMES);
        if (!another) {
            article.add(own);
        }
        return !another;
    }

    private static double share(Set<String> own, Set<String> article) {
        int shared = 0;
        for (String word : own) {
            if (article.contains(word)) {
                shared++;
            }
        }
        return shared / (double) own.size();
    }

    /** The run split at its bands of labels: each part as {start, end}. */
    private static List<int[]> parts(ProseRegion region, List<ProseRegion.Weighed> blocks) {
        List<int[]> parts = new ArrayList<>();
        int partStart = region.start();
        int bandStart = -1;
        int bandLines = 0;
        for (int i = region.start(); i < region.end(); i++) {
            ProseRegion.Kind kind = blocks.get(i).kind();
            if (kind == ProseRegion.Kind.PROSE) {
                if (bandLines >= BAND_LINES && bandStart > partStart) {
                    parts.add(new int[] {partStart, bandStart});
                    partStart = i;
                }
                bandLines = 0;
                bandStart = -1;
            } else if (kind != ProseRegion.Kind.NEUTRAL) {
                if (bandLines == 0) {
                    bandStart = i;
                }
                bandLines++;
            }
        }
        parts.add(new int[] {partStart, region.end()});
        return parts;
    }

    private static int proseWords(int[] part, List<ProseRegion.Weighed> blocks) {
        int words = 0;
        for (int i = part[0]; i < part[1]; i++) {
            if (blocks.get(i).kind() == ProseRegion.Kind.PROSE) {
                words += blocks.get(i).words();
            }
        }
        return words;
    }

    /** A part's topic words (five letters or more) and its names (capitalised inside a sentence), lower-cased. */
    private record Vocabulary(Set<String> words, Set<String> names) {

        /** Grows this vocabulary by another part's. */
        void add(Vocabulary other) {
            words.addAll(other.words());
            names.addAll(other.names());
        }

        static Vocabulary of(int[] part, List<ProseRegion.Weighed> blocks, List<String> texts) {
            Vocabulary vocabulary = new Vocabulary(new HashSet<>(), new HashSet<>());
            for (int i = part[0]; i < part[1]; i++) {
                if (blocks.get(i).kind() != ProseRegion.Kind.PROSE) {
                    continue;
                }
                String text = texts.get(i);
                Matcher matcher = WORD.matcher(text);
                while (matcher.find()) {
                    String word = matcher.group();
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (word.length() >= TOPIC_LETTERS) {
                        vocabulary.words().add(lower);
                    }
                    if (word.length() >= NAME_LETTERS && Character.isUpperCase(word.codePointAt(0))
                            && !opensSentence(text, matcher.start())) {
                        vocabulary.names().add(lower);
                    }
                }
            }
            return vocabulary;
        }
    }

    private static boolean opensSentence(String text, int at) {
        int j = at - 1;
        while (j >= 0 && !Character.isLetterOrDigit(text.charAt(j)) && ".!?:".indexOf(text.charAt(j)) < 0) {
            j--;
        }
        return j < 0 || ".!?:".indexOf(text.charAt(j)) >= 0;
    }
}
