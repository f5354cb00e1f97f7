package dev.backcheck.rules.injection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a URL's origin is complete: the decision the ssrf and open-redirect rules make for each hole. */
class HeadsTest {

    @Test
    void originIsFixedOnceAHostIsFollowedByAPathQueryOrFragment() {
        assertTrue(Heads.originFixed("https://api.example.com/users/"));
        assertTrue(Heads.originFixed("https://api.example.com?q="));
        assertTrue(Heads.originFixed("https://\0/x"));           // https://${host}/x: the host hole came before
        assertTrue(Heads.originFixed("\0/users/"));              // `${BASE}/users/${id}`
        assertTrue(Heads.originFixed("\0/"));                    // `${BASE}/${path}`
        assertTrue(Heads.originFixed("/app/"));                  // a path on this site
        assertTrue(Heads.originFixed("/\0"));                    // `/${lang}...`: a segment the code chose
        assertTrue(Heads.originFixed("?next="));
        assertTrue(Heads.originFixed("users/"));
    }

    @Test
    void originIsOpenWhileTheHostCanStillChange() {
        assertFalse(Heads.originFixed(""));
        assertFalse(Heads.originFixed("\0"));
        assertFalse(Heads.originFixed("https://"));
        assertFalse(Heads.originFixed("https://api.example.com"));   // + "@evil.example" or ".evil.example"
        assertFalse(Heads.originFixed("/"));                         // + "/evil.example" makes //evil.example
        assertFalse(Heads.originFixed("//"));
        assertFalse(Heads.originFixed("/\\"));
        assertFalse(Heads.originFixed("javascript:"));
        assertFalse(Heads.originFixed("https://\0"));                // `https://${host}${path}`: path may be @evil
    }

    @Test
    void aRegexPinsAHostOnlyWhenItSpellsItOut() {
        assertTrue(OpenRedirectRule.pinsHost("^https:\\/\\/hooks\\.slack\\.com\\/"));
        assertTrue(OpenRedirectRule.pinsHost("^https:\\/\\/api\\.example\\.com$"));
        assertFalse(OpenRedirectRule.pinsHost("^https?:\\/\\/"));
        assertFalse(OpenRedirectRule.pinsHost("^https:\\/\\/[a-z.]+\\/"));
        assertFalse(OpenRedirectRule.pinsHost("https:\\/\\/hooks\\.slack\\.com\\/"));  // not anchored
    }
}
