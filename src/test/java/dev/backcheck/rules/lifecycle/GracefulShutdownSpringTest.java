package dev.backcheck.rules.lifecycle;

import dev.backcheck.Fixtures;
import dev.backcheck.findings.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Spring Boot's graceful shutdown advice fits the Boot version: the server.shutdown property exists only from 2.3. */
class GracefulShutdownSpringTest {
    private static final String ID = "lifecycle/graceful-shutdown-missing";

    private static Finding only(String fixture) {
        Path dir = Fixtures.ROOT.resolve("rules").resolve(ID).resolve(fixture);
        List<Finding> fs = Fixtures.scan(dir, Set.of(ID)).findings().stream().filter(f -> f.ruleId().equals(ID)).toList();
        assertEquals(1, fs.size(), fs::toString);
        return fs.get(0);
    }

    @Test
    void bootBefore23IsToldToUpgradeNotToSetAMissingProperty() {
        Finding old = only("bad-spring-boot-2-0");
        assertTrue(old.message().contains("2.0.3.RELEASE") && old.message().contains("2.3"), old.message());
        assertTrue(old.fix().startsWith("upgrade to Spring Boot 2.3"), old.fix());
        Finding recent = only("bad-spring-boot-3-2");
        assertTrue(recent.fix().startsWith("set server.shutdown=graceful"), recent.fix());
    }

    @Test
    void versionsAreReadFromBootStrings() {
        assertTrue(GracefulShutdownMissingRule.before23("2.0.3.RELEASE"));
        assertTrue(GracefulShutdownMissingRule.before23("1.5.22.RELEASE"));
        assertFalse(GracefulShutdownMissingRule.before23("2.3.0.RELEASE"));
        assertFalse(GracefulShutdownMissingRule.before23("3.2.5"));
        assertFalse(GracefulShutdownMissingRule.before23(null));
        assertFalse(GracefulShutdownMissingRule.before23("${spring-boot.version}"));
    }
}
