package dev.backcheck.cli;

import dev.backcheck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The result cache under --cache: an unchanged tree gets the very bytes of the scan that filled it (and runs no
 * scan: the facts cache is not touched), one changed file or option is a new scan, a damaged entry is recomputed.
 */
class ResultCacheTest {
    @TempDir
    Path tmp;

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String scan(Path app, Path cache, String name, String... extra) throws Exception {
        Path sarif = tmp.resolve(name + ".sarif"), text = tmp.resolve(name + ".txt");
        List<String> args = new java.util.ArrayList<>(List.of("scan", app.toString(), "--format", "sarif", "--output", sarif.toString(),
                "--format", "text", "--output", text.toString(), "--fail-on", "none"));
        if (cache != null) args.addAll(List.of("--cache", cache.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        return Files.readString(sarif) + "\n----\n" + Files.readString(text);
    }

    private static Path facts(Path cache) {
        return cache.resolve("facts-v1");
    }

    @Test
    void anUnchangedTreeReusesTheWholeResultByteForByte() throws Exception {
        Path app = tmp.resolve("app");
        copy(Fixtures.ROOT.resolve("apps/express-insecure"), app);
        Path cache = tmp.resolve("cache");
        String plain = scan(app, null, "plain");
        assertEquals(plain, scan(app, cache, "fill"));
        // without its facts the cache can only answer from the stored result: no scan ran if no facts were written again
        deleteTree(facts(cache));
        assertEquals(plain, scan(app, cache, "warm"));
        assertFalse(Files.exists(facts(cache)) && hasEntries(facts(cache)), "a warm result ran no scan");
        // another option is another key: the scan runs
        String fewer = scan(app, cache, "fewer", "--exclude", "src/routes");
        assertNotEquals(plain, fewer);
        assertEquals(scan(app, null, "fewer-plain", "--exclude", "src/routes"), fewer);
        assertTrue(hasEntries(facts(cache)), "the scan with another option ran");

        // one changed file: a new scan, identical to a scan without any cache
        Path victim;
        try (Stream<Path> s = Files.walk(app)) {
            victim = s.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".ts")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(victim, Files.readString(victim) + "\nconst cors = require('cors');\nrequire('express')().use(cors({ origin: true, credentials: true }));\n");
        String changed = scan(app, null, "changed-plain");
        assertNotEquals(plain, changed);
        assertEquals(changed, scan(app, cache, "changed-cached"));
        assertEquals(changed, scan(app, cache, "changed-warm"));

        // a damaged result entry is not trusted: the scan runs again and gives the same bytes
        try (Stream<Path> s = Files.walk(cache.resolve("results-v1"))) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".res"))::iterator) {
                byte[] b = Files.readAllBytes(p);
                b[b.length - 5] ^= 0x21;
                Files.write(p, b);
            }
        }
        assertEquals(changed, scan(app, cache, "damaged"));
    }

    private static boolean hasEntries(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(".bin"));
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    @Test
    void committingAFileIsAChangeEvenWhenNoFileContentChanged() throws Exception {
        // secrets/dotenv-committed reads the git index: staging .env changes the answer with every file byte the same
        Path app = tmp.resolve("gitapp");
        Files.createDirectories(app);
        Path cache = tmp.resolve("gitcache");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(app.toFile()).call()) {
            Files.writeString(app.resolve(".env"), "PORT=3000\nSTRIPE_SECRET_KEY=sk_live_WF1n8By1VgzGrBIE0vJ0r2mzOSJ5QafHIRzpcQiG\n");
            Files.writeString(app.resolve("app.js"), "const express = require('express');\nconst app = express();\napp.listen(3000);\n");
            git.add().addFilepattern("app.js").call();
            String untracked = scan(app, cache, "untracked");
            assertTrue(untracked.contains("next `git add .`"), untracked);
            git.add().addFilepattern(".env").call();
        }
        String tracked = scan(app, cache, "tracked");
        assertTrue(tracked.contains("tracked by git"), "a stale result was reused: " + tracked);
        assertEquals(tracked, scan(app, null, "tracked-plain"));
    }
}
