package dev.backcheck.lang.ts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** LineIndex answers as a plain count of line breaks would, whatever order the lookups come in. */
class LineIndexTest {
    private static int naiveLine(String text, int u) {
        int line = 1;
        for (int i = 0; i < u && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) line++;
        }
        return line;
    }

    @Test
    void linesMatchACountOfBreaksInAnyLookupOrder() {
        Random rnd = new Random(14);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            int len = rnd.nextInt(12);
            for (int j = 0; j < len; j++) sb.append((char) ('a' + rnd.nextInt(26)));
            sb.append(switch (rnd.nextInt(4)) { case 0 -> "\r\n"; case 1 -> "\r"; default -> "\n"; });
        }
        String text = sb.toString();
        LineIndex idx = new LineIndex(text);
        for (int u = 0; u <= text.length(); u++) assertEquals(naiveLine(text, u), idx.lineOfUtf16(u), "in order at " + u);
        for (int k = 0; k < 5000; k++) {
            // starts and ends alternating, jumps back and forth
            int u = rnd.nextInt(text.length() + 1);
            assertEquals(naiveLine(text, u), idx.lineOfUtf16(u), "at " + u);
            int v = Math.min(text.length(), u + rnd.nextInt(40));
            assertEquals(naiveLine(text, v), idx.lineOfUtf16(v), "at " + v);
        }
    }
}
