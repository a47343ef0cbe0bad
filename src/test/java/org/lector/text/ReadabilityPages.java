package org.lector.text;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The extraction dev set (Readability's test pages, see readability-pages-NOTICE.md), read once
 * from the zip in the test resources.
 */
final class ReadabilityPages {

    /** One page: its saved HTML, its whole-page text capture if it has one, and what Readability found. */
    record Page(String name, String html, Optional<String> capture, String expected, String title, String byline,
                String language) {
    }

    private static List<Page> pages;

    private ReadabilityPages() {
    }

    static synchronized List<Page> all() {
        if (pages == null) {
            pages = load();
        }
        return pages;
    }

    private static List<Page> load() {
        Map<String, Map<String, String>> files = new TreeMap<>();
        try (InputStream in = ReadabilityPages.class.getResourceAsStream("/readability-pages.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String[] path = entry.getName().split("/");
                if (entry.isDirectory() || path.length != 3) {
                    continue;
                }
                files.computeIfAbsent(path[1], name -> new TreeMap<>())
                        .put(path[2], new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Page> loaded = new ArrayList<>();
        files.forEach((name, page) -> {
            if (page.containsKey("expected.txt")) {
                JsonObject meta = JsonParser.parseString(page.get("meta.json")).getAsJsonObject();
                loaded.add(new Page(name, page.get("source.html"), Optional.ofNullable(page.get("capture.txt")),
                        page.get("expected.txt"), string(meta, "title"), string(meta, "byline"), string(meta, "lang")));
            }
        });
        return List.copyOf(loaded);
    }

    private static String string(JsonObject object, String key) {
        return object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : "";
    }
}
