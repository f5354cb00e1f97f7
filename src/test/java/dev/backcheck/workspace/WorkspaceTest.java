package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** File selection: nested .gitignore files with negation, default excludes, --exclude, size cap, symlinks. */
class WorkspaceTest {
    @TempDir
    Path root;

    private void write(String rel, String content) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private List<String> paths(Workspace w) {
        return w.files().stream().map(SourceFile::path).toList();
    }

    @Test
    void relativeAnswersAsRelativizeDoes() throws Exception {
        write("src/a.ts", "");
        Workspace w = Workspace.scan(root, List.of(), 1024 * 1024);
        Path r = w.root();
        for (String rel : List.of("src/a.ts", "a", ".github/x.yml", "src/.env", "src/..x/y", "src/x../y", "...", "a/./b",
                "a/../b", "..", ".", "a/b/..", "a/.")) {
            Path p = r.resolve(rel);
            assertEquals(r.relativize(p).toString(), w.relative(p), rel);
        }
        assertEquals("", w.relative(r));
        Path sibling = r.resolveSibling(r.getFileName() + "x").resolve("y.ts"); // shares the root's text as a prefix
        assertEquals(r.relativize(sibling).toString(), w.relative(sibling));
        assertEquals(r.relativize(r.getParent()).toString(), w.relative(r.getParent()));
    }

    @Test
    void readsTheConfigsModuleResolutionNeeds() throws Exception {
        write("tsconfig.base.json", "{}");
        write("apps/api/tsconfig.json", "{}");
        write("apps/api/tsconfig.build.json", "{}");
        write("apps/web/jsconfig.json", "{}");
        write("pnpm-workspace.yaml", "packages: []");
        write("packages/typescript-config/base.json", "{}");
        write("packages/tsconfig/node.json", "{}");
        write("packages/data/seed.json", "{}");
        write("data.yaml", "");
        Workspace w = Workspace.scan(root, List.of(), 1024 * 1024);
        assertEquals(List.of("apps/api/tsconfig.build.json", "apps/api/tsconfig.json", "apps/web/jsconfig.json",
                "packages/tsconfig/node.json", "packages/typescript-config/base.json", "pnpm-workspace.yaml", "tsconfig.base.json"), paths(w));
    }

    @Test
    void leavesOutTheBuildOutputOfJavaScriptFrameworks() throws Exception {
        // a monorepo that committed its Next.js build: the bundles are not the backend's source
        write("web/.next/server/vendor-chunks/next.js", "module.exports = {};");
        write("web/.next/static/chunks/app/page.js", "export default 1;");
        write("web/.nuxt/dist/server.mjs", "export {}");
        write("web/app/page.tsx", "export default function Page() { return null; }");
        write("backend/src/main.ts", "export {}");
        write("backend/.serverless/handler.js", "exports.h = 1;");
        // an editor's local history: timestamped copies of saved files, never loaded
        write(".history/backend/server_20250907155717.js", "require('express')().listen(3000);");
        List<String> got = paths(Workspace.scan(root, List.of(), 1024 * 1024));
        assertEquals(List.of("backend/src/main.ts", "web/app/page.tsx"), got);
    }

    @Test
    void leavesOutTheEditorsLocalHistorySnapshots() throws Exception {
        // VS Code Local History keeps a timestamped copy of each saved file: never run, never the project's source
        write(".history/backend/server_20250907153753.js", "require('express')().listen(3000);");
        write("backend/.history/routes/auth_20250906150956.js", "module.exports = 1;");
        write("backend/server.js", "require('express')().listen(3000);");
        assertEquals(List.of("backend/server.js"), paths(Workspace.scan(root, List.of(), 1024 * 1024)));
    }

    @Test
    void listsTheFilesOfOtherLanguagesByTheSameWalk() throws Exception {
        // the Python service's routes and build file are found by the walk, so --exclude and .gitignore apply to them
        write("services/ai/app.py", "@app.get('/x')\ndef x(): pass\n");
        write("services/ai/requirements.txt", "fastapi\n");
        write("legacy/old.py", "@app.get('/y')\ndef y(): pass\n");
        write("ignored/gen.py", "x = 1\n");
        write(".gitignore", "ignored/\n");
        write("src/app.ts", "export {}");
        Workspace ws = Workspace.scan(root, List.of("legacy/"), 1024 * 1024);
        assertEquals(List.of("services/ai/app.py", "services/ai/requirements.txt"), List.copyOf(ws.otherLanguageFiles().keySet()));
    }

