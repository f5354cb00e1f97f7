package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ServerCode.tooling's word prefilter keeps every kind of tooling path, in any case. */
class ToolingPathTest {

    @Test
    void toolingPathsOfEveryKind() {
        for (String p : List.of("scripts/x.ts", "src/Script/x.js", "SEEDS/a.ts", "db/seeders/b.ts", "seeding/c.ts", "migrations/1.ts",
                "Migrate/x.ts", "test/fixtures/x.ts", "tools/gen.ts", "Benchmarks/a.ts", "examples/app.ts", "DOCS/a.ts", "doc/x.ts",
                "src/app.config.ts", "vite.Config.mts", "knexfile.js", "GulpFile.js", "gruntfile.cjs", "ormconfig.ts",
                "src/data-source.ts", "src/DataSource.ts", "db/userSeed.ts", "src/migration-runner.ts", "jest.setup.ts",
                "Vitest.config.mts", "playwright.config.ts", "cypress.ts", "setupTests.ts", "setup-tests.js", ".pnp.cjs", ".pnp.loader.mjs")) {
            assertTrue(ServerCode.tooling(p), p);
        }
    }

    @Test
    void serverPathsAreNotTooling() {
        for (String p : List.of("src/app.ts", "src/users/users.service.ts", "src/routes/index.js", "src/descriptions/x.ts",
                "src/documents.ts", "src/toolsy/x.ts", "src/setup.ts", "src/jobs/queue.ts", "src/config/index.ts", "src/exampleService/x.ts")) {
            assertFalse(ServerCode.tooling(p), p);
        }
    }

    @Test
    void jvmPackagesAreNotToolingFolders() {
        // com.example, an app's "tools" or "scripts" package: package names below src/main/java, not script folders
        for (String p : List.of("src/main/java/com/example/demo/UserController.java", "backend/src/main/java/com/acme/tools/PdfService.java",
                "src/main/kotlin/org/acme/scripts/Runner.kt", "src/main/java/com/acme/docs/DocController.java")) {
            assertFalse(ServerCode.tooling(p), p);
        }
        // Flyway's Java migrations, and a JVM module inside a tooling folder, are tooling
        for (String p : List.of("src/main/java/db/migration/V2__Backfill.java", "src/main/java/com/acme/db/migration/V3__Move.java",
                "tools/codegen/src/main/java/com/acme/Gen.java", "examples/demo/src/main/java/com/acme/App.java")) {
            assertTrue(ServerCode.tooling(p), p);
        }
    }
}
