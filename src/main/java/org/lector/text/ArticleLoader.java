package org.lector.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads an article's bytes from a file, standard input, a web address or the bundled sample, and
 * decodes them.
 *
 * <p>Immutable and safe to share. Every failure is a one-line {@link LectorException} (exit code 3).
 */
public final class ArticleLoader {

    /** Inputs larger than this are refused: no article is that long, and memory stays bounded. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The resource name of the bundled sample article. */
    public static final String SAMPLE_RESOURCE = "/org/lector/niger-airbase.txt";

    private final TextDecoder decoder = new TextDecoder();
    private final WebPageFetcher fetcher;

    /** A loader that fetches web addresses with the standard limits. */
    public ArticleLoader() {
        this(new WebPageFetcher());
    }

    /** A loader that fetches web addresses with the given fetcher. */
    public ArticleLoader(WebPageFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /**
     * Loads a file, standard input when the name is "-", or the page at a web address ("https://…").
     *
     * @param name a path, "-" or an http(s) address; not null
     * @param stdin the stream to read for "-"; not null
     * @return the decoded source
     * @throws LectorException if the input is missing, unreadable, a directory, too large or binary
     */
    public ArticleSource load(String name, InputStream stdin) {
        return load(name, stdin, opening -> { });
    }

    /**
     * Loads as {@link #load(String, InputStream)} does; a book-length PDF first hands its opening
     * pages to {@code opening}, so a window can show them while the rest is read.
     *
     * @param opening called at most once, on this thread, before this returns, with the first part
     *     of a long document (a source of its own, under the same name); not null
     */
    public ArticleSource load(String name, InputStream stdin, java.util.function.Consumer<ArticleSource> opening) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(opening, "opening");
        if (WebPageFetcher.isAddress(name)) {
            return fetcher.fetch(name);
        }
        byte[] bytes = name.equals("-") ? readStream(stdin, "standard input") : readFile(name);
        return decode(bytes, name, opening);
    }

