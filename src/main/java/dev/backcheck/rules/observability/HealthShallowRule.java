package dev.backcheck.rules.observability;

import dev.backcheck.concepts.HealthChecks;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;
import java.util.Optional;

/**
 * Health routes that answer without touching any dependency while the project uses a database or cache (read
 * from its dependencies for now; the DbClients concept will say it from the code). One per application, on its
 * first health route, and only when none of its health routes checks a dependency.
 */
@RuleId("observability/health-shallow")
public final class HealthShallowRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        HealthChecks hc = HealthChecks.of(project);
        // a health library (terminus indicators, under-pressure) checks what it is configured with: no verdict
        if (hc.datastore().isEmpty() || !hc.libraries().isEmpty()) return;
        for (Application a : ServerCode.of(project).apps()) {
            // the store of the app's own package (its package.json, its code), not one a sibling package uses
            Optional<String> store = hc.datastore(a);
            if (store.isEmpty()) continue;
            List<HealthChecks.Health> hs = hc.routes(a).stream().filter(h -> !h.featureLevel()).toList();
            if (hs.isEmpty() || hc.deep(a) || hs.stream().anyMatch(h -> !h.handlerKnown())) continue;
            HealthChecks.Health h = hs.get(0);
            ctx.report(h.route().location(), h.route().label() + " answers without checking any dependency, while the app uses "
                            + store.get() + ": it reports healthy when the database is down, so traffic keeps reaching an instance that fails every request.")
                    .fix(ctx.meta().fixText(a.framework())).property("framework", a.framework()).add();
        }
    }
}
