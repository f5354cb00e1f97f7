package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Golden test of module resolution on one monorepo: every (importing file, specifier) pair of
 * {@code resolver/queries.txt} is resolved and the results are compared with
 * {@code resolver/golden.txt} (each line checked by hand against TypeScript's and Node's rules).
 * Regenerate with {@code -Dgolden.update=true} after a deliberate change, then review the diff.
 */
class ModuleResolverTest {
    private static final Path DIR = Path.of("src/test/resources/resolver");

    static Map<String, String> texts() {
        Map<String, String> t = new TreeMap<>();
        t.put("package.json", """
                { "name": "acme", "private": true, "workspaces": ["apps/*", "packages/*"] }
                """);
        t.put("pnpm-workspace.yaml", """
                packages:
                  - 'tools/*'
                  - '!tools/a'
                """);
        t.put("tsconfig.base.json", """
                {
                  // shared options; comments and trailing commas are allowed in tsconfig
                  "compilerOptions": {
                    "baseUrl": ".",
                    "paths": { "@shared/*": ["packages/shared/src/*"], },
                  },
                }
                """);
        t.put("apps/api/tsconfig.json", """
                {
                  "extends": "../../tsconfig.base.json",
                  "compilerOptions": {
                    /* own paths replace the inherited ones; baseUrl is inherited (the repository root) */
                    "paths": { "@/*": ["apps/api/src/*"], "~lib": ["apps/api/src/lib/index.ts"], "@cfg/*": ["missing/*", "apps/api/src/config/*"] }
                  }
                }
                """);
        t.put("apps/api/package.json", """
                { "name": "@acme/api", "type": "module",
                  "imports": { "#db": "./src/db/index.ts", "#lib/*": { "types": "./src/lib/*.d.ts", "import": "./src/lib/*.js" },
                               "#http": "express" } }
                """);
        t.put("apps/web/tsconfig.json", """
                { "extends": ["@acme/tsconfig/base.json", "./tsconfig.paths"] }
                """);
        t.put("apps/web/tsconfig.paths.json", """
                { "compilerOptions": { "paths": { "@web/*": ["src/*"] } } }
                """);
        t.put("apps/web/package.json", """
                { "name": "@acme/web" }
                """);
        t.put("apps/js/jsconfig.json", """
                { "compilerOptions": { "baseUrl": "src" } }
                """);
        t.put("packages/tsconfig/package.json", """
                { "name": "@acme/tsconfig" }
                """);
        t.put("packages/tsconfig/base.json", """
                { "compilerOptions": { "strict": true } }
                """);
        t.put("packages/shared/package.json", """
                { "name": "@acme/shared",
                  "exports": { ".": { "types": "./dist/index.d.ts", "import": "./dist/index.js" },
                               "./auth": "./src/auth/index.ts", "./utils/*": "./src/utils/*.ts", "./package.json": "./package.json" } }
                """);
        t.put("packages/shared/tsconfig.json", """
                { "extends": "../../tsconfig.base.json", "compilerOptions": { "outDir": "dist", "rootDir": "src" } }
                """);
        t.put("packages/legacy/package.json", """
                { "name": "legacy-lib", "main": "lib/index.js" }
                """);
        t.put("tools/cli/package.json", """
                { "name": "@acme/cli", "main": "./index.js" }
                """);
        t.put("tools/a/package.json", """
                { "name": "@acme/cli", "main": "./index.js" }
                """);
        t.put("apps/broken/tsconfig.json", "{ \"compilerOptions\": ");
        return t;
    }

    static List<String> files() {
        return List.of(
                "apps/api/src/server.ts", "apps/api/src/app.ts", "apps/api/src/db/index.ts", "apps/api/src/lib/log.ts",
                "apps/api/src/lib/index.ts", "apps/api/src/lib/format.mts", "apps/api/src/lib/old.cts",
                "apps/api/src/routes/users.ts", "apps/api/src/routes/index.tsx", "apps/api/src/config/env.ts",
                "apps/web/src/main.ts", "apps/web/src/api/client.ts", "apps/js/src/index.js", "apps/js/src/models/user.js",
                "apps/broken/src/a.ts", "apps/broken/src/b.ts",
                "packages/shared/src/index.ts", "packages/shared/src/auth/index.ts", "packages/shared/src/utils/strings.ts",
                "packages/legacy/src/index.ts", "tools/cli/index.js", "tools/a/index.js", "src/index.ts");
    }

    static String run() throws IOException {
        TsModuleResolver r = new TsModuleResolver(files(), texts());
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(DIR.resolve("queries.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] q = line.trim().split("\\s+");
            sb.append(q[0]).append("  ").append(q[1]).append("  ->  ").append(r.resolve(q[0], q[1])).append('\n');
        }
        r.problems().forEach((p, why) -> sb.append("problem ").append(p).append('\n'));
        return sb.toString();
    }

    @Test
    void resolvesAsTypeScriptAndNodeDo() throws IOException {
        String got = run();
        Path golden = DIR.resolve("golden.txt");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, got, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got);
    }

    @Test
    void lookupsAreCachedAndStable() {
        TsModuleResolver r = new TsModuleResolver(files(), texts());
        String a = r.resolve("apps/api/src/server.ts", "@/routes/users");
        assertEquals("apps/api/src/routes/users.ts", a);
        assertSame(a, r.resolve("apps/api/src/app.ts", "@/routes/users"), "same directory, same specifier: the cached answer");
    }

    @Test
    void neverThrowsOnHostileConfig() {
        Map<String, String> t = new TreeMap<>();
        t.put("tsconfig.json", "{\"extends\": \"./tsconfig.json\", \"compilerOptions\": {\"paths\": {\"*\": [\"*\", \"../../*\"]}}}");
        t.put("package.json", "{\"name\": 5, \"imports\": {\"#a\": {\"x\": {\"y\": [\"#a\"]}}}, \"workspaces\": {\"packages\": 3}}");
        t.put("pnpm-workspace.yaml", "packages: [[[");
        TsModuleResolver r = new TsModuleResolver(List.of("a.ts"), t);
        assertEquals("a.ts", r.resolve("b.ts", "a"));
        assertNull(r.resolve("b.ts", "#a"));
        assertNull(r.resolve("b.ts", "../x"));
        assertTrue(r.problems().containsKey("pnpm-workspace.yaml"));
    }

    @Test
    void bareSpecifiersFromTheRootOfARootpathOrNodePathPackage() {
        Map<String, String> t = new TreeMap<>();
        t.put("api/package.json", "{\"dependencies\": {\"express\": \"^4\", \"rootpath\": \"^0.1.2\"}}");
        t.put("worker/package.json", "{\"scripts\": {\"start\": \"cross-env NODE_PATH=./src node src/main.js\"}}");
        t.put("plain/package.json", "{\"dependencies\": {\"express\": \"^4\"}}");
        TsModuleResolver r = new TsModuleResolver(List.of("api/services/book.js", "api/controllers/books.js",
                "worker/src/jobs/index.js", "worker/src/main.js", "plain/services/book.js", "plain/routes/a.js"), t);
        assertEquals("api/services/book.js", r.resolve("api/controllers/books.js", "services/book"));
        assertNull(r.resolve("api/controllers/books.js", "express"), "a package, not a folder of the project");
        assertEquals("worker/src/jobs/index.js", r.resolve("worker/src/main.js", "jobs"));
        assertNull(r.resolve("plain/routes/a.js", "services/book"), "without rootpath or NODE_PATH a bare name is a package");
    }
}
