package dev.backcheck.report.sarif;

import java.util.HashMap;
import java.util.Map;

/**
 * GitHub's {@code primaryLocationLineHash}, computed exactly as its upload action does (see
 * ../shared/SARIF-NOTES.md): a rolling hash over a 100-code-unit window that ignores spaces and
 * tabs, per line, with an occurrence counter for repeated hashes.
 */
public final class LineHash {
    private static final int BLOCK = 100;
    private static final long MOD_FIRST;

    static {
        long f = 1;
        for (int i = 0; i < BLOCK; i++) f *= 37;
        MOD_FIRST = f;
    }

    private LineHash() { }

    /** Hashes of every line of {@code text}; index 0 is line 1. The array has one more entry (the sentinel's line). */
    public static String[] hashes(String text) {
        char[] window = new char[BLOCK];
        int[] lineNumbers = new int[BLOCK];
        java.util.Arrays.fill(lineNumbers, -1);
        Map<String, Integer> counts = new HashMap<>();
        java.util.List<String> out = new java.util.ArrayList<>();
        long[] h = {0};
        int[] index = {0};
        int line = 0;
        boolean atLineStart = true;
        boolean prevCR = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : (char) 65535;
            if (c == ' ' || c == '\t' || (prevCR && c == '\n')) {
                prevCR = false;
                continue;
            }
            if (c == '\r') {
                c = '\n';
                prevCR = true;
            } else {
                prevCR = false;
            }
            if (lineNumbers[index[0]] != -1) emit(h[0], lineNumbers, index[0], counts, out);
            if (atLineStart) {
                atLineStart = false;
                line++;
                lineNumbers[index[0]] = line;
            }
            if (c == '\n') atLineStart = true;
            update(window, h, index, c);
        }
        for (int i = 0; i < BLOCK; i++) {
            if (lineNumbers[index[0]] != -1) emit(h[0], lineNumbers, index[0], counts, out);
            update(window, h, index, (char) 0);
        }
        return out.toArray(new String[0]);
    }

    private static void update(char[] window, long[] h, int[] index, char c) {
        char old = window[index[0]];
        window[index[0]] = c;
        h[0] = 37 * h[0] + c - MOD_FIRST * old;
        index[0] = (index[0] + 1) % BLOCK;
    }

    private static void emit(long hash, int[] lineNumbers, int index, Map<String, Integer> counts, java.util.List<String> out) {
        String v = Long.toUnsignedString(hash, 16);
        int count = counts.merge(v, 1, Integer::sum);
        int ln = lineNumbers[index];
        while (out.size() < ln) out.add(null);
        out.set(ln - 1, v + ":" + count);
        lineNumbers[index] = -1;
    }

    /** Hash of a 1-based line, or of line 1 when out of range. */
    public static String forLine(String[] hashes, int line) {
        if (hashes.length == 0) return null;
        int i = Math.max(1, Math.min(line, hashes.length)) - 1;
        return hashes[i];
    }
}
