package dev.backcheck.claims;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.report.ImplementationReport;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Password-hashing claims ("bcrypt with 12 rounds", "argon2") judged from the PasswordHashers concept. */
class PasswordClaimTest {
    @TempDir
    Path tmp;

    private static final String APP = """
            import express from 'express';
            import bcrypt from 'bcrypt';
            const app = express();
            app.use(express.json());
            const ROUNDS = Number(process.env.BCRYPT_ROUNDS) || %s;
            app.post('/signup', async (req, res) => {
              const hash = await bcrypt.hash(req.body.password, ROUNDS);
              res.status(201).json({ ok: Boolean(hash) });
            });
            app.listen(3000);
            """;

    private ClaimJudge.Verdict judge(String rounds, String claim) throws IOException {
        Files.writeString(tmp.resolve("package.json"), "{ \"dependencies\": { \"express\": \"^4\", \"bcrypt\": \"^5\" } }");
        Files.createDirectories(tmp.resolve("src"));
        Files.writeString(tmp.resolve("src/app.ts"), APP.formatted(rounds));
        Files.writeString(tmp.resolve("IMPLEMENTATION_REPORT.md"), "# Implementation Report\n\n## Security Measures\n\n- ✅ " + claim + "\n");
        ScanResult r = new Scanner(RuleCatalog.builtin()).scan(ScanOptions.defaults(tmp).withJobs(1));
        List<ClaimJudge.Verdict> vs = ClaimJudge.of(r.project()).judged().orElseThrow();
        return vs.stream().filter(v -> v.key().equals("authn-authz")).findFirst().orElseThrow(() -> new AssertionError(vs.toString()));
    }

    @Test
    void aClaimedCostThatTheCodeDoesNotUseIsContradicted() throws IOException {
        ClaimJudge.Verdict v = judge("8", "Passwords hashed with bcrypt (12 salt rounds)");
        assertEquals(ClaimJudge.Status.CONTRADICTED, v.status(), v.toString());
        assertTrue(v.message().contains("cost 8") && v.message().contains("not 12"), v.message());
        assertEquals("src/app.ts", v.related().get(0).path());
    }

    @Test
    void theClaimedCostIsVerified() throws IOException {
        ClaimJudge.Verdict v = judge("12", "Passwords hashed with bcrypt (12 salt rounds)");
        assertEquals(ClaimJudge.Status.VERIFIED, v.status(), v.toString());
        assertTrue(v.message().contains("bcrypt (cost 12)"), v.message());
    }

    @Test
    void anotherAlgorithmThanTheClaimedOneIsContradicted() throws IOException {
        ClaimJudge.Verdict v = judge("12", "Password hashing with argon2");
        assertEquals(ClaimJudge.Status.CONTRADICTED, v.status(), v.toString());
        assertTrue(v.message().contains("not argon2"), v.message());
    }

    @Test
    void aCostBelowTheMinimumContradictsAPlainHashingClaim() throws IOException {
        ClaimJudge.Verdict v = judge("6", "Password hashing with bcrypt");
        assertEquals(ClaimJudge.Status.CONTRADICTED, v.status(), v.toString());
        assertTrue(v.message().contains("below 10"), v.message());
    }

    @Test
    void theImplementationReportNamesTheHasher() throws IOException {
        judge("12", "Passwords hashed with bcrypt");
        ScanResult r = new Scanner(RuleCatalog.builtin()).scan(ScanOptions.defaults(tmp).withJobs(1));
        assertEquals("passwords hashed with bcrypt (cost 12) at src/app.ts:7", ImplementationReport.passwordHashing(r.project()));
        judge("6", "Password hashing with bcrypt");
        ScanResult weak = new Scanner(RuleCatalog.builtin()).scan(ScanOptions.defaults(tmp).withJobs(1));
        assertNull(ImplementationReport.passwordHashing(weak.project()), "a cost below the minimum is no evidence");
    }
}
