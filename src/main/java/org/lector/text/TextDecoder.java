package org.lector.text;

import org.lector.text.Quoted;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: UTF-8 with or without a byte-order mark, UTF-16
 * with a byte-order mark, and windows-1252 for bytes that are not valid UTF-8. Refuses files that
 * are plainly binary (images, PDFs, archives, executables).
 *
 * <p>Stateless and safe to share.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Formats that are recognised by their first bytes, so the message can name them. */
    enum Magic {
        PNG("PNG image", new int[] {0x89, 'P', 'N', 'G'}),
        JPEG("JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
        GIF("GIF image", new int[] {'G', 'I', 'F', '8'}),
        PDF("PDF document", new int[] {'%', 'P', 'D', 'F'}),
        ZIP("zip archive", new int[] {'P', 'K', 3, 4}),
        GZIP("gzip archive", new int[] {0x1F, 0x8B}),
        ELF("executable", new int[] {0x7F, 'E', 'L', 'F'}),
        WASM("executable", new int[] {0, 'a', 's', 'm'});

        final String description;
        final int[] prefix;

        Magic(String description, int[] prefix) {
            this.description = description;
            this.prefix = prefix;
        }

        boolean matches(byte[] bytes) {
            return startsWith(bytes, prefix);
        }
    }

    /**
     * Decodes the bytes of one input.
     *
     * @param bytes the whole file; not null
     * @param name the input's name, used in error messages
     * @return the text, without a byte-order mark
     * @throws LectorException (exit code 3) if the bytes are a binary file
     */
    public String decode(byte[] bytes, String name) {
        for (Magic magic : Magic.values()) {
            if (magic.matches(bytes)) {
                throw LectorException.badInput(Quoted.of(name) + " is a " + magic.description + ", not an article");
            }
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeLeniently(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeLeniently(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeLeniently(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            throw LectorException.badInput(Quoted.of(name) + " is a binary file, not an article");
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Text saved by older Windows tools: every byte maps to a character, so this never fails.
            return decodeLeniently(bytes, 0, WINDOWS_1252);
        }
    }

    /**
     * Decodes the bytes of one input whose charset is declared (a web server's Content-Type, a
     * page's {@code <meta charset>}). A byte-order mark still wins, as browsers let it.
     *
     * @param bytes the whole input; not null
     * @param name the input's name, used in error messages
     * @param declared the declared charset; not null
     * @return the text, without a byte-order mark
     * @throws LectorException (exit code 3) if the bytes are a binary file
     */
    public String decode(byte[] bytes, String name, Charset declared) {
        for (Magic magic : Magic.values()) {
            if (magic.matches(bytes)) {
                throw LectorException.badInput(Quoted.of(name) + " is a " + magic.description + ", not an article");
            }
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, name);
        }
        if (looksBinary(bytes) && !declared.name().startsWith("UTF-16")) {
            throw LectorException.badInput(Quoted.of(name) + " is a binary file, not an article");
        }
        return decodeLeniently(bytes, 0, declared);
    }

    /**
     * The charset a header, a page or a clipboard names, if Java knows it.
     *
     * @param name a charset's name as written ("utf-8", "ISO-8859-1"), possibly malformed
     */
    public static java.util.Optional<Charset> charsetNamed(String name) {
        try {
            return java.util.Optional.of(Charset.forName(name.strip()));
        } catch (IllegalArgumentException unknown) {
            // IllegalCharsetNameException and UnsupportedCharsetException are both of this kind.
            return java.util.Optional.empty();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String decodeLeniently(byte[] bytes, int offset, Charset charset) {
        // new String(...) replaces malformed input rather than throwing.
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text has almost no NUL or other C0 control bytes; binary formats are full of them. Looks at
     * the first 64 KiB only, so huge files cost nothing extra.
     */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        if (sample == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > sample;
    }
}
