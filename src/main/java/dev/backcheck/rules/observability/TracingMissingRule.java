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

/** No tracing setup (OpenTelemetry SDK or auto-instrumentation, an APM agent, Sentry with traces) in a project that runs a server. */
@RuleId("observability/tracing-missing")
public final class TracingMissingRule implements Rule {
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
            boolean has = t.uses(Telemetry.Kind.TRACING).stream().anyMatch(u -> root.isEmpty() || u.location().path().startsWith(root + "/"));
            if (has) continue;
            String none = a.framework().equals("spring") ? "no Micrometer Tracing bridge, Spring Cloud Sleuth, OpenTelemetry or APM agent in the build"
                    : "no OpenTelemetry SDK, auto-instrumentation or APM agent, in code or preloaded with --require";
            AbsenceRollup.perApplication(ctx.report(a.location(), "No request tracing is set up for this " + a.frameworkName()
                        + " server (" + none + "): a slow or failing request cannot be followed through the database and the services it calls.")
                .fix(ctx.meta().fixText(a.framework())).property("framework", a.framework())).add();
        }
    }
}
