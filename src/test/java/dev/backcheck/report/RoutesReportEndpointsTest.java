package dev.backcheck.report;

import dev.backcheck.findings.Location;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Route;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Non-HTTP endpoints (GraphQL fields, tRPC procedures) in the route inventory: text, JSON and markdown. */
class RoutesReportEndpointsTest {
    private static Route route(String method, String path, int line, Route.Kind kind, List<Control> chain) {
        return new Route(method, path, new Location("src/app.ts", line, 1, line, 10, null), null, chain, null, line, null, null, kind);
    }

    private static List<Application> apps() {
        Control guard = new Control(ControlKind.AUTH, "GqlAuthGuard", new Location("src/app.ts", 9, 1, 9, 5, null), null, "route");
        List<Route> routes = List.of(
                route("POST", "/graphql", 3, Route.Kind.HTTP, List.of()),
                route("MUTATION", "createPost", 9, Route.Kind.GRAPHQL, List.of(guard)),
                route("QUERY", "user", 7, Route.Kind.GRAPHQL, List.of()),
                route("MUTATION", "post.create", 12, Route.Kind.TRPC, List.of()));
        return List.of(new Application("express", new Location("src/app.ts", 1, 1, 1, 5, null), routes, List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }

    @Test
    void jsonNamesTheKindOfNonHttpEndpointsOnly() throws Exception {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(RoutesReport.json(apps()));
        var rs = root.get("routes");
        assertEquals(4, rs.size());
        assertFalse(rs.get(0).has("kind"), "an HTTP route keeps the expected-routes.json format");
        assertEquals("/graphql", rs.get(0).get("path").asText());
        assertEquals("graphql", rs.get(1).get("kind").asText());
        assertEquals("createPost", rs.get(1).get("path").asText());
        assertEquals("GqlAuthGuard", rs.get(1).get("auth").get(0).asText());
        assertEquals("user", rs.get(2).get("path").asText());
        assertEquals("trpc", rs.get(3).get("kind").asText());
    }

    @Test
    void textAndMarkdownShowOperationTypeAndName() {
        String text = RoutesReport.text(apps());
        assertTrue(text.contains("MUTATION  createPost"), text);
        assertTrue(text.contains("TRPC      post.create (mutation)"), text);
        assertTrue(text.contains("routes: 1 found (+ 2 GraphQL operations, 1 tRPC procedure) in 1 application"), text);
        String md = RoutesReport.markdown(apps());
        assertTrue(md.contains("| QUERY | `user` |"), md);
        assertTrue(md.contains("| TRPC | `post.create (mutation)` |"), md);
    }
}
