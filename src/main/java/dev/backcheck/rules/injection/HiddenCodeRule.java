package dev.backcheck.rules.injection;

import dev.backcheck.concepts.SourceLines;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code hidden past the visible end of a line: a statement ends, a run of at least {@link #MIN_RUN} blanks follows, and
 * more code starts after it on the same line. Editors, diffs and review tools show the line as ending at the first
 * statement; the rest runs whenever the file is loaded. The shape of payloads appended to repositories' router and
 * config files (an obfuscated loader after {@code export default router;} and hundreds of spaces). One finding per file,
 * at the first hidden statement, naming what the hidden text does that a loader does (eval, child_process, require, ...).
 */
@RuleId("injection/hidden-code")
public final class HiddenCodeRule implements Rule {
    /** Blanks between the visible code and the hidden code (a wide editor window shows ~200 columns). */
    static final int MIN_RUN = 120;
    /** The hidden text must be a statement of some length, not a stray word. */
    static final int MIN_HIDDEN = 30;
    private static final String NEEDLE = " ".repeat(32);

    /** What the hidden text does that a loader does: run code, start processes, reach the network, hide names. */
    private static final Pattern SIGNS = Pattern.compile("\\beval\\s*\\(|\\bnew\\s+Function\\b|\\bFunction\\s*\\(|child_process|\\bspawn\\b"
            + "|\\bexecSync\\b|\\brequire\\s*\\(|\\bglobal\\s*\\[|\\bglobalThis\\b|\\b_0x[0-9a-f]{4,}|fromCharCode|\\batob\\s*\\(|Buffer\\.from"
            + "|https?:|\\bfetch\\s*\\(|\\bprocess\\.env\\b");

    @Override
    public void check(Project project, RuleContext ctx) {
        for (FileFacts f : project.files().values()) {
            String text = SourceLines.text(project, f.path(), 16_000_000);
            if (text == null || spaces(text, 0) < 0) continue;
            Hidden h = find(text);
            if (h == null) continue;
            String signs = h.signs().isEmpty() ? "" : " (it uses " + String.join(", ", h.signs()) + ")";
            ctx.report(Location.at(f.path(), h.line(), h.column()),
                    h.length() + " characters of code are hidden on line " + h.line() + ": after `" + h.visibleEnd() + "` a run of "
                            + h.blanks() + " blanks pushes them to column " + h.column() + signs + ". Editors, diffs and code review show the"
                            + " line as ending there, but the hidden code runs whenever the file is loaded: the shape of payloads slipped"
                            + " into repositories.")
                    .fix(ctx.meta().fixText("default"))
                    .property("hiddenLength", String.valueOf(h.length()))
                    .add();
        }
    }

    /** The first hidden statement of a file: its line and column (1-based), the blanks before it, its length and signs. */
    record Hidden(int line, int column, int blanks, int length, String visibleEnd, List<String> signs) { }

    static Hidden find(String text) {
        int n = text.length();
        for (int at = spaces(text, 0); at >= 0; ) {
            int s = at, e = at;
            while (s > 0 && blank(text.charAt(s - 1))) s--;
            while (e < n && blank(text.charAt(e))) e++;
            Hidden h = e - s >= MIN_RUN ? at(text, s, e) : null;
            if (h != null) return h;
            at = spaces(text, e);
        }
        return null;
    }

    /**
     * {@code text.indexOf(NEEDLE, from)} (the first run of 32 spaces starting at or after {@code from}, or -1), found by
     * reading every 32nd character: any 32 spaces in a row hold one of them. Where one is a space, the run of spaces
     * around it (not before {@code from}) is measured; the first run of 32 or more starts the answer. The scan over every
     * source of a tree was {@code indexOf}'s character-by-character loop (C1 compiles no vectorised form of it).
     */
    static int spaces(String text, int from) {
        int w = NEEDLE.length(), n = text.length();
        if (from < 0) from = 0;
        for (int i = from + w - 1; i < n; i += w) {
            if (text.charAt(i) != ' ') continue;
            int s = i;
            while (s > from && text.charAt(s - 1) == ' ') s--;
            int e = i + 1;
            while (e < n && text.charAt(e) == ' ') e++;
            if (e - s >= w) return s;
            i = e - 1; // (no run of w spaces starts before e: the next read is e - 1 + w)
        }
        return -1;
    }

    private static Hidden at(String text, int s, int e) {
        int n = text.length();
        if (e >= n || text.charAt(e) == '\n' || text.charAt(e) == '\r') return null;
        int lineStart = text.lastIndexOf('\n', s - 1) + 1;
        String before = text.substring(lineStart, s).strip();
        // visible code that ends a statement or a block before the run: `export default router;`, `module.exports = {..}`
        if (before.isEmpty() || before.startsWith("//") || before.startsWith("*") || before.startsWith("/*")) return null;
        char last = before.charAt(before.length() - 1);
        if (last != ';' && last != '}' && last != ')') return null;
        int lineEnd = text.indexOf('\n', e);
        if (lineEnd < 0) lineEnd = n;
        String hidden = text.substring(e, lineEnd).stripTrailing();
        if (hidden.length() < MIN_HIDDEN || hidden.startsWith("//") || hidden.startsWith("/*")) return null;
        char c = hidden.charAt(0);
        if (!(Character.isLetter(c) || c == '_' || c == '$' || c == '(' || c == '[' || c == '!' || c == ';' || c == '+' || c == '-' || c == '~')) return null;
        List<String> signs = new ArrayList<>();
        Matcher m = SIGNS.matcher(hidden);
        while (m.find() && signs.size() < 6) {
            String g = m.group().replaceAll("\\s*\\($", "").replaceAll("\\s+", " ");
            if (g.startsWith("_0x")) g = "obfuscated _0x names";
            if (!signs.contains(g)) signs.add(g);
        }
        int line = SourceLines.lineOf(text, s);
        String shown = before.length() > 40 ? "..." + before.substring(before.length() - 40) : before;
        return new Hidden(line, e - lineStart + 1, e - s, hidden.length(), shown, signs);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }
}
