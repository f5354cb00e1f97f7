package dev.backcheck.lang.ts;

import dev.backcheck.lang.facts.FileFacts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * swc4j refuses BigInt literals with a radix prefix (it builds the value with {@code new BigInteger("0x3e8")}); a file
 * holding one used to be a parse error, losing every route and finding in it (a router file of a real Express app).
 */
class BigIntRadixTest {

    @Test
    void radixLiteralsBecomeDecimalOfTheSameLength() {
        assertEquals("const B=1000n , c=1n  ;", TsParser.bigIntRadixOut("const B=0x3e8n, c=0x1n;"));
        assertEquals("x = 15n  ; y = 5n    ;", TsParser.bigIntRadixOut("x = 0o17n; y = 0b101n;"));
        assertEquals("z = 255n  ;", TsParser.bigIntRadixOut("z = 0xF_Fn;"));
        // too long in decimal: a zero of the same width (the value is never asked)
        String big = "k = 0xffffffffffffffffffffn;";
        String out = TsParser.bigIntRadixOut(big);
        assertEquals(big.length(), out.length());
        assertEquals("k = 0n", out.substring(0, 6));
        // not a BigInt, or not a literal: unchanged, the same instance
        for (String same : new String[] {"a = 0x1f; b = 10n; c = _0x1n; d = v0x1n; e = 0x1nx; f = '0x'; g = 0b2n"}) {
            assertSame(same, TsParser.bigIntRadixOut(same));
        }
    }

    @Test
    void aFileWithAHexBigIntIsParsedAndItsRoutesKept() throws Exception {
        String code = """
                import express from "express";
                const router = express.Router();
                router.get("/stats", (req, res) => res.json({ ok: true }));
                const LIMIT = 0x3e8n, ONE = 0x1n;
                export default router;
                """;
        FileFacts f = new TsParser().parse("routes/admin.routes.js", code);
        assertFalse(f.main().calls().isEmpty(), () -> "calls: " + f.main().calls());
        assertTrue(f.main().calls().stream().anyMatch(c -> String.valueOf(c.callee()).contains("get")),
                () -> "the route call of a file with a hex BigInt is read: " + f.main().calls());
        assertTrue(f.strings().stream().anyMatch(s -> s.value().equals("/stats")));
    }
}
