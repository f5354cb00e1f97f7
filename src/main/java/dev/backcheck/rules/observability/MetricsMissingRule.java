package dev.backcheck.rules.observability;

import dev.backcheck.concepts.ServerCode;
import dev.backcheck.concepts.Telemetry;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/** No metrics library (prom-client, OpenTelemetry metrics, an APM agent) and no /metrics route in a project that runs a server. */
@RuleId("observability/metrics-missing")
public final class MetricsMissingRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ServerCode sc = ServerCode.of(project);
        Telemetry t = Telemetry.of(project);
        // one note per server, judged by what its own package loads (a monorepo's services each need their own)
        List<Application> servers = new java.util.ArrayList<>(sc.servers());
        for (Application a : dev.backcheck.concepts.SpringConfig.servers(project)) if (!servers.contains(a)) servers.add(a);
        for (Application a : servers) {
            // a static file server (a single-page app's build and its index.html fallback): no requests of an API to follow
            if (dev.backcheck.concepts.ExternalApi.staticFilesOnly(project, a)) continue;
            String root = sc.packageDir(a.location().path());
            boolean has = t.uses(Telemetry.Kind.METRICS).stream().anyMatch(u -> root.isEmpty() || u.location().path().startsWith(root + "/"));
            if (has) continue;
            String none = a.framework().equals("spring") ? "no Spring Boot Actuator / Micrometer registry, OpenTelemetry or APM agent in the build"
                    : "no prom-client, OpenTelemetry metrics, APM agent or /metrics route";
            AbsenceRollup.perApplication(ctx.report(a.location(), "No metrics are collected for this " + a.frameworkName()
                        + " server (" + none + "): request rates, latencies and error rates are invisible until users report them.")
                .fix(ctx.meta().fixText(a.framework())).property("framework", a.framework())).add();
        }
    }
}
