package dev.backcheck.lang.ts;

import java.util.Arrays;

/**
 * Maps swc4j span offsets (Unicode code points from the start of the text) to 1-based lines and
 * 1-based columns in UTF-16 code units, the unit SARIF and editors use.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;      // UTF-16 index of each line start
    private final int[] cpToUtf16;       // null when the text has no supplementary characters

    public LineIndex(String text) {
        this(text, null);
    }

    /** The index of {@code text}; {@code chars}, when not null, holds its chars (read by index instead of charAt). */
    public LineIndex(String text, char[] chars) {
        this.text = text;
        char[] cs = chars != null ? chars : text.toCharArray();
        int len = cs.length;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        boolean supplementary = false;
        for (int i = 0; i < len; i++) {
            char c = cs[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= len || cs[i + 1] != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            } else if (Character.isHighSurrogate(c)) {
                supplementary = true;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
        if (supplementary) {
            int cps = text.codePointCount(0, text.length());
            cpToUtf16 = new int[cps + 1];
            int u = 0;
            for (int cp = 0; cp < cps; cp++) {
                cpToUtf16[cp] = u;
                u += Character.isHighSurrogate(text.charAt(u)) && u + 1 < text.length() ? 2 : 1;
            }
            cpToUtf16[cps] = u;
        } else {
            cpToUtf16 = null;
        }
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int utf16(int codePointOffset) {
        if (codePointOffset < 0) return 0;
        if (cpToUtf16 == null) return Math.min(codePointOffset, text.length());
        return cpToUtf16[Math.min(codePointOffset, cpToUtf16.length - 1)];
    }

    // lookups come in source order, a node's start and its end alternating: the last two answers (and the lines
    // after them) are tried before a binary search
    private int lastLine = 1, otherLine = 1;

    /** 1-based line of a UTF-16 index. */
    public int lineOfUtf16(int u) {
        int l = lastLine;
        if (on(l, u)) return l;
        if (on(l + 1, u)) return remember(l + 1);
        if (on(otherLine, u)) return remember(otherLine);
        if (on(otherLine + 1, u)) return remember(otherLine + 1);
        int i = Arrays.binarySearch(lineStarts, u);
        return remember(i >= 0 ? i + 1 : -i - 1);
    }

    /** True when UTF-16 index {@code u} is on 1-based line {@code l}. */
    private boolean on(int l, int u) {
        return l >= 1 && l <= lineStarts.length && lineStarts[l - 1] <= u && (l == lineStarts.length || u < lineStarts[l]);
    }

    private int remember(int l) {
        otherLine = lastLine;
        lastLine = l;
        return l;
    }

    /** Line (high 32 bits) and 1-based UTF-16 column (low 32 bits) of a code-point offset, in one lookup. */
    public long lineColumn(int codePointOffset) {
        int u = utf16(codePointOffset);
        int l = lineOfUtf16(u);
        return ((long) l << 32) | (u - lineStarts[l - 1] + 1);
    }

    public int line(int codePointOffset) {
        return lineOfUtf16(utf16(codePointOffset));
    }


}
