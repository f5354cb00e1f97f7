package dev.backcheck.concepts;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** secrets/dotenv-committed against real git work trees: the index (tracked), .gitignore files above the scan root, info/exclude. */
class DotenvTrackingTest {
    private static final String RULE = "secrets/dotenv-committed";
    private static final String ENV = "PORT=3000\nSTRIPE_SECRET_KEY=sk_live_WF1n8By1VgzGrBIE0vJ0r2mzOSJ5QafHIRzpcQiG\n";
    private static final String APP = "const express = require('express');\nconst app = express();\napp.listen(3000);\n";

    private static List<Finding> scan(Path root) {
        ScanResult r = Fixtures.scan(root, Set.of(RULE));
        return r.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
    }

    @Test
    void ignoredAndUntrackedIsFine(@TempDir Path dir) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            Files.writeString(dir.resolve(".gitignore"), ".env\n");
            Files.writeString(dir.resolve(".env"), ENV);
            Files.writeString(dir.resolve("app.js"), APP);
            git.add().addFilepattern(".gitignore").addFilepattern("app.js").call();
        }
        assertEquals(List.of(), scan(dir));
    }

    @Test
    void trackedBeforeTheIgnoreRuleIsReported(@TempDir Path dir) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            Files.writeString(dir.resolve(".env"), ENV);
            Files.writeString(dir.resolve("app.js"), APP);
            git.add().addFilepattern(".env").addFilepattern("app.js").call();
            Files.writeString(dir.resolve(".gitignore"), ".env\n"); // ignoring it now does not untrack it
        }
        List<Finding> fs = scan(dir);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(".env", fs.get(0).location().path());
        assertEquals(2, fs.get(0).location().line());
        assertTrue(fs.get(0).message().contains("tracked by git"), fs.get(0).message());
        assertFalse(fs.get(0).message().contains("sk_live_WF1n"), "the value never appears in the message");
    }

    @Test
    void untrackedButNotIgnoredIsReported(@TempDir Path dir) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            Files.writeString(dir.resolve(".env"), ENV);
            Files.writeString(dir.resolve("app.js"), APP);
            git.add().addFilepattern("app.js").call();
        }
        List<Finding> fs = scan(dir);
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).message().contains("next `git add .`"), fs.get(0).message());
    }

    @Test
    void ignoreRuleAboveTheScanRootCounts(@TempDir Path dir) throws Exception {
        Path api = dir.resolve("services/api");
        Files.createDirectories(api);
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            Files.writeString(dir.resolve(".gitignore"), "**/.env\n");
            Files.writeString(api.resolve(".env"), ENV);
            Files.writeString(api.resolve("app.js"), APP);
            git.add().addFilepattern(".gitignore").addFilepattern("services/api/app.js").call();
        }
        assertEquals(List.of(), scan(api));
    }

    @Test
    void infoExcludeCounts(@TempDir Path dir) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            Files.createDirectories(dir.resolve(".git/info"));
            Files.writeString(dir.resolve(".git/info/exclude"), ".env\n");
            Files.writeString(dir.resolve(".env"), ENV);
            Files.writeString(dir.resolve("app.js"), APP);
            git.add().addFilepattern("app.js").call();
        }
        assertEquals(List.of(), scan(dir));
    }
}
