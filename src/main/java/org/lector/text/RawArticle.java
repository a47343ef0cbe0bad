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
 */
record RawArticle(List<Block> blocks, Optional<String> title, Optional<String> byline, List<String> dates) {

    RawArticle {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
    }

    static RawArticle of(List<Block> blocks) {
        return new RawArticle(blocks, Optional.empty(), Optional.empty(), List.of());
    }
}
