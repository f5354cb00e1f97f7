package dev.backcheck.frameworks;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.model.Application;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Express wiring the route inventory alone does not show: what was not followed, and production-only mounts. */
class ExpressWiringTest {

    @Test
    void aMountOverAnArrayNobodyPassesIsReportedNotDropped() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/express-route-classes"), Set.of());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertEquals(2, nm.size(), nm.toString());
        Project.NotModelled n = nm.get(0);
        assertEquals("this.app.use(item.path, item.router)", n.what());
        assertEquals("src/app.ts", n.path());
        assertEquals(36, n.line());
        assertTrue(n.registration());
        // a registration function typed for an Express app that nothing calls
        Project.NotModelled legacy = nm.get(1);
        assertEquals("src/routes/legacy.ts", legacy.path());
        assertTrue(legacy.what().startsWith("app.get('/legacy/status', function) on parameter 'app'"), legacy.what());
    }

    @Test
    void aMountedObjectAShadowedRouteAndUnresolvedMiddlewareAreNamedNotDropped() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/express-unresolved-guards-and-dropped-routes"), Set.of());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertEquals(5, nm.size(), nm.toString());
        // module.exports = { router, pushAlert } mounted whole: its three routes are counted and named
        Project.NotModelled object = nm.stream().filter(Project.NotModelled::registration).findFirst().orElseThrow();
        assertEquals("src/server.js", object.path());
        assertEquals(12, object.line());
        assertTrue(object.what().contains("3 routes in src/routes/alerts.js: GET / at :5, GET /:id at :9, GET /summary at :13"), object.what());
        // GET /recent after GET /:id: never runs, and is said so
        Project.NotModelled shadowed = nm.stream().filter(Project.NotModelled::shadowed).findFirst().orElseThrow();
        assertEquals("src/routes/notes.js", shadowed.path());
        assertEquals(20, shadowed.line());
        assertTrue(shadowed.what().startsWith("GET /api/notes/recent"), shadowed.what());
        // a whole module object, a file not in the tree, a name the module does not export: at their imports
        List<String> unresolved = nm.stream().filter(Project.NotModelled::middleware).map(n -> n.path() + ":" + n.line()).toList();
        assertEquals(List.of("src/routes/staff.js:4", "src/routes/staff.js:5", "src/server.js:6"), unresolved);
    }

    @Test
    void aDroppedEntryLeavesNoNotesInTheInventory() {
        // server/src/app.js cannot load (its middleware imports name files that are gone) and is left out of the
        // applications: its two unresolved middleware imports are not listed beside the live entry's routes
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/express-dead-and-archived-entries"), Set.of());
        assertEquals(1, r.project().applications().size(), r.project().applications().toString());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertTrue(nm.isEmpty(), nm.toString());
    }

    @Test
    void aRequireComputedFromATableIsFollowedAndOneFromTheEnvironmentIsReported() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/express-commonjs-route-loader"), Set.of());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertEquals(1, nm.size(), nm.toString());
        assertEquals("lib/boot/routes.js", nm.get(0).path());
        assertEquals(20, nm.get(0).line());
        // the middleware array mounted in a loop: helmet, cors and the limiter are application-wide
        Application app = r.project().applications().get(0);
        for (ControlKind k : List.of(ControlKind.HEADERS, ControlKind.CORS, ControlKind.RATE_LIMIT)) {
            assertTrue(app.anyMount(k), k + " in " + app.mounts());
        }
    }

    @Test
    void aRouteRegisteredOnlyOutsideProductionIsListedApartAsDevelopmentOnly() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/express-dev-only-route"), Set.of());
        List<Project.NotModelled> nm = r.project().notModelled();
        assertEquals(1, nm.size(), nm.toString());
        Project.NotModelled devRoute = nm.get(0);
        assertTrue(devRoute.devOnly() && devRoute.routeAside() && !devRoute.registration(), devRoute.toString());
        assertEquals("src/server.js", devRoute.path());
        assertEquals(10, devRoute.line());
        assertTrue(devRoute.what().startsWith("GET /api/debug/crash: registered only when NODE_ENV is not production"), devRoute.what());
        // the production application: the profiles route alone
        assertEquals(List.of("GET /api/profiles/:id"), r.project().applications().get(0).routes().stream().map(Route::label).toList());
        // the inventory lists it apart, and the summary counts it apart from what was not followed
        String text = dev.backcheck.report.RoutesReport.text(r.project().applications(), nm);
        assertTrue(text.contains("development only (registered only when NODE_ENV is not production; not listed above):"), text);
        assertTrue(text.contains("routes: 1 found in 1 application, 0 registrations not followed, 1 development only"), text);
        String json = dev.backcheck.report.RoutesReport.json(r.project().applications(), nm);
        assertTrue(json.replace(" ", "").contains("\"aside\":\"dev_only\""), json);
    }

    @Test
    void productionOnlyMountsAreMountedAndSaySo() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/express-route-table"), Set.of());
        assertTrue(r.project().notModelled().isEmpty(), r.project().notModelled().toString());
        Application app = r.project().applications().get(0);
        assertTrue(app.mounts().stream().anyMatch(m -> m.control().kind() == ControlKind.HEADERS
                && m.control().name().equals("helmet (production only)")), app.mounts().toString());
        // morgan is mounted only in development: not a control of the production app
        assertTrue(app.mounts().stream().noneMatch(m -> m.control().name().startsWith("morgan")), app.mounts().toString());
        // the development-only docs router is not mounted in production
        assertTrue(app.routes().stream().map(Route::path).noneMatch(p -> p.contains("api-docs")));
        // and nothing mounted is reported as created but never mounted
        assertTrue(app.unmounted().isEmpty(), app.unmounted().toString());
    }
}
