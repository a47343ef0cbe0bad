package org.lector.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads test fixtures from {@code src/test/resources/org/lector/text}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/lector/text/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Runs the whole pipeline on text, as if it came from a file with this name. */
    static Article article(String name, String text) {
        return new ArticlePipeline().process(ArticleSource.of(name, text));
    }

    /** The reading order as {@code lector order} prints it. */
    static String order(Article article) {
        StringBuilder out = new StringBuilder();
        for (Article.Item item : article.readingOrder()) {
            out.append(item.kind().label()).append('\t').append(item.text()).append('\n');
        }
        return out.toString();
    }
}
