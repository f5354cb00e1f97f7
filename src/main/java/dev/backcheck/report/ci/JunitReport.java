package dev.backcheck.report.ci;

import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.model.Application;
import dev.backcheck.rules.RuleMeta;
import dev.backcheck.workspace.PackageJson;

import java.util.*;

/**
 * JUnit XML for CI test-report tabs: one test suite per scanned application (the package directory
 * of each application's entry file; files outside every application form the suite "project"),
 * one test case per rule that ran, failing with the findings of that rule in that application.
 * Suppressed findings and findings already in the baseline do not fail. No timestamps: the output
 * is the same for the same tree.
 */
public final class JunitReport {
    private JunitReport() { }

    /** A suite: a directory prefix ("" = the root) and a display name. */
    private record Suite(String dir, String name) { }

    public static String render(ScanResult r) {
        List<Suite> suites = suites(r);
        Map<Suite, Map<String, List<Finding>>> byRule = new LinkedHashMap<>();
        for (Suite s : suites) byRule.put(s, new TreeMap<>());
        Suite project = new Suite(null, "project");
        byRule.put(project, new TreeMap<>());
        for (Finding f : dev.backcheck.rules.AbsenceRollup.expand(r.active())) { // a rolled-up absence fails every application it names
            Suite owner = project;
            for (Suite s : suites) {
                if (s.dir().isEmpty() || f.location().path().startsWith(s.dir())) {
                    if (owner == project || s.dir().length() > owner.dir().length()) owner = s;
                }
            }
            byRule.get(owner).computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        if (!suites.isEmpty() && byRule.get(project).isEmpty()) byRule.remove(project);
        Map<String, RuleMeta> metas = Ranking.metas(r);
        int tests = 0, failures = 0;
        StringBuilder body = new StringBuilder();
        for (Map.Entry<Suite, Map<String, List<Finding>>> e : byRule.entrySet()) {
            int sf = 0;
            StringBuilder cases = new StringBuilder();
            for (RuleMeta m : r.rules()) {
                List<Finding> fs = e.getValue().getOrDefault(m.id(), List.of());
                cases.append("    <testcase classname=\"").append(attr("backcheck." + e.getKey().name())).append("\" name=\"")
                        .append(attr(m.id())).append("\" time=\"0\"");
                if (fs.isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                sf++;
                String worst = fs.stream().map(Finding::level).min(Comparator.naturalOrder()).orElseThrow().id();
                cases.append(">\n      <failure type=\"").append(worst).append("\" message=\"")
                        .append(attr(fs.size() + (fs.size() == 1 ? " finding: " : " findings: ") + m.title())).append("\">");
                StringBuilder t = new StringBuilder();
                for (Finding f : fs) {
                    t.append(f.location().path()).append(':').append(f.location().line()).append(':').append(f.location().column())
                            .append(' ').append(f.level().id()).append(' ').append(Ranking.text(f)).append('\n');
                    if (!f.flow().isEmpty()) t.append("  flow: ").append(dev.backcheck.report.Flows.line(f.flow())).append('\n');
                }
                cases.append(text(t.toString())).append("</failure>\n    </testcase>\n");
            }
            tests += r.rules().size();
            failures += sf;
            body.append("  <testsuite name=\"").append(attr(e.getKey().name())).append("\" tests=\"").append(r.rules().size())
                    .append("\" failures=\"").append(sf).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n")
                    .append(cases).append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"backcheck\" tests=\"" + tests + "\" failures=\""
                + failures + "\" errors=\"0\" time=\"0\">\n" + body + "</testsuites>\n";
    }

    /** One suite per package directory holding an application; named by framework(s) and directory. */
    private static List<Suite> suites(ScanResult r) {
        Map<String, Set<String>> dirs = new TreeMap<>();
        List<String> manifestDirs = new ArrayList<>();
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(r.project().manifests())) {
            manifestDirs.add(m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/') + 1) : "");
        }
        for (Application a : r.project().applications()) {
            String p = a.location().path();
            String best = null;
            for (String d : manifestDirs) if (p.startsWith(d) && (best == null || d.length() > best.length())) best = d;
            if (best == null) best = p.contains("/") ? p.substring(0, p.lastIndexOf('/') + 1) : "";
            dirs.computeIfAbsent(best, k -> new TreeSet<>()).add(a.frameworkName());
        }
        List<Suite> out = new ArrayList<>();
        dirs.forEach((d, fw) -> out.add(new Suite(d, String.join("+", fw) + " app " + (d.isEmpty() ? "." : d.substring(0, d.length() - 1)))));
        return out;
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** XML text: escapes markup and drops characters XML 1.0 cannot carry. */
    private static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) sb.append(c);
                    else sb.append('?');
                }
            }
        }
        return sb.toString();
    }
}
