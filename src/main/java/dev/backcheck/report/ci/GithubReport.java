package dev.backcheck.report.ci;

import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Location;
import dev.backcheck.findings.Notification;
import dev.backcheck.rules.RuleMeta;

import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), one per finding
 * that counts, most severe first, because GitHub shows only 10 errors and 10 warnings per step (50
 * per job) and drops the rest silently. {@link #summary} is the markdown table of all of them for
 * {@code $GITHUB_STEP_SUMMARY}, so nothing is lost.
 */
public final class GithubReport {
    /** Annotations GitHub shows per step and level. */
    public static final int SHOWN_PER_LEVEL = 10;

    private GithubReport() { }

    public static String render(ScanResult r) {
        Map<String, RuleMeta> metas = Ranking.metas(r);
        List<Finding> fs = Ranking.mostSevereFirst(r);
        StringBuilder sb = new StringBuilder();
        int errors = 0, warnings = 0, notes = 0;
        for (Finding f : fs) {
            String cmd = switch (f.level()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            switch (f.level()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE -> notes++;
            }
            Location l = f.location();
            sb.append("::").append(cmd).append(" file=").append(property(l.path())).append(",line=").append(l.line())
                    .append(",endLine=").append(l.endLine());
            if (l.line() == l.endLine()) {
                // GitHub uses columns only on single-line annotations; its end column is inclusive
                sb.append(",col=").append(l.column()).append(",endColumn=").append(Math.max(l.column(), l.endColumn() - 1));
            }
            sb.append(",title=").append(property("[" + f.ruleId() + "] " + Ranking.title(f, metas.get(f.ruleId()))))
                    .append("::").append(message(Ranking.text(f) + (f.flow().isEmpty() ? "" : "\nflow: " + dev.backcheck.report.Flows.line(f.flow()))))
                    .append('\n');
        }
        sb.append("backcheck: ").append(fs.size()).append(fs.size() == 1 ? " finding" : " findings").append(" (").append(errors)
                .append(" errors, ").append(warnings).append(" warnings, ").append(notes).append(" notes)");
        if (errors > SHOWN_PER_LEVEL || warnings > SHOWN_PER_LEVEL || notes > SHOWN_PER_LEVEL) {
            sb.append("; GitHub shows only the first ").append(SHOWN_PER_LEVEL)
                    .append(" of each level as annotations: the job summary lists all of them");
        }
        sb.append('\n');
        return sb.toString();
    }

    /** Markdown for $GITHUB_STEP_SUMMARY: counts and a table of every finding that counts. */
    public static String summary(ScanResult r) {
        Map<String, RuleMeta> metas = Ranking.metas(r);
        List<Finding> fs = Ranking.mostSevereFirst(r);
        StringBuilder sb = new StringBuilder("## backcheck\n\n");
        long e = fs.stream().filter(f -> f.level() == dev.backcheck.findings.Level.ERROR).count();
        long w = fs.stream().filter(f -> f.level() == dev.backcheck.findings.Level.WARNING).count();
        long n = fs.size() - e - w;
        sb.append("**").append(fs.size()).append(fs.size() == 1 ? " finding" : " findings").append("**: ").append(e).append(" errors, ")
                .append(w).append(" warnings, ").append(n).append(" notes");
        long suppressed = r.findings().stream().filter(Finding::suppressed).count();
        if (suppressed > 0) sb.append(" · ").append(suppressed).append(" suppressed in source");
        if (r.baseline() != null) {
            sb.append(" · baseline: ").append(r.baseline().unchanged()).append(" unchanged, ").append(r.baseline().absent().size()).append(" absent");
        }
        sb.append("\n\n");
        List<String> notChecked = dev.backcheck.report.TextReport.notChecked(r);
        if (!notChecked.isEmpty()) {
            sb.append("Not checked (no enabled rule checks these keys): ").append(Markdown.cell(String.join(", ", notChecked))).append("\n\n");
        }
        if (!fs.isEmpty()) {
            sb.append("| Level | Rule | Location | Message |\n|---|---|---|---|\n");
            for (Finding f : fs) {
                sb.append("| ").append(f.level().id()).append(" | `").append(f.ruleId()).append("` | `")
                        .append(Markdown.cell(f.location().path())).append(':').append(f.location().line()).append("` | ")
                        .append(Markdown.cell(Ranking.text(f)));
                if (!f.flow().isEmpty()) sb.append(" Flow: ").append(Markdown.cell(dev.backcheck.report.Flows.line(f.flow())));
                sb.append(" |\n");
            }
            sb.append('\n');
        }
        List<Notification> ns = r.notifications();
        if (!ns.isEmpty()) {
            sb.append("<details><summary>").append(ns.size()).append(ns.size() == 1 ? " notification" : " notifications")
                    .append("</summary>\n\n");
            for (Notification x : ns) sb.append("- ").append(Markdown.cell(x.toString())).append('\n');
            sb.append("\n</details>\n\n");
        }
        return sb.toString();
    }

    /** Escaping of a workflow-command message. */
    public static String message(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a workflow-command property value. */
    public static String property(String s) {
        return message(s).replace(":", "%3A").replace(",", "%2C");
    }
}
