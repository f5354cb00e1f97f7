package dev.backcheck.rules.ratelimit;

import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/** No rate limiter mounted anywhere on an application that serves routes. Reported where the app is created. */
@RuleId("ratelimit/missing")
public final class MissingRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Application app : project.applications()) {
            if (app.routes().isEmpty() || app.anyRouteHas(ControlKind.RATE_LIMIT) || app.anyMount(ControlKind.RATE_LIMIT)) continue;
            RuleContext.Builder b = ctx.report(app.location(), "No rate limiter is mounted on this " + app.frameworkName() + " app ("
                    + app.routes().size() + (app.routes().size() == 1 ? " route" : " routes")
                    + "). Clients can brute-force logins and exhaust the service.");
            for (Control c : app.unmounted()) {
                if (c.kind() == ControlKind.RATE_LIMIT) b.related(c.location(), c.name() + " limiter created here but never mounted");
            }
            b.fix(ctx.meta().fixText(app.framework())).property("framework", app.framework()).add();
        }
    }

}
