package org.lector.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.lector.text.ArticleSource;
import org.lector.text.InputFormat;
import org.lector.text.TextDecoder;

/**
 * The article in what was pasted or dropped. A browser puts a copy on the clipboard twice, as
 * HTML and as text; the HTML keeps the page's structure (headings, paragraphs, lists, quotes), so
 * it is taken when there is one.
 */
final class TransferredText {

    /** More than any article: a clipboard holding more is refused rather than read into memory. */
    private static final int MAX_CHARS = 16 * 1024 * 1024;

    private TransferredText() {
    }

    /**
     * The article in a transfer: its HTML flavour if it has one, else its text.
     *
     * @param contents what was pasted or dropped
     * @param name what to call it ("pasted article")
     * @return the source, or empty when the transfer holds neither HTML nor text
     * @throws IOException if the data cannot be read
     */
    static Optional<ArticleSource> from(Transferable contents, String name) throws IOException {
        try {
            for (DataFlavor flavor : contents.getTransferDataFlavors()) {
                if (isHtml(flavor)) {
                    Optional<String> html = read(contents.getTransferData(flavor), flavor);
                    if (html.isPresent() && !html.get().isBlank()) {
                        return Optional.of(new ArticleSource(name, html.get(), InputFormat.HTML));
                    }
                }
            }
            if (contents.isDataFlavorSupported(DataFlavor.stringFlavor)) {
                String text = (String) contents.getTransferData(DataFlavor.stringFlavor);
                return Optional.of(ArticleSource.of(name, limit(text)));
            }
        } catch (UnsupportedFlavorException gone) {
            // The owner of the clipboard changed its mind between offering and giving.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a transfer offers HTML Lector can read. */
    static boolean hasText(Transferable contents) {
        for (DataFlavor flavor : contents.getTransferDataFlavors()) {
            if (isHtml(flavor) || flavor.equals(DataFlavor.stringFlavor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHtml(DataFlavor flavor) {
        Class<?> kind = flavor.getRepresentationClass();
        return flavor.getPrimaryType().equals("text") && flavor.getSubType().equals("html")
                && (kind == String.class || Reader.class.isAssignableFrom(kind) || InputStream.class.isAssignableFrom(kind));
    }

    private static Optional<String> read(Object data, DataFlavor flavor) throws IOException {
        if (data instanceof String text) {
            return Optional.of(limit(text));
        }
        if (data instanceof Reader reader) {
            try (reader) {
                char[] buffer = new char[8192];
                StringBuilder text = new StringBuilder();
                for (int n; (n = reader.read(buffer)) > 0 && text.length() <= MAX_CHARS; ) {
                    text.append(buffer, 0, n);
                }
                return Optional.of(limit(text.toString()));
            }
        }
        if (data instanceof InputStream in) {
            try (in) {
                String charset = flavor.getParameter("charset");
                Charset decoding = charset == null ? StandardCharsets.UTF_8
                        : TextDecoder.charsetNamed(charset).orElse(StandardCharsets.UTF_8);
                return Optional.of(limit(new String(in.readNBytes(MAX_CHARS), decoding)));
            }
        }
        return Optional.empty();
    }

    private static String limit(String text) throws IOException {
        if (text.length() > MAX_CHARS) {
            throw new IOException("it holds more than " + (MAX_CHARS >> 20) + " million characters");
        }
        return text;
    }
}
