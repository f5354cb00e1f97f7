package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Lifetimes are parsed the way each library parses them (vercel/ms, @lukeed/ms, jose's secs). */
class TokensTest {
    @Test
    void vercelMsAsJsonwebtokenReadsIt() {
        assertEquals(900_000d, Tokens.vercelMs("15m"));
        assertEquals(604_800_000d, Tokens.vercelMs("7d"));
        assertEquals(604_800_000d, Tokens.vercelMs("1 week"));
        assertEquals(7_200_000d, Tokens.vercelMs("2 hrs"));
        assertEquals(31_557_600_000d, Tokens.vercelMs("1y"));
        assertEquals(60d, Tokens.vercelMs("60"), "a string of digits is milliseconds in ms, not seconds");
        assertNull(Tokens.vercelMs("15 mins later"));
        assertNull(Tokens.vercelMs(""));
    }

    @Test
    void lukeedMsAsFastifyJwtReadsIt() {
        assertEquals(900_000d, Tokens.lukeedMs("15m"));
        assertEquals(900_000d, Tokens.lukeedMs("15 minutes"));
        assertEquals(5d, Tokens.lukeedMs("5ms"));
        assertEquals(86_400_000d, Tokens.lukeedMs("1D"));
        assertEquals(1_209_600_000d, Tokens.lukeedMs("2wks"));
        assertNull(Tokens.lukeedMs("0"), "@lukeed/ms rejects a zero amount");
        assertNull(Tokens.lukeedMs("soon"));
    }

    @Test
    void joseSecsAsSetExpirationTimeReadsIt() {
        assertEquals(7200L, Tokens.joseSecs("2h"));
        assertEquals(7200L, Tokens.joseSecs("2 hours"));
        assertEquals(1800L, Tokens.joseSecs("0.5h"));
        assertEquals(-60L, Tokens.joseSecs("1 min ago"));
        assertNull(Tokens.joseSecs("3600"), "jose needs a unit");
        assertNull(Tokens.joseSecs("-1 min ago"), "a sign and 'ago' together are rejected");
    }
}
