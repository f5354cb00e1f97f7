package dev.backcheck.concepts;

import dev.backcheck.Fixtures;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** ErrorHandlers and ShutdownHooks on rule fixtures: what each concept answers, as the rules, claims and report read it. */
class OperabilityConceptsTest {

    private static Project project(String dir) {
        return Fixtures.scan(Fixtures.ROOT.resolve("rules").resolve(dir), Set.of()).project();
    }

    @Test
    void signalHandlerInALoopThatClosesTheServerAndTheDatabaseThroughAHelper() {
        ShutdownHooks sh = ShutdownHooks.of(project("lifecycle/graceful-shutdown-missing/good-express"));
        assertEquals(1, sh.listens().size());
        assertEquals("src/server.ts", sh.listens().get(0).location().path());
        ShutdownHooks.Hook h = sh.closingHook("src/server.ts");
        assertNotNull(h, "the forEach over ['SIGTERM', 'SIGINT'] registers a handler that closes the server");
        assertEquals(List.of("SIGTERM", "SIGINT"), h.signals());
        assertTrue(h.closes().containsKey("mongoose"), () -> "closes: " + h.closes());
        assertEquals(List.of("mongoose"), sh.clients().stream().map(ShutdownHooks.DbClient::library).distinct().toList());
    }

    @Test
    void handlerThatOnlyClosesTheDatabaseDoesNotCloseTheServer() {
        ShutdownHooks sh = ShutdownHooks.of(project("lifecycle/graceful-shutdown-missing/bad-express"));
        assertEquals(1, sh.hooks().size());
        assertNull(sh.hooks().get(0).closesServer());
        assertEquals(Set.of("mongoose"), sh.hooks().get(0).closes().keySet());
    }

    @Test
    void nestShutdownHooksRunLifecycleMethodsThatClosePools() {
        ShutdownHooks good = ShutdownHooks.of(project("lifecycle/db-not-closed/good-nestjs"));
        assertEquals(Set.of("pg"), good.hooks().get(0).closes().keySet());
        ShutdownHooks bad = ShutdownHooks.of(project("lifecycle/db-not-closed/bad-nestjs"));
        assertTrue(bad.hooks().get(0).closes().isEmpty());
        assertEquals("pg", bad.clientsReachedFrom("src/main.ts").get(0).library());
    }

    @Test
    void moduleOwnedClientIsNotTheServersToClose() {
        assertTrue(ShutdownHooks.of(project("lifecycle/db-not-closed/good-nestjs-module-owned-client")).clients().isEmpty());
    }

    @Test
    void serverlessAndScriptServersDoNotListen() {
        assertTrue(ShutdownHooks.of(project("lifecycle/graceful-shutdown-missing/good-express-serverless")).listens().isEmpty());
        assertTrue(ShutdownHooks.of(project("lifecycle/graceful-shutdown-missing/good-hono-script-server")).listens().isEmpty());
    }

    @Test
    void globalHandlersPerFrameworkAndEarlyExpressMiddleware() {
        Project p = project("errors/global-handler-missing/good-nestjs-app-filter");
        ErrorHandlers eh = ErrorHandlers.of(p);
        Application nest = p.applications().get(0);
        assertEquals(1, eh.globals(nest).size());
        Project early = project("errors/global-handler-missing/bad-express-handler-before-routes");
        Application app = early.applications().get(0);
        assertTrue(ErrorHandlers.of(early).globals(app).isEmpty());
        assertEquals(1, ErrorHandlers.of(early).earlyHandlers(app).size());
        Project rc = project("errors/global-handler-missing/good-express-routing-controllers");
        assertEquals("routing-controllers default error handler", ErrorHandlers.of(rc).globals(rc.applications().get(0)).get(0).kind());
    }

    @Test
    void processHandlersFromLibraries() {
        ErrorHandlers winston = ErrorHandlers.of(project("errors/unhandled-rejection/good-express-winston"));
        assertEquals(List.of("winston"), winston.processHandlers().stream().map(ErrorHandlers.ProcessHandler::how).distinct().toList());
        ErrorHandlers sentry = ErrorHandlers.of(project("errors/unhandled-rejection/good-nestjs-sentry"));
        assertEquals("@sentry/node", sentry.processHandlers().get(0).how());
        ErrorHandlers grace = ErrorHandlers.of(project("errors/unhandled-rejection/good-fastify-close-with-grace"));
        assertEquals("close-with-grace", grace.processHandlers().get(0).how());
    }

    @Test
    void expressVersionAndUnwrappedHandlers() {
        ErrorHandlers four = ErrorHandlers.of(project("errors/async-handler-unwrapped/bad-express"));
        assertEquals(4, four.expressMajor());
        assertEquals(2, four.unwrapped().size());
        ErrorHandlers five = ErrorHandlers.of(project("errors/async-handler-unwrapped/good-express5"));
        assertEquals(5, five.expressMajor());
        assertTrue(five.unwrapped().isEmpty());
    }

    @Test
    void leaksAndSwallowedFailuresByKind() {
        ErrorHandlers bad = ErrorHandlers.of(project("errors/stack-leak/bad-express"));
        assertEquals(List.of("stack", "message", "object"), bad.leaks().stream().map(ErrorHandlers.Leak::what).toList());
        ErrorHandlers sw = ErrorHandlers.of(project("errors/swallowed/bad-express"));
        assertEquals(Set.of("catch-answers-success", "empty-catch", "empty-promise-catch"),
                Set.copyOf(sw.swallowed().stream().map(ErrorHandlers.Swallow::kind).toList()));
    }
}
