package dev.backcheck.concepts;

import dev.backcheck.claims.ClaimJudge;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Notification;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** OpenApiSpecs: reading documents safely, comparing paths, and the claim judge answering from it. */
class OpenApiSpecsTest {
    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private ScanResult scan(Set<String> rules) throws IOException {
        ScanOptions o = ScanOptions.defaults(tmp).withJobs(1);
        return new Scanner(RuleCatalog.builtin()).scan(rules == null ? o : o.withOnlyRules(rules));
    }

    private static final String APP = """
            import express from 'express';
            const app = express();
            app.get('/api/users', (_req, res) => res.json([]));
            app.get('/api/users/:id', (req, res) => res.json({ id: req.params.id }));
            app.listen(3000);
            """;

    @Test
    void pathsCompareWithoutParameterNamesOrCase() {
        assertEquals("/users/{}", OpenApiSpecs.normalise("/users/:userId", true));
        assertEquals("/users/{}", OpenApiSpecs.normalise("/users/{id}/", false));
        assertEquals("/files/{}.{}", OpenApiSpecs.normalise("/files/:name.:ext", true));
        assertEquals("/?/users", OpenApiSpecs.normalise("/{unknown}/users", true));
        assertTrue(OpenApiSpecs.pathMatches("/?/users", "/api/v1/users"), "an unresolved prefix matches any segments");
        assertFalse(OpenApiSpecs.pathMatches("/?/users", "/users"));
        assertTrue(OpenApiSpecs.pathMatches("/api/vehicle", "/api/Vehicle"));
        assertEquals("/v1", OpenApiSpecs.basePath("https://api.example.com/v1/"));
        assertEquals("", OpenApiSpecs.basePath("http://localhost:3000"));
        assertEquals("/api", OpenApiSpecs.basePath("api"));
        assertNull(OpenApiSpecs.normalise("docs", "../../etc/passwd"), "a $ref never leaves the scan root");
        assertEquals("docs/paths/users.yaml", OpenApiSpecs.normalise("docs", "./paths/users.yaml"));
    }

    @Test
    void aBrokenDocumentIsANotificationAndTheScanGoesOn() throws IOException {
        write("package.json", "{\"name\":\"x\",\"dependencies\":{\"express\":\"4.21.2\"}}");
        write("src/app.ts", APP);
        write("openapi.yaml", "openapi: 3.1.0\ninfo: {title: x\npaths:\n  /api/users: [\n");
        write("swagger.json", "{ \"swagger\": \"2.0\", \"paths\": { ");
        ScanResult r = scan(Set.of("api/openapi-drift", "api/openapi-missing"));
        List<Notification> bad = r.notifications().stream().filter(n -> n.id().equals("bad-openapi-document")).toList();
        assertEquals(List.of("openapi.yaml", "swagger.json"), bad.stream().map(Notification::path).toList());
        assertTrue(r.internalErrors().isEmpty());
        assertTrue(r.findings().isEmpty(), "a document that cannot be read is not compared: " + r.findings());
    }

    @Test
    void aRefOutsideTheRootIsNotFollowedAndItsPathStaysDocumented() throws IOException {
        write("package.json", "{\"name\":\"x\",\"dependencies\":{\"express\":\"4.21.2\"}}");
        write("src/app.ts", APP);
        write("docs/openapi.yaml", """
                openapi: 3.0.0
                info: { title: x, version: '1' }
                paths:
                  /api/users:
                    $ref: '../../outside.yaml'
                  /api/users/{id}:
                    $ref: 'paths/user.yaml#/item'
                """);
        write("docs/paths/user.yaml", "item:\n  get:\n    responses: { '200': { description: ok } }\n  delete:\n    responses: { '204': { description: gone } }\n");
        ScanResult r = scan(Set.of("api/openapi-drift"));
        OpenApiSpecs.Spec s = OpenApiSpecs.of(r.project()).specs().get(0);
        assertEquals(List.of("ANY /api/users", "GET /api/users/{id}", "DELETE /api/users/{id}"),
                s.operations().stream().map(o -> o.method() + " " + o.path()).toList());
        // the DELETE is written in the referenced file, reported there
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertEquals("docs/paths/user.yaml", r.findings().get(0).location().path());
        assertEquals(4, r.findings().get(0).location().line());
    }

    @Test
    void theJudgeAnswersOpenApiClaimsFromTheConcept() throws IOException {
        write("package.json", "{\"name\":\"x\",\"dependencies\":{\"express\":\"4.21.2\"}}");
        write("src/app.ts", APP);
        write("IMPLEMENTATION_REPORT.md", "# Implementation Report\n\n## Security Measures\n\n- ✅ OpenAPI/Swagger documentation for every endpoint\n");
        ScanResult none = scan(null);
        ClaimJudge.Verdict v = ClaimJudge.of(none.project()).judged().orElseThrow().stream()
                .filter(x -> x.claim().text().contains("OpenAPI")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.CONTRADICTED, v.status(), v.toString());

        write("openapi.yaml", "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /api/users:\n    get: {}\n  /api/users/{id}:\n    get: {}\n");
        ScanResult docd = scan(null);
        v = ClaimJudge.of(docd.project()).judged().orElseThrow().stream().filter(x -> x.claim().text().contains("OpenAPI")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.VERIFIED, v.status(), v.toString());

        write("openapi.yaml", "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /api/users:\n    get: {}\n    post: {}\n");
        ScanResult drift = scan(null);
        v = ClaimJudge.of(drift.project()).judged().orElseThrow().stream().filter(x -> x.claim().text().contains("OpenAPI")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.PARTIAL, v.status(), v.toString());
    }
}
