package dev.backcheck.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes into text the way a careful tool must: UTF-8 (BOM stripped), UTF-16 with a
 * BOM, and rejects binary content. Invalid UTF-8 is decoded with replacement characters and
 * reported. Never throws.
 */
public final class TextReader {
    private TextReader() { }

    /** The decoded text, or null with {@code problem} naming why the file was skipped. */
    public record Result(String text, String problem, String warning) { }

    public static Result decode(byte[] b) {
        if (b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
            return new Result(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), null, "decoded as UTF-16 (big-endian BOM)");
        }
        if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            return new Result(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), null, "decoded as UTF-16 (little-endian BOM)");
        }
        int start = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        int nul = indexOfNul(b, start);
        if (nul >= 0) {
            return new Result(null, "binary content (NUL byte at offset " + nul + "); skipped", null);
        }
        if (ascii(b, start)) {
            // the common case (source code is mostly ASCII): UTF-8 of ASCII bytes is those bytes, decoded in one
            // pass straight into a compact string instead of through a char buffer and a second copy
            return new Result(new String(b, start, b.length - start, StandardCharsets.US_ASCII), null, null);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(b, start, b.length - start));
            return new Result(cb.toString(), null, null);
        } catch (CharacterCodingException e) {
            String text = new String(b, start, b.length - start, StandardCharsets.UTF_8);
            return new Result(text, null, "not valid UTF-8; invalid bytes were replaced with U+FFFD");
        }
    }

    private static boolean ascii(byte[] b, int start) {
        for (int i = start; i < b.length; i++) if (b[i] < 0) return false;
        return true;
    }

    private static int indexOfNul(byte[] b, int start) {
        for (int i = start; i < b.length; i++) if (b[i] == 0) return i;
        return -1;
    }
}
