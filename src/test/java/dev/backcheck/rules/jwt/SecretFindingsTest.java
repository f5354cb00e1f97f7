package dev.backcheck.rules.jwt;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** One secret literal, one finding: jwt/hardcoded-secret gives the weakness as its second reason, jwt/weak-secret stays silent on it. */
class SecretFindingsTest {
    private static final Set<String> BOTH = Set.of("jwt/hardcoded-secret", "jwt/weak-secret");

    private static List<Finding> scan(String fixture) {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve(fixture), BOTH);
        return r.findings().stream().filter(f -> BOTH.contains(f.ruleId())).toList();
    }

    @Test
    void aWeakLiteralIsOneFindingWithBothReasons() {
        for (String fixture : List.of("rules/jwt/weak-secret/good-express-fallback-is-hardcoded-secret",
                "rules/jwt/weak-secret/good-hono-literal-is-hardcoded-secret",
                "rules/jwt/weak-secret/good-spring-yaml-literal-is-hardcoded-secret")) {
            List<Finding> fs = scan(fixture);
            assertEquals(1, fs.size(), fixture + ": " + fs);
            Finding f = fs.get(0);
            assertEquals("jwt/hardcoded-secret", f.ruleId(), fixture);
            assertTrue(f.message().contains("also weak"), fixture + ": " + f.message());
            assertNotNull(f.properties().get("weak"), fixture);
        }
    }

    @Test
    void aStrongLiteralIsOnlyHardcoded() {
        List<Finding> fs = scan("rules/jwt/hardcoded-secret/bad-spring-value-default");
        assertEquals(1, fs.size(), fs.toString());
        assertFalse(fs.get(0).message().contains("also weak"), fs.get(0).message());
    }

    @Test
    void aWeakValueInAnEnvFileIsWeakSecretAlone() {
        List<Finding> fs = scan("rules/jwt/weak-secret/bad-express-short");
        assertEquals(List.of("jwt/weak-secret"), fs.stream().map(Finding::ruleId).toList(), fs.toString());
        assertEquals(".env", fs.get(0).location().path());
    }
}
