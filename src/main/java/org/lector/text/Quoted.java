package org.lector.text;

/**
 * A name or value the user gave, made safe to show inside a one-line message: in single quotes,
 * control and bidirectional formatting characters written as escapes (a new line in a file name
 * must not split the message, U+202E must not turn it around), and long values shortened.
 */
public final class Quoted {

    /** Values longer than this are cut in a message: the user knows what they typed. */
    static final int LONGEST = 120;

    private Quoted() {
    }

    /**
     * The value in single quotes, safe for one line.
     *
     * @param value what the user gave; null reads as an empty name
     * @return for example {@code 'a\nb'}
     */
    public static String of(String value) {
        String text = value == null ? "" : value;
        StringBuilder quoted = new StringBuilder(Math.min(text.length(), LONGEST) + 16).append('\'');
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (shown >= LONGEST) {
                quoted.append("…");
                break;
            }
            switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || isInvisibleFormat(c)) {
                        quoted.append(String.format("\\u%04X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
            shown++;
            i += Character.charCount(c);
        }
        return quoted.append('\'').toString();
    }

    /** Bidirectional controls and other invisible formatting characters (Unicode category Cf). */
    private static boolean isInvisibleFormat(int c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
