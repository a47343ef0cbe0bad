package org.lector.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** How an input's text is marked up, decided from its name and, failing that, its content. */
public enum InputFormat {
    PLAIN, MARKDOWN, HTML,
    /**
     * HTML made from a document file (EPUB, Word): all of it is the document's, so nothing is
     * sought in it; the title and author come from its metadata.
     */
    DOCUMENT;

    /** An ATX heading ("# Title") or an inline link ("[text](url)"): plain text has neither. */
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile("(?m)^#{1,6} \\S|\\[[^\\]\n]+]\\([^)\\s]+\\)");

    /**
     * Chooses the format from a file name's extension, else by sniffing the text for HTML tags and
     * Markdown headings or links.
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
        return MARKDOWN_SIGNS.matcher(text.substring(0, Math.min(text.length(), 8192))).find() ? MARKDOWN : PLAIN;
    }
}
