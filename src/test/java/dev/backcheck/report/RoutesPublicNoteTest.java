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

    @Test
    void aHandlerThatTurnsStrangersAwayItselfIsNotShownPublic() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("rules/authn/unauthenticated-mutation/fastify-in-handler-login-gates"), Set.of());
        String text = RoutesReport.text(r.project().applications(), r.project().notModelled(),
                route -> Authentication.publicNote(r.project(), route));
        // a read and a write, each starting with const caller = await requireStaff(request, reply); if (!caller) return;
        assertTrue(text.lines().anyMatch(l -> l.contains("/api/staff/bookings") && l.contains(Authentication.LOGIN_IN_HANDLER)), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("POST") && l.contains("/api/bookings ") && l.contains(Authentication.LOGIN_IN_HANDLER)), text);
        assertFalse(text.lines().anyMatch(l -> l.contains("/api/slots") && l.contains(Authentication.LOGIN_IN_HANDLER)), text);
        assertFalse(text.lines().anyMatch(l -> l.contains("/api/notes") && l.contains(Authentication.LOGIN_IN_HANDLER)), text);
    }

    @Test
    void aClassApiKeyGuardBesidePublicAuthenticatesAndAnOptionalJwtGuardDoesNot() {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve("rules/authn/unauthenticated-mutation/nestjs-public-with-api-key-guard"), Set.of());
        String text = RoutesReport.text(r.project().applications(), r.project().notModelled(),
                route -> Authentication.publicNote(r.project(), route));
        assertTrue(text.lines().anyMatch(l -> l.contains("/api/vendor/stock/:sku") && l.contains("VendorKeyGuard")), text);
        assertFalse(text.lines().anyMatch(l -> l.contains("/api/catalog") && l.contains("OptionalJwtGuard")), text);
    }
}
