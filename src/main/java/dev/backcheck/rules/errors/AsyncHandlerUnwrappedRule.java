package dev.backcheck.rules.errors;

import dev.backcheck.concepts.ErrorHandlers;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * An async Express 4 route handler that awaits outside any try/catch, is not wrapped (asyncHandler,
 * express-async-handler, a project wrapper) and runs in a project without express-async-errors: a rejection
 * never reaches the error middleware, the request hangs and the process logs (or dies of) an unhandled rejection.
 * Express 5 forwards rejected promises itself and is not reported; Fastify, NestJS and Hono await handlers.
 */
@RuleId("errors/async-handler-unwrapped")
public final class AsyncHandlerUnwrappedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (ErrorHandlers.Unwrapped u : ErrorHandlers.of(project).unwrapped()) {
            if (project.isTestPath(u.handlerArg().path())) continue;
            String name = u.handlerName() == null || u.handlerName().isEmpty() ? "the async handler" : "async handler " + u.handlerName();
            ctx.report(u.handlerArg(), "Express 4 does not catch rejected promises: if the await at line " + u.await().line()
                            + " in " + name + " of " + u.route().label() + " fails, the error never reaches the error middleware and the request hangs"
                            + " until the client times out.")
                    .related(u.await(), "awaited outside any try/catch")
                    .fix(ctx.meta().fixText("express")).property("framework", "express").add();
        }
    }
}
