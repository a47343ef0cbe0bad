package org.lector.summary;

/**
 * Where a sentence sits in an article: its paragraph and its sentence within that paragraph,
 * both counted from 0.
 *
 * <p>Immutable and safe to share.
 *
 * @param paragraph the index into {@code Article.paragraphs()}
 * @param sentence the index into that paragraph's {@code sentences()}
 */
public record SentenceRef(int paragraph, int sentence) implements Comparable<SentenceRef> {

    /** Checks the indexes. @throws IllegalArgumentException if either is negative */
    public SentenceRef {
        if (paragraph < 0 || sentence < 0) {
            throw new IllegalArgumentException("SentenceRef is negative: paragraph=" + paragraph
                    + ", sentence=" + sentence);
        }
    }

    /** Article order: by paragraph, then by sentence. */
    @Override
    public int compareTo(SentenceRef other) {
        return paragraph != other.paragraph ? Integer.compare(paragraph, other.paragraph)
                : Integer.compare(sentence, other.sentence);
    }
}
