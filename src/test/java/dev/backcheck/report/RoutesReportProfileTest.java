package dev.backcheck.report;

import dev.backcheck.findings.Location;
import dev.backcheck.model.Application;
import dev.backcheck.model.Route;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routes that exist only under a configuration profile (a Spring @Profile("dev") controller): listed, and marked so. */
class RoutesReportProfileTest {
    private static Route route(String method, String path, int line, String profile) {
        return new Route(method, path, new Location("src/main/java/Dev.java", line, 1, line, 10, null), null, List.of(), null, line,
                null, null, Route.Kind.HTTP, profile);
    }

    private static List<Application> apps() {
        List<Route> routes = List.of(route("GET", "/api/flats", 3, null), route("POST", "/api/dev/login", 9, "dev"),
                route("GET", "/api/sample", 12, "local, demo"));
        return List.of(new Application("spring", new Location("src/main/java/App.java", 1, 1, 1, 5, null), routes, List.of(),
                List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void jsonCarriesTheProfileOnlyWhenThereIsOne() throws Exception {
        var rs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(RoutesReport.json(apps())).get("routes");
        assertEquals(3, rs.size());
        assertEquals("/api/dev/login", rs.get(0).get("path").asText());
        assertEquals("dev", rs.get(0).get("profile").asText());
        assertFalse(rs.get(1).has("profile"), "a route of every profile keeps the expected-routes.json format");
        assertEquals("local, demo", rs.get(2).get("profile").asText());
    }

    @Test
    void textAndMarkdownMarkTheRowAndCountThem() {
        String text = RoutesReport.text(apps());
        assertTrue(text.contains("src/main/java/Dev.java:9 (profile dev)"), text);
        assertTrue(text.contains("src/main/java/Dev.java:12 (profile local, demo)"), text);
        assertTrue(text.contains("routes: 3 found (2 of them only under a configuration profile) in 1 application"), text);
        String md = RoutesReport.markdown(apps());
        assertTrue(md.contains("| src/main/java/Dev.java:9 (profile dev) |"), md);
    }
}
