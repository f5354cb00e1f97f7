package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextReaderTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    @Test
    void asciiDecodesToTheSameText() {
        String src = "const a = `x${1}`;\r\n\t// done ~\u007f";
        TextReader.Result r = TextReader.decode(src.getBytes(StandardCharsets.US_ASCII));
        assertEquals(src, r.text());
        assertNull(r.problem());
        assertNull(r.warning());
        assertEquals("", TextReader.decode(new byte[0]).text());
    }

    @Test
    void utf8BeyondAsciiAndTheBomAreDecodedAsUtf8() {
        String src = "const s = 'héllo → 😀';";
        assertEquals(src, TextReader.decode(src.getBytes(StandardCharsets.UTF_8)).text());
        byte[] withBom = ("\uFEFF" + "x = 1").getBytes(StandardCharsets.UTF_8);
        assertEquals("x = 1", TextReader.decode(withBom).text());
        assertEquals("x = 1", TextReader.decode(bytes(0xEF, 0xBB, 0xBF, 'x', ' ', '=', ' ', '1')).text());
    }

    @Test
    void invalidUtf8IsReplacedAndReported() {
        TextReader.Result r = TextReader.decode(bytes('a', 0xC3, 'b'));
        assertEquals("a\uFFFDb", r.text());
        assertEquals("not valid UTF-8; invalid bytes were replaced with U+FFFD", r.warning());
    }

    @Test
    void nulMeansBinaryAndUtf16NeedsItsBom() {
        TextReader.Result bin = TextReader.decode(bytes('a', 'b', 0, 'c'));
        assertNull(bin.text());
        assertEquals("binary content (NUL byte at offset 2); skipped", bin.problem());
        assertEquals("hi", TextReader.decode(bytes(0xFF, 0xFE, 'h', 0, 'i', 0)).text());
        assertEquals("hi", TextReader.decode(bytes(0xFE, 0xFF, 0, 'h', 0, 'i')).text());
    }
}
