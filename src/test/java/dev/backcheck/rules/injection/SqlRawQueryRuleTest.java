package dev.backcheck.rules.injection;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fixture harness keys findings by line; this checks that one sink call gives exactly one finding. */
class SqlRawQueryRuleTest {
    private static final String RULE = "injection/sql-raw-query";

    @Test
    void oneFindingPerSinkCall() {
        ScanResult r = Fixtures.scan(Path.of("test-fixtures/rules/injection/sql-raw-query/bad-one-finding-per-call"), Set.of(RULE));
        List<String> at = r.findings().stream().filter(f -> f.ruleId().equals(RULE))
                .map((Finding f) -> f.location().path() + ":" + f.location().line()).sorted().toList();
        // a helper named query() wrapping the driver, and a builder chaining .where and .andWhere: one call each
        assertEquals(List.of("src/app.js:13", "src/app.js:9"), at);
    }
}
