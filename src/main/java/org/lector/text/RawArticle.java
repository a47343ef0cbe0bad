package org.lector.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader of one input format found, before the structure is decided: the blocks in
 * order, and any title, byline and dates the markup stated outright (HTML metadata).
 *
 * @param blocks the candidate units in order
 * @param title the headline the markup names, if any
 * @param byline the author the markup names, if any
 * @param dates the dates the markup names
 * @param description the page's own summary of itself (its meta description), if any: a block that
 *     agrees with it is the standfirst
 * @param extracted true when the reader already found the article in the page, so the blocks hold
 *     no navigation before the headline to guess at
 */
record RawArticle(List<Block> blocks, Optional<String> title, Optional<String> byline, List<String> dates,
                  Optional<String> description, boolean extracted) {

    RawArticle {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
        Objects.requireNonNull(description, "description");
    }

    /** The same, under the title its document declares. */
    RawArticle withTitle(String declared) {
        return new RawArticle(blocks, Optional.of(declared), byline, dates, description, extracted);
    }

    static RawArticle of(List<Block> blocks) {
        return new RawArticle(blocks, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), false);
    }
}