    /**
     * What of an input to show first: the opening pages of a book-length PDF, read without the
     * rest, or the whole of any other input, as {@link #load(String, InputStream)} reads it.
     *
     * @param name a path, "-" or an http(s) address; not null
     * @param stdin the stream to read for "-"; not null
     * @return the source, and whether it is the whole input
     * @throws LectorException as {@link #load(String, InputStream)} does
     */
    public Part loadOpening(String name, InputStream stdin) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stdin, "stdin");
        if (WebPageFetcher.isAddress(name) || name.equals("-")) {
            return new Part(load(name, stdin), true);
        }
        byte[] bytes = readFile(name);
        if (PdfSource.isPdf(bytes)) {
            // One parse of the document, whichever it turns out to be.
            PdfSource.First first = PdfSource.opening(bytes, name);
            return new Part(pdfSource(name, first.text()), first.whole());
        }
        ArticleSource whole = decode(bytes, name, first -> { });
        return textOpening(whole).map(first -> new Part(first, false)).orElse(new Part(whole, true));
    }

    /** From this many characters on (a book, some 70,000 words), a text's opening is shown while the rest is read. */
    static final int LONG_TEXT_CHARS = 400_000;

    /** About how much of a long text its opening holds: a chapter or two, some 17,000 words. */
    static final int OPENING_CHARS = 100_000;

    /** A line that opens or closes a Markdown code block. */
    private static final java.util.regex.Pattern CODE_FENCE = java.util.regex.Pattern.compile("(?m)^\\s*(?:```|~~~)");

    /**
     * The opening of a book-length plain or Markdown text, cut at the last paragraph break before
     * {@value #OPENING_CHARS} characters; empty for a shorter text, for HTML, and for Markdown cut
     * inside a fenced code block.
     */
    static java.util.Optional<ArticleSource> textOpening(ArticleSource source) {
        String text = source.text();
        boolean plain = source.format() == InputFormat.PLAIN || source.format() == InputFormat.MARKDOWN;
        if (!plain || text.length() < LONG_TEXT_CHARS) {
            return java.util.Optional.empty();
        }
        int cut = text.lastIndexOf("\n\n", OPENING_CHARS);
        if (cut <= 0) {
            return java.util.Optional.empty();
        }
        String opening = text.substring(0, cut);
        if (source.format() == InputFormat.MARKDOWN && CODE_FENCE.matcher(opening).results().count() % 2 != 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ArticleSource(source.name(), opening, source.format(), source.title()));
    }

    /**
     * A source read from an input, whole or in part.
     *
     * @param source the decoded text
     * @param whole false when it is only a long document's opening
     */
    public record Part(ArticleSource source, boolean whole) {
        /** Checks presence. */
        public Part {
            Objects.requireNonNull(source, "source");
        }
    }

    private ArticleSource decode(byte[] bytes, String name, java.util.function.Consumer<ArticleSource> opening) {
        if (TextDecoder.Magic.ZIP.matches(bytes)) {
            // EPUB and Word files are zip archives of XML.
            ZipArchive zip = ZipArchive.read(bytes, name);
            if (EpubSource.isEpub(zip)) {
                return new ArticleSource(name, EpubSource.toHtml(zip, name), InputFormat.DOCUMENT);
            }
            if (DocxSource.isDocx(zip)) {
                return new ArticleSource(name, DocxSource.toHtml(zip, name), InputFormat.DOCUMENT);
            }
            throw LectorException.badInput(Quoted.of(name) + " is a zip archive, neither an EPUB book nor a Word"
                    + " document; unpack it and open the article inside");
        }
        if (PdfSource.isPdf(bytes)) {
            return pdfSource(name, PdfSource.toText(bytes, name, first -> opening.accept(pdfSource(name, first))));
        }
        ArticleSource text = ArticleSource.of(name, decoder.decode(bytes, name));
        textOpening(text).ifPresent(opening);
        return text;
    }

    private static ArticleSource pdfSource(String name, PdfSource.Text text) {
        return new ArticleSource(name, text.body(), InputFormat.PLAIN, text.title());
    }

    /** Loads the article bundled with Lector. */
    public ArticleSource loadSample() {
        try (InputStream in = ArticleLoader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw LectorException.badInput("the bundled sample is missing from this build");
            }
            return ArticleSource.of("niger-airbase.txt", decoder.decode(in.readAllBytes(), "the bundled sample"));
        } catch (IOException e) {
            throw LectorException.badInput("cannot read the bundled sample: " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(String name) {
        String shown = Quoted.of(name);
        if (name.isEmpty()) {
            throw LectorException.badInput("cannot read '': the file name is empty");
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (RuntimeException invalid) {
            throw LectorException.badInput("cannot read " + shown + ": not a valid path", invalid);
        }
        if (Files.isDirectory(path)) {
            throw LectorException.badInput("cannot read " + shown + ": it is a directory");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A pipe or a device would block the reader, or never end: only files and standard input are read.
            throw LectorException.badInput("cannot read " + shown + ": not a regular file (a pipe, device or socket);"
                    + " save the article as a file, or pipe it in with '-'");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readStream(in, name);
            }
        } catch (NoSuchFileException e) {
            throw LectorException.badInput("cannot read " + shown + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw LectorException.badInput("cannot read " + shown + ": permission denied", e);
        } catch (FileSystemException e) {
            // Its message repeats the whole path; the reason alone ("File name too long") says it.
            throw LectorException.badInput("cannot read " + shown + ": "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
        } catch (IOException e) {
            throw LectorException.badInput("cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readStream(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(name);
            }
            return bytes;
        } catch (IOException e) {
            throw LectorException.badInput("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static LectorException tooLarge(String name) {
        return LectorException.badInput(("-".equals(name) ? "standard input" : Quoted.of(name)) + " is larger than "
                + (MAX_BYTES >> 20)
                + " MB; Lector reads articles, not books");
    }
}
