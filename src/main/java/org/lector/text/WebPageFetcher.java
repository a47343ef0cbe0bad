package org.lector.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches the page at a web address, and only that page: none of what it refers to (images,
 * scripts, styles, frames) is requested. Redirects are followed by hand, so that each is counted
 * and each new address checked; no cookies are kept; the body is read with a bound on its size
 * after decompression and a deadline on the whole exchange.
 *
 * <p>Immutable and safe to share. Every failure is one {@link LectorException} line (exit code 3)
 * naming the address and what to do instead.
 */
public final class WebPageFetcher {

    /** How long and how much a fetch may take. */
    public record Limits(Duration connect, Duration whole, long maxBytes, int maxRedirects) {
        /** The limits a person expects of a reader: 10 s to connect, 30 s in all, 20 MB, 5 redirects. */
        public static final Limits STANDARD = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30),
                20L * 1024 * 1024, 5);

        /** Checks the values. */
        public Limits {
            Objects.requireNonNull(connect, "connect");
            Objects.requireNonNull(whole, "whole");
            if (maxBytes <= 0 || maxRedirects < 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ARTICLE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "text/markdown", "text/x-markdown");
    private static final String SAVE_INSTEAD = "; save the page as HTML in the browser and open the file";

    private final Limits limits;
    /** Made at the first fetch: building a client loads the TLS trust store, a tenth of a second of CPU. */
    private HttpClient client;
    private final TextDecoder decoder = new TextDecoder();

    /** A fetcher with the standard limits. */
    public WebPageFetcher() {
        this(Limits.STANDARD);
    }

    /** A fetcher with the given limits. */
    public WebPageFetcher(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // No cookie handler: nothing a page sets is kept or sent back. Redirects are followed here.
            client = HttpClient.newBuilder()
                    .connectTimeout(limits.connect())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /** Whether a name given for an input is a web address ("https://…") rather than a file. */
    public static boolean isAddress(String name) {
        return SCHEME.matcher(name).matches();
    }

    /**
     * Fetches the page at an address and decodes it.
     *
     * @param address an http or https address; not null
     * @return the page's text, named by the address it was asked for, HTML or text as its type says
     * @throws LectorException if the address is not http(s), cannot be reached, answers with an
     *     error, is not an article's type, is too large or too slow; or if the thread is interrupted
     */
    public ArticleSource fetch(String address) {
        Objects.requireNonNull(address, "address");
        URI uri = parse(address);
        long deadline = System.nanoTime() + limits.whole().toNanos();
        Set<URI> seen = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            seen.add(uri);
            HttpResponse<InputStream> response = send(uri, address, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                closeQuietly(response.body());
                if (location.isEmpty()) {
                    throw fail(address, "the server redirected without saying where (" + status + ")");
                }
                URI next = resolve(uri, location.get(), address);
                if (seen.contains(next)) {
                    throw fail(address, "the server redirects in a loop");
                }
                if (redirects >= limits.maxRedirects()) {
                    throw fail(address, "more than " + limits.maxRedirects() + " redirects");
                }
                uri = next;
                continue;
            }
            if (status != 200) {
                closeQuietly(response.body());
                throw fail(address, statusMessage(status));
            }
            return read(address, response, deadline);
        }
    }

    private URI parse(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException invalid) {
            throw LectorException.badInput(Quoted.of(address) + " is not a valid web address", invalid);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw LectorException.badInput("cannot open " + Quoted.of(address) + ": Lector fetches only http and"
                    + " https addresses" + SAVE_INSTEAD);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw LectorException.badInput(Quoted.of(address) + " is not a valid web address: it names no host");
        }
        return uri;
    }

    private URI resolve(URI base, String location, String address) {
        URI next;
        try {
            next = base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException invalid) {
            throw fail(address, "the server redirected to an invalid address");
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
            throw fail(address, "the server redirected to " + Quoted.of(next.toString()) + ", not a web page");
        }
        return next;
    }

    private HttpResponse<InputStream> send(URI uri, String address, long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw tooSlow(address);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(left)
                .header("User-Agent", userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1")
                .header("Accept-Encoding", "gzip, deflate")
                .GET()
                .build();
        CompletableFuture<HttpResponse<InputStream>> pending =
                client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            return pending.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException stopped) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw LectorException.badInput("stopped fetching " + Quoted.of(address), stopped);
        } catch (java.util.concurrent.TimeoutException late) {
            pending.cancel(true);
            throw tooSlow(address);
        } catch (ExecutionException failed) {
            throw networkFailure(uri, address, failed.getCause() != null ? failed.getCause() : failed);
        }
    }

    private LectorException networkFailure(URI uri, String address, Throwable cause) {
        String host = uri.getHost();
        if (cause instanceof HttpConnectTimeoutException) {
            return LectorException.badInput("cannot reach " + host + ": no answer within "
                    + limits.connect().toSeconds() + " s" + SAVE_INSTEAD, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return tooSlow(address);
        }
        // The client reports a name that does not resolve as a failure to connect, caused by it.
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return LectorException.badInput("cannot find " + host + " (no such host, or no network): check the"
                        + " address" + SAVE_INSTEAD, cause);
            }
        }
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return LectorException.badInput("cannot connect to " + host + " (no network, or the server is down)"
                        + SAVE_INSTEAD, cause);
            }
        }
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return LectorException.badInput("cannot fetch " + Quoted.of(address) + ": " + reason + SAVE_INSTEAD, cause);
    }

    private ArticleSource read(String address, HttpResponse<InputStream> response, long deadline) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.isEmpty() && !ARTICLE_TYPES.contains(mediaType)) {
            closeQuietly(response.body());
            throw fail(address, "it is " + mediaType + ", not a web page or text");
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > limits.maxBytes()) {
            closeQuietly(response.body());
            throw tooLarge(address);
        }
        byte[] bytes = readBody(address, response, deadline);
        Optional<Charset> charset = charset(contentType).or(() -> metaCharset(bytes));
        String text = charset.isPresent() ? decoder.decode(bytes, address, charset.get())
                : decoder.decode(bytes, address);
        InputFormat format = switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> InputFormat.HTML;
            case "text/markdown", "text/x-markdown" -> InputFormat.MARKDOWN;
            case "text/plain" -> InputFormat.PLAIN;
            default -> InputFormat.detect(address, text);
        };
        return new ArticleSource(address, text, format);
    }

    private byte[] readBody(String address, HttpResponse<InputStream> response, long deadline) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                .strip().toLowerCase(Locale.ROOT);
        InputStream raw = response.body();
        // A slow server could hold a read for ever: at the deadline the stream is closed under it.
        AtomicBoolean late = new AtomicBoolean();
        long left = Math.max(1, deadline - System.nanoTime());
        CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS).execute(() -> {
            late.set(true);
            closeQuietly(raw);
        });
        try (InputStream body = switch (encoding) {
            case "identity", "" -> raw;
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            default -> throw fail(address, "the server sent it compressed as " + encoding
                    + ", which Lector cannot read");
        }) {
            // The bound applies to what the page expands to, so a small compressed bomb is refused too.
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw tooLarge(address);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw LectorException.badInput("stopped fetching " + Quoted.of(address));
            }
            return bytes;
        } catch (InterruptedIOException stopped) {
            throw LectorException.badInput("stopped fetching " + Quoted.of(address), stopped);
        } catch (IOException e) {
            if (late.get()) {
                throw tooSlow(address);
            }
            throw fail(address, "the connection broke while reading the page (" + e.getMessage() + ")");
        }
    }

    /** The charset a Content-Type header names, if it names one Java knows. */
    static Optional<Charset> charset(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? TextDecoder.charsetNamed(m.group(1)) : Optional.empty();
    }

    /** The charset a page's own {@code <meta>} declares in its first 4 KB, if any. */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? TextDecoder.charsetNamed(m.group(1)) : Optional.empty();
    }

    private static String statusMessage(int status) {
        return switch (status) {
            case 401, 403 -> "the server refuses to show it (" + status + "); if it needs a sign-in, open it in"
                    + " the browser";
            case 404, 410 -> "no such page (" + status + "); check the address";
            case 429 -> "the server asks to wait before trying again (429)";
            default -> status >= 500 ? "the server failed (" + status + "); try again later"
                    : "the server answered " + status;
        };
    }

    private LectorException tooLarge(String address) {
        return fail(address, "the page is larger than " + (limits.maxBytes() >> 20) + " MB");
    }

    private LectorException tooSlow(String address) {
        return fail(address, "the page did not arrive within " + limits.whole().toSeconds() + " s");
    }

    private static LectorException fail(String address, String why) {
        return LectorException.badInput("cannot open " + Quoted.of(address) + ": " + why + SAVE_INSTEAD);
    }

    private static String userAgent() {
        String version = WebPageFetcher.class.getPackage().getImplementationVersion();
        return "Lector/" + (version != null ? version : "dev") + " (accessible article reader; fetches one page)";
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing only frees the connection; nothing more to report.
        }
    }
}