    @Test
    void keepsFilesTheGitIndexTracksWhateverAGitignoreSays() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(root.toFile()).call()) {
            // committed first, ignored later: git keeps serving them, so the app runs with them
            write("src/main/resources/application.yml", "server:\n  servlet:\n    context-path: /api\n");
            write("config/application-prod.yml", "a=1");
            write("dist/bundle.js", "x");
            git.add().addFilepattern("src/main/resources/application.yml").addFilepattern("config/application-prod.yml")
                    .addFilepattern("dist/bundle.js").call();
        }
        write(".gitignore", "application.yml\nconfig/\nlocal-*.yml\n");
        write("src/main/resources/local-dev.yml", "x: 1"); // ignored, never tracked
        write("config/application-local.yml", "b=2"); // beside a tracked file in an ignored folder, never tracked
        write("src/app.ts", "export {}");
        List<String> got = paths(Workspace.scan(root, List.of(), 1024 * 1024));
        assertTrue(got.contains("src/main/resources/application.yml"), got.toString());
        assertTrue(got.contains("config/application-prod.yml"), got.toString());
        assertTrue(got.contains("src/app.ts"), got.toString());
        assertFalse(got.contains("src/main/resources/local-dev.yml"), got.toString());
        assertFalse(got.contains("config/application-local.yml"), got.toString());
        assertFalse(got.contains("dist/bundle.js"), got.toString()); // the default excludes still apply to tracked files
        // the same tree without its repository: the .gitignore decides alone
        org.eclipse.jgit.util.FileUtils.delete(root.resolve(".git").toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
        List<String> plain = paths(Workspace.scan(root, List.of(), 1024 * 1024));
        assertFalse(plain.contains("src/main/resources/application.yml"), plain.toString());
        assertFalse(plain.contains("config/application-prod.yml"), plain.toString());
        assertTrue(plain.contains("src/app.ts"), plain.toString());
    }

    @Test
    void readsSpringConfigABlanketGitignorePatternCoversWhenNoIndexSaysOtherwise() throws Exception {
        // an archive of a repository (no .git): git archive holds only tracked files, so a Spring config the blanket
        // *.yaml rule covers was committed with -f; the one the team names in .gitignore is a local file
        write(".gitignore", "**/application-local.yaml\n*.yaml\n");
        write("backend/src/main/resources/application.yaml", "server:\n  servlet:\n    context-path: /api\n");
        write("backend/src/main/resources/application-prod.yaml", "a: 1\n");
        write("backend/src/main/resources/application-local.yaml", "b: 2\n");
        write("backend/src/main/resources/openapi-extra.yaml", "c: 3\n");
        write("ops/application.yaml", "d: 4\n"); // not on the app's classpath
        List<String> got = paths(Workspace.scan(root, List.of(), 1024 * 1024));
        assertTrue(got.contains("backend/src/main/resources/application.yaml"), got.toString());
        assertTrue(got.contains("backend/src/main/resources/application-prod.yaml"), got.toString());
        assertFalse(got.contains("backend/src/main/resources/application-local.yaml"), got.toString());
        assertFalse(got.contains("backend/src/main/resources/openapi-extra.yaml"), got.toString());
        assertFalse(got.contains("ops/application.yaml"), got.toString());
    }

    @Test
    void readsABuildManifestABlanketGitignorePatternCoversWhenNoIndexSaysOtherwise() throws Exception {
        // s22 schoolms: *.xml (meant for test reports) covers the committed backend/pom.xml of an archive; a rule that
        // names the manifest itself keeps it out
        write(".gitignore", "*.xml\ntools/pom.xml\n");
        write("backend/pom.xml", "<project/>");
        write("backend/report.xml", "<r/>");
        write("tools/pom.xml", "<project/>");
        List<String> got = paths(Workspace.scan(root, List.of(), 1024 * 1024));
        assertTrue(got.contains("backend/pom.xml"), got.toString());
        assertFalse(got.contains("backend/report.xml"), got.toString());
        assertFalse(got.contains("tools/pom.xml"), got.toString());
    }

    @Test
    void honoursNestedGitignoresNegationAndDefaultExcludes() throws Exception {
        write(".gitignore", "*.gen.ts\n/tmp/\nlogs\n");
        write("src/a.ts", "");
        write("src/a.gen.ts", "");
        write("src/keep/.gitignore", "!special.gen.ts\nlocal.ts\n");
        write("src/keep/special.gen.ts", "");
        write("src/keep/local.ts", "");
        write("src/other/local.ts", "");
        write("tmp/x.ts", "");
        write("src/tmp/y.ts", "");
        write("logs/z.ts", "");
        write("node_modules/lib/index.js", "");
        write("packages/api/node_modules/x/index.js", "");
        write("dist/app.js", "");
        write("src/vendor/jquery.min.js", "");
        write("src/types/global.d.ts", "");
        write("README.md", "");
        write("image.png", "");
        Workspace w = Workspace.scan(root, List.of(), 1024 * 1024);
        assertEquals(List.of("README.md", "src/a.ts", "src/keep/special.gen.ts", "src/other/local.ts", "src/tmp/y.ts"), paths(w));
    }

    @Test
    void excludeGlobsUseGitignoreSyntax() throws Exception {
        write("src/a.ts", "");
        write("src/a.test.ts", "");
        write("test/b.ts", "");
        Workspace w = Workspace.scan(root, List.of("*.test.ts", "/test/"), 1024 * 1024);
        assertEquals(List.of("src/a.ts"), paths(w));
    }

    @Test
    void oversizedFilesBecomeNotifications() throws Exception {
        write("big.ts", "x".repeat(2000));
        write("small.ts", "const a = 1;");
        Workspace w = Workspace.scan(root, List.of(), 1000);
        assertEquals(List.of("small.ts"), paths(w));
        assertEquals(1, w.notifications().size());
        assertEquals("big.ts", w.notifications().get(0).path());
        assertEquals("file-too-large", w.notifications().get(0).id());
    }

    @Test
    void symlinksNeverLeadOutOfTheRoot(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.ts"), "export const s = 1;");
        Files.createDirectories(outside.resolve("dir"));
        Files.writeString(outside.resolve("dir/x.ts"), "");
        write("src/a.ts", "");
        Files.createSymbolicLink(root.resolve("src/link.ts"), outside.resolve("secret.ts"));
        Files.createSymbolicLink(root.resolve("src/linkdir"), outside.resolve("dir"));
        Files.createSymbolicLink(root.resolve("src/inside.ts"), root.resolve("src/a.ts"));
        Files.createSymbolicLink(root.resolve("src/loop"), root.resolve("src"));
        Workspace w = Workspace.scan(root, List.of(), 1024 * 1024);
        assertEquals(List.of("src/a.ts", "src/inside.ts"), paths(w));
        assertTrue(w.notifications().stream().anyMatch(n -> n.path().equals("src/link.ts") && n.id().equals("symlink-outside-root")));
        assertTrue(w.notifications().stream().anyMatch(n -> n.path().equals("src/linkdir")));
    }
}
