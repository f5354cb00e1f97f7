package dev.backcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.report.SarifSchema;
import dev.backcheck.report.SourceText;
import dev.backcheck.report.sarif.SarifReport;
import dev.backcheck.rules.testonly.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static dev.backcheck.rules.testonly.TestCatalog.write;
import static org.junit.jupiter.api.Assertions.*;

/** Fingerprints survive line shifts and reformatting; the baseline marks unchanged / new / absent. */
class BaselineTest {
    @TempDir
    Path tmp;

    private static final String USERS = """
            import { pool } from './pool';
            export async function find(id: string) {
              const rows = await pool.query(`SELECT * FROM users WHERE id = '${id}'`);
              return rows;
            }
            export async function search(q: string) {
              return pool.query('SELECT * FROM users WHERE name LIKE ' + "'%" + q + "%'");
            }
            export async function remove(id: string) {
              await pool.query(`DELETE FROM users WHERE id = '${id}'`);
              await pool.query(`DELETE FROM users WHERE id = '${id}'`); // twice, on purpose: same code, two findings
            }
            """;
    private static final String ORDERS = """
            import { pool } from './pool';
            export const list = (user) => pool.query(`SELECT * FROM orders WHERE user_id = ${user}`);
            """;

    private Path baselineOf(Path root) throws Exception {
        ScanResult r = TestCatalog.scan(root);
        String sarif = SarifReport.render(r, new SourceText(root));
        Path b = Files.createTempFile(tmp, "baseline", ".sarif");
        Files.writeString(b, sarif);
        return b;
    }

