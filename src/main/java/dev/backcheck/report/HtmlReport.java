package dev.backcheck.report;

import dev.backcheck.findings.Location;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Route;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The implementation report as one self-contained HTML page: inline CSS and a small inline
 * script for the sortable endpoint table, a Content-Security-Policy that forbids every network
 * request, nothing loaded from elsewhere.
 */
public final class HtmlReport {
    private HtmlReport() { }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String loc(Location l) {
        return "<code>" + esc(l.path() + ":" + l.line()) + "</code>";
    }

    private static String names(List<String> n) {
        return n.isEmpty() ? "<span class=none>none</span>" : esc(String.join(", ", n));
    }

    public static String render(ImplementationReport.Data d) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=viewport content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>backcheck implementation report</title>\n<style>\n")
                .append("body{font:14px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1f24}")
                .append("h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}")
                .append("table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}")
                .append("th{background:#f6f8fa;cursor:pointer;user-select:none}th.sorted-asc::after{content:' ▲'}th.sorted-desc::after{content:' ▼'}")
                .append("code{font:12px ui-monospace,Menlo,monospace;background:#f6f8fa;padding:0 .2rem}.none{color:#cf222e}")
                .append(".done{color:#1a7f37}.missing{color:#cf222e}.partial{color:#9a6700}.unchecked{color:#57606a}")
                .append("pre{background:#f6f8fa;padding:.6rem;overflow:auto}li{margin:.2rem 0}")
                .append("\n</style>\n</head>\n<body>\n");
        sb.append("<h1>Implementation Report</h1>\n<p>Verified by backcheck ").append(esc(dev.backcheck.Version.VERSION))
                .append(" from the code alone: ").append(d.result().filesAnalyzed()).append(" files, ")
                .append(d.result().linesAnalyzed()).append(" lines, ").append(d.result().active().size()).append(" findings.</p>\n");

        sb.append("<h2 id=stack>Stack Detected</h2>\n<table><thead><tr><th>Component</th><th>Technology</th><th>Version</th><th>Evidence</th></tr></thead><tbody>\n");
        for (ImplementationReport.StackRow s : d.stack()) {
            sb.append("<tr><td>").append(esc(s.component())).append("</td><td>").append(esc(s.technology())).append("</td><td>")
                    .append(esc(s.version())).append("</td><td><code>").append(esc(s.evidence())).append("</code></td></tr>\n");
        }
        sb.append("</tbody></table>\n");

