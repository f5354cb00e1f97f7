package dev.backcheck.report;

import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Notification;
import dev.backcheck.rules.RuleMeta;

import java.util.*;

/**
 * Human-readable report: header with the stack, findings grouped by file (level, rule id, message,
 * the source line with a caret), notifications, and a summary by checklist key. Colour only when
 * asked for (a terminal, and NO_COLOR unset: decided by the caller).
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
            sb.append(c("1;4", e.getKey())).append('\n');
            for (Finding f : e.getValue()) {
                sb.append("  ").append(f.location().line()).append(':').append(f.location().column()).append("  ")
                        .append(level(f.level())).append("  ").append(c("2", f.ruleId())).append('\n');
                sb.append("    ").append(f.message()).append('\n');
                String line = src.line(f.location().path(), f.location().line());
                if (!line.isBlank()) {
                    String shown = line.length() > 160 ? line.substring(0, 160) + "…" : line;
                    sb.append("    ").append(c("2", "│ ")).append(shown.replace('\t', ' ')).append('\n');
                }
                if (f.fix() != null && !f.fix().isBlank()) sb.append("    ").append(c("32", "fix: ")).append(f.fix()).append('\n');
                for (var rel : f.related()) {
                    sb.append("    ").append(c("2", "see " + rel.path() + ":" + rel.line()
                            + (rel.message() == null ? "" : " (" + rel.message() + ")"))).append('\n');
                }
            }
            sb.append('\n');
        }
        if (!r.notifications().isEmpty()) {
            sb.append(c("1", "notifications")).append('\n');
            for (Notification n : r.notifications()) sb.append("  ").append(n).append('\n');
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
}
