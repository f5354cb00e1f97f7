package dev.backcheck.rules.errors;

import dev.backcheck.concepts.ErrorHandlers;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.AbsenceRollup;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * An application with routes and no application-level error handler (Express 4-argument middleware, Fastify
 * setErrorHandler, Nest useGlobalFilters / APP_FILTER, Hono onError). Reported at the creation site. NestJS and
 * Hono answer unknown errors with a generic 500 of their own, so there the finding is a note; so does Spring Boot
 * (its /error controller), where a {@code @RestControllerAdvice} with {@code @ExceptionHandler} methods is the handler.
 */
@RuleId("errors/global-handler-missing")
public final class GlobalHandlerMissingRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ErrorHandlers eh = ErrorHandlers.of(project);
        for (Application app : project.applications()) {
            if (app.routes().isEmpty() || project.isTestPath(app.location().path()) || !eh.globals(app).isEmpty()) continue;
            // an app never listened on, exported or handed on (dead code), or one that serves only probes and metrics
            if (dev.backcheck.concepts.ExternalApi.idle(project, app)) continue;
            // a static file server (express.static and an index.html fallback): no code of its own that could throw per request
            if (dev.backcheck.concepts.ExternalApi.staticFilesOnly(project, app)) continue;
            // the API is GraphQL/tRPC (which shape their own errors) and the HTTP routes beside it are probes, routes an
            // auth library answers or constant answers: no error of the app's own code reaches the framework's default handler
            if (dev.backcheck.concepts.ExternalApi.graphOnly(project, app)) continue;
            if (app.framework().equals("trpc")) continue; // tRPC answers every error itself (TRPCError shape, INTERNAL_SERVER_ERROR)
            if (app.framework().equals("graphql")) continue; // a standalone GraphQL server formats its errors itself (graphql/error-details-leak)
            String what = switch (app.framework()) {
                case "express" -> "no error-handling middleware (err, req, res, next) after its routes: Express's default handler answers"
                        + " an HTML page, with the stack trace whenever NODE_ENV is not production";
                case "fastify" -> "no error handler (setErrorHandler): Fastify's default handler sends every error's message to the client, 500s included";
                case "nestjs" -> "no global exception filter (app.useGlobalFilters or an APP_FILTER provider): Nest's built-in filter answers"
                        + " unknown errors with a generic 500 and logs them, but no code of the app's shapes its errors in one place (each error type answers in its own format)";
                case "hono" -> "no app.onError handler: Hono's default logs the error with console.error and answers a plain-text 500 (not JSON), and errors are not shaped in one place";
                case "spring" -> "no @RestControllerAdvice (or @ControllerAdvice) with @ExceptionHandler methods: Spring Boot's /error answers"
                        + " unknown errors with its generic body (timestamp, status, error, path), but errors are not shaped in one place"
                        + " and validation failures come back in Spring's own format";
                default -> "no application-level error handler";
            };
            List<dev.backcheck.findings.Location> away = eh.encapsulatedAway(app);
            if (!away.isEmpty()) {
                what = "no error handler for its routes: the setErrorHandler in its package is set on an encapsulated context none"
                        + " of its routes are in (a plugin registered without fastify-plugin that declares no route, or another instance),"
                        + " so Fastify's default handler still sends every error's message to the client, 500s included";
            }
            if (!eh.earlyHandlers(app).isEmpty()) {
                what = "no error-handling middleware after its routes: the error middleware it mounts comes before the routes, and Express"
                        + " only hands it errors of what was registered earlier, so route errors reach Express's default handler";
            }
            List<dev.backcheck.findings.Location> validationOnly = eh.validationOnlyHandlers(app);
            if (eh.earlyHandlers(app).isEmpty() && !validationOnly.isEmpty()) {
                what = "no error-handling middleware for errors other than validation failures: the only one it mounts, celebrate's"
                        + " errors(), answers a failed celebrate validation and hands every other error on to Express's default handler,"
                        + " which answers an HTML page, with the stack trace whenever NODE_ENV is not production";
            }
            List<dev.backcheck.findings.Location> threeParams = eh.earlyHandlers(app).isEmpty() ? eh.threeParameterHandlers(app) : List.of();
            if (!threeParams.isEmpty() && validationOnly.isEmpty()) {
                what = "no error-handling middleware: the handler it mounts takes three parameters (err, req, res), and Express hands"
                        + " errors only to middleware of four (err, req, res, next), so it runs as ordinary middleware and route errors reach"
                        + " Express's default handler, which answers an HTML page, with the stack trace whenever NODE_ENV is not production";
            }
            RuleContext.Builder b = ctx.report(app.location(), "This " + app.frameworkName() + " app has " + what + ".");
            for (dev.backcheck.findings.Location t : threeParams) b.related(t, "three parameters: Express never passes it an error");
            for (dev.backcheck.findings.Location a : away) b.related(a, "set on a context the routes are not in: wrap its plugin with fastify-plugin or set it on the root instance");
            for (dev.backcheck.findings.Location v : validationOnly) b.related(v, "celebrate's errors(): validation errors only");
            for (dev.backcheck.findings.Location early : eh.earlyHandlers(app)) b.related(early, "error middleware mounted before the routes");
            if (app.framework().equals("nestjs") || app.framework().equals("hono") || app.framework().equals("spring")) b.level(Level.NOTE);
            AbsenceRollup.perApplication(b.fix(ctx.meta().fixText(app.framework())).property("framework", app.framework())).add();
        }
    }
}
