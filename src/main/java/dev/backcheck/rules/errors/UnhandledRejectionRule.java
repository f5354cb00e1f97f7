package dev.backcheck.rules.errors;

import dev.backcheck.concepts.ErrorHandlers;
import dev.backcheck.concepts.ShutdownHooks;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.Set;

/**
 * A long-running server (a listen call) whose package registers no process-level handler for
 * unhandledRejection or uncaughtException (process.on, winston's handleExceptions/handleRejections,
 * @sentry/node). Reported at the listen call, once per package.
 */
@RuleId("errors/unhandled-rejection")
public final class UnhandledRejectionRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ErrorHandlers eh = ErrorHandlers.of(project);
        Set<String> packages = new HashSet<>();
        for (ShutdownHooks.Listen l : ShutdownHooks.of(project).listens()) {
            if (!eh.processHandlersFor(l.location().path()).isEmpty()) continue;
            if (!packages.add(eh.packageOf(l.location().path()))) continue;
            String fw = l.app() == null ? "express" : l.app().framework();
            ctx.report(l.location(), "This server starts listening here, and nothing in its package handles unhandledRejection or"
                            + " uncaughtException: a rejected promise nobody awaits kills the process (Node 15+) without the app's"
                            + " logger recording why, and in-flight requests are cut off.")
                    .fix(ctx.meta().fixText(fw)).property("framework", fw).add();
        }
    }

}
