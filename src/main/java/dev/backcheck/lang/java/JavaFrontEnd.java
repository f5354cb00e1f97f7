package dev.backcheck.lang.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.backcheck.lang.FrontEnd;
import dev.backcheck.lang.ParseError;
import dev.backcheck.lang.facts.FileFacts;

import java.util.Locale;

/**
 * The Java front end: javaparser-core (parser and AST only; no symbol solver, see {@link JavaExtractor} for how
 * receiver types are found without one) at the newest language level it knows (Java 26: records, text blocks,
 * switch expressions, patterns), retried at Java 8 for old code that uses names later versions reserved
 * ({@code _}). A file that does not parse, or that nests deeper than {@link #MAX_NESTING}, becomes a
 * notification ({@code parse-error}, {@code too-deep}), as for TypeScript.
 */
public final class JavaFrontEnd implements FrontEnd {
    /** Nesting estimate (brackets, braces, parentheses) above which a file is skipped. */
    public static final int MAX_NESTING = 1_000;
    private long parseWall, parseCpu, extractWall, extractCpu;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static boolean isSource(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".java") && !fileName.equals("module-info.java")
                && !fileName.equals("package-info.java");
    }

    @Override
    public String language() {
        return "java";
    }

    @Override
    public long[] lastTimes() {
        return new long[]{parseWall, parseCpu, extractWall, extractCpu};
    }

    private static long cpu() {
        try {
            return THREADS.getCurrentThreadCpuTime();
        } catch (UnsupportedOperationException e) {
            return 0;
        }
    }

    private static JavaParser parser(ParserConfiguration.LanguageLevel level) {
        ParserConfiguration c = new ParserConfiguration().setLanguageLevel(level).setAttributeComments(true)
                .setLexicalPreservationEnabled(false);
        return new JavaParser(c);
    }

    private final JavaParser current = parser(ParserConfiguration.LanguageLevel.JAVA_26);
    private JavaParser legacy;

    @Override
    public FileFacts parse(String path, String code) throws ParseError {
        parseWall = parseCpu = extractWall = extractCpu = 0;
        int depth = nesting(code);
        if (depth > MAX_NESTING) {
            throw new ParseError("too-deep", "nesting too deep to analyse safely (estimated depth " + depth + " > " + MAX_NESTING
                    + "); file skipped", 0, 0);
        }
        long w0 = System.nanoTime(), c0 = cpu();
        ParseResult<CompilationUnit> r = current.parse(code);
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            if (legacy == null) legacy = parser(ParserConfiguration.LanguageLevel.JAVA_8);
            ParseResult<CompilationUnit> old = legacy.parse(code);
            if (old.isSuccessful() && old.getResult().isPresent()) r = old;
        }
        long w1 = System.nanoTime(), c1 = cpu();
        parseWall = w1 - w0;
        parseCpu = c1 - c0;
        if (!r.isSuccessful() || r.getResult().isEmpty()) throw error(r);
        FileFacts facts = new JavaExtractor(path, code).extract(r.getResult().get());
        extractWall = System.nanoTime() - w1;
        extractCpu = cpu() - c1;
        return facts;
    }

    private static ParseError error(ParseResult<CompilationUnit> r) {
        if (r.getProblems().isEmpty()) return new ParseError("parse-error", "syntax error", 0, 0);
        Problem p = r.getProblems().get(0);
        int line = 0, col = 0;
        if (p.getLocation().isPresent() && p.getLocation().get().getBegin().getRange().isPresent()) {
            var b = p.getLocation().get().getBegin().getRange().get().begin;
            line = b.line;
            col = b.column;
        }
        String msg = p.getMessage().lines().findFirst().orElse("syntax error").trim();
        if (msg.length() > 200) msg = msg.substring(0, 200) + "...";
        return new ParseError("parse-error", "syntax error: " + msg, line, col);
    }

    /** The deepest nesting of (), [], {} outside strings and comments: a cheap bound on the parser's recursion. */
    static int nesting(String code) {
        int depth = 0, max = 0;
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                while (i < n && code.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '"' || c == '\'') {
                if (c == '"' && code.startsWith("\"\"\"", i)) {
                    int end = code.indexOf("\"\"\"", i + 3);
                    i = end < 0 ? n : end + 2;
                    continue;
                }
                for (i++; i < n && code.charAt(i) != c && code.charAt(i) != '\n'; i++) if (code.charAt(i) == '\\') i++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > max) max = depth;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth > 0) depth--;
            }
        }
        return max;
    }
}