        sb.append("<h2 id=endpoints>API Endpoints</h2>\n");
        sb.append("<table class=sortable id=endpoints-table><thead><tr><th>Method</th><th>Path</th><th>Auth</th><th>Validation</th><th>Rate limit</th><th>Handler</th></tr></thead><tbody>\n");
        for (Route r : d.routes()) {
            sb.append("<tr><td>").append(esc(RoutesReport.methodCell(r))).append("</td><td><code>").append(esc(RoutesReport.pathCell(r))).append("</code></td><td>")
                    .append(names(RoutesReport.authNames(r))).append("</td><td>")
                    .append(names(RoutesReport.names(r, ControlKind.VALIDATION))).append("</td><td>")
                    .append(names(RoutesReport.names(r, ControlKind.RATE_LIMIT))).append("</td><td>").append(loc(r.location()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");

        sb.append("<h2 id=middleware>Middleware Stack</h2>\n");
        for (ImplementationReport.MiddlewareLine m : d.middleware()) {
            sb.append("<p><strong>").append(esc(m.app().frameworkName())).append(" app</strong> (").append(loc(m.app().location()))
                    .append(")</p>\n<pre>").append(esc(String.join(" → ", m.steps()))).append("</pre>\n");
            if (!m.notes().isEmpty()) {
                sb.append("<ul>");
                for (String n : m.notes()) sb.append("<li class=partial>⚠ ").append(esc(n)).append("</li>");
                sb.append("</ul>\n");
            }
        }

        sb.append("<h2 id=measures>Security Measures</h2>\n<ul>\n");
        for (ImplementationReport.Measure m : d.measures()) {
            sb.append("<li class=").append(m.status()).append("><code>").append(esc(m.box())).append("</code> <strong>")
                    .append(esc(m.title())).append("</strong>: ").append(esc(m.summary()));
            if (!m.evidence().isEmpty() && !m.status().equals("missing")) {
                StringJoiner j = new StringJoiner(", ");
                m.evidence().forEach(l -> j.add(loc(l)));
                sb.append(" — evidence: ").append(j);
            }
            if (!m.findings().isEmpty()) {
                StringJoiner j = new StringJoiner(", ");
                m.findings().stream().limit(5).forEach(f -> j.add("<code>" + esc(ImplementationReport.place(f)) + "</code>"));
                sb.append(" — see ").append(j);
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");

        sb.append("<h2 id=database>Database Changes</h2>\n<ul>\n");
        if (d.migrations().isEmpty()) sb.append("<li>No migrations found.</li>\n");
        for (ImplementationReport.Migration m : d.migrations()) sb.append("<li>").append(esc(m.kind())).append(" migration: <code>")
                .append(esc(m.path())).append("</code></li>\n");
        for (String m : d.models()) sb.append("<li>Model ").append(esc(m)).append("</li>\n");
        sb.append("</ul>\n");

        sb.append("<h2 id=env>Environment Variables</h2>\n<table class=sortable><thead><tr><th>Variable</th><th>Read at</th><th>Validated at startup</th><th>Documented</th></tr></thead><tbody>\n");
        for (ImplementationReport.EnvVar e : d.env()) {
            StringJoiner j = new StringJoiner(", ");
            e.reads().stream().limit(3).forEach(l -> j.add(loc(l)));
            sb.append("<tr><td><code>").append(esc(e.name())).append("</code></td><td>").append(j).append("</td><td>")
                    .append(e.validated() ? "yes" : "<span class=none>no</span>").append("</td><td>")
                    .append(e.documented() ? "yes" : "<span class=none>no</span>").append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");

        if (!d.claims().isEmpty()) {
            sb.append("<h2 id=claims>Claims of the agent's report</h2>\n<table class=sortable><thead><tr><th>Claim</th><th>Key</th><th>Verdict</th><th>Where</th></tr></thead><tbody>\n");
            for (dev.backcheck.claims.ClaimJudge.Verdict v : d.claims()) {
                sb.append("<tr class=").append(v.status().name().toLowerCase(java.util.Locale.ROOT)).append("><td>").append(esc(v.claim().text()))
                        .append("</td><td>").append(esc(v.key())).append("</td><td>").append(esc(ImplementationReport.verdict(v)))
                        .append("</td><td>").append(loc(v.claim().location())).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("<h2 id=findings>Findings by checklist key</h2>\n<table class=sortable><thead><tr><th>Key</th><th>Errors</th><th>Warnings</th><th>Notes</th></tr></thead><tbody>\n");
        for (Map.Entry<String, int[]> e : d.findingsByKey().entrySet()) {
            int[] n = e.getValue();
            if (n[0] + n[1] + n[2] == 0) continue;
            sb.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(n[0]).append("</td><td>").append(n[1])
                    .append("</td><td>").append(n[2]).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        sb.append("<script>\n")
                .append("document.querySelectorAll('table.sortable').forEach(function(t){\n")
                .append(" t.querySelectorAll('th').forEach(function(th,i){\n")
                .append("  th.addEventListener('click',function(){\n")
                .append("   var asc=!th.classList.contains('sorted-asc');\n")
                .append("   t.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc');});\n")
                .append("   th.classList.add(asc?'sorted-asc':'sorted-desc');\n")
                .append("   var body=t.tBodies[0];var rows=Array.prototype.slice.call(body.rows);\n")
                .append("   rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;")
                .append("var c=x.localeCompare(y,undefined,{numeric:true});return asc?c:-c;});\n")
                .append("   rows.forEach(function(r){body.appendChild(r);});\n")
                .append("  });\n })\n});\n</script>\n</body>\n</html>\n");
        return sb.toString();
    }
}
