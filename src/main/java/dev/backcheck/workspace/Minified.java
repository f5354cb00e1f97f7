package dev.backcheck.workspace;

/**
 * Whether a JavaScript file is minified or bundled output rather than source someone wrote: a committed vendor bundle,
 * the {@code <page>_files/} folder a browser's "Save page as" writes beside an HTML page (s34 dochadzka committed 921 such
 * chunks, 83 MB, and parsing them took nine tenths of its scan), a webpack chunk under a name the default excludes miss.
 * Read by content, not by name: most of the text sits on very long lines and those lines are dense with code
 * punctuation. A long string constant in a server file (a base64 image, a certificate, an SQL text) is not code
 * punctuation, so such a file stays; the code of a file that keeps its own lines short always stays.
 */
public final class Minified {
    private Minified() { }

    /** Lines at least this long count as minified lines. */
    static final int LONG_LINE = 1000;
    /** Files smaller than this are never skipped: too little to cost anything, and a reviewer would read them. */
    static final int MIN_SIZE = 8 * 1024;

    /** True when {@code path} is a JavaScript file (not TypeScript: a compiler never writes .ts) and {@code text} is minified. */
    public static boolean skip(String path, String text) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (!(p.endsWith(".js") || p.endsWith(".mjs") || p.endsWith(".cjs") || p.endsWith(".jsx"))) return false;
        return minified(text);
    }

    /**
     * Nine tenths of the characters or more on lines of 1,000 characters or more, and one character in twelve of those
     * lines (or more) one of {@code ; , { } ( ) =}: statements and calls packed together, not a long literal.
     */
    static boolean minified(String text) {
        int n = text.length();
        if (n < MIN_SIZE) return false;
        long inLong = 0, punct = 0, rest = 0;
        int start = 0;
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            // what is not on a long line (short lines, newlines) only grows: past a tenth of the text, nine tenths on long
            // lines can no longer be reached, and the rest of an ordinary source file need not be read
            rest += (end - start < LONG_LINE ? end - start : 0) + (end < n ? 1 : 0);
            if (rest * 10 > n) return false;
            if (end - start >= LONG_LINE) {
                inLong += end - start;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == ';' || c == ',' || c == '{' || c == '}' || c == '(' || c == ')' || c == '=') punct++;
                }
            }
            start = end + 1;
        }
        return inLong * 10 >= (long) n * 9 && punct * 12 >= inLong;
    }
}
