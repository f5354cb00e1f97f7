package dev.backcheck.rules.ratelimit;

import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.Listing;

import java.util.List;

/** A rate limiter is mounted, but after routes it should protect (Express/Hono registration order). */
@RuleId("ratelimit/after-routes")
public final class AfterRoutesRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Application app : project.applications()) {
            for (Application.Mount m : app.mounts()) {
                if (m.control().kind() != ControlKind.RATE_LIMIT) continue;
                List<Route> before = m.routesBefore().stream()
                        .filter(r -> ModelSupport.applies(m.pathPrefix(), r.path()) && !r.has(ControlKind.RATE_LIMIT)
                                // a health probe, a CORS preflight, a constant root answer, a signed webhook: kept ahead of the
                                // limiter on purpose (load balancers and providers' retries must never be throttled)
                                && dev.backcheck.concepts.UnthrottledRoutes.reason(project, r) == null).toList();
                if (before.isEmpty()) continue;
                ctx.report(m.control().location(), m.control().name() + " is mounted after " + before.size()
                                + (before.size() == 1 ? " route" : " routes") + " it does not protect: " + Listing.routes(before) + ".")
                        .fix(ctx.meta().fixText(app.framework()))
                        .related(before.get(0).location(), "first unprotected route")
                        .property("framework", app.framework())
                        .add();
            }
        }
    }
}
