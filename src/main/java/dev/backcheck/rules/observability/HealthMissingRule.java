package dev.backcheck.rules.observability;

import dev.backcheck.concepts.HealthChecks;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * A long-running server (it listens) with no liveness/readiness route, no health-check library and no {@code GET /}
 * (a load balancer's default probe path, often the app's health check by its own description).
 */
@RuleId("observability/health-missing")
public final class HealthMissingRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        HealthChecks hc = HealthChecks.of(project);
        ServerCode sc = ServerCode.of(project);
        java.util.List<Application> servers = new java.util.ArrayList<>(sc.servers());
        for (Application a : dev.backcheck.concepts.SpringConfig.servers(project)) if (!servers.contains(a)) servers.add(a);
        for (Application a : servers) {
            if (hc.has(a) || hc.root(a).isPresent()) continue;
            // a health route on another app of the same package (a sub-router mounted into this server) counts
            // Spring apps are judged each on its own (the actuator answers for the whole build)
            String pkg = a.framework().equals("spring") ? "\u0000spring" : sc.packageDir(a.location().path());
            if (sc.apps().stream().anyMatch(o -> o != a && pkg.equals(sc.packageDir(o.location().path())) && (hc.has(o) || hc.root(o).isPresent()))) continue;
            RuleContext.Builder b = ctx.report(a.location(), "This " + a.frameworkName() + " server has no health or readiness route (" + a.routes().size()
                    + " route" + (a.routes().size() == 1 ? "" : "s") + ", none of /health, /healthz, /ready, /live, /status, /ping): an orchestrator or load balancer"
                    + " cannot tell a hung or half-started instance from a healthy one.");
            if (!a.listens().isEmpty()) b.related(a.listens().get(0), "the server listens here");
            AbsenceRollup.perApplicationWithExamples(b.fix(ctx.meta().fixText(a.framework())).property("framework", a.framework())).add(); // "listens here" only points
        }
    }
}
