package dev.backcheck.report.ci;

import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.model.Checklist;
import dev.backcheck.rules.RuleMeta;

import java.util.*;

/**
 * A compact pull-request comment: counts, then the findings that count grouped by checklist key
 * (in CHECKLIST.md order), each with its level, rule id, a link to file:line and the message, and under it
 * the flow from source to sink when the rule traced one.
 * Links use {@code linkBase} (e.g. {@code https://github.com/o/r/blob/<sha>/}) when given, else
 * the plain {@code path:line}. Text from the scanned code cannot inject HTML or @mention anyone.
 * Stays under GitHub's 65,536-character comment limit.
 */
public final class MarkdownReport {
    /** Room left under GitHub's comment limit for the closing lines. */
    static final int MAX_CHARS = 60_000;

    private MarkdownReport() { }

    public static String render(ScanResult r, String linkBase) {
        Map<String, RuleMeta> metas = Ranking.metas(r);
        List<Finding> fs = Ranking.mostSevereFirst(r);
        StringBuilder sb = new StringBuilder();
        long e = fs.stream().filter(f -> f.level() == dev.backcheck.findings.Level.ERROR).count();
        long w = fs.stream().filter(f -> f.level() == dev.backcheck.findings.Level.WARNING).count();
        long n = fs.size() - e - w;
        sb.append("### backcheck: ");
        if (fs.isEmpty()) sb.append("no findings\n");
        else sb.append(fs.size()).append(fs.size() == 1 ? " finding" : " findings").append(" (").append(e).append(" errors, ")
                .append(w).append(" warnings, ").append(n).append(" notes)\n");
        List<String> extra = new ArrayList<>();
        long suppressed = r.findings().stream().filter(Finding::suppressed).count();
        if (suppressed > 0) extra.add(suppressed + " suppressed in source");
        if (r.baseline() != null) {
            extra.add(r.baseline().unchanged() + " unchanged from the baseline");
            if (!r.baseline().absent().isEmpty()) extra.add(r.baseline().absent().size() + " fixed since the baseline");
        }
        extra.add(r.filesAnalyzed() + " files scanned");
        sb.append('\n').append(String.join(" · ", extra)).append("\n");
        List<String> notChecked = dev.backcheck.report.TextReport.notChecked(r);
        if (!notChecked.isEmpty()) {
            sb.append("\nNot checked (no enabled rule checks these keys): ").append(Markdown.inline(String.join(", ", notChecked))).append('\n');
        }

        // group by checklist key, keys in checklist order
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (String k : Checklist.KEYS.keySet()) groups.put(k, new ArrayList<>());
        groups.put("other", new ArrayList<>());
        for (Finding f : fs) {
            RuleMeta m = metas.get(f.ruleId());
            String key = m != null && groups.containsKey(m.checklist()) ? m.checklist() : "other";
            groups.get(key).add(f);
        }
        int shown = 0;
        boolean truncated = false;
        for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) continue;
            if (sb.length() > MAX_CHARS) {
                truncated = true;
                break;
            }
            String title = Checklist.KEYS.getOrDefault(g.getKey(), "Other");
            sb.append("\n#### ").append(Markdown.inline(title)).append(" (").append(g.getValue().size()).append(")\n\n");
            for (Finding f : g.getValue()) {
                if (sb.length() > MAX_CHARS) {
                    truncated = true;
                    break;
                }
                sb.append("- **").append(f.level().id()).append("** `").append(f.ruleId()).append("` ")
                        .append(link(f, linkBase)).append(" ").append(Markdown.inline(f.message())).append('\n');
                if (!f.flow().isEmpty()) sb.append("  - flow: ").append(Markdown.inline(dev.backcheck.report.Flows.line(f.flow()))).append('\n');
                shown++;
            }
        }
        if (truncated) {
            sb.append("\n… ").append(fs.size() - shown).append(" more not shown here (comment size limit); see the SARIF or job summary.\n");
        }
        return sb.toString();
    }

    private static String link(Finding f, String base) {
        String label = f.location().path() + ":" + f.location().line();
        if (base == null || base.isBlank()) return "`" + label + "`";
        String b = base.endsWith("/") ? base : base + "/";
        return "[" + Markdown.inline(label).replace("[", "\\[").replace("]", "\\]") + "](" + b
                + dev.backcheck.report.sarif.SarifReport.uri(f.location().path()) + "#L" + f.location().line() + ")";
    }
}
