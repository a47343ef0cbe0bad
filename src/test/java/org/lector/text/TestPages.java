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

    private static final String[] WORDS = ("boats harbour keeper lamp night tide rope sail gull wind rain shore"
            + " storm light bell net fish dock mast wave").split(" ");

    /** A sentence of {@link #bookPdf} no other page has: its words chosen by the page and line. */
    public static String bookLine(int page, int line) {
        java.util.Random random = new java.util.Random(page * 1_000L + line);
        StringBuilder text = new StringBuilder("The");
        for (int w = 0; w < 9; w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append(" on page ").append(page).append('.').toString();
    }

    /** How many lines each page of {@link #bookPdf} has under its header. */
    public static final int BOOK_LINES = 20;

    /** A book of numbered pages, each under the running header "The Harbour Book". */
    public static byte[] bookPdf(int pages) throws IOException {
        List<List<String>> sheets = new java.util.ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            List<String> lines = new java.util.ArrayList<>(List.of("The Harbour Book", ""));
            for (int line = 0; line < BOOK_LINES; line++) {
                lines.add(bookLine(page, line));
                lines.add("");
            }
            sheets.add(lines);
        }
        return pdf(sheets, 14, null);
    }

    /**
     * A PDF of lines set in 11-point Times, one list of lines a page; an empty line leaves a gap.
     *
     * @param leading the distance between lines, in points
     * @param title the title the document declares, or null for none
     */
    public static byte[] pdf(List<List<String>> pages, float leading, String title) throws IOException {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN);
            for (List<String> lines : pages) {
                var sheet = new org.apache.pdfbox.pdmodel.PDPage();
                document.addPage(sheet);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, sheet)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(leading);
                    content.newLineAtOffset(60, 740);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (title != null) {
                document.getDocumentInformation().setTitle(title);
            }
            document.save(pdf);
        }
        return pdf.toByteArray();
    }

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