    /** Inserts {@code n} unrelated lines at the top of the file and right above every line that holds a finding. */
    private static String shift(String src, Set<Integer> findingLines, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("const padTop").append(i).append(" = ").append(i).append(";\n");
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (findingLines.contains(i + 1)) {
                for (int k = 0; k < n; k++) sb.append("  void ").append(k).append(";\n");
            }
            sb.append(lines[i]);
            if (i < lines.length - 1) sb.append('\n');
        }
        return sb.toString();
    }

    private static Set<Integer> lines(ScanResult r, String path) {
        Set<Integer> s = new TreeSet<>();
        for (Finding f : r.findings()) if (f.location().path().equals(path)) s.add(f.location().line());
        return s;
    }

    @Test
    void twentyLinesAboveEveryFindingGiveZeroNewResults() throws Exception {
        Path root = tmp.resolve("app");
        write(root, "src/users.ts", USERS);
        write(root, "src/orders.ts", ORDERS);
        ScanResult before = TestCatalog.scan(root);
        assertEquals(5, before.findings().size(), before.findings().toString());
        Path baseline = baselineOf(root);

        write(root, "src/users.ts", shift(USERS, lines(before, "src/users.ts"), 20));
        write(root, "src/orders.ts", shift(ORDERS, lines(before, "src/orders.ts"), 20));
        ScanResult after = TestCatalog.scan(root);
        assertEquals(5, after.findings().size());
        for (int i = 0; i < 5; i++) assertNotEquals(before.findings().get(i).location().line(), after.findings().get(i).location().line());

        ScanResult compared = Baseline.read(baseline, "baseline.sarif").apply(after);
        assertEquals(0, compared.baseline().newCount());
        assertEquals(5, compared.baseline().unchanged());
        assertTrue(compared.baseline().absent().isEmpty());
        for (Finding f : compared.findings()) assertEquals("unchanged", f.baselineState());
        assertFalse(compared.failsAt(Level.NOTE), "unchanged findings do not fail the run");
        assertTrue(compared.active().isEmpty());
    }

    @Test
    void reformattingTheFileKeepsFingerprints() throws Exception {
        Path root = tmp.resolve("app");
        write(root, "src/orders.ts", ORDERS);
        write(root, "src/users.ts", USERS);
        Set<String> before = fingerprints(TestCatalog.scan(root));
        // what Prettier (double quotes, trailing commas, arrow parens, wrapped arguments) would make of it
        write(root, "src/orders.ts", """
                import { pool } from "./pool";

                export const list = (user) =>
                  pool.query(
                    `SELECT * FROM orders WHERE user_id = ${user}`,
                  );
                """);
        write(root, "src/users.ts", """
                import { pool } from "./pool";

                export async function find(id: string) {
                  const rows = await pool.query(
                    `SELECT * FROM users WHERE id = '${id}'`,
                  );
                  return rows;
                }

                export async function search(q: string) {
                  return pool.query(
                    "SELECT * FROM users WHERE name LIKE " + "'%" + q + "%'",
                  );
                }

                export async function remove(id: string) {
                  await pool.query(`DELETE FROM users WHERE id = '${id}'`);
                  await pool.query(`DELETE FROM users WHERE id = '${id}'`); // twice, on purpose: same code, two findings
                }
                """);
        assertEquals(before, fingerprints(TestCatalog.scan(root)));
    }

    @Test
    void newAndAbsentFindingsAreReported() throws Exception {
        Path root = tmp.resolve("app");
        write(root, "src/users.ts", USERS);
        write(root, "src/orders.ts", ORDERS);
        Path baseline = baselineOf(root);
        write(root, "src/orders.ts", "import { pool } from './pool';\nexport const list = () => pool.query('SELECT 1');\n"
                + "export const bad = (u) => pool.query(`SELECT * FROM orders WHERE note = ${u.note}`);\n");
        write(root, "src/users.ts", USERS.replace("  await pool.query(`DELETE FROM users WHERE id = '${id}'`); // twice, on purpose: same code, two findings\n", ""));
        ScanResult r = Baseline.read(baseline, "baseline.sarif").apply(TestCatalog.scan(root));
        // orders: the old finding changed its code (absent) and two queries are new; users: one of the two duplicates is gone
        assertEquals(2, r.baseline().newCount(), r.findings().toString());
        assertEquals(3, r.baseline().unchanged());
        assertEquals(2, r.baseline().absent().size(), r.baseline().absent().toString());
        assertEquals(Set.of("src/orders.ts:2", "src/users.ts:11"),
                new TreeSet<>(r.baseline().absent().stream().map(a -> a.path() + ":" + a.line()).toList()));
        assertTrue(r.failsAt(Level.ERROR));
        assertEquals(2, r.active().size());
        String sarif = SarifReport.render(r, new SourceText(root));
        assertTrue(SarifSchema.validate(sarif).isEmpty(), sarif);
        JsonNode run = new ObjectMapper().readTree(sarif).at("/runs/0");
        Map<String, Integer> states = new TreeMap<>();
        for (JsonNode res : run.path("results")) states.merge(res.path("baselineState").asText(), 1, Integer::sum);
        assertEquals(Map.of("new", 2, "unchanged", 3), states);
        assertEquals(2, run.at("/properties/baseline/absent").size());
        for (JsonNode res : run.path("results")) {
            assertTrue(res.at("/partialFingerprints/backcheck~1v1").asText().matches("[0-9a-f]{16}:\\d+"), res.toString());
        }
    }

    @Test
    void aBaselineThatIsNotBackcheckSarifIsRejected() throws Exception {
        Path notJson = Files.writeString(tmp.resolve("x.sarif"), "not json");
        assertThrows(Baseline.BaselineException.class, () -> Baseline.read(notJson, "x.sarif"));
        Path other = Files.writeString(tmp.resolve("y.sarif"),
                "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"semgrep\"}},\"results\":[]}]}");
        Baseline.BaselineException e = assertThrows(Baseline.BaselineException.class, () -> Baseline.read(other, "y.sarif"));
        assertTrue(e.getMessage().contains("no backcheck run"), e.getMessage());
    }

    private static Set<String> fingerprints(ScanResult r) {
        Set<String> s = new TreeSet<>();
        for (Finding f : r.findings()) s.add(f.ruleId() + " " + f.location().path() + " " + f.fingerprint());
        return s;
    }
}
