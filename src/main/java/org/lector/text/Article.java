package org.lector.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article in clean reading order: the header (title, subtitle, byline, dates), the body, the
 * source line, and what was dropped as page furniture.
 *
 * <p>Immutable and safe to share. Absent parts are empty {@code Optional}s or empty lists, never null.
 *
 * @param title the headline, read once
 * @param subtitle the standfirst (dek), if the page had one
 * @param byline the author line, such as "By Jane Doe"
 * @param dates the date lines, in the order found (published, updated)
 * @param paragraphs the body, at least one paragraph
 * @param source the source or credit line, such as "Source: Reuters"
 * @param dropped the lines left out, in the order found
 */
public record Article(String title, Optional<String> subtitle, Optional<String> byline, List<String> dates,
                      List<Paragraph> paragraphs, Optional<String> source, List<DroppedLine> dropped) {

    /** Checks presence and copies the lists. */
    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(byline, "byline");
        dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        Objects.requireNonNull(source, "source");
        dropped = List.copyOf(Objects.requireNonNull(dropped, "dropped"));
        if (title.isBlank()) {
            throw new IllegalArgumentException("Article title is blank");
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("Article has no paragraphs");
        }
    }

    /** The kind of a line in the reading order, as {@code lector order} names it. */
    public enum ItemKind {
        TITLE, SUBTITLE, BYLINE, DATE, HEADING, PARAGRAPH, CODE, SOURCE;

        /** The lower-case name printed by the command line. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One line of the reading order.
     *
     * @param kind what the line is
     * @param text its text
     */
    public record Item(ItemKind kind, String text) {
        /** Checks presence. */
        public Item {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The whole reading order: title, subtitle, byline, dates, then the body, then the source.
     *
     * @return a new unmodifiable list
     */
    public List<Item> readingOrder() {
        List<Item> items = new ArrayList<>();
        items.add(new Item(ItemKind.TITLE, title));
        subtitle.ifPresent(text -> items.add(new Item(ItemKind.SUBTITLE, text)));
        byline.ifPresent(text -> items.add(new Item(ItemKind.BYLINE, text)));
        dates.forEach(text -> items.add(new Item(ItemKind.DATE, text)));
        for (Paragraph paragraph : paragraphs) {
            // One item a line: a code block's lines are shown joined by a return sign.
            items.add(new Item(itemKind(paragraph), paragraph.isCode()
                    ? paragraph.text().replace("\n", " ⏎ ") : paragraph.text()));
        }
        source.ifPresent(text -> items.add(new Item(ItemKind.SOURCE, text)));
        return List.copyOf(items);
    }

    /** The reading-order kind of a body paragraph. */
    public static ItemKind itemKind(Paragraph paragraph) {
        return switch (paragraph.kind()) {
            case HEADING -> ItemKind.HEADING;
            case CODE -> ItemKind.CODE;
            case PARAGRAPH -> ItemKind.PARAGRAPH;
        };
    }

    /** The number of body sentences, headings included. */
    public int sentenceCount() {
        return paragraphs.stream().mapToInt(paragraph -> paragraph.sentences().size()).sum();
    }
}
