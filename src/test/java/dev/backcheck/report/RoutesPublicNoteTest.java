package dev.backcheck.report;

import dev.backcheck.Fixtures;
import dev.backcheck.concepts.Authentication;
import dev.backcheck.engine.ScanResult;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The route inventory says why an unauthenticated mutation is public by design, from what its handler verifies. */
class RoutesPublicNoteTest {
    @Test
    void publicByBehaviourIsNamedInTheAuthColumn() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("rules/authn/unauthenticated-mutation/good-express-self-verifying-flows"), Set.of());
        String text = RoutesReport.text(r.project().applications(), r.project().notModelled(),
                route -> Authentication.publicNote(r.project(), route));
        assertTrue(text.contains("public (checks a signature)"), text);
        assertTrue(text.contains("public (verifies a signed token)"), text);
        assertTrue(text.contains("requireAuth"), text);
    }

    @Test
    void aSkippedRouteWithNoReasonStaysBlank() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("rules/authn/unauthenticated-mutation/bad-fastify-auth-hook-skip-list"), Set.of());
        String text = RoutesReport.text(r.project().applications(), r.project().notModelled(),
                route -> Authentication.publicNote(r.project(), route));
        assertTrue(text.contains("public (checks a password)"), text);
        assertFalse(text.lines().anyMatch(l -> l.contains("/imports/nightly") && l.contains("public")), text);
        assertFalse(text.lines().anyMatch(l -> l.contains("/imports/nightly") && l.contains("@fastify/jwt")), text);
    }
}
