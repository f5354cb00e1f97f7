package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What counts as test and tooling code, matched on paths relative to the scan root. */
class TestPathsTest {
    private final TestPaths def = TestPaths.of(null);

    @Test
    void defaultListCoversTestFoldersTestFilesStorybookAndFixtures() {
        for (String p : List.of("test/app.ts", "tests/helpers/server.ts", "src/__tests__/users.ts", "apps/api/e2e/app.ts",
                "spec/x.js", "src/__mocks__/db.ts", "cypress/support/server.ts", "src/users.test.ts", "src/users.spec.js",
                "test/app.e2e-spec.ts", "src/app.e2e-spec.ts", ".storybook/main.ts", "src/Button.stories.tsx",
                "src/fixtures/app.ts", "packages/a/__fixtures__/server.js", "src/__test__/app.ts", "load-tests/helpers/auth.js",
                "perf/k6/scenarios/login.js", "artillery/processor.js", "test-scripts/rbac-tests.js")) {
            assertTrue(def.test(p), p);
        }
    }

    @Test
    void applicationCodeIsNotTestCode() {
        for (String p : List.of("src/app.ts", "src/testing.ts", "src/contest/app.ts", "src/latest/app.ts",
                "test-fixtures/model/x/src/app.ts", "src/specs.ts", "src/routes/test-results.ts", "src/attest.ts", "src/routes/load-test-results.ts")) {
            assertFalse(def.test(p), p);
        }
    }

    @Test
    void aJvmPackageNamedLikeATestFolderIsProductionCode() {
        // src/main/java/com/acme/test/StatusController.java: "test" is a package name, the file is served code
        for (String p : List.of("src/main/java/com/acme/test/StatusController.java", "backend/src/main/java/com/acme/fixtures/Seed.java",
                "src/main/kotlin/com/acme/spec/Api.kt", "src/main/java/com/example/e2e/Probe.java")) {
            assertFalse(def.test(p), p);
        }
        // the source root's own folders and file-name patterns still count
        for (String p : List.of("src/test/java/com/acme/StatusControllerTest.java", "test/app/src/main/java/com/acme/App.java",
                "src/main/java/com/acme/web/UserTestHelper.java", "e2e/src/main/java/com/acme/App.java")) {
            assertTrue(def.test(p), p);
        }
        assertEquals(-1, TestPaths.jvmPackageStart("src/main/java/readme.md"));
        assertEquals(-1, TestPaths.jvmPackageStart("src/test/java/com/acme/A.java"));
        assertEquals("src/main/java/".length(), TestPaths.jvmPackageStart("src/main/java/com/acme/A.java"));
    }

    @Test
    void onlyFoldersBelowTheScanRootCount() {
        // a scan rooted inside test/fixtures/app sees src/app.ts, not test/fixtures/app/src/app.ts
        assertFalse(def.test("src/app.ts"));
        assertTrue(def.test("fixtures/app/src/app.ts"), "a fixtures/ folder below the root is fixture code");
    }

    @Test
    void customGlobsAreGitignoreLikeWithNegation() {
        TestPaths t = TestPaths.of(List.of("qa/", "*.check.ts", "/tools/", "!qa/keep.ts"));
        assertTrue(t.test("qa/a.ts"));
        assertTrue(t.test("src/a.check.ts"));
        assertTrue(t.test("tools/x.ts"));
        assertFalse(t.test("src/tools/x.ts"), "a leading slash anchors to the scan root");
        assertFalse(t.test("test/a.ts"));
        assertFalse(TestPaths.NONE.test("test/a.ts"));
    }
}
