package dev.backcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 14 on the command line: --stats, and (below) sharding, merging and the facts cache. */
class ScaleTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void statsAddPhasesToTheJsonOnlyWhenAskedFor() throws Exception {
        String app = Fixtures.ROOT.resolve("apps/express-insecure").toString();
        Path with = tmp.resolve("with.json"), without = tmp.resolve("without.json");
        Main.run("scan", app, "--format", "json", "--output", with.toString(), "--fail-on", "none", "--stats");
        Main.run("scan", app, "--format", "json", "--output", without.toString(), "--fail-on", "none");
        JsonNode s = JSON.readTree(with.toFile()).path("stats");
        JsonNode plain = JSON.readTree(without.toFile()).path("stats");
        assertTrue(plain.path("phases").isMissingNode(), "timings vary run to run: only with --stats");
        assertEquals(plain.path("files").asInt(), s.path("files").asInt());
        List<String> names = new ArrayList<>();
        for (JsonNode p : s.path("phases")) {
            names.add(p.path("name").asText());
            assertTrue(p.path("wallMillis").asLong() >= 0 && p.path("cpuMillis").asLong() >= 0);
        }
        for (String n : List.of("config, walk", "parse stage", "parse (swc4j)", "extract facts", "model", "rules injection",
                "rules report (post)", "suppress, fingerprints")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
        JsonNode parse = null;
        for (JsonNode p : s.path("phases")) if (p.path("name").asText().equals("parse (swc4j)")) parse = p;
        assertEquals(s.path("files").asInt(), parse.path("files").asInt());
        assertEquals(s.path("lines").asLong(), parse.path("lines").asLong());
        assertTrue(parse.path("summedOverThreads").asBoolean());
        assertTrue(s.path("peakHeapBytes").asLong() > 0);
        assertTrue(s.path("wallMillis").asLong() >= 0);
    }
}
