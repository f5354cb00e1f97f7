package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;

import java.util.List;

/**
 * What the source says about a loop beyond its kind and span (the facts' {@code Fn.Loop}): whether the statements after
 * a call in it leave the loop ({@link #endsAfter}: a search returning on its match, a retry or failover loop returning on
 * the first success, so the call runs once per request, not once per item), and whether a counted loop steps through its
 * items in chunks ({@link #chunkLoop}). Read from the text, outside strings and line comments.
 */
public final class Loops {
    private Loops() { }

    /**
     * True when the statements that follow the call at {@code at} inside {@code loop} (the loop's innermost one around it)
     * reach a {@code return}, {@code break} or {@code throw} of their own block (not one inside a nested block or
     * callback) before any {@code continue}: its block, and each block around it up to the loop's body once that block
     * is done (a query in an {@code if} of a retry loop's {@code try}, the try ending in {@code return}). Once the call has
     * run, the loop is over: it runs at most once per request (a search that returns on its match, a retry or failover
     * loop that returns on the first success).
     */
    public static boolean endsAfter(Project project, Location loop, Location at) {
        if (at == null || loop == null || !at.path().equals(loop.path())) return false;
        String src = SourceLines.text(project, at.path(), 2_000_000);
        if (src == null) return false;
        int from = offset(src, at.endLine(), at.endColumn());
        int loopEnd = offset(src, loop.endLine(), loop.endColumn());
        if (from < 0 || loopEnd < from) return false;
        int depth = 0;
        for (int i = from; i < Math.min(loopEnd, src.length()); i++) {
            int skip = skipped(src, i);
            if (skip < 0) return false;
            if (skip != i) {
                i = skip;
                continue;
            }
            char ch = src.charAt(i);
            if (ch == '{' || ch == '(' || ch == '[') depth++;
            else if (ch == '}' || ch == ')' || ch == ']') {
                depth--;
                // the end of the call's block (or of a block around it): the statements after it in the enclosing block
                // run next; the rest of the call's own statement (await x.save(..))) likewise
                if (depth < 0) depth = 0;
            } else if (Character.isLetter(ch) && (i == 0 || !Character.isLetterOrDigit(src.charAt(i - 1)) && src.charAt(i - 1) != '.')) {
                // if (!row) continue; .. break: the loop goes on for the items that miss
                if (word(src, i, "continue")) return false;
                // a statement of its own (after ; { or }), not the body of a brace-less if/else: if (done) return
                if (depth == 0 && (word(src, i, "return") || word(src, i, "break") || word(src, i, "throw")) && statementStart(src, i)) {
                    // switch (kind) { case 'a': await count(..); break; }: that break leaves the switch, the loop goes on
                    return !word(src, i, "break") || !inSwitch(src, offset(src, loop.line(), loop.column()), offset(src, at.line(), at.column()));
                }
            }
        }
        return false;
    }

    /**
     * Where a scan of the source goes on from {@code i}: at the opening quote of a string or template literal, its closing
     * quote; at the start of a line comment, the end of its line (-1 when the comment ends the text); else {@code i}
     * itself. {@link #endsLoopAfter} and {@link #inSwitch} read braces and words only outside both.
     */
    private static int skipped(String src, int i) {
        char ch = src.charAt(i);
        if (ch == '/' && i + 1 < src.length() && src.charAt(i + 1) == '/') return src.indexOf('\n', i);
        if (ch == '\'' || ch == '"' || ch == '`') {
            int end = i + 1;
            while (end < src.length() && src.charAt(end) != ch) end += src.charAt(end) == '\\' ? 2 : 1;
            return end;
        }
        return i;
    }

    /**
     * True when the text from {@code from} (the loop) to {@code to} (the query) leaves a {@code switch} block open: the
     * query sits in a case of a switch inside the loop. Read from the braces and the header before each.
     */
    private static boolean inSwitch(String src, int from, int to) {
        if (from < 0 || to < from) return false;
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        int head = from;
        for (int i = from; i < Math.min(to, src.length()); i++) {
            int skip = skipped(src, i);
            if (skip < 0) break;
            if (skip != i) {
                i = skip;
                continue;
            }
            char ch = src.charAt(i);
            if (ch == '{') {
                open.push(src.substring(head, i).strip().startsWith("switch"));
                head = i + 1;
            } else if (ch == '}') {
                if (!open.isEmpty()) open.pop();
                head = i + 1;
            } else if (ch == ';') {
                head = i + 1;
            }
        }
        return open.contains(Boolean.TRUE);
    }

    private static boolean word(String src, int i, String w) {
        return src.startsWith(w, i) && (i + w.length() >= src.length() || !Character.isLetterOrDigit(src.charAt(i + w.length())));
    }

    /** The previous character that is no space and outside a line comment is ; { or }. */
    private static boolean statementStart(String src, int i) {
        int lineStart = src.lastIndexOf('\n', i - 1) + 1;
        for (int j = i - 1; j >= 0; j--) {
            char c = src.charAt(j);
            if (Character.isWhitespace(c)) {
                if (c == '\n') lineStart = src.lastIndexOf('\n', j - 1) + 1;
                continue;
            }
            // the end of a // comment line: look before the comment
            int slash = src.indexOf("//", lineStart);
            if (slash >= 0 && slash < j && src.lastIndexOf('\n', j) < slash) {
                j = slash;
                continue;
            }
            return c == ';' || c == '{' || c == '}';
        }
        return true;
    }

    private static int offset(String src, int line, int column) {
        return SourceLines.offset(src, line, column);
    }


    /** A counted for whose step adds a named constant or a number of at least 10: {@code i += BATCH_SIZE}. */
    public static boolean chunkLoop(Project project, Location loop) {
        List<String> lines = SourceLines.read(project, loop.path());
        if (lines == null || loop.line() < 1 || loop.line() > lines.size()) return false;
        String head = lines.get(loop.line() - 1);
        head = head.substring(Math.min(head.length(), Math.max(0, loop.column() - 1)));
        return CHUNK_STEP.matcher(head).find();
    }

    private static final java.util.regex.Pattern CHUNK_STEP = java.util.regex.Pattern.compile(
            "^for\\s*\\([^;]*;[^;]*;\\s*[A-Za-z_$][\\w$]*\\s*\\+=\\s*(?:[A-Z][A-Z0-9_]*|\\d{2,}|[a-z][A-Za-z0-9]*(?:Size|SIZE|chunk|Chunk))\\s*\\)");
}
