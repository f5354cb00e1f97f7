package dev.backcheck.engine;

import dev.backcheck.HostileFiles;
import dev.backcheck.TestRules;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Notification;
import dev.backcheck.report.SarifAssert;
import dev.backcheck.report.SourceText;
import dev.backcheck.report.sarif.SarifReport;
import dev.backcheck.workspace.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.backcheck.HostileFiles.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Files that change under the scan, and files that take too long: the scan completes, reports
 * them, and still reports the normal file's finding. Uses the package-private scanner hooks to act
 * between the walk and the reads, and on the parser thread.
 */
class ScannerDisturbanceTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void tree() throws Exception {
        root = tmp.resolve("tree");
        normalApp(root);
    }

    private ScanResult scan(Scanner.Hooks hooks, Duration timeout) throws Exception {
        ScanOptions o = ScanOptions.defaults(root).withJobs(2).withFileTimeout(timeout);
        ScanResult r = new Scanner(TestRules.withSql(), hooks).scan(o);
        assertTrue(r.internalErrors().isEmpty(), r.internalErrors().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals(TestRules.SQL)
                && f.location().path().equals(VULNERABLE_PATH) && f.location().line() == VULNERABLE_LINE), "normal finding: " + r.findings());
        SarifAssert.of(SarifReport.render(r, new SourceText(root)));
        return r;
    }

    private static Notification notification(ScanResult r, String path, String id) {
        return r.notifications().stream().filter(n -> path.equals(n.path()) && n.id().equals(id)).findFirst()
                .orElseGet(() -> fail("no " + id + " for " + path + " in " + r.notifications()));
    }

    @Test
    void fileDeletedAfterTheWalk() throws Exception {
        Files.writeString(root.resolve("src/gone.ts"), "export const a = 1;\n");
        ScanResult r = scan(new Scanner.Hooks() {
            @Override
            public void afterWalk(List<SourceFile> files) {
                assertTrue(files.stream().anyMatch(f -> f.path().equals("src/gone.ts")), "walked before deletion");
                try {
                    Files.delete(root.resolve("src/gone.ts"));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }, Duration.ofSeconds(10));
        assertTrue(notification(r, "src/gone.ts", "unreadable-file").message().contains("NoSuchFileException"));
    }

    @Test
    void fileReplacedByADirectoryAfterTheWalk() throws Exception {
        Files.writeString(root.resolve("src/swapped.ts"), "export const a = 1;\n");
        ScanResult r = scan(new Scanner.Hooks() {
            @Override
            public void afterWalk(List<SourceFile> files) {
                try {
                    Files.delete(root.resolve("src/swapped.ts"));
                    Files.createDirectory(root.resolve("src/swapped.ts"));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }, Duration.ofSeconds(10));
        assertTrue(notification(r, "src/swapped.ts", "unreadable-file").message().contains("could not be read"));
    }

    @Test
    void fileReplacedByASymlinkOutOfTheRootAfterTheWalkIsNotRead() throws Exception {
        Path secret = tmp.resolve("secret.ts");
        Files.writeString(secret, VULNERABLE_APP);
        Files.writeString(root.resolve("src/raced.ts"), "export const a = 1;\n");
        ScanResult r = scan(new Scanner.Hooks() {
            @Override
            public void afterWalk(List<SourceFile> files) {
                try {
                    Files.delete(root.resolve("src/raced.ts"));
                    Files.createSymbolicLink(root.resolve("src/raced.ts"), secret);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }, Duration.ofSeconds(10));
        notification(r, "src/raced.ts", "unreadable-file");
        for (Finding f : r.findings()) assertNotEquals("src/raced.ts", f.location().path(), "read through the swapped link");
    }

    @Test
    void fileThatGrewPastTheCapAfterTheWalk() throws Exception {
        Files.writeString(root.resolve("src/grows.ts"), "export const a = 1;\n");
        ScanResult r = scan(new Scanner.Hooks() {
            @Override
            public void afterWalk(List<SourceFile> files) {
                try {
                    Files.writeString(root.resolve("src/grows.ts"), "// " + "x".repeat(2 * 1024 * 1024) + "\n");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }, Duration.ofSeconds(10));
        assertTrue(notification(r, "src/grows.ts", "file-too-large").message().contains("grew past"));
    }

    @Test
    void fileMadeUnreadable() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not stop root from reading");
        Path f = root.resolve("src/locked.ts");
        Files.writeString(f, "export const a = 1;\n");
        try {
            ScanResult r = scan(new Scanner.Hooks() {
                @Override
                public void afterWalk(List<SourceFile> files) {
                    try {
                        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }, Duration.ofSeconds(10));
            assertTrue(notification(r, "src/locked.ts", "unreadable-file").message().contains("AccessDeniedException"));
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void pathologicalFileBecomesATimeoutNotificationInsteadOfAHungScan() throws Exception {
        Files.writeString(root.resolve("src/slow.ts"), "export const a = 1;\n");
        CountDownLatch release = new CountDownLatch(1);
        Scanner.Hooks slow = new Scanner.Hooks() {
            @Override
            public void beforeParse(String path) {
                if (!path.equals("src/slow.ts")) return;
                // like a native parse stuck in a loop: computes, ignores interrupts, ends only when the test lets it
                while (release.getCount() > 0) Thread.onSpinWait();
            }
        };
        try {
            ScanResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> scan(slow, Duration.ofSeconds(1)));
            Notification n = notification(r, "src/slow.ts", "timeout");
            assertTrue(n.message().contains("longer than 1 s of CPU time"), n.message());
            assertEquals(1, r.filesAnalyzed(), "the other file is analysed");
        } finally {
            release.countDown();
        }
    }

    @Test
    void theBudgetIsCpuTimeSoAFileWhoseThreadWaitsIsNotATimeout() throws Exception {
        // a loaded machine: the parser thread gets no processor for 3 s (here it sleeps) while the file needs hardly any
        // CPU time; a wall-clock budget of 1 s called it a timeout, so the output depended on the machine's load
        Files.writeString(root.resolve("src/waits.ts"), "export const a = 1;\n");
        Scanner.Hooks waits = new Scanner.Hooks() {
            @Override
            public void beforeParse(String path) {
                if (!path.equals("src/waits.ts")) return;
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ScanResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> scan(waits, Duration.ofSeconds(1)));
        assertTrue(r.notifications().stream().noneMatch(n -> n.id().equals("timeout")), r.notifications().toString());
        assertEquals(2, r.filesAnalyzed(), "both files are analysed");
    }

    @Test
    void manySlowFilesDoNotStarveTheOthers() throws Exception {
        // more stuck files than parser threads: each timeout adds a worker, so the rest still run; these threads are
        // blocked (they use no CPU time), so the stall budget (wall time, shortened here) gives them up
        for (int i = 0; i < 5; i++) Files.writeString(root.resolve("src/slow" + i + ".ts"), "export const a = 1;\n");
        for (int i = 0; i < 20; i++) Files.writeString(root.resolve("src/ok" + i + ".ts"), "export const b" + i + " = 2;\n");
        CountDownLatch release = new CountDownLatch(1);
        Scanner.Hooks slow = new Scanner.Hooks() {
            @Override
            public void beforeParse(String path) {
                if (!path.startsWith("src/slow")) return;
                blocked();
            }

            @Override
            public Duration stallBudget(Duration cpuBudget) {
                return Duration.ofSeconds(2);
            }

            private void blocked() {
                while (release.getCount() > 0) {
                    try {
                        release.await(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException ignored) {
                        // keep spinning
                    }
                }
            }
        };
        try {
            ScanResult r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> scan(slow, Duration.ofSeconds(1)));
            assertEquals(5, r.notifications().stream().filter(n -> n.id().equals("timeout")).count(), r.notifications().toString());
            assertEquals(21, r.filesAnalyzed());
        } finally {
            release.countDown();
        }
    }
}
