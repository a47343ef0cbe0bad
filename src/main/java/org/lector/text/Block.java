package org.lector.text;

import java.util.Objects;

/**
 * One candidate unit of the reading order before it is classified: a line or a re-flowed
 * paragraph, with what its markup said about it, if anything.
 *
 * @param text the unit's text on one line, trimmed, with single spaces
 * @param hint what the markup said
 * @param separate true when the unit stood alone in its blank-line-separated block
 */
record Block(String text, Hint hint, boolean separate) {

    /** What the source markup says a block is. Plain text says nothing. */
    enum Hint {
        /** Plain text: the structurer decides. */
        NONE,
        /** A top-level heading in the markup (h1, "# "). */
        TITLE,
        /** A lower heading in the markup. */
        HEADING,
        /** A paragraph element. */
        PARAGRAPH,
        /** A list item. */
        LIST_ITEM,
        /** The markup names it the standfirst (dek, summary) under the headline. */
        STANDFIRST,
        /** Program code (a fenced block): its lines kept, never taken for prose or furniture. */
        CODE,
        /**
         * Plain text laid out in lines and columns, as a copy of a page gives its program code and
         * tables of figures: read as one paragraph, as a page's {@code <pre>} is, and never taken
         * for prose, a menu, a date or a headline when the article is sought.
         */
        PREFORMATTED,
        /**
         * A row of a table in plain text (a copied page's tab-separated cells), its cells joined
         * in order: read as a paragraph, never taken for a heading, a menu, a date or a byline.
         */
        TABLE_ROW
    }

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hint, "hint");
    }

    static Block plain(String text) {
        return new Block(text, Hint.NONE, false);
    }
}
