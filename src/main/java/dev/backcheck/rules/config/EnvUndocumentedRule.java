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
 * Reported once per package (a monorepo's services each have their own environment, documented by their own example
 * file, README and deployment files or those of the folders above them), on the package's example file (or, when it
 * has none of its own, on the first read, naming the file that misses them or where one belongs).
 */
@RuleId("config/env-undocumented")
public final class EnvUndocumentedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        EnvValidation ev = EnvValidation.of(project);
        for (String unit : ev.units()) check(project, ctx, ev, unit);
    }

    private void check(Project project, RuleContext ctx, EnvValidation ev, String root) {
        SortedMap<String, List<Location>> vars = ev.variables(root);
        List<String> missing = new ArrayList<>();
        for (String n : vars.keySet()) if (!ev.documented(root, n)) missing.add(n);
        if (missing.isEmpty()) return;
        List<Application> apps = new ArrayList<>();
        for (Application a : ServerCode.of(project).apps()) if (ev.unit(a.location().path()).equals(root)) apps.add(a);
        String framework = apps.isEmpty() ? "express" : apps.get(0).framework();
        // the package's own example file (a template by name, .env.example, before .env.test or .env.development; then the
        // shallowest); else the nearest one above it
        EnvValidation.ExampleFile example = null;
        for (EnvValidation.ExampleFile e : ev.examples(root)) {
            if (example == null) {
                example = e;
                continue;
            }
            String u = ev.unit(e.path()), best = ev.unit(example.path());
            int byTemplate = Boolean.compare(template(e.path()), template(example.path()));
            if (u.length() > best.length() || u.equals(best) && (byTemplate > 0 || byTemplate == 0 && depth(e.path()) < depth(example.path()))) example = e;
        }
        boolean own = example != null && ev.unit(example.path()).equals(root);
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < missing.size() && i < 8; i++) names.add(missing.get(i));
        String more = missing.size() > 8 ? " and " + (missing.size() - 8) + " more" : "";
        String what = missing.size() + " environment variable" + (missing.size() == 1 ? "" : "s") + " read by the code ";
        RuleContext.Builder b;
        if (own) {
            b = ctx.report(Location.at(example.path(), 1, 1), what + (missing.size() == 1 ? "is" : "are") + " missing from " + example.path()
                    + " (" + names + more + "): whoever deploys the service learns about them from a crash or a silent default.");
        } else if (example != null) {
            // the file above the package is reported with the package's own read: each service its own finding
            b = ctx.report(vars.get(missing.get(0)).get(0), what + (missing.size() == 1 ? "is" : "are") + " missing from " + example.path()
                    + " (" + names + more + "), the env example file that covers " + (root.isEmpty() ? "the project" : root)
                    + ": whoever deploys the service learns about them from a crash or a silent default.");
        } else {
            String file = (root.isEmpty() ? "" : root + "/") + ".env.example";
            b = ctx.report(vars.get(missing.get(0)).get(0), what + (missing.size() == 1 ? "is" : "are") + " documented nowhere (" + names + more
                    + "): there is no " + file + " and no README names them.");
        }
        for (int i = 0; i < missing.size() && i < 8; i++) b.related(vars.get(missing.get(i)).get(0), missing.get(i) + " read here");
        b.fix(ctx.meta().fixText(framework)).property("variables", String.join(",", missing)).add();
    }

    private static boolean template(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.contains("example") || name.contains("sample") || name.contains("template");
    }

    private static int depth(String p) {
        return (int) p.chars().filter(c -> c == '/').count();
    }
}
