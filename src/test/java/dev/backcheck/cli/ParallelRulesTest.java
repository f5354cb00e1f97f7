package dev.backcheck.cli;

import dev.backcheck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rules run on --jobs threads (concepts computed once per project even when two rules ask at once, findings
 * merged in rule order): every sample app gives the same SARIF bytes on 1, 2 and 4 threads.
 */
class ParallelRulesTest {
    @TempDir
    Path tmp;

    @Test
    void everySampleAppGivesTheSameSarifOnOneTwoAndFourThreads() throws Exception {
        List<Path> apps;
        try (Stream<Path> s = Files.list(Fixtures.ROOT.resolve("apps"))) {
            apps = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(apps.size() >= 10, "sample apps: " + apps.size());
        int withFindings = 0;
        for (Path app : apps) {
            String one = null;
            for (String jobs : List.of("1", "2", "4")) {
                Path out = tmp.resolve(app.getFileName() + "-" + jobs + ".sarif");
                Main.run("scan", app.toString(), "--format", "sarif", "--output", out.toString(), "--fail-on", "none", "--jobs", jobs);
                String sarif = Files.readString(out);
                if (one == null) one = sarif;
                else assertEquals(one, sarif, app.getFileName() + " on " + jobs + " threads");
            }
            if (one.contains("\"ruleId\"")) withFindings++;
        }
        assertTrue(withFindings >= 5, "apps with findings: " + withFindings);
    }
}
