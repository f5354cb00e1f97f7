package dev.backcheck.rules.config;

import dev.backcheck.concepts.EnvValidation;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;

/**
 * Variables the code reads (or a schema declares) that no env example file sets and no README mentions.
 * Reported once, on the example file (or, when there is none, on the first read, naming where the file belongs).
 */
@RuleId("config/env-undocumented")
public final class EnvUndocumentedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        EnvValidation ev = EnvValidation.of(project);
        SortedMap<String, List<Location>> vars = ev.variables();
        List<String> missing = new ArrayList<>();
        for (String n : vars.keySet()) if (!ev.documented(n)) missing.add(n);
        if (missing.isEmpty()) return;
        List<Application> apps = ServerCode.of(project).apps();
        String framework = apps.isEmpty() ? "express" : apps.get(0).framework();
        String root = apps.isEmpty() ? "" : ServerCode.of(project).packageDir(apps.get(0).location().path());
        EnvValidation.ExampleFile example = null;
        for (EnvValidation.ExampleFile e : ev.examples()) {
            String d = e.path().contains("/") ? e.path().substring(0, e.path().lastIndexOf('/')) : "";
            if (example == null || d.equals(root) || root.startsWith(d) && depth(e.path()) < depth(example.path())) example = e;
        }
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < missing.size() && i < 8; i++) names.add(missing.get(i));
        String more = missing.size() > 8 ? " and " + (missing.size() - 8) + " more" : "";
        String what = missing.size() + " environment variable" + (missing.size() == 1 ? "" : "s") + " read by the code ";
        RuleContext.Builder b;
        if (example != null) {
            b = ctx.report(Location.at(example.path(), 1, 1), what + (missing.size() == 1 ? "is" : "are") + " missing from " + example.path()
                    + " (" + names + more + "): whoever deploys the service learns about them from a crash or a silent default.");
        } else {
            String file = (root.isEmpty() ? "" : root + "/") + ".env.example";
            b = ctx.report(vars.get(missing.get(0)).get(0), what + (missing.size() == 1 ? "is" : "are") + " documented nowhere (" + names + more
                    + "): there is no " + file + " and no README names them.");
        }
        for (int i = 0; i < missing.size() && i < 8; i++) b.related(vars.get(missing.get(i)).get(0), missing.get(i) + " read here");
        b.fix(ctx.meta().fixText(framework)).property("variables", String.join(",", missing)).add();
    }

    private static int depth(String p) {
        return (int) p.chars().filter(c -> c == '/').count();
    }
}
