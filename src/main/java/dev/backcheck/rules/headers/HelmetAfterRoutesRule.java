package dev.backcheck.rules.headers;

import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.model.*;
import dev.backcheck.rules.Listing;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/** Security headers middleware mounted after routes, which therefore answer without the headers. */
@RuleId("headers/helmet-after-routes")
public final class HelmetAfterRoutesRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Application app : project.applications()) {
            for (Application.Mount m : app.mounts()) {
                if (m.control().kind() != ControlKind.HEADERS) continue;
                List<Route> before = m.routesBefore().stream()
                        .filter(r -> ModelSupport.applies(m.pathPrefix(), r.path()) && !r.has(ControlKind.HEADERS)
                                // a probe registered first on purpose (answered before the middleware chain) serves no page
                                && !dev.backcheck.concepts.HealthChecks.isHealthPath(r.path())).toList();
                if (before.isEmpty()) continue;
                ctx.report(m.control().location(), m.control().name() + " is mounted after " + before.size()
                                + (before.size() == 1 ? " route that answers" : " routes that answer") + " without its headers: "
                                + Listing.routes(before) + ".")
                        .fix(ctx.meta().fixText(app.framework()))
                        .related(before.get(0).location(), "first route without security headers")
                        .property("framework", app.framework())
                        .add();
            }
        }
    }
}
