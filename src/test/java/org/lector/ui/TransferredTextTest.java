package org.lector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.text.ArticleSource;
import org.lector.text.InputFormat;

/** What a paste or a drop gives Lector: a browser's HTML before its text. */
class TransferredTextTest {

    private static final String HTML = "<h1>Council approves cycle lanes</h1><p>The council voted on Tuesday.</p>";
    private static final String TEXT = "Council approves cycle lanes\nThe council voted on Tuesday.";

    /** A browser's copy: the same selection as HTML and as text. */
    static Transferable browserCopy(Object html, String mime) throws ClassNotFoundException {
        return browserCopy(html, mime, TEXT);
    }

    /** A copy with its HTML and its text flavours given. */
    static Transferable browserCopy(Object html, String mime, String text) throws ClassNotFoundException {
        DataFlavor htmlFlavor = new DataFlavor(mime);
        Map<DataFlavor, Object> data = Map.of(htmlFlavor, html, DataFlavor.stringFlavor, text);
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.stringFlavor, htmlFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return data.containsKey(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
                if (!data.containsKey(flavor)) {
                    throw new UnsupportedFlavorException(flavor);
                }
                return data.get(flavor);
            }
        };
    }

    @Test
    void takesTheHtmlFlavourOverTheText() throws Exception {
        ArticleSource source = TransferredText.from(browserCopy(HTML, "text/html;class=java.lang.String"), "pasted article")
                .orElseThrow();

        assertThat(source.format()).isEqualTo(InputFormat.HTML);
        assertThat(source.text()).isEqualTo(HTML);
    }

    @Test
    void readsHtmlGivenAsBytesInItsCharset() throws Exception {
        byte[] bytes = HTML.replace("Tuesday", "mardi, café").getBytes(StandardCharsets.ISO_8859_1);
        Transferable copy = browserCopy(new ByteArrayInputStream(bytes), "text/html;class=java.io.InputStream;charset=ISO-8859-1");

        assertThat(TransferredText.from(copy, "dropped text").orElseThrow().text()).contains("mardi, café");
    }

    @Test
    void readsHtmlBytesAsUtf8WhenTheirCharsetNameIsMalformed() throws Exception {
        byte[] bytes = HTML.replace("Tuesday", "mardi, café").getBytes(StandardCharsets.UTF_8);
        Transferable copy = browserCopy(new ByteArrayInputStream(bytes), "text/html;class=java.io.InputStream;charset=\"utf 8\"");

        assertThat(TransferredText.from(copy, "pasted article").orElseThrow().text()).contains("mardi, café");
    }

    @Test
    void takesTheTextWhenThereIsNoHtml() throws IOException {
        ArticleSource source = TransferredText.from(new StringSelection(TEXT), "pasted article").orElseThrow();

        assertThat(source.format()).isEqualTo(InputFormat.PLAIN);
        assertThat(source.text()).isEqualTo(TEXT);
        assertThat(TransferredText.hasText(new StringSelection(TEXT))).isTrue();
    }
}
