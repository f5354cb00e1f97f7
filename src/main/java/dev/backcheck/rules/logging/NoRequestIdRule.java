package dev.backcheck.rules.logging;

import dev.backcheck.concepts.Loggers;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Request logging whose lines carry no request id: morgan, express-winston, Hono's logger() (pino-http,
 * nestjs-pino and Fastify give every request an id by default), with no request-id middleware and no
 * x-request-id / correlation header anywhere in the code.
 */
@RuleId("logging/no-request-id")
public final class NoRequestIdRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        Loggers lg = Loggers.of(project);
        if (!lg.requestIds().isEmpty()) return;
        ServerCode sc = ServerCode.of(project);
        List<Application> apps = sc.apps();
        String framework = apps.isEmpty() ? "express" : apps.get(0).framework();
        // one finding per application package: a module's success and error access loggers are one gap
        Set<String> seen = new HashSet<>();
        for (Loggers.Logger l : lg.loggers()) {
            if (!l.requestLogger() || l.requestId() || !sc.server(l.location().path())) continue;
            // morgan('dev') under if (NODE_ENV === 'development'): console output while developing, not the production log
            if (lg.devOnly(l) || !seen.add(sc.packageDir(l.location().path()))) continue;
            ctx.report(l.location(), l.library() + " logs each request without a request id: the access line cannot be tied to the"
                            + " application's own log lines for that request, nor to the caller's or downstream services' logs.")
                    .fix(ctx.meta().fixText(framework)).property("framework", framework).add();
        }
    }
}
