package dev.backcheck.rules.headers;

import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/** No security-headers middleware (helmet or the framework's equivalent) on an application with routes. */
@RuleId("headers/helmet-missing")
public final class HelmetMissingRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Application app : project.applications()) {
            if (app.routes().isEmpty() || app.anyRouteHas(ControlKind.HEADERS) || app.anyMount(ControlKind.HEADERS)) continue;
            // an app never listened on, exported or handed on (dead code), or one that serves only probes and metrics
            if (dev.backcheck.concepts.ExternalApi.idle(project, app)) continue;
            if (app.framework().equals("trpc")) continue; // response headers are the HTTP host's (Express app, Next.js config), not the router's
            RuleContext.Builder b = ctx.report(app.location(), "No security headers middleware is mounted on this " + app.frameworkName()
                    + " app: responses go out without CSP, HSTS, X-Content-Type-Options or frame protection.");
            for (Control c : app.unmounted()) {
                if (c.kind() == ControlKind.HEADERS) b.related(c.location(), c.name() + " created here but never mounted");
            }
            AbsenceRollup.perApplication(b.fix(ctx.meta().fixText(app.framework())).property("framework", app.framework())).add();
        }
    }

}
