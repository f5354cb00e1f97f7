package dev.backcheck.report;

import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Notification;
import dev.backcheck.rules.RuleMeta;

import java.util.*;

/**
 * Human-readable report: header with the stack; findings sorted by file, each as one clickable line
 * {@code path:line:col  level  rule-id  message} followed by the source line with a caret, the fix,
 * the flow ({@code flow: path:line:col step → ... → path:line:col sink}, when the rule traced one) and
 * related locations; notifications; a summary by checklist key with the keys no enabled rule
 * checks, and the number of routes found and of registrations not followed. Colour only when asked
 * for (a terminal, and NO_COLOR unset: decided by the caller).
 */
public final class TextReport {
    private final boolean color;

    public TextReport(boolean color) {
        this.color = color;
    }

    private String c(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private String level(Level l) {
        return switch (l) {
            case ERROR -> c("1;31", "error");
            case WARNING -> c("33", "warning");
            case NOTE -> c("36", "note");
        };
    }

    public String render(ScanResult r, SourceText src) {
        StringBuilder sb = new StringBuilder();
        sb.append(c("1", "backcheck")).append(' ').append(dev.backcheck.Version.VERSION).append(" · ")
                .append(r.filesAnalyzed()).append(" files, ").append(r.linesAnalyzed()).append(" lines\n");
        sb.append("stack: ").append(r.project().stack().summary()).append('\n');
        if (!r.project().applications().isEmpty()) {
            sb.append("apps: ");
            StringJoiner j = new StringJoiner(", ");
            r.project().applications().forEach(a -> j.add(a.frameworkName() + " at " + a.location().path() + ":"
                    + a.location().line() + " (" + a.routes().size() + " routes)"));
            sb.append(j).append('\n');
        }
        sb.append('\n');

        Map<String, RuleMeta> metas = new HashMap<>();
        r.rules().forEach(m -> metas.put(m.id(), m));
        Map<String, List<Finding>> byFile = new TreeMap<>();
        int suppressed = 0;
        List<Finding> noReason = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.suppressed()) {
                suppressed++;
                if (f.suppression().justification() == null || f.suppression().justification().isBlank()) noReason.add(f);
                continue;
            }
            if (f.unchanged()) continue; // in the baseline: counted below, not listed
            byFile.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            for (Finding f : e.getValue()) finding(sb, f, src);
        }
        if (!r.notifications().isEmpty()) {
            sb.append(c("1", "notifications")).append('\n');
            // a kind met on hundreds of files (the scripts of saved web pages, skipped as minified) would bury the rest:
            // the first five of a kind met more than eight times are listed, the JSON and SARIF outputs keep them all
            Map<String, Integer> perId = new TreeMap<>();
            for (Notification n : r.notifications()) perId.merge(n.id(), 1, Integer::sum);
            Map<String, Integer> shown = new TreeMap<>();
            for (Notification n : r.notifications()) {
                int seen = shown.merge(n.id(), 1, Integer::sum);
                if (perId.get(n.id()) <= 8 || seen <= 5) sb.append("  ").append(n).append('\n');
            }
            for (Map.Entry<String, Integer> e : perId.entrySet()) {
                if (e.getValue() > 8) sb.append("  ... and ").append(e.getValue() - 5).append(" more [").append(e.getKey())
                        .append("] notifications (the json and sarif formats list every one)\n");
            }
            sb.append('\n');
        }
        // summary by checklist key
        Map<String, int[]> byKey = new TreeMap<>();
        for (Finding f : r.active()) {
            RuleMeta m = metas.get(f.ruleId());
            String key = m == null ? "other" : m.checklist();
            int[] counts = byKey.computeIfAbsent(key, k -> new int[3]);
            counts[f.level().ordinal()]++;
        }
        sb.append(c("1", "summary by checklist key")).append('\n');
        if (byKey.isEmpty()) sb.append("  no findings\n");
        for (Map.Entry<String, int[]> e : byKey.entrySet()) {
            int[] n = e.getValue();
            sb.append(String.format("  %-24s %3d error  %3d warning  %3d note%n", e.getKey(), n[0], n[1], n[2]));
        }
        String notChecked = String.join(", ", notChecked(r));
        if (!notChecked.isEmpty()) sb.append("  not checked: ").append(notChecked).append(" (no enabled rule checks these keys)\n");
        int routes = 0;
        for (var a : r.project().applications()) routes += a.routes().size();
        long unfollowed = r.project().notModelled().stream().filter(dev.backcheck.model.Project.NotModelled::registration).count();
        sb.append("routes: ").append(routes).append(" found, ").append(unfollowed)
                .append(unfollowed == 1 ? " registration not followed\n" : " registrations not followed\n");
        long errors = r.active().stream().filter(f -> f.level() == Level.ERROR).count();
        long warnings = r.active().stream().filter(f -> f.level() == Level.WARNING).count();
        long notes = r.active().stream().filter(f -> f.level() == Level.NOTE).count();
        sb.append('\n').append(r.active().size()).append(" findings (").append(errors).append(" errors, ").append(warnings)
                .append(" warnings, ").append(notes).append(" notes)");
        if (suppressed > 0) sb.append(", ").append(suppressed).append(" suppressed");
        sb.append(", ").append(r.notifications().size()).append(" notifications\n");
        for (Finding f : noReason) {
            sb.append("suppressed without a reason: ").append(f.location().path()).append(':').append(f.location().line())
                    .append(' ').append(f.ruleId()).append('\n');
        }
        if (r.baseline() != null) {
            var b = r.baseline();
            sb.append("baseline ").append(b.file()).append(": ").append(b.newCount()).append(" new, ").append(b.unchanged())
                    .append(" unchanged (not listed), ").append(b.absent().size()).append(" absent\n");
            for (var a : b.absent()) {
                sb.append("  absent: ").append(a.path()).append(':').append(a.line()).append(' ').append(a.ruleId()).append('\n');
            }
            if (b.ignored() > 0) sb.append("  ").append(b.ignored()).append(" baseline results carry no backcheck fingerprint and were not compared\n");
        }
        return sb.toString();
    }

    /**
     * One finding: {@code path:line:col  level  rule-id  message} on one line (clickable in terminals
     * and editors, greppable), then the source line with a caret under the reported columns, the fix,
     * the flow from source to sink on one line, and the related locations.
     */
    private void finding(StringBuilder sb, Finding f, SourceText src) {
        var loc = f.location();
        sb.append(c("1", loc.path() + ":" + loc.line() + ":" + loc.column())).append("  ").append(level(f.level())).append("  ")
                .append(c("2", f.ruleId())).append("  ").append(f.message()).append('\n');
        String line = src.line(loc.path(), loc.line());
        if (!line.isBlank()) {
            String gutter = String.valueOf(loc.line());
            String shown = line.length() > 160 ? line.substring(0, 160) + "…" : line;
            shown = shown.replace('\t', ' ');
            sb.append("  ").append(c("2", gutter + " │ ")).append(shown).append('\n');
            int col = loc.column() - 1;
            if (col < Math.min(line.length(), 160)) {
                int end = loc.endLine() == loc.line() ? loc.endColumn() - 1 : line.length();
                int width = Math.max(1, Math.min(Math.min(end, 160) - col, 160 - col));
                sb.append("  ").append(c("2", " ".repeat(gutter.length()) + " │ ")).append(" ".repeat(col))
                        .append(c(f.level() == Level.ERROR ? "1;31" : "33", "^" + "~".repeat(Math.max(0, width - 1)))).append('\n');
            }
        }
        if (f.fix() != null && !f.fix().isBlank()) sb.append("  ").append(c("32", "fix: ")).append(f.fix()).append('\n');
        if (!f.flow().isEmpty()) sb.append("  ").append(c("36", "flow: ")).append(Flows.line(f.flow())).append('\n');
        for (var rel : f.related()) {
            // a related location the flow line shows already (the source, said the same way) is not repeated
            if (f.flow().stream().anyMatch(s -> Flows.samePlace(s, rel) && java.util.Objects.equals(s.message(), rel.message()))) continue;
            sb.append("  ").append(c("2", "see " + rel.path() + ":" + rel.line() + ":" + rel.column()
                    + (rel.message() == null ? "" : "  " + rel.message()))).append('\n');
        }
        sb.append('\n');
    }

    /** Checklist keys (CHECKLIST.md order) that no rule of this scan checks: a quiet scan says nothing about them. */
    public static List<String> notChecked(ScanResult r) {
        Set<String> checked = new HashSet<>();
        for (RuleMeta m : r.rules()) checked.add(m.checklist());
        List<String> out = new ArrayList<>();
        for (String k : dev.backcheck.model.Checklist.KEYS.keySet()) if (!checked.contains(k)) out.add(k);
        return out;
    }
}
