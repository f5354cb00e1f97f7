package dev.backcheck.engine;

import dev.backcheck.config.ConfigLoader;
import dev.backcheck.findings.Finding;
import dev.backcheck.lang.facts.FileFacts;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions.
 * <ul>
 *   <li>{@code // backcheck-ignore <rule-id>[, <rule-id>] -- reason} on its own line covers the next
 *   line that is not a comment and, when a statement starts there, every line of that statement
 *   (so a formatter splitting the call over several lines does not break it);</li>
 *   <li>the same comment after code covers its line and the statement(s) starting or ending on it;</li>
 *   <li>{@code // backcheck-ignore-file <rule-id> -- reason} before the first line of code covers the file.</li>
 * </ul>
 * Block comments, JSX comments ({@code {/* ... *}/}), markdown comments ({@code <!-- ... -->}) and
 * {@code #} comments in other text files work the same. What a directive matched is recorded, so
 * the ones that matched nothing can be reported ({@code meta/unused-suppression}).
 */
public final class Suppressions {
    public static final String UNUSED_RULE = "meta/unused-suppression";
    static final String KIND_IN_SOURCE = "inSource";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ONE_ID = Pattern.compile("^[\\s,]*(" + ID.pattern() + ")(?=[\\s,]|$)");
    private static final Pattern KEYWORD = Pattern.compile("^(backcheck-ignore[a-z-]*)(?::|(?=\\s)|$)");

    /**
     * One suppression comment.
     *
     * @param line      first line of the comment
     * @param column    1-based UTF-16 column where the comment starts
     * @param endColumn exclusive end column on {@code line}
     * @param from      first line it covers
     * @param to        last line it covers
     * @param problem   why it cannot apply (misplaced, unknown directive, no id), or null
     */
    public record Directive(String path, int line, int column, int endColumn, boolean fileLevel, List<String> ids,
                            String reason, int from, int to, String problem) {
        boolean covers(int l) {
            return problem == null && l >= from && l <= to;
        }
    }

    /** A directive, or one rule id of it, that matched nothing. */
    public record Unused(Directive directive, String ruleId, String problem) { }

    private record Raw(int line, int endLine, int column, int endColumn, String text, boolean ownLine) { }

    private final Map<String, List<Directive>> byFile = new TreeMap<>();
    private final Set<String> used = new HashSet<>();

    private Suppressions() { }

    /**
     * Reads the directives of every file: source files through their comments and statement spans,
     * other text files (markdown, .env, ...) through their comment syntax.
     */
    public static Suppressions collect(Map<String, FileFacts> facts, Map<String, String> sourceTexts, Map<String, String> otherTexts) {
        Suppressions s = new Suppressions();
        for (Map.Entry<String, FileFacts> e : facts.entrySet()) {
            String text = sourceTexts.get(e.getKey());
            if (text == null || !text.contains("backcheck-ignore")) continue;
            s.addSource(e.getKey(), e.getValue(), text);
        }
        for (Map.Entry<String, String> e : otherTexts.entrySet()) {
            if (facts.containsKey(e.getKey()) || !e.getValue().contains("backcheck-ignore")) continue;
            s.addText(e.getKey(), e.getValue());
        }
        return s;
    }

    public List<Directive> directives(String path) {
        return byFile.getOrDefault(path, List.of());
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    /** The finding, suppressed when a directive of its file covers its line and names its rule. */
    public Finding apply(Finding f) {
        if (f.suppressed()) return f;
        List<Directive> ds = byFile.get(f.location().path());
        if (ds == null) return f;
        Directive hit = null;
        for (Directive d : ds) { // line directives before file directives: the more specific one is used
            if (!d.fileLevel() && d.ids().contains(f.ruleId()) && d.covers(f.location().line())) {
                hit = d;
                break;
            }
        }
        if (hit == null) {
            for (Directive d : ds) {
                if (d.fileLevel() && d.ids().contains(f.ruleId()) && d.covers(f.location().line())) {
                    hit = d;
                    break;
                }
            }
        }
        if (hit == null) return f;
        used.add(key(hit, f.ruleId()));
        return f.withSuppression(new Finding.Suppression(KIND_IN_SOURCE, hit.reason() == null ? "" : hit.reason()));
    }

    /**
     * Directives (or ids of them) that matched nothing: every problem directive, every unknown id,
     * and every id of a rule in {@code ran} that suppressed no finding. Ids of rules that did not run
     * (turned off, or not selected) are not reported.
     */
    public List<Unused> unused(Set<String> ran, Collection<String> known) {
        List<Unused> out = new ArrayList<>();
        for (List<Directive> ds : byFile.values()) {
            for (Directive d : ds) {
                if (d.problem() != null) {
                    out.add(new Unused(d, null, d.problem()));
                    continue;
                }
                for (String id : d.ids()) {
                    if (!known.contains(id)) {
                        out.add(new Unused(d, id, "unknown rule id '" + id + "'" + ConfigLoader.suggest(id, known)));
                    } else if (ran.contains(id) && !id.equals(UNUSED_RULE) && !used.contains(key(d, id))) {
                        out.add(new Unused(d, id, "no " + id + " finding " + (d.fileLevel() ? "in this file" : "on the lines it covers")
                                + " to suppress"));
                    }
                }
            }
        }
        return out;
    }

    private static String key(Directive d, String id) {
        return d.path() + ":" + d.line() + ":" + d.column() + " " + id;
    }

    // ------------------------------------------------------------------ source files

    private void addSource(String path, FileFacts ff, String text) {
        String[] lines = lines(text);
        List<Raw> raws = new ArrayList<>();
        for (FileFacts.Comment c : ff.comments()) raws.add(locate(c, lines));
        Set<Integer> commentOnly = new HashSet<>();
        for (Raw r : raws) {
            if (!r.ownLine()) continue;
            for (int l = r.line(); l < r.endLine(); l++) commentOnly.add(l);
            String last = line(lines, r.endLine()).strip();
            if (r.line() == r.endLine() && r.endColumn() > line(lines, r.line()).length()
                    || last.endsWith("*/") || last.endsWith("*/}") || last.endsWith("*/ }")) {
                commentOnly.add(r.endLine());
            }
        }
        int firstCode = firstCodeLine(lines, commentOnly);
        List<Directive> out = new ArrayList<>();
        for (Raw r : raws) {
            Directive d = directive(path, r, commentOnly, firstCode, ff.statements());
            if (d != null) out.add(d);
        }
        if (!out.isEmpty()) byFile.put(path, List.copyOf(out));
    }

    /** Finds where a comment is on its line: its column, its end, and whether code precedes it. */
    private static Raw locate(FileFacts.Comment c, String[] lines) {
        String s = line(lines, c.line());
        String first = c.text().lines().findFirst().orElse("");
        int idx = -1;
        int end;
        if (c.line() == c.endLine() && s.endsWith("//" + c.text())) {
            idx = s.length() - c.text().length() - 2;
            end = s.length() + 1;
        } else {
            idx = s.indexOf("/*" + first);
            if (idx < 0 && first.isEmpty()) idx = s.indexOf("/*");
            end = c.line() == c.endLine() && idx >= 0 ? Math.min(s.length(), idx + 2 + c.text().length() + 2) + 1 : s.length() + 1;
        }
        boolean own;
        if (idx >= 0) {
            String prefix = s.substring(0, idx).strip();
            own = prefix.isEmpty() || prefix.equals("{");
        } else {
            String t = s.strip();
            own = t.startsWith("//") || t.startsWith("/*") || t.startsWith("{/*");
            idx = s.length() - s.stripLeading().length();
        }
        return new Raw(c.line(), c.endLine(), idx + 1, Math.max(idx + 2, end), c.text(), own);
    }

    // ------------------------------------------------------------------ other text files

    private void addText(String path, String text) {
        String lower = path.toLowerCase(Locale.ROOT);
        boolean md = lower.endsWith(".md") || lower.endsWith(".markdown");
        String[] lines = lines(text);
        List<Raw> raws = new ArrayList<>();
        Set<Integer> commentOnly = new HashSet<>();
        if (md) {
            int[] starts = lineStarts(text);
            int from = 0;
            while (true) {
                int a = text.indexOf("<!--", from);
                if (a < 0) break;
                int b = text.indexOf("-->", a + 4);
                int stop = b < 0 ? text.length() : b;
                int l1 = lineOf(starts, a), l2 = lineOf(starts, Math.max(a, stop - 1));
                int col = a - starts[l1 - 1];
                String s = line(lines, l1);
                boolean own = s.substring(0, Math.min(col, s.length())).isBlank();
                int endCol = l1 == l2 ? Math.min(s.length(), col + (stop + 3 - a)) + 1 : s.length() + 1;
                raws.add(new Raw(l1, l2, col + 1, endCol, text.substring(a + 4, stop), own));
                if (own) {
                    for (int l = l1; l < l2; l++) commentOnly.add(l);
                    int endLineStart = starts[l2 - 1];
                    String after = b < 0 ? "" : line(lines, l2).substring(Math.min(line(lines, l2).length(), b + 3 - endLineStart));
                    if (after.isBlank()) commentOnly.add(l2);
                }
                from = b < 0 ? text.length() : b + 3;
            }
        } else {
            for (int i = 0; i < lines.length; i++) {
                String t = lines[i].strip();
                String body = t.startsWith("#") && !t.startsWith("#!") ? t.substring(1) : t.startsWith("//") ? t.substring(2)
                        : t.startsWith("--") ? t.substring(2) : null;
                if (body == null) continue;
                int col = lines[i].length() - lines[i].stripLeading().length();
                raws.add(new Raw(i + 1, i + 1, col + 1, lines[i].length() + 1, body, true));
                commentOnly.add(i + 1);
            }
        }
        int firstCode = firstCodeLine(lines, commentOnly);
        List<Directive> out = new ArrayList<>();
        for (Raw r : raws) {
            Directive d = directive(path, r, commentOnly, firstCode, List.of());
            if (d != null) out.add(d);
        }
        if (!out.isEmpty()) byFile.put(path, List.copyOf(out));
    }

    // ------------------------------------------------------------------ parsing a directive

    private static Directive directive(String path, Raw r, Set<Integer> commentOnly, int firstCode, List<FileFacts.Span> spans) {
        String t = normalize(r.text());
        Matcher k = KEYWORD.matcher(t);
        if (!k.find()) return null;
        String keyword = k.group(1);
        String rest = t.substring(k.end()).strip();
        boolean fileLevel = keyword.equals("backcheck-ignore-file");
        String problem = null;
        if (!fileLevel && !keyword.equals("backcheck-ignore")) {
            problem = "unknown directive '" + keyword + "'" + ConfigLoader.suggest(keyword, List.of("backcheck-ignore", "backcheck-ignore-file"))
                    + "; write 'backcheck-ignore <rule-id> -- reason' before the statement or 'backcheck-ignore-file <rule-id> -- reason' at the top";
        }
        // ids: leading tokens that look like rule ids; then "-- reason" (or, leniently, any remaining text)
        List<String> ids = new ArrayList<>();
        String reason = null;
        String tail = rest;
        for (Matcher m = ONE_ID.matcher(tail); m.find(); m = ONE_ID.matcher(tail)) {
            if (!ids.contains(m.group(1))) ids.add(m.group(1));
            tail = tail.substring(m.end());
        }
        tail = tail.strip();
        if (tail.startsWith(",")) tail = tail.substring(1).strip();
        if (tail.startsWith("--")) tail = tail.substring(2);
        tail = tail.strip();
        if (!tail.isEmpty()) reason = tail;
        if (problem == null && ids.isEmpty()) {
            problem = "it names no rule id; write '" + keyword + " <rule-id>[, <rule-id>] -- reason'";
        }
        int from, to;
        if (fileLevel) {
            from = 1;
            to = Integer.MAX_VALUE;
            if (problem == null && firstCode > 0 && firstCode < r.line()) {
                problem = "backcheck-ignore-file must come before the first line of code (line " + firstCode + ")";
            }
        } else if (r.ownLine()) {
            int target = r.endLine() + 1;
            while (commentOnly.contains(target)) target++;
            from = target;
            to = target;
            for (FileFacts.Span s : spans) if (s.line() == target) to = Math.max(to, s.endLine());
        } else {
            from = r.line();
            to = r.line();
            for (FileFacts.Span s : spans) {
                if (s.line() == r.line()) to = Math.max(to, s.endLine());
                if (s.endLine() == r.line()) from = Math.min(from, s.line());
            }
        }
        return new Directive(path, r.line(), r.column(), r.endColumn(), fileLevel, List.copyOf(ids), reason, from, to, problem);
    }

    /** Joins a comment's lines, dropping the leading '*' of block-comment continuation lines. */
    private static String normalize(String text) {
        StringBuilder sb = new StringBuilder();
        for (String l : text.split("\r?\n|\r")) {
            String s = l.strip();
            while (s.startsWith("*")) s = s.substring(1).strip();
            if (s.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
        }
        String s = sb.toString().strip();
        if (s.endsWith("*")) s = s.replaceAll("\\*+$", "").strip();
        return s;
    }

    // ------------------------------------------------------------------ text helpers

    /** First line holding code: not blank, not only comments, not a shebang or a directive prologue. */
    private static int firstCodeLine(String[] lines, Set<Integer> commentOnly) {
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || commentOnly.contains(i + 1)) continue;
            if (i == 0 && t.startsWith("#!")) continue;
            if (t.matches("^(['\"])use [a-z ]+\\1;?$")) continue;
            return i + 1;
        }
        return 0;
    }

    static String[] lines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    private static String line(String[] lines, int l) {
        return l >= 1 && l <= lines.length ? lines[l - 1] : "";
    }

    private static int[] lineStarts(String text) {
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) s.add(i + 1);
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
