package org.lector.text;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Normalises decoded text so later stages see one form of everything: NFC, {@code \n} line ends,
 * plain spaces for the many Unicode spaces, no zero-width or soft-hyphen characters, no control
 * characters, and HTML entities ({@code &amp;amp;}, {@code &amp;#8217;}) resolved.
 *
 * <p>Stateless and safe to share.
 */
public final class TextCleaner {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    /**
     * Cleans one plain-text document's text. Its tabs stay: a copied table gives its cells
     * tab-separated, and the reader reads such rows as a table's.
     *
     * @param text the decoded text; not null
     * @return the cleaned text, same lines, never null
     */
    public String clean(String text) {
        return cleanCharacters(unescape(text), true);
    }

    /**
     * Cleans characters only, leaving entities as they are: for HTML, whose parser decodes them
     * (decoding first would turn "&amp;lt;p&amp;gt;" in a page's text into markup).
     *
     * @param text the decoded text; not null
     * @return the cleaned text, same lines, never null
     */
    public String cleanCharacters(String text) {
        return cleanCharacters(text, false);
    }

    private static String cleanCharacters(String text, boolean keepTabs) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        int length = composed.length();
        for (int i = 0; i < length; i++) {
            char c = composed.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < length && composed.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029', '\u000B', '\f', '\u0085' -> out.append('\n');
                case '\t' -> out.append(keepTabs ? '\t' : ' ');
                // No-break, narrow, figure and typographic spaces read as ordinary spaces.
                case '\u00A0', '\u202F', '\u2007', '\u205F', '\u3000', '\u1680' -> out.append(' ');
                // Invisible characters that only break words apart when spoken or searched.
                // ZWJ and ZWNJ stay: emoji sequences and Persian spelling need them.
                case '\u00AD', '\u200B', '\u2060', '\uFEFF', '\u180E' -> { }
                // Bidirectional controls: invisible, they can reorder what a line shows ("Trojan
                // Source"); the window lays right-to-left text out by itself.
                case '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                     '\u2066', '\u2067', '\u2068', '\u2069' -> { }
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' ');
                    } else if (!isControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Entities resolved; a numeric one that names no character (past U+10FFFF) is left as written. */
    private static String unescape(String text) {
        var matcher = ENTITY.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, matcher.start());
            String entity = matcher.group();
            String decoded;
            if (!entity.startsWith("&#")) {
                decoded = StringEscapeUtils.unescapeHtml4(entity);
            } else {
                String digits = matcher.group(1).substring(1);
                int radix = digits.startsWith("x") || digits.startsWith("X") ? 16 : 10;
                long codePoint = Long.parseLong(radix == 16 ? digits.substring(1) : digits, radix);
                decoded = codePoint > Character.MAX_CODE_POINT || codePoint == 0 ? entity
                        : new String(Character.toChars((int) codePoint));
            }
            out.append(decoded);
            last = matcher.end();
        } while (matcher.find());
        return out.append(text, last, text.length()).toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F;
    }
}
