package dev.backcheck.cli;

import dev.backcheck.Fixtures;
import dev.backcheck.Fork;
import dev.backcheck.TestRules;
import dev.backcheck.report.SarifAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.backcheck.HostileFiles.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The guarantees of issue 4: byte-identical reports, a scanned tree that is never written nor
 * executed, output only where --output says, no network, and exit code 3 with one line for an
 * internal error while the partial SARIF is still written.
 */
class GuaranteesTest {
    @TempDir
    Path tmp;

    /** A tree with real apps, hostile files that produce notifications, and the normal app. */
    private Path richTree() throws Exception {
        Path root = tmp.resolve("tree");
        normalApp(root);
        copy(Fixtures.ROOT.resolve("apps/express-insecure"), root.resolve("apps/express"));
        copy(Fixtures.ROOT.resolve("apps/fastify-insecure"), root.resolve("apps/fastify"));
        Files.write(root.resolve("src/logo.ts"), binary(512));
        Files.write(root.resolve("src/utf16.ts"), utf16(VULNERABLE_APP, false));
        Files.writeString(root.resolve("src/deep.ts"), "export const x = " + "(".repeat(5000) + "a" + ")".repeat(5000) + ";\n");
        Files.writeString(root.resolve("src/broken.ts"), "export const = ;\n");
        Files.writeString(root.resolve("src/\u00fcn\u00efc\u00f6d\u00e9 name.ts"), VULNERABLE_APP);
        for (int i = 0; i < 40; i++) {
            Files.writeString(root.resolve("src/mod" + i + ".ts"), "import { Pool } from 'pg';\nconst pool = new Pool();\n"
                    + "export async function q" + i + "(id: string) {\n  return pool.query('SELECT ' + id + ' FROM t" + i + "');\n}\n");
        }
        return root;
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private Map<String, byte[]> scanAllFormats(Path root, String jobs, String tag) throws Exception {
        Path out = tmp.resolve("out-" + tag);
        int code = Main.run(TestRules.withSql(), "scan", root.toString(), "--jobs", jobs,
                "--format", "sarif", "--output", out.resolve("r.sarif").toString(),
                "--format", "json", "--output", out.resolve("r.json").toString(),
                "--format", "text", "--output", out.resolve("r.txt").toString());
        assertEquals(Main.FINDINGS, code);
        Map<String, byte[]> m = new TreeMap<>();
        for (String f : List.of("r.sarif", "r.json", "r.txt")) m.put(f, Files.readAllBytes(out.resolve(f)));
        return m;
    }

    @Test
    void reportsAreByteIdenticalAcrossRunsAndJobCounts() throws Exception {
        Path root = richTree();
        Map<String, byte[]> one = scanAllFormats(root, "1", "a");
        Map<String, byte[]> four = scanAllFormats(root, "4", "b");
        Map<String, byte[]> fourAgain = scanAllFormats(root, "4", "c");
        Map<String, byte[]> oneAgain = scanAllFormats(root, "1", "d");
        SarifAssert s = SarifAssert.of(new String(one.get("r.sarif"), StandardCharsets.UTF_8));
        assertTrue(s.results(TestRules.SQL).size() >= 3, "the tree has findings to order");
        assertTrue(s.notifications().size() >= 3, "and notifications to order");
        for (String f : one.keySet()) {
            assertArrayEquals(one.get(f), four.get(f), f + ": --jobs 1 vs --jobs 4");
            assertArrayEquals(four.get(f), fourAgain.get(f), f + ": two runs with --jobs 4");
            assertArrayEquals(one.get(f), oneAgain.get(f), f + ": two runs with --jobs 1");
        }
    }

    /** Every file and directory under {@code root}: type, size, mtime, permissions and a content hash. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> m = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws java.io.IOException {
                m.put(root.relativize(d) + "/", a.lastModifiedTime() + " " + Files.getPosixFilePermissions(d, LinkOption.NOFOLLOW_LINKS));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws java.io.IOException {
                String content = a.isRegularFile() ? HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f)))
                        : a.isSymbolicLink() ? "-> " + Files.readSymbolicLink(f) : "other";
                m.put(root.relativize(f).toString(), a.size() + " " + a.lastModifiedTime() + " "
                        + Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS) + " " + content);
                return FileVisitResult.CONTINUE;
            }
        });
        return m;
    }

    @Test
    void theScannedTreeIsNeitherWrittenNorExecuted() throws Exception {
        Path root = richTree();
        Path marker = tmp.resolve("executed");
        // code that leaves a mark if anything ever runs it: on require/import, as npm scripts, as a config
        String trap = "require('fs').writeFileSync(" + quoted(marker) + ", 'ran');\n";
        Files.writeString(root.resolve("src/trap.js"), trap);
        Files.writeString(root.resolve("src/trap.mjs"), "import fs from 'fs';\nfs.writeFileSync(" + quoted(marker) + ", 'ran');\n");
        Files.writeString(root.resolve("eslint.config.js"), trap);
        Files.writeString(root.resolve("apps/express/package.json"), "{\"name\":\"x\",\"scripts\":{\"preinstall\":\"touch "
                + marker + "\",\"postinstall\":\"touch " + marker + "\",\"test\":\"touch " + marker + "\"},"
                + "\"dependencies\":{\"express\":\"4.19.2\",\"pg\":\"8.11.0\"}}");
        Files.createSymbolicLink(root.resolve("src/link.ts"), root.resolve("src/app.ts"));
        Map<String, String> before = snapshot(root);
        assertEquals(Main.FINDINGS, Main.run(TestRules.withSql(), "scan", root.toString(), "--format", "sarif",
                "--output", tmp.resolve("out/r.sarif").toString()));
        assertEquals(before, snapshot(root), "the scanned tree changed");
        assertFalse(Files.exists(marker), "scanned code ran");
    }

    private static String quoted(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void internalErrorExitsThreeWithOneLineAndStillWritesThePartialSarif() throws Exception {
        Path root = tmp.resolve("tree");
        normalApp(root);
        Path out = tmp.resolve("out/r.sarif");
        String[] stderr = new String[1];
        int code = withStderr(stderr, () -> Main.run(TestRules.withFailingRule(), "scan", root.toString(),
                "--format", "sarif", "--output", out.toString()));
        assertEquals(Main.INTERNAL, code);
        List<String> lines = stderr[0].lines().toList();
        assertEquals(1, lines.size(), "one line on stderr: " + stderr[0]);
        assertTrue(lines.get(0).startsWith("backcheck: internal error: rule " + TestRules.EXPLODE + " failed"), lines.get(0));
        assertTrue(lines.get(0).contains("simulated rule bug"), lines.get(0));

        SarifAssert s = SarifAssert.of(Files.readString(out));
        assertFalse(s.executionSuccessful(), "executionSuccessful is false");
        s.assertResult(TestRules.SQL, VULNERABLE_PATH, VULNERABLE_LINE); // found before the failure
        assertEquals(1, s.results(TestRules.EXPLODE).size(), "what the failing rule reported before it threw is kept");
        assertTrue(s.notifications().stream().anyMatch(n -> n.at("/descriptor/id").asText().equals("internal-error")
                && n.at("/message/text").asText().contains(TestRules.EXPLODE)), "internal-error notification");
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        Path root = tmp.resolve("tree");
        normalApp(root);
        String[] stderr = new String[1];
        int code = withStderr(stderr, () -> Main.run(TestRules.withFailingRule(), "scan", root.toString(), "--verbose",
                "--format", "sarif", "--output", tmp.resolve("out/r.sarif").toString()));
        assertEquals(Main.INTERNAL, code);
        assertTrue(stderr[0].lines().count() > 3, stderr[0]);
        assertTrue(stderr[0].contains("at dev.backcheck.rules.testonly.ExplodeRule.check"), stderr[0]);
    }

    private static int withStderr(String[] captured, java.util.concurrent.Callable<Integer> body) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return body.call();
        } finally {
            System.setErr(saved);
            captured[0] = buf.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * A whole run in a separate JVM under strace, which records every system call of every thread:
     * the sound way to show that no code path (Java, JNI, a library's static initialiser) touches
     * the network or writes where it should not, without a SecurityManager. Checked:
     * <ul>
     * <li>no network: no connect/sendto/sendmsg/bind to an internet address, no UDP socket, and no
     * host name resolution (resolv.conf and /etc/hosts are never opened). The JVM's networking
     * library opening and closing a TCP socket at load (to probe IPv6 support) is not traffic;</li>
     * <li>nothing executed: the only execve is the JVM itself;</li>
     * <li>writes: every file or directory created, written, renamed or removed is in the --output
     * directory, except the JVM's own temporary directory where the parser's native library is
     * unpacked for loading and deleted at once (asserted gone afterwards); the working directory and
     * the scanned tree are untouched.</li>
     * </ul>
     */
    @Test
    void aForkedRunTouchesNoNetworkExecutesNothingAndWritesOnlyItsOutput() throws Exception {
        assumeTrue(Fork.onPath("strace"), "strace is not installed (apt-get install strace)");
        Path root = richTree();
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));
        Path jvmTmp = Files.createDirectories(tmp.resolve("jvmtmp"));
        Path outDir = tmp.resolve("out");
        Path trace = tmp.resolve("strace.txt");
        Map<String, String> before = snapshot(root);
        List<String> strace = List.of("strace", "-f", "-qq", "-o", trace.toString(), "-e",
                "trace=socket,connect,sendto,sendmsg,bind,execve,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,"
                        + "unlink,unlinkat,rmdir,link,linkat,symlink,symlinkat,truncate,chmod,fchmodat");
        Fork.Result r = Fork.run(strace, List.of("-XX:-UsePerfData", "-Djava.io.tmpdir=" + jvmTmp),
                List.of("scan", root.toString(), "--format", "sarif", "--output", outDir.resolve("r.sarif").toString(),
                        "--format", "json", "--output", outDir.resolve("r.json").toString()), cwd, tmp);
        String log = Files.readString(trace);
        assumeTrue(!log.contains("PTRACE_TRACEME") && !log.contains("Operation not permitted") || log.contains("execve("),
                "ptrace is not permitted here");
        assertEquals(Main.FINDINGS, r.exit(), r.stderr());
        SarifAssert.of(Files.readString(outDir.resolve("r.sarif"))).assertResult(TestRules.SQL, VULNERABLE_PATH, VULNERABLE_LINE);

