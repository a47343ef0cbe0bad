package org.lector.text;

import java.util.Locale;

/** How an input's text is marked up, decided from its name and, failing that, its content. */
public enum InputFormat {
    PLAIN, MARKDOWN, HTML;

    /**
     * Chooses the format from a file name's extension, else by sniffing the text for HTML tags.
     *
     * @param name a file name or "-" for standard input; not null
     * @param text the decoded text; not null
     */
    public static InputFormat detect(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return PLAIN;
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.startsWith("<?xml") && head.contains("<html")) {
            return HTML;
        }
        return PLAIN;
    }
}
