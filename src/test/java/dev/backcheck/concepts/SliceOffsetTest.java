package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ErrorHandlers.offset (line starts kept per source) answers what a walk from the start of the text answers. */
class SliceOffsetTest {

    /** The walk offset made before it kept line starts. */
    private static int walk(String src, int line, int column) {
        int ln = 1, i = 0;
        while (ln < line && i < src.length()) {
            if (src.charAt(i) == '\n') ln++;
            i++;
        }
        if (ln < line) return -1;
        int o = i + column - 1;
        return o > src.length() ? src.length() : o;
    }

    @Test
    void sameOffsetsAsAWalkFromTheStart() {
        Random r = new Random(11);
        String[] texts = new String[40];
        for (int t = 0; t < texts.length; t++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(120);
            for (int i = 0; i < len; i++) b.append("ab\n\n xé".charAt(r.nextInt(7)));
            texts[t] = b.toString();
        }
        for (int round = 0; round < 5000; round++) {
            String src = texts[r.nextInt(texts.length)];
            int line = r.nextInt(40) - 2, column = r.nextInt(30) - 2;
            assertEquals(walk(src, line, column), ErrorHandlers.offset(src, line, column), () -> "line " + line + " column " + column + " of " + src);
        }
    }
}