        List<String> calls = log.lines().map(l -> l.replaceFirst("^\\d+\\s+", "")).toList();
        for (String c : calls) {
            assertFalse(c.contains("sa_family=AF_INET"), "network: " + c);
            assertFalse(c.startsWith("socket(AF_INET") && c.contains("SOCK_DGRAM"), "UDP socket: " + c);
            assertFalse(c.contains("/etc/resolv.conf") || c.contains("\"/etc/hosts\""), "host name resolution: " + c);
        }
        List<String> execs = calls.stream().filter(c -> c.startsWith("execve(")).toList();
        assertEquals(1, execs.size(), "programs executed: " + execs);
        assertTrue(execs.get(0).startsWith("execve(\"" + Fork.java() + "\""), execs.get(0));

        Pattern pathArg = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> writes = new ArrayList<>();
        for (String c : calls) {
            boolean writing = c.matches("^(open|openat)\\(.*(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC).*")
                    || c.matches("^(creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|rmdir|link|linkat|symlink|symlinkat|truncate|chmod|fchmodat)\\(.*");
            if (!writing || c.contains("= -1 ")) continue;
            Matcher m = pathArg.matcher(c);
            while (m.find()) {
                String p = m.group(1);
                if (p.startsWith("/proc/self/") || p.startsWith("/dev/")) continue; // the JVM tuning itself
                Path abs = cwd.resolve(p).normalize();
                if (abs.startsWith(outDir) || abs.startsWith(jvmTmp)) continue;
                writes.add(c);
            }
        }
        assertEquals(List.of(), writes, "writes outside --output");
        try (Stream<Path> s = Files.list(jvmTmp)) {
            assertEquals(List.of(), s.toList(), "the unpacked native library is removed");
        }
        try (Stream<Path> s = Files.list(cwd)) {
            assertEquals(List.of(), s.toList(), "nothing written to the working directory");
        }
        try (Stream<Path> s = Files.list(outDir)) {
            assertEquals(Set.of("r.sarif", "r.json"), new HashSet<>(s.map(p -> p.getFileName().toString()).toList()),
                    "only the requested outputs (no temporary files left)");
        }
        assertEquals(before, snapshot(root), "the scanned tree changed");
    }
}
