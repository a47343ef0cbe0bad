package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();
    private static final String TEXT = "Café in Zürich – “quoted” 😀 東京";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodesUtf8WithoutBom() {
        assertThat(decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(TEXT);
    }

    @Test
    void decodesUtf8AndDropsBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(decoder.decode(bytes, "x")).isEqualTo(TEXT);
    }

    @Test
    void decodesUtf16LittleEndianWithBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(decoder.decode(bytes, "x")).isEqualTo(TEXT);
    }

    @Test
    void decodesUtf16BigEndianWithBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(decoder.decode(bytes, "x")).isEqualTo(TEXT);
    }

    @Test
    void fallsBackToWindows1252ForBytesThatAreNotUtf8() {
        String text = "Café costs €5 – “fair”";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertThat(decoder.decode(bytes, "x")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"89504E470D0A1A0A0000000D49484452", "255044462D312E370A25", "504B0304140000000800",
        "1F8B0800000000000003", "7F454C46020101000000", "FFD8FFE000104A464946"})
    void refusesBinaryFormatsByTheirMagicBytes(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        assertThatThrownBy(() -> decoder.decode(bytes, "file.txt"))
                .isInstanceOf(LectorException.class)
                .hasMessageStartingWith("'file.txt' is a ")
                .hasMessageEndingWith(", not an article");
    }

    @Test
    void refusesUnknownBinaryFullOfControlBytes() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7);
        }
        assertThatThrownBy(() -> decoder.decode(bytes, "blob.txt"))
                .isInstanceOf(LectorException.class)
                .hasMessage("'blob.txt' is a binary file, not an article");
    }

    @Test
    void acceptsTextWithAFewNulBytes() {
        byte[] bytes = "A headline here\u0000\n\nSome text.\u0000".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(bytes, "x")).contains("Some text.");
    }

    @Test
    void decodesEmptyFileToEmptyText() {
        assertThat(decoder.decode(new byte[0], "x")).isEmpty();
    }
}
