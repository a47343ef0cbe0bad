package org.lector.text;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/** Articles and a local web server that more than one package's tests read. */
public final class TestPages {

    /** A short French article: two paragraphs under a headline. */
    public static final String FRENCH_ARTICLE = "Le conseil approuve les pistes cyclables\n\nLe conseil municipal a voté"
            + " mardi la création d'un réseau de pistes cyclables, mettant fin à un différend qui divise les habitants"
            + " depuis plus d'un an.\n\nLes travaux commenceront au printemps dans le centre de la ville, selon la"
            + " mairie qui a annoncé que le réseau sera terminé dans trois ans.\n";

    /** A news page: a title, a headline and two paragraphs in an article element. */
    public static final String CYCLE_LANES_PAGE = "<html><head><title>Council approves cycle lanes</title></head><body>"
            + "<article><h1>Council approves cycle lanes</h1><p>The council voted on Tuesday to approve a network of"
            + " protected cycle lanes, ending a dispute that has divided residents for more than a year.</p>"
            + "<p>Work on the first lanes starts in spring, officials said.</p></article></body></html>";

    private TestPages() {
    }

    /**
     * A web server on the loopback address that answers every path with {@link #CYCLE_LANES_PAGE},
     * after {@code delayMillis}, and records each path asked for.
     */
    public static HttpServer serveCycleLanes(List<String> requested, long delayMillis) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        byte[] page = CYCLE_LANES_PAGE.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            try {
                Thread.sleep(delayMillis);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            } catch (InterruptedException | IOException gone) {
                // The client stopped the fetch.
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    /** The address of a path on a server {@link #serveCycleLanes} started. */
    public static String address(HttpServer server, String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
