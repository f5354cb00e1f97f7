package dev.backcheck.rules.ratelimit;

import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/** No rate limiter mounted anywhere on an application that serves routes. Reported where the app is created. */
@RuleId("ratelimit/missing")
public final class MissingRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        java.util.Set<String> trpcPackages = new java.util.HashSet<>();
        for (Application app : project.applications()) {
            if (app.routes().isEmpty() || app.anyRouteHas(ControlKind.RATE_LIMIT) || app.anyMount(ControlKind.RATE_LIMIT)) continue;
            // a listener that only answers probes (a second server for /metrics or /health) is no API to limit;
            // an app nothing listens on or exports answers nothing
            if (dev.backcheck.concepts.ExternalApi.idle(project, app)) continue;
            // a Spring handler annotated with a limit an aspect enforces (@Limit counted in Redis), on a mapping not modelled
            if (app.framework().equals("spring") && dev.backcheck.frameworks.spring.SpringControls.of(project).limitAnnotated().stream()
                    .anyMatch(l -> sameModule(l.path(), app.location().path()))) continue;
            // routes an auth library answers through its own limiter (better-auth's handler): the logins are limited
            if (app.routes().stream().anyMatch(r -> dev.backcheck.concepts.LibraryRateLimits.of(project).serving(r) != null)) continue;
            // a tRPC router mounted on an HTTP app that has routes of its own: that app's finding is the one to fix
            if (app.framework().equals("trpc") && project.applications().stream().anyMatch(h -> h != app && !h.framework().equals("trpc")
                    && !h.routes().isEmpty() && h.location() != null && h.location().path().equals(app.location().path()))) continue;
            // one server registering a router per plugin: one finding for the package, at its first tRPC adapter
            if (app.framework().equals("trpc") && !trpcPackages.add(dev.backcheck.concepts.ServerCode.of(project).packageDir(app.location().path()))) continue;
            RuleContext.Builder b = ctx.report(app.location(), "No rate limiter is mounted on this " + app.frameworkName() + " app ("
                    + app.routes().size() + (app.routes().size() == 1 ? " route" : " routes")
                    + "). Clients can brute-force logins and exhaust the service.");
            for (Control c : app.unmounted()) {
                if (c.kind() == ControlKind.RATE_LIMIT) b.related(c.location(), c.name() + " limiter created here but never mounted");
            }
            AbsenceRollup.perApplication(b.fix(ctx.meta().fixText(app.framework())).property("framework", app.framework())).add();
        }
    }

    /** Both paths in the same top folder (a build module of a multi-module tree), or the app at the root. */
    private static boolean sameModule(String a, String app) {
        int i = app.indexOf('/');
        return i < 0 || app.startsWith("src/") || a.startsWith(app.substring(0, i + 1));
    }
}
