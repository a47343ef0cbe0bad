package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching a page from a local server the test starts: what is asked for, and every way it fails. */
class WebPageFetcherTest {

    private static final String PAGE = "<!doctype html><html><head><title>Council approves cycle lanes - Daily"
            + " Planet</title><link rel=stylesheet href=/style.css><script src=/app.js></script></head><body>"
            + "<nav><a href=/>Home</a></nav><article><h1>Council approves cycle lanes</h1>"
            + "<img src=/photo.jpg alt=''><iframe src=/ad.html></iframe>"
            + "<p>The council voted on Tuesday to approve a network of protected cycle lanes, ending a dispute"
            + " that has divided residents for more than a year.</p><p>Work on the first lanes starts in"
            + " spring, and the whole network should be finished within three years, officials said.</p>"
            + "</article></body></html>";
    /** Two seconds to connect, one in all, 1 MB, 5 redirects: the standard limits made quick to test. */
    private static final WebPageFetcher.Limits SMALL =
            new WebPageFetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(1), 1024 * 1024, 5);

    /** One request the server received. */
    private record Request(String path, String userAgent, String cookie) {
    }

    private HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("User-Agent"), exchange.getRequestHeaders().getFirst("Cookie")));
            try {
                route(exchange);
            } catch (IOException | InterruptedException closed) {
                // The client went away (a timeout the test provoked): nothing more to send.
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String at(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/page" -> send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
            case "/r1" -> redirect(exchange, 302, "/r2", null);
            case "/r2" -> redirect(exchange, 301, at("/r3"), null);
            case "/r3" -> redirect(exchange, 307, "page", null);
            case "/cookie" -> redirect(exchange, 302, "/page", "session=secret; Path=/");
            case "/loop-a" -> redirect(exchange, 302, "/loop-b", null);
            case "/loop-b" -> redirect(exchange, 302, "/loop-a", null);
            case "/to-ftp" -> redirect(exchange, 302, "ftp://example.com/file", null);
            case "/slow-body" -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                for (int i = 0; i < 100; i++) {
                    out.write("<p>more</p>".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(100);
                }
            }
            case "/slow-answer" -> {
                Thread.sleep(5_000);
                send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            }
            case "/big" -> send(exchange, 200, "text/html", new byte[2 * 1024 * 1024]);
            case "/big-chunked" -> {
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, 0);
                byte[] line = "All work and no play makes a dull article.\n".getBytes(StandardCharsets.US_ASCII);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int written = 0; written < 2 * 1024 * 1024; written += line.length) {
                        out.write(line);
                    }
                }
            }
            case "/gzip" -> {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                send(exchange, 200, "text/html; charset=utf-8", gzip(PAGE.getBytes(StandardCharsets.UTF_8), 1));
            }
            case "/bomb" -> {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                send(exchange, 200, "text/html", gzip(new byte[1024 * 1024], 64));
            }
            case "/image" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "/latin1" -> send(exchange, 200, "text/plain; charset=ISO-8859-1",
                    "Le café de la gare rouvre après dix ans de travaux, a annoncé la mairie mardi."
                            .getBytes(StandardCharsets.ISO_8859_1));
            case "/meta" -> send(exchange, 200, "text/html", ("<html><head><meta charset=\"windows-1251\"></head><body>"
                    + "<p>Совет одобрил новые велосипедные дорожки после года споров, сообщили власти города.</p>"
                    + "</body></html>").getBytes(Charset.forName("windows-1251")));
            case "/missing" -> send(exchange, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
            case "/broken" -> send(exchange, 500, "text/html", "<p>Oops</p>".getBytes(StandardCharsets.UTF_8));
            default -> send(exchange, 404, "text/plain", new byte[0]);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location, String cookie) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        if (cookie != null) {
            exchange.getResponseHeaders().set("Set-Cookie", cookie);
        }
        exchange.sendResponseHeaders(status, -1);
    }

    private static byte[] gzip(byte[] block, int times) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < times; i++) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }

    private WebPageFetcher fetcher() {
        return new WebPageFetcher(SMALL);
    }

    private List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    @Test
    void fetchesThePageAndNothingItRefersTo() {
        ArticleSource source = fetcher().fetch(at("/page"));

        assertThat(source.format()).isEqualTo(InputFormat.HTML);
        assertThat(source.name()).isEqualTo(at("/page"));
        Article article = new ArticlePipeline().process(source);
        assertThat(article.title()).isEqualTo("Council approves cycle lanes");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(paths()).containsExactly("/page");
        assertThat(requests.get(0).userAgent()).startsWith("Lector/");
    }

    @Test
    void followsAChainOfRedirectsOfEveryKind() {
        assertThat(fetcher().fetch(at("/r1")).text()).isEqualTo(PAGE);
        assertThat(paths()).containsExactly("/r1", "/r2", "/r3", "/page");
    }

    @Test
    void keepsNoCookieThePageSets() {
        fetcher().fetch(at("/cookie"));

        assertThat(paths()).containsExactly("/cookie", "/page");
        assertThat(requests.get(1).cookie()).isNull();
    }

    @Test
    void refusesARedirectLoop() {
        assertThatThrownBy(() -> fetcher().fetch(at("/loop-a")))
                .isInstanceOf(LectorException.class).hasMessageContaining("redirects in a loop");
        assertThat(paths()).containsExactly("/loop-a", "/loop-b");
    }

    @Test
    void refusesMoreRedirectsThanTheLimit() {
        WebPageFetcher strict = new WebPageFetcher(new WebPageFetcher.Limits(Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1024 * 1024, 2));

        assertThatThrownBy(() -> strict.fetch(at("/r1"))).hasMessageContaining("more than 2 redirects");
        assertThat(paths()).containsExactly("/r1", "/r2", "/r3");
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        assertThatThrownBy(() -> fetcher().fetch(at("/to-ftp"))).hasMessageContaining("not a web page");
    }

    @Test
    void givesUpOnAServerThatTricklesPastTheDeadline() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetcher().fetch(at("/slow-body")))
                .isInstanceOf(LectorException.class).hasMessageContaining("did not arrive within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void givesUpOnAServerThatNeverAnswers() {
        assertThatThrownBy(() -> fetcher().fetch(at("/slow-answer"))).hasMessageContaining("did not arrive within 1 s");
    }

    @Test
    void refusesABodyOverTheLimitWhetherItsLengthIsDeclaredOrNot() {
        assertThatThrownBy(() -> fetcher().fetch(at("/big"))).hasMessageContaining("larger than 1 MB");
        assertThatThrownBy(() -> fetcher().fetch(at("/big-chunked"))).hasMessageContaining("larger than 1 MB");
    }

    @Test
    void readsACompressedPageButRefusesACompressionBomb() {
        assertThat(fetcher().fetch(at("/gzip")).text()).isEqualTo(PAGE);
        assertThatThrownBy(() -> fetcher().fetch(at("/bomb"))).hasMessageContaining("larger than 1 MB");
    }

    @Test
    void refusesWhatIsNotAnArticlesType() {
        assertThatThrownBy(() -> fetcher().fetch(at("/image")))
                .hasMessageContaining("it is image/png, not a web page or text");
    }

    @Test
    void namesTheServersAnswerWhenItIsAnError() {
        assertThatThrownBy(() -> fetcher().fetch(at("/missing"))).hasMessageContaining("no such page (404)");
        assertThatThrownBy(() -> fetcher().fetch(at("/broken"))).hasMessageContaining("the server failed (500)");
    }

    @Test
    void decodesByTheHeadersCharsetElseThePagesOwn() {
        assertThat(fetcher().fetch(at("/latin1")).text()).startsWith("Le café de la gare rouvre après");
        assertThat(fetcher().fetch(at("/meta")).text()).contains("Совет одобрил новые велосипедные дорожки");
    }

    @Test
    void explainsAnAddressThatCannotBeReachedOrIsNotTheWeb() {
        server.stop(0);

        assertThatThrownBy(() -> fetcher().fetch(at("/page"))).isInstanceOf(LectorException.class)
                .hasMessageStartingWith("cannot connect to 127.0.0.1").hasMessageEndingWith("open the file")
                .satisfies(e -> assertThat(((LectorException) e).exitCode()).isEqualTo(3));
        // ".invalid" never resolves (RFC 2606), with a network or without; a slow resolver gets time to say so.
        WebPageFetcher patient = new WebPageFetcher(new WebPageFetcher.Limits(Duration.ofSeconds(30),
                Duration.ofSeconds(40), 1024 * 1024, 5));
        assertThatThrownBy(() -> patient.fetch("http://story.example.invalid/")).hasMessageStartingWith(
                "cannot find story.example.invalid");
        assertThatThrownBy(() -> fetcher().fetch("ftp://example.com/story"))
                .hasMessageContaining("only http and https addresses");
        assertThatThrownBy(() -> fetcher().fetch("http:///story")).hasMessageContaining("not a valid web address");
        assertThatThrownBy(() -> fetcher().fetch("http://exa mple.com/")).hasMessageContaining("not a valid web address");
    }

    @Test
    void tellsAddressesFromFileNames() {
        assertThat(WebPageFetcher.isAddress("https://example.com/story")).isTrue();
        assertThat(WebPageFetcher.isAddress("HTTP://EXAMPLE.COM")).isTrue();
        assertThat(WebPageFetcher.isAddress("story.html")).isFalse();
        assertThat(WebPageFetcher.isAddress("C:\\news\\story.html")).isFalse();
        assertThat(WebPageFetcher.isAddress("-")).isFalse();
    }

    @Test
    void readsAnAddressThroughTheLoaderAsAFile() {
        ArticleSource source = new ArticleLoader(fetcher()).load(at("/r1"), java.io.InputStream.nullInputStream());

        assertThat(source.format()).isEqualTo(InputFormat.HTML);
        assertThat(paths()).containsExactly("/r1", "/r2", "/r3", "/page");
    }
}
