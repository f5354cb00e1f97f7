package dev.backcheck.rules.logging;

import dev.backcheck.concepts.Loggers;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * A log call that passes a secret or the whole request (password, token, authorization or cookie header,
 * {@code req.body}, {@code req.headers}), in the code of an app package (test code and development-only branches
 * left out); and request loggers that write the request headers with nothing redacted (pino-http, nestjs-pino,
 * express-winston by default).
 */
@RuleId("logging/sensitive-data")
public final class SensitiveDataRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ServerCode sc = ServerCode.of(project);
        Loggers lg = Loggers.of(project);
        List<Application> apps = sc.apps();
        String framework = apps.isEmpty() ? "express" : apps.get(0).framework();
        for (Loggers.LogCall c : lg.calls()) {
            if (!sc.server(c.file().path()) || ConsoleInServerRule.devOnly(c.call())) continue;
            for (int i = 0; i < c.call().args().size(); i++) {
                Val a = c.call().arg(i);
                String what = Loggers.sensitive(a);
                if (what == null) continue;
                String call = (c.library().equals("console") ? "console" : "logger") + "." + c.method();
                ctx.report(c.call().argLocation(i), call + "(...) writes " + what + " to the logs: log files and log services are read by far more people"
                                + " and systems than the database, and keep what they get for months.")
                        .fix(ctx.meta().fixText(framework, "call")).property("framework", framework).add();
                break;
            }
        }
        for (Loggers.Logger l : lg.loggers()) {
            if (!l.logsHeaders() || l.redacts() || !sc.inAppPackage(l.location().path())) continue;
            ctx.report(l.location(), l.library() + " logs every request with its headers and nothing is redacted: Authorization bearer tokens"
                            + " and session cookies end up in the logs.")
                    .fix(ctx.meta().fixText(framework, "redact")).property("framework", framework).add();
        }
    }
}
