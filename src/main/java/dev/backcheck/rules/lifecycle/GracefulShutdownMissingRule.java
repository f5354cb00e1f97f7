package dev.backcheck.rules.lifecycle;

import dev.backcheck.concepts.ShutdownHooks;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.Set;

/**
 * A server that listens while nothing in its package closes it on SIGTERM/SIGINT (a signal handler that calls
 * server.close / app.close / terminate, close-with-grace, @godaddy/terminus, lightship, fastify-graceful-shutdown,
 * Nest enableShutdownHooks). Reported at the listen call; a signal handler that only exits is named as related.
 */
@RuleId("lifecycle/graceful-shutdown-missing")
public final class GracefulShutdownMissingRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ShutdownHooks sh = ShutdownHooks.of(project);
        Set<String> reported = new HashSet<>();
        for (ShutdownHooks.Listen l : sh.listens()) {
            String path = l.location().path();
            if (sh.closingHook(path) != null) continue;
            if (!reported.add(dev.backcheck.concepts.ErrorHandlers.of(project).packageOf(path))) continue;
            String fw = l.app() == null ? "express" : l.app().framework();
            boolean nest = fw.equals("nestjs");
            StringBuilder msg = new StringBuilder("This server listens here, but nothing closes it on SIGTERM or SIGINT");
            msg.append(nest ? " (no app.enableShutdownHooks() and no signal handler calling app.close())" : "");
            msg.append(": when the platform stops or redeploys the process, in-flight requests are cut off and open connections dropped.");
            RuleContext.Builder b = ctx.report(l.location(), msg.toString());
            for (ShutdownHooks.Hook h : sh.hooksFor(path)) {
                b.related(h.location(), String.join("/", h.signals()) + " handler here does not close the server"
                        + (h.closes().isEmpty() ? "" : " (it closes " + String.join(", ", h.closes().keySet()) + ")"));
            }
            AbsenceRollup.perApplication(b.fix(ctx.meta().fixText(fw)).property("framework", fw)).add();
        }
        // Spring Boot: the embedded server drains in-flight requests only with server.shutdown=graceful (the default from 3.4)
        for (dev.backcheck.model.Application a : dev.backcheck.concepts.SpringConfig.servers(project)) {
            if (!reported.add("spring:" + dev.backcheck.concepts.SpringConfig.moduleOf(a.location().path()))) continue;
            ShutdownHooks.SpringShutdown s = sh.springShutdown(a);
            if (!s.known() || s.graceful()) continue;
            String msg = s.setting() != null
                    ? "server.shutdown is set to immediate: when the platform stops or redeploys the app, the embedded server drops in-flight requests"
                      + " instead of finishing them."
                    : "This Spring Boot " + s.bootVersion() + " app does not set server.shutdown=graceful (graceful is the default only from Boot 3.4):"
                      + " when the platform stops or redeploys it, the embedded server drops in-flight requests instead of finishing them.";
            boolean legacy = s.setting() == null && before23(s.bootVersion());
            if (legacy) msg = "This Spring Boot " + s.bootVersion() + " app has no graceful shutdown (Boot added server.shutdown=graceful in 2.3):"
                    + " when the platform stops or redeploys it, the embedded server drops in-flight requests instead of finishing them.";
            RuleContext.Builder b = ctx.report(s.setting() != null ? s.setting().location() : a.location(), msg);
            AbsenceRollup.perApplication(b.fix(ctx.meta().fixText("spring", legacy ? "before-2.3" : "default")).property("framework", "spring")).add();
        }
    }

    /** A Spring Boot version before 2.3 ("2.0.3.RELEASE"), which has no server.shutdown property; false when unreadable. */
    static boolean before23(String version) {
        return version != null && version.strip().matches("\\d+\\.\\d+.*")
                && dev.backcheck.concepts.SpringConfig.compareVersions(version.strip(), "2.3") < 0;
    }
}
