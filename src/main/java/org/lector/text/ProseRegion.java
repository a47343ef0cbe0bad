package org.lector.text;

import java.util.List;

/**
 * Where the article lies in a text that may be a whole page (Select All and Copy in a browser):
 * the densest run of prose. Each block weighs for the run by how much running text it holds and
 * against it when it is a menu item, a label or furniture; the run of blocks with the largest
 * total is the article (the maximum-sum segment, found in one pass). Short lines inside it —
 * subheadings, a caption, a quote's attribution — cost little and stay when prose follows.
 *
 * @param start the first block of the article's body
 * @param end one past the last block of the article's body
 */
record ProseRegion(int start, int end) {

    /** What the region finder needs to know of one block. */
    enum Kind {
        PROSE, SHORT, LIST_ITEM, FURNITURE, LINK_LIST_HEADER,
        /** A line that may open the readers' comments ("Comments (5 posted)"), or may be a link to them. */
        COMMENTS_HEADER,
        /** A line that opens the readers' comments, their form or their first reply right under it. */
        COMMENTS_THREAD,
        /** One of many headlines stamped with the time they were posted: a feed of the latest stories. */
        FEED_HEADLINE,
        NEUTRAL
    }

    /** One block as the region finder weighs it. */
    record Weighed(Kind kind, int words) {
    }

    /** A short line (a menu item, a label) costs as much as this many words of prose bring. */
    private static final int SHORT_COST = 4;
    private static final int FURNITURE_COST = 8;
    private static final int LIST_HEADER_COST = 25;
    /** A run of prose this long before the readers' comments is the article they comment on. */
    private static final int ARTICLE_WORDS = 100;
    /** Readers' comments follow their heading: the article rarely runs on past it. */
    private static final int COMMENTS_COST = 200;

