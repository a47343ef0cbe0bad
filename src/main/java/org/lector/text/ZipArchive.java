package org.lector.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text entries of a document that is a zip archive (EPUB, DOCX), read from memory with bounds:
 * at most so many entries and so many bytes expanded, so a zip bomb is refused, not unpacked; an
 * entry named with an absolute path or "..", which no real document has, is never read.
 */
final class ZipArchive {

    private static final int MAX_ENTRIES = 10_000;
    /** All the text a book holds expands to far less than this. */
    private static final long MAX_EXPANDED = 256L * 1024 * 1024;

    private final Map<String, byte[]> entries;

    private ZipArchive(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /**
     * Reads the archive's markup entries (XML, XHTML, HTML, OPF, NCX and the EPUB "mimetype").
     *
     * @param bytes the whole archive
     * @param name the input's name, for messages
     * @throws LectorException (exit code 3) if it is not a zip, or expands past the bounds
     */
    static ZipArchive read(byte[] bytes, String name) {
        Map<String, byte[]> entries = new HashMap<>();
        long expanded = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++count > MAX_ENTRIES) {
                    throw LectorException.badInput(Quoted.of(name) + " holds more than " + MAX_ENTRIES + " files");
                }
                String path = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !isSafe(path) || !isMarkup(path)) {
                    continue;
                }
                byte[] data = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_EXPANDED - expanded + 1));
                expanded += data.length;
                if (expanded > MAX_EXPANDED) {
                    throw LectorException.badInput(Quoted.of(name) + " expands to more than " + (MAX_EXPANDED >> 20)
                            + " MB of text; it is not a document Lector can read");
                }
                entries.put(path, data);
            }
        } catch (IOException broken) {
            throw LectorException.badInput("cannot read " + Quoted.of(name) + ": a damaged zip archive ("
                    + broken.getMessage() + ")", broken);
        }
        return new ZipArchive(entries);
    }

    /** An entry's bytes, by its path inside the archive. */
    Optional<byte[]> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** An entry's text as UTF-8 (both formats are XML, UTF-8 unless they say otherwise). */
    Optional<String> text(String path) {
        return entry(path).map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean isSafe(String path) {
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMarkup(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.equals("mimetype") || lower.endsWith(".xml") || lower.endsWith(".xhtml") || lower.endsWith(".html")
                || lower.endsWith(".htm") || lower.endsWith(".opf") || lower.endsWith(".ncx");
    }
}
