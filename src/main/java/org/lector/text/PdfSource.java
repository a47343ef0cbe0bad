package org.lector.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text, with Apache PDFBox, as plain text the reading order is then found in: each page's
 * lines in reading order, lines re-flowed into paragraphs where the layout leaves a gap or an
 * indent, words broken over a line end joined again, and what repeats at the top or the bottom of
 * the pages (running headers and footers, page numbers, a printed page's address and date) left
 * out. The title goes first: the document's own, else the largest text on its first page.
 */
final class PdfSource {

    static {
        // PDFBox logs through Commons Logging, which would hand its font warnings to SLF4J and
        // print three lines about a missing provider: a reader's user has no use for either.
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
    }

    /** Lines that print a page's number: "3", "- 3 -", "Page 3 of 12", "3/12". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s+)?[-–—(\\[]?\\s*\\d{1,4}\\s*[-–—)\\]]?(?:\\s*(?:/|of)\\s*\\d{1,4})?$");
    /** Lines compared across pages with their numbers masked, so "Page 3" and "Page 4" repeat. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String PAGE_MARK = "\f";

    private PdfSource() {
    }

    /** Whether the bytes are a PDF. */
    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    /**
     * The document's text.
     *
     * @throws LectorException (exit code 3) if it is damaged, encrypted, or has no text layer
     */
    static Text toText(byte[] bytes, String name) {
        return toText(bytes, name, opening -> { });
    }

    /**
     * A PDF's text and its title.
     *
     * @param title the document's declared title, less a site's name its first page does without;
     *     else the largest text on its first page; empty if neither
     * @param body the paragraphs, separated by blank lines
     */
    record Text(java.util.Optional<String> title, String body) {
    }

    /**
     * The document's text; a book ({@value #PARALLEL_PAGES} pages or more) first hands the text of
     * its first {@value #OPENING_PAGES} pages to {@code opening}, so a reader can show them while
     * the rest is read.
     *
     * @param opening called at most once, on this thread, with the first pages' text
     * @throws LectorException (exit code 3) if it is damaged, encrypted, or has no text layer
     */
    static Text toText(byte[] bytes, String name, java.util.function.Consumer<Text> opening) {
        try (PDDocument document = open(bytes, name)) {
            return whole(document, new Stripper(), bytes, name, opening);
        } catch (InvalidPasswordException locked) {
            throw locked(name, locked);
        } catch (IOException damaged) {
            throw damaged(name, damaged);
        }
    }

    /** The document, if its author lets its text be copied. */
    private static PDDocument open(byte[] bytes, String name) throws IOException {
        PDDocument document = Loader.loadPDF(bytes);
        if (!document.getCurrentAccessPermission().canExtractContent()) {
            document.close();
            throw LectorException.badInput(Quoted.of(name) + " is a PDF whose author forbids copying its text");
        }
        return document;
    }

    /** Every page's text, the opening handed over first if the document is a book. */
    private static Text whole(PDDocument document, Stripper stripper, byte[] bytes, String name,
                              java.util.function.Consumer<Text> opening) throws IOException {
        String text = text(document, stripper, bytes, first -> {
            Text part = compose(first, document, stripper);
            if (!part.body().isBlank()) {
                opening.accept(part);
            }
        });
        Text whole = compose(text, document, stripper);
        if (whole.body().isBlank()) {
            throw LectorException.badInput(Quoted.of(name) + " is a PDF with no text in it, only images (a scan?);"
                    + " Lector reads text, so run it through text recognition (OCR) first");
        }
        return whole;
    }

    private static LectorException locked(String name, InvalidPasswordException locked) {
        return LectorException.badInput(Quoted.of(name) + " is a PDF locked with a password; open it in a PDF"
                + " viewer and save a copy without one", locked);
    }

    private static LectorException damaged(String name, IOException damaged) {
        return LectorException.badInput("cannot read " + Quoted.of(name) + ": a damaged PDF (" + damaged.getMessage()
                + ")", damaged);
    }

    /**
     * What of a document to show first, read from one parse of it: a book's first
     * {@value #OPENING_PAGES} pages alone, or the whole of a document shorter than
     * {@value #PARALLEL_PAGES} pages (or of a book whose first pages have no text).
     *
     * @param text the text read
     * @param whole false when it is only a book's opening
     */
    record First(Text text, boolean whole) {
    }

    /**
     * A book's opening pages alone, or the whole of a shorter document.
     *
     * @throws LectorException (exit code 3) if it is damaged, encrypted, or has no text layer
     */
    static First opening(byte[] bytes, String name) {
        try (PDDocument document = open(bytes, name)) {
            if (document.getNumberOfPages() >= PARALLEL_PAGES) {
                Stripper stripper = new Stripper();
                stripper.setStartPage(1);
                stripper.setEndPage(OPENING_PAGES);
                Text part = compose(stripper.getText(document), document, stripper);
                if (!part.body().isBlank()) {
                    return new First(part, false);
                }
            }
            return new First(whole(document, new Stripper(), bytes, name, part -> { }), true);
        } catch (InvalidPasswordException locked) {
            throw locked(name, locked);
        } catch (IOException damaged) {
            throw damaged(name, damaged);
        }
    }

    /** From this many pages on (a book), the second half is read on another core, from a copy of its own. */
    static final int PARALLEL_PAGES = 40;

    /** How many pages of a book are read first, to be shown while the rest is read: a chapter or two. */
    static final int OPENING_PAGES = 12;

    /**
     * The title and the paragraphs of stripped pages, the body blank if they have no text: running
     * lines are judged over the pages given.
     */
    private static Text compose(String text, PDDocument document, Stripper stripper) {
        List<List<String>> pages = pages(text);
        List<String> firstLines = new ArrayList<>(pages.get(0));
        if (pages.size() > 1) {
            firstLines.addAll(pages.get(1));
        }
        dropRunningLines(pages);
        String body = paragraphs(pages);
        String title = title(document, stripper, firstLines);
        return new Text(title.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(title), body);
    }

    /**
     * The text of every page, in order, each ended by the page mark. A book's first pages are read
     * first and handed to {@code opening}; its second half is read at the same time from a second
     * copy of the document (PDFBox's documents are not to be shared between threads): a 300-page
     * book took 3.6 s on one core.
     */
    private static String text(PDDocument document, Stripper stripper, byte[] bytes,
                               java.util.function.Consumer<String> opening) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages < PARALLEL_PAGES) {
            return stripper.getText(document);
        }
        int half = pages / 2;
        java.util.concurrent.CompletableFuture<String> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (PDDocument copy = Loader.loadPDF(bytes)) {
                Stripper rest = new Stripper();
                rest.setStartPage(half + 1);
                rest.setEndPage(pages);
                return rest.getText(copy);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        stripper.setStartPage(1);
        stripper.setEndPage(OPENING_PAGES);
        String first = stripper.getText(document);
        opening.accept(first);
        stripper.setStartPage(OPENING_PAGES + 1);
        stripper.setEndPage(half);
        String firstHalf = first + stripper.getText(document);
        try {
            return firstHalf + second.join();
        } catch (java.util.concurrent.CompletionException failed) {
            if (failed.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw failed;
        }
    }

    /** The stripper, set to mark pages and paragraphs, and remembering the first page's largest line. */
    private static final class Stripper extends PDFTextStripper {
        String largest = "";
        float largestSize;
        /** How many characters of the first page are set in each size: the commonest is the body's. */
        private final Map<Float, Integer> sizes = new HashMap<>();

        Stripper() throws IOException {
            setSortByPosition(true);
            setPageEnd("\n" + PAGE_MARK + "\n");
            // Leaves a blank line where the layout leaves a gap between paragraphs.
            setAddMoreFormatting(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (getCurrentPageNo() == 1 && !text.isBlank()) {
                float size = 0;
                for (TextPosition position : positions) {
                    size = Math.max(size, position.getFontSizeInPt());
                    sizes.merge(Math.round(position.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
                }
                if (size > largestSize + 0.5f) {
                    largestSize = size;
                    largest = text.strip();
                } else if (Math.abs(size - largestSize) <= 0.5f && largest.length() + text.length() < 200) {
                    // A headline set over two lines is one title.
                    largest = largest.isEmpty() ? text.strip() : largest + " " + text.strip();
                }
            }
            super.writeString(text, positions);
        }

        /** The first page's largest line, if it is set larger than the page's body text; else empty. */
        String headline() {
            float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
            return largestSize > body + 0.5f && largest.length() <= 200 ? largest : "";
        }
    }

    private static List<List<String>> pages(String text) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split(PAGE_MARK, -1)) {
            List<String> lines = new ArrayList<>();
            for (String line : page.split("\n")) {
                lines.add(line.strip());
            }
            pages.add(lines);
        }
        return pages;
    }

    /**
     * Leaves out page numbers, and lines that stand near the top or bottom of most pages alike
     * (the masked digits let "Page 3" match "Page 4").
     */
    private static void dropRunningLines(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            for (String key : edgeKeys(page)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        int often = Math.max(2, (pages.size() + 1) / 2);
        for (List<String> page : pages) {
            List<String> edge = edgeKeys(page);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i).strip();
                boolean running = isNearEdge(page, i) && !line.isEmpty() && (PAGE_NUMBER.matcher(line).matches()
                        || pages.size() > 1 && edge.contains(key(line)) && counts.getOrDefault(key(line), 0) >= often);
                if (!running) {
                    kept.add(line);
                }
            }
            // Gone without a trace, so a paragraph broken by the page runs on past them.
            page.clear();
            page.addAll(kept);
        }
    }

    /** The keys of the first and last three non-blank lines of a page. */
    private static List<String> edgeKeys(List<String> page) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (isNearEdge(page, i)) {
                String key = key(page.get(i));
                if (!key.isEmpty() && !keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static boolean isNearEdge(List<String> page, int index) {
        int before = 0;
        for (int i = 0; i < index; i++) {
            before += page.get(i).isBlank() ? 0 : 1;
        }
        int after = 0;
        for (int i = index + 1; i < page.size(); i++) {
            after += page.get(i).isBlank() ? 0 : 1;
        }
        return before < 3 || after < 3;
    }

    private static String key(String line) {
        return DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
    }

    /**
     * The pages' text as paragraphs separated by blank lines. The stripper leaves a blank line
     * where the layout leaves a gap, so the lines between two are one paragraph: joined, a word
     * hyphenated at a line's end mended; a byline or a date line stays a line of its own. A page's
     * last paragraph runs on over the break unless it ends a sentence.
     */
    private static String paragraphs(List<List<String>> pages) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (List<String> page : pages) {
            int last = page.size() - 1;
            while (last >= 0 && page.get(last).isEmpty()) {
                last--;
            }
            int first = 0;
            while (first <= last && page.get(first).isEmpty()) {
                first++;
            }
            for (int i = first; i <= last; i++) {
                String line = page.get(i);
                if (line.isEmpty() || LinePatterns.isByline(line) || LinePatterns.isDateLine(line)) {
                    end(paragraph, out);
                }
                if (!line.isEmpty()) {
                    join(paragraph, line);
                }
                if (LinePatterns.isByline(line) || LinePatterns.isDateLine(line)) {
                    end(paragraph, out);
                }
            }
            if (paragraph.length() > 0 && LinePatterns.endsSentence(paragraph.toString())) {
                end(paragraph, out);
            }
        }
        end(paragraph, out);
        return out.toString();
    }

    private static void end(StringBuilder paragraph, StringBuilder out) {
        if (paragraph.length() > 0) {
            out.append(paragraph).append("\n\n");
            paragraph.setLength(0);
        }
    }

    private static void join(StringBuilder paragraph, String line) {
        int length = paragraph.length();
        if (length == 0) {
            paragraph.append(line);
            return;
        }
        boolean broken = length > 1 && paragraph.charAt(length - 1) == '-'
                && Character.isLetter(paragraph.charAt(length - 2)) && Character.isLowerCase(line.codePointAt(0));
        if (broken) {
            paragraph.setLength(length - 1);
        } else {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    /**
     * The document's own title, unless it is a file name; else the largest text on its first page.
     * A browser's print of a page declares the page's title, site name and all ("Storm hits coast
     * | The Herald"): a part of it that stands as a line of its own on the first pages (the
     * headline) is the title.
     */
    private static String title(PDDocument document, Stripper stripper, List<String> firstLines) {
        String declared = PageMetadata.collapse(java.util.Objects.requireNonNullElse(
                document.getDocumentInformation().getTitle(), ""));
        if (declared.isEmpty() || declared.matches("(?i).*\\.(?:docx?|pdf|odt|html?|txt)$")
                || declared.toLowerCase(Locale.ROOT).startsWith("microsoft word")) {
            return stripper.headline();
        }
        return PageMetadata.headlinePart(declared, firstLines);
    }
}