    /**
     * The densest run of prose.
     *
     * @param blocks the blocks in order
     * @return the run, or the whole text when it holds no prose at all
     */
    static ProseRegion find(List<Weighed> blocks) {
        long[] weights = weights(blocks);
        int bestStart = 0;
        int bestEnd = blocks.size();
        long best = Long.MIN_VALUE;
        long sum = 0;
        int start = 0;
        boolean inComments = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Kind.COMMENTS_THREAD) {
                if (best >= ARTICLE_WORDS) {
                    // The article never runs on into the readers' comments, however long they are.
                    break;
                }
                // A form or a thread above a short text: its prose counts for half.
                inComments = true;
                sum = 0;
                start = i + 1;
                continue;
            }
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += inComments && weights[i] > 0 ? weights[i] / 2 : weights[i];
            if (sum > best && weights[i] > 0) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        if (best <= 0) {
            return new ProseRegion(0, blocks.size());
        }
        while (bestStart < bestEnd && weights[bestStart] <= 0) {
            bestStart++;
        }
        return new ProseRegion(bestStart, bestEnd);
    }

    private static long[] weights(List<Weighed> blocks) {
        long[] weights = new long[blocks.size()];
        boolean[] teaser = new boolean[blocks.size()];
        boolean[] lone = new boolean[blocks.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(blocks.get(i));
            if (blocks.get(i).kind() == Kind.FEED_HEADLINE && isProse(nearest(blocks, i, 1))) {
                // A live blog's entry, its story under it; a strip of the latest headlines has none.
                weights[i] = -SHORT_COST;
            }
            // One short paragraph under a headline, and no more prose after it, is a teaser's
            // blurb; an article's paragraphs come in runs, its subheadings are shorter.
            teaser[i] = blocks.get(i).kind() == Kind.PROSE && blocks.get(i).words() < ISOLATED_WORDS
                    && isHeadline(nearest(blocks, i, -1)) && !isProse(nearest(blocks, i, 1));
            lone[i] = blocks.get(i).kind() == Kind.PROSE && standsAlone(blocks, i);
        }
        boolean[] loneStream = chains(lone);
        for (int i = 0; i < weights.length; i++) {
            if (loneStream[i]) {
                // Paragraphs one at a time, each fenced off by lines of labels (a headline, its
                // source, a section, a comment count), are a stream of other stories' blurbs,
                // however long each blurb is; an article's sections have one subheading between them.
                weights[i] = 0;
            } else if (teaser[i]) {
                // Teasers one after another are a stream of other stories: their blurbs are not
                // the article at all. One alone may be a short article's only paragraph.
                weights[i] = inStream(teaser, i) ? 0 : weights[i] / 2;
            }
        }
        return weights;
    }

    /** Teasers this close together, at least {@link #STREAM_TEASERS} of them, are a stream. */
    private static final int STREAM_SPAN = 12;
    private static final int STREAM_TEASERS = 3;

    private static boolean inStream(boolean[] teaser, int i) {
        int near = 0;
        for (int j = Math.max(0, i - STREAM_SPAN); j <= Math.min(teaser.length - 1, i + STREAM_SPAN); j++) {
            if (teaser[j]) {
                near++;
            }
        }
        return near >= STREAM_TEASERS;
    }

    /**
     * The flagged blocks that belong to a chain of at least {@link #STREAM_TEASERS} flagged blocks,
     * each within {@link #STREAM_SPAN} blocks of the one before: a stream, counted to its last member.
     */
    private static boolean[] chains(boolean[] flagged) {
        boolean[] inChain = new boolean[flagged.length];
        int chainStart = -1;
        int last = -1;
        int members = 0;
        for (int i = 0; i <= flagged.length; i++) {
            if (i < flagged.length && !flagged[i]) {
                continue;
            }
            if (i == flagged.length || last < 0 || i - last > STREAM_SPAN) {
                if (members >= STREAM_TEASERS) {
                    for (int j = chainStart; j <= last; j++) {
                        inChain[j] = flagged[j];
                    }
                }
                chainStart = i;
                members = 0;
            }
            members++;
            last = i;
        }
        return inChain;
    }

    private static final int ISOLATED_WORDS = 60;
    /** Lines of labels between two blurbs in a stream of other stories; a subheading is one line. */
    private static final int FENCE_LINES = 3;

    /** Whether at least {@link #FENCE_LINES} short lines or furniture lie between block {@code i} and any prose, on each side. */
    private static boolean standsAlone(List<Weighed> blocks, int i) {
        return fenced(blocks, i, -1) && fenced(blocks, i, 1);
    }

    private static boolean fenced(List<Weighed> blocks, int i, int step) {
        int fence = 0;
        for (int j = i + step; j >= 0 && j < blocks.size() && fence < FENCE_LINES; j += step) {
            Kind kind = blocks.get(j).kind();
            if (kind == Kind.PROSE || kind == Kind.LIST_ITEM) {
                return false;
            }
            if (kind != Kind.NEUTRAL) {
                fence++;
            }
        }
        return true;
    }

    /** The nearest block before or after {@code i} that is not neutral, or null. */
    private static Weighed nearest(List<Weighed> blocks, int i, int step) {
        for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
            if (blocks.get(j).kind() != Kind.NEUTRAL) {
                return blocks.get(j);
            }
        }
        return null;
    }

    private static boolean isProse(Weighed block) {
        return block != null && block.kind() == Kind.PROSE;
    }

    /** A short line of a headline's length: longer than a subheading ("Step 1", "Privilege"), up to a long teaser's title. */
    static boolean isHeadline(Weighed block) {
        return block != null && block.kind() == Kind.SHORT && block.words() >= 5
                && block.words() <= 20;
    }

    private static long weight(Weighed block) {
        return switch (block.kind()) {
            // Long paragraphs count for less than their length: one long blurb is not an article.
            case PROSE -> Math.min(block.words(), 80);
            case SHORT -> -SHORT_COST;
            // A line the text itself marks as a list item ("- ", "+ ", "2. ") or a table row is an
            // article's list: menus copied from a page carry no such marks.
            case LIST_ITEM -> Math.min(block.words(), 12) / 2;
            case FURNITURE -> -FURNITURE_COST;
            case LINK_LIST_HEADER -> -LIST_HEADER_COST;
            // Set against the entry's story below (see weights): a live blog's entry weighs as a subheading.
            case FEED_HEADLINE -> -LIST_HEADER_COST;
            case COMMENTS_HEADER -> -COMMENTS_COST;
            case COMMENTS_THREAD -> 0;
            case NEUTRAL -> 0;
        };
    }

    /** A menu's worth of lines: a text with this many short lines outside its prose is a whole page. */
    private static final int MENU_LINES = 12;

    /**
     * Whether the text is a whole page rather than an article: a menu's worth of short lines and
     * furniture lies outside the run. (An article's own short lines, a table, a list, a few
     * labels, stay below that.)
     */
    boolean isWholePage(List<Weighed> blocks) {
        int outside = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Kind kind = blocks.get(i).kind();
            if ((i < start || i >= end) && kind != Kind.NEUTRAL && kind != Kind.PROSE) {
                outside++;
            }
        }
        return outside >= MENU_LINES;
    }
}
