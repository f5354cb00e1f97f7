package dev.backcheck.lang.ts;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;
import com.caoccao.javet.swc4j.outputs.Swc4jParseOutput;
import dev.backcheck.lang.facts.FileFacts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses TS/JS family sources with swc4j and extracts {@link FileFacts}.
 * <p>
 * swc4j's native parser recurses on nesting and kills the JVM with SIGSEGV when the native stack
 * runs out (measured: depth 500 on a 1 MB thread stack). Two guards: {@link NestingGuard} rejects
 * files whose nesting estimate is beyond {@link #MAX_NESTING} before the parser sees them, and
 * callers must run {@link #parse} on a thread created with {@link #THREAD_STACK_BYTES} of stack
 * (see {@code engine.ParseThreads}), which holds tens of thousands of levels.
 * <p>
 * Native limits on a 256 MiB parse thread, bisected with forked JVMs (swc4j 2.0.0, Linux x86-64;
 * deepest level that parsed / first that crashed): {@code type T = A<A<...>>} 61,515 / 62,491;
 * parentheses 90,797 / 91,773; nested arrows 108,366 / 110,319; object literals 112,271 / 114,223;
 * template holes 125,937 / 127,889; arrays 141,554 / 143,506; blocks 159,123 / 161,075; unary
 * {@code !} 617,878 / 625,687; assignments 664,729 / 672,538; ternaries about 1.05 M;
 * {@code a+a+...} and {@code as any} chains about 1.1 M; member, call and {@code if} chains of
 * 2 M fail in Java (an exception, not a crash). Deep JSX hits time before stack: 8,000 levels take
 * 45 s (the per-file budget applies). So {@link #MAX_NESTING} leaves a margin of 60x or more.
 */
public final class TsParser implements dev.backcheck.lang.FrontEnd {
    @Override
    public String language() {
        return "ts";
    }

    public static final Set<String> EXTENSIONS = Set.of(".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts");
    /** Nesting estimate above which a file is skipped with a notification. */
    public static final int MAX_NESTING = 1_000;
    /** Stack size for parser threads: 256 MiB covers far more than {@link #MAX_NESTING} levels. */
    public static final long THREAD_STACK_BYTES = 256L * 1024 * 1024;

    private static final Pattern LOCATION = Pattern.compile("at file:///[^:]*:(\\d+):(\\d+)");

    {
        NativeLib.load(); // before the first Swc4j (at once when preload() has done it)
    }
    private final Swc4j swc4j = new Swc4j();

    /**
     * Loads the native library (unpacking 18 MB from the jar, ~0.2 s) if not yet done. The engine calls it on a
     * background thread while it walks the tree; asking {@link #isSource} does not load it.
     */
    public static void preload() {
        NativeLib.load();
    }
    /** Nanoseconds the last {@link #parse} spent in swc4j (building the AST) and in extraction, wall and thread CPU. */
    private long lastParseWall, lastParseCpu, lastExtractWall, lastExtractCpu;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall and CPU nanoseconds of the last parse: {parse wall, parse cpu, extract wall, extract cpu}. */
    @Override
    public long[] lastTimes() {
        return new long[]{lastParseWall, lastParseCpu, lastExtractWall, lastExtractCpu};
    }

    private static long cpu() {
        try {
            return THREADS.getCurrentThreadCpuTime();
        } catch (UnsupportedOperationException e) {
            return 0;
        }
    }

    public static boolean isSource(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".d.ts") || n.endsWith(".d.mts") || n.endsWith(".d.cts") || n.endsWith(".min.js")) return false;
        int dot = n.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(n.substring(dot));
    }

    static Swc4jMediaType mediaType(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".tsx")) return Swc4jMediaType.Tsx;
        if (n.endsWith(".ts")) return Swc4jMediaType.TypeScript;
        if (n.endsWith(".mts")) return Swc4jMediaType.Mts;
        if (n.endsWith(".cts")) return Swc4jMediaType.Cts;
        if (n.endsWith(".jsx")) return Swc4jMediaType.Jsx;
        if (n.endsWith(".mjs")) return Swc4jMediaType.Mjs;
        if (n.endsWith(".cjs")) return Swc4jMediaType.Cjs;
        return Swc4jMediaType.Jsx; // .js: JSX is allowed in plain .js by most toolchains
    }

    /** A parse that failed: message, and the 1-based line/column when the parser named one. */
    public static final class ParseError extends dev.backcheck.lang.ParseError {
        ParseError(String message, int line, int column) {
            this("parse-error", message, line, column);
        }

        ParseError(String id, String message, int line, int column) {
            super(id, message, line, column);
        }
    }

    /** Parses {@code code} (path relative to the scan root) and extracts its facts. */
    @Override
    public FileFacts parse(String path, String code) throws ParseError {
        lastParseWall = lastParseCpu = lastExtractWall = lastExtractCpu = 0;
        long w0 = System.nanoTime(), c0 = cpu();
        Parsed p = swcParse(path, code);
        long w1 = System.nanoTime(), c1 = cpu();
        lastParseWall = w1 - w0;
        lastParseCpu = c1 - c0;
        LineIndex lines = new LineIndex(p.code(), p.chars());
        FileFacts facts = new TsExtractor(path, lines).extract(p.out().getProgram(),
                p.out().getComments() == null ? null : p.out().getComments().getComments());
        lastExtractWall = System.nanoTime() - w1;
        lastExtractCpu = cpu() - c1;
        return facts;
    }

    /** The text swc4j parsed (spreads rewritten), its chars (null when not at hand) and its output. */
    private record Parsed(String code, char[] chars, Swc4jParseOutput out) { }

    /** The nesting guard, the spread rewrite, and swc4j's parse (a .js file that is not JSX-compatible retried as plain JavaScript). */
    private Parsed swcParse(String path, String code) throws ParseError {
        Swc4jMediaType media = mediaType(path);
        char[] chars = code.toCharArray(); // scanned by the guard (and by the line index when no spread is rewritten)
        Readings guard = readings(code, chars, media);
        if (!guard.jsx() && !guard.plain()) {
            int nesting = guard.estimate();
            throw new ParseError("too-deep", "nesting too deep to analyse safely (estimated depth " + nesting + " > " + MAX_NESTING
                    + "); file skipped", 0, 0);
        }
        String rewritten = bigIntSeparatorsOut(spreadsWithoutSpace(code));
        if (rewritten != code) chars = null;
        code = rewritten;
        if (media == Swc4jMediaType.Jsx && !guard.jsx()) {
            // .js/.jsx whose JSX reading is too deep but whose plain reading is not: parsed as plain JavaScript only
            try {
                return parseOnce(path, code, chars, Swc4jMediaType.JavaScript);
            } catch (Exception e) {
                throw error(e);
            }
        }
        try {
            return parseOnce(path, code, chars, media);
        } catch (Exception first) {
            if (media == Swc4jMediaType.Jsx && guard.plain()) {
                // .js that is not JSX-compatible (e.g. `a < b > c` patterns): retry as plain JavaScript
                try {
                    return parseOnce(path, code, chars, Swc4jMediaType.JavaScript);
                } catch (Exception second) {
                    throw error(first);
                }
            }
            throw error(first);
        }
    }

    /**
     * One swc4j parse. swc4j builds a BigInt literal's value with {@code new BigInteger(raw)}, which refuses the radix
     * prefixes ({@code 0x3e8n}, {@code 0o17n}, {@code 0b101n}) and fails the whole file ("Couldn't construct
     * Swc4jAstBigInt"); such a file is parsed once more with those literals written in decimal, same length.
     */
    private Parsed parseOnce(String path, String code, char[] chars, Swc4jMediaType media) throws Exception {
        try {
            return new Parsed(code, chars, swc4j.parse(code, options(media, path)));
        } catch (Exception e) {
            if (e.getMessage() == null || !e.getMessage().contains("Swc4jAstBigInt")) throw e;
            String decimal = bigIntRadixOut(code);
            if (decimal == code) throw e;
            return new Parsed(decimal, null, swc4j.parse(decimal, options(media, path)));
        }
    }

    /**
     * BigInt literals with a radix prefix (0x, 0o, 0b) rewritten in decimal, padded with spaces to the same length so
     * every offset stays; a hex literal whose decimal form is longer becomes {@code 0n} (its value is never asked).
     */
    static String bigIntRadixOut(String code) {
        int n = code.length();
        StringBuilder sb = null;
        int last = 0;
        for (int s = code.indexOf('0'); s >= 0 && s + 2 < n; s = code.indexOf('0', s + 1)) {
            int radix = switch (code.charAt(s + 1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix == 0 || s < last) continue;
            if (s > 0) {
                char before = code.charAt(s - 1);
                if (Character.isLetterOrDigit(before) || before == '_' || before == '$' || before == '.') continue;
            }
            int e = s + 2;
            while (e < n && (Character.digit(code.charAt(e), radix) >= 0 || code.charAt(e) == '_')) e++;
            if (e == s + 2 || e >= n || code.charAt(e) != 'n' || code.charAt(e - 1) == '_') continue;
            if (e + 1 < n && (Character.isLetterOrDigit(code.charAt(e + 1)) || code.charAt(e + 1) == '_' || code.charAt(e + 1) == '$')) continue;
            String digits = new java.math.BigInteger(code.substring(s + 2, e).replace("_", ""), radix).toString();
            int width = e + 1 - s;
            if (digits.length() + 1 > width) digits = "0";
            if (sb == null) sb = new StringBuilder(n);
            sb.append(code, last, s).append(digits).append('n').append(" ".repeat(width - digits.length() - 1));
            last = e + 1;
            s = e;
        }
        return sb == null ? code : sb.append(code, last, n).toString();
    }

    /**
     * The parse floor (benchmarks only): the same guard and parse as {@link #parse}, then one walk over the whole AST,
     * extracting nothing. Returns the number of nodes visited.
     */
    public long parseAndWalk(String path, String code) throws ParseError {
        Swc4jParseOutput out = swcParse(path, code).out();
        long n = 0;
        java.util.ArrayDeque<com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst> todo = new java.util.ArrayDeque<>();
        todo.push(out.getProgram());
        while (!todo.isEmpty()) {
            com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst a = todo.pop();
            n++;
            for (com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst c : a.getChildNodes()) if (c != null) todo.push(c);
        }
        return n;
    }

    /**
     * swc4j 2.0.0 aborts the whole JVM (a Rust panic in span_utils, "Couldn't find end") on a spread in an
     * array or call written with whitespace after the dots ({@code [... prev, ... next]}), so such code is
     * rewritten before it is parsed: the whitespace moves in front of the dots. The text keeps its length
     * and its line breaks, so every position after it stays where it was.
     */
    static String spreadsWithoutSpace(String code) {
        // the matches of the pattern ([\[(,{]\s*)\.\.\.(\s+), found from each "..." instead of trying it at every
        // character (SpreadRewriteTest holds the two equal): a "..." followed by white space whose first non-white
        // character before it (after the previous match) opens a list, a call or an object, or is a comma
        int n = code.length();
        StringBuilder sb = null;
        int last = 0;
        for (int d = code.indexOf("..."); d >= 0; d = code.indexOf("...", d + 1)) {
            int e = d + 3;
            if (e >= n || !regexSpace(code.charAt(e))) continue;
            int p = d - 1;
            while (p >= last && regexSpace(code.charAt(p))) p--;
            if (p < last) continue;
            char c = code.charAt(p);
            if (c != '[' && c != '(' && c != ',' && c != '{') continue;
            while (e < n && regexSpace(code.charAt(e))) e++;
            // "PASSED,FAILED,..." at the end of a // comment: moving the dots past the line break would put them in
            // the code of the next line and break the parse of the whole file; a comment's dots are no spread
            if (breaksLine(code, d + 3, e) && inLineComment(code, d)) continue;
            if (sb == null) sb = new StringBuilder(n);
            sb.append(code, last, d).append(code, d + 3, e).append("...");
            last = e;
            d = e - 1;
        }
        return sb == null ? code : sb.append(code, last, n).toString();
    }

    private static boolean breaksLine(String code, int from, int to) {
        for (int i = from; i < to; i++) if (code.charAt(i) == '\n' || code.charAt(i) == '\r') return true;
        return false;
    }

    /**
     * True when {@code at} is inside a {@code //} comment: a {@code //} before it on its line, outside quotes and
     * outside a block comment opened on that line (a plain scan of the line: quotes are paired by kind, a backslash
     * escapes the next character).
     */
    static boolean inLineComment(String code, int at) {
        int ls = at;
        while (ls > 0 && code.charAt(ls - 1) != '\n' && code.charAt(ls - 1) != '\r') ls--;
        char quote = 0;
        for (int i = ls; i < at; i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '/' && i + 1 < at && code.charAt(i + 1) == '/') {
                return true;
            } else if (c == '/' && i + 1 < at && code.charAt(i + 1) == '*') {
                int close = code.indexOf("*/", i + 2);
                if (close < 0 || close + 2 > at) return false;
                i = close + 1;
            }
        }
        return false;
    }

    /**
     * swc4j 2.0.0 builds a BigInt literal's value with {@code new BigInteger(raw without the n)}, which refuses the
     * numeric separators the language allows ({@code 1_000_000n}): the whole parse fails and the file is lost. Such
     * decimal literals are rewritten without their underscores, padded with spaces after the {@code n}, so the text keeps
     * its length and its line breaks (every position stays where it was) and the value is the same.
     */
    static String bigIntSeparatorsOut(String code) {
        int n = code.length();
        StringBuilder sb = null;
        int last = 0;
        for (int u = code.indexOf('_'); u >= 0; u = code.indexOf('_', u + 1)) {
            // the start of the number the underscore is in: digits and underscores, not part of a name or a hex literal
            int s = u;
            while (s > 0 && (Character.isDigit(code.charAt(s - 1)) || code.charAt(s - 1) == '_')) s--;
            if (s < last || s == u || !Character.isDigit(code.charAt(s))) continue;
            if (s > 0 && (Character.isLetterOrDigit(code.charAt(s - 1)) || code.charAt(s - 1) == '$' || code.charAt(s - 1) == '.')) continue;
            int e = u;
            while (e < n && (Character.isDigit(code.charAt(e)) || code.charAt(e) == '_')) e++;
            if (e >= n || code.charAt(e) != 'n' || code.charAt(e - 1) == '_') continue;
            if (e + 1 < n && (Character.isLetterOrDigit(code.charAt(e + 1)) || code.charAt(e + 1) == '_' || code.charAt(e + 1) == '$')) continue;
            String digits = code.substring(s, e).replace("_", "");
            if (sb == null) sb = new StringBuilder(n);
            sb.append(code, last, s).append(digits).append('n').append(" ".repeat(e - s - digits.length()));
            last = e + 1;
            u = e;
        }
        return sb == null ? code : sb.append(code, last, n).toString();
    }

    /** {@code \s} of a (non-Unicode) regular expression. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The nesting estimate the parser is exposed to: the largest estimate among the readings the file is parsed
     * with, or, when every reading is too deep, the smallest (the figure the refusal names). TypeScript proper
     * is read without JSX, {@code .tsx} with JSX only (swc parses it so; its type parameters {@code <T>() => T}
     * are read as code by the JSX reading too), {@code .js}/{@code .jsx} with JSX and, as a retry, without.
     * Reading JSX text as code inflates the plain estimate of a page-sized JSX file far above the real depth,
     * so a reading that is too deep is only dropped, not allowed to refuse a file another reading can parse.
     */
    public static int nestingEstimate(String code, String fileName) {
        return nestingEstimate(code, mediaType(fileName));
    }

    static int nestingEstimate(String code, Swc4jMediaType media) {
        return readings(code, code.toCharArray(), media).estimate();
    }

    /** Which readings of a file the parser may try (each within {@link #MAX_NESTING}), with their estimates (-1: not read so). */
    private record Readings(int jsxEstimate, int plainEstimate) {
        boolean jsx() {
            return jsxEstimate >= 0 && jsxEstimate <= MAX_NESTING;
        }

        boolean plain() {
            return plainEstimate >= 0 && plainEstimate <= MAX_NESTING;
        }

        int estimate() {
            if (jsx() || plain()) return Math.max(jsx() ? jsxEstimate : 0, plain() ? plainEstimate : 0);
            if (jsxEstimate < 0) return plainEstimate;
            if (plainEstimate < 0) return jsxEstimate;
            return Math.min(jsxEstimate, plainEstimate);
        }
    }

    private static Readings readings(String code, char[] chars, Swc4jMediaType media) {
        if (media == Swc4jMediaType.TypeScript || media == Swc4jMediaType.Mts || media == Swc4jMediaType.Cts) {
            return new Readings(-1, NestingGuard.estimate(code, chars, false));
        }
        int jsx = NestingGuard.estimate(code, chars, true);
        if (media == Swc4jMediaType.Tsx) return new Readings(jsx, -1);
        return new Readings(jsx, NestingGuard.estimate(code, chars, false));
    }

    private static Swc4jParseOptions options(Swc4jMediaType media, String path) {
        Swc4jParseOptions o = new Swc4jParseOptions()
                .setMediaType(media)
                .setCaptureAst(true)
                .setCaptureComments(true);
        o.setParseMode(Swc4jParseMode.Program); // module or script, decided by the parser from the content
        return o;
    }

    private static ParseError error(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = LOCATION.matcher(msg);
        int line = 0, col = 0;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            col = Integer.parseInt(m.group(2));
        }
        String first = msg.lines().findFirst().orElse(msg).replaceAll("\\s*at file:///\\S*$", "").trim();
        return new ParseError("syntax error: " + first, line, col);
    }
}
