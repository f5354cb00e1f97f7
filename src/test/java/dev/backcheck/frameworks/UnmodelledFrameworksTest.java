package dev.backcheck.frameworks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.model.Project;
import dev.backcheck.report.RoutesReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Servers of frameworks backcheck does not model are said so, where they are created; the route inventory says so too. */
class UnmodelledFrameworksTest {
    private static List<String> notModelled(ScanResult r) {
        return r.project().notModelled().stream()
                .map(n -> n.path() + ":" + n.line() + " " + n.what().substring(0, n.what().indexOf(" (")) + (n.registration() ? " [reg]" : ""))
                .toList();
    }

    @Test
    void koaHapiRestifyAtTheirCreationSitesButNotInTests() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/core-koa-not-modelled"), Set.of());
        assertEquals(List.of("services/legacy/hapi.js:4 hapi server", "services/legacy/restify.js:3 restify server",
                "src/server.ts:4 Koa application"), notModelled(r));
        assertTrue(r.notifications().stream().anyMatch(n -> n.id().equals("model/not-modelled") && n.path().equals("src/server.ts")
                && n.message().equals("not modelled: Koa application (koa is not modelled yet; its routes are not checked)")));
    }

    @Test
    void nextRouteFilesAndStandaloneGraphqlServers() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/core-next-graphql-not-modelled"), Set.of());
        assertEquals(List.of("app/api/health/route.ts:3 Next.js API route", "graphql/apollo.ts:5 standalone Apollo Server",
                "graphql/yoga.ts:4 standalone graphql-yoga server", "pages/api/users/[id].ts:3 Next.js API route"), notModelled(r));
    }

    @Test
    void aHonoMountTheModelCannotResolveIsReportedButNotFromTestCode() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/core-hono-unresolved-mount"), Set.of());
        assertEquals(List.of("src/app.ts:13 route(/{unknown}, import.default) mounts a router the model could not resolve; its routes"
                + " are missing [reg]"), r.project().notModelled().stream()
                .map(n -> n.path() + ":" + n.line() + " " + n.what() + (n.registration() ? " [reg]" : "")).toList());
        assertTrue(RoutesReport.text(r.project().applications(), r.project().notModelled())
                .endsWith("routes: 1 found in 1 application, 1 registration not followed\n"));
    }

    @Test
    void modelledFrameworksAreNotReported() {
        for (String app : List.of("apps/express-secure", "apps/fastify-secure", "apps/nestjs-secure", "apps/hono-secure")) {
            ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve(app), Set.of());
            assertTrue(r.project().notModelled().stream().noneMatch(n -> !n.registration()), app + ": " + notModelled(r));
        }
    }

    @Test
    void routesTextMarkdownAndJsonSayWhatWasNotFollowed() throws Exception {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("model/core-koa-not-modelled"), Set.of());
        List<Project.NotModelled> nm = new java.util.ArrayList<>(r.project().notModelled());
        nm.add(new Project.NotModelled("app.use(routes[i].path, ...)", "src/server.ts", 7, 1, true));
        String text = RoutesReport.text(r.project().applications(), nm);
        assertTrue(text.lines().anyMatch(l -> l.matches("  src/server\\.ts:4:13 +not modelled: Koa application \\(.*")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("  src/server\\.ts:7:1 +not followed: app\\.use\\(routes\\[i]\\.path, \\.\\.\\.\\)")), text);
        assertTrue(text.endsWith("routes: 0 found in 0 applications, 1 registration not followed, 3 not modelled\n"), text);
        String md = RoutesReport.markdown(r.project().applications(), nm);
        assertTrue(md.contains("- `src/server.ts:7:1`: not followed: app.use(routes\\[i\\].path, ...)")
                || md.contains("- `src/server.ts:7:1`: not followed: app.use(routes[i].path, ...)"), md);
        JsonNode json = new ObjectMapper().readTree(RoutesReport.json(r.project().applications(), nm));
        assertEquals(0, json.path("routes").size());
        assertEquals(4, json.path("notModelled").size());
        JsonNode reg = json.path("notModelled").get(3);
        assertEquals("src/server.ts", reg.path("file").asText());
        assertTrue(reg.path("registration").asBoolean());
        assertFalse(new ObjectMapper().readTree(RoutesReport.json(r.project().applications())).has("notModelled"),
                "the expected-routes.json format stays routes only");
        String clean = RoutesReport.text(Fixtures.scan(Fixtures.ROOT.resolve("apps/express-secure"), Set.of()).project().applications(), List.of());
        assertTrue(clean.endsWith(" registrations not followed\n") && !clean.contains("not modelled ("), clean);
    }
}
