package dev.backcheck.concepts;

import dev.backcheck.claims.ClaimJudge;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Project;
import dev.backcheck.report.ImplementationReport;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Cookies, Sessions and CsrfProtections as the rules, the claim judge and the report see them. */
class SessionConceptsTest {
    @TempDir
    Path tmp;

    private static ScanResult scan(Path root) throws IOException {
        return new Scanner(RuleCatalog.builtin()).scan(ScanOptions.defaults(root).withJobs(1));
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static final String PKG = "{\"name\":\"a\",\"dependencies\":{\"express\":\"^4.19.0\",\"express-session\":\"^1.18.0\",\"connect-redis\":\"^7.1.0\"}}";

    @Test
    void sessionOptionsAreReadWithTheLibraryDefaults() throws IOException {
        write(tmp, "package.json", PKG);
        write(tmp, "src/app.js", """
                const express = require('express');
                const session = require('express-session');
                const RedisStore = require('connect-redis').default;
                const app = express();
                app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret', store: new RedisStore({ client }), resave: false,
                  saveUninitialized: false, cookie: { secure: process.env.NODE_ENV === 'production', maxAge: 3600000 } }));
                app.listen(3000);
                """);
        Project p = scan(tmp).project();
        List<Sessions.Session> all = Sessions.of(p).all();
        assertEquals(1, all.size());
        Sessions.Session s = all.get(0);
        assertEquals("express-session", s.library());
        assertFalse(s.memoryStore(), "a Redis store is given");
        assertEquals(Cookies.State.ON, s.cookie().httpOnly().state(), "express-session's cookie is httpOnly by default");
        assertFalse(s.cookie().httpOnly().explicit());
        assertEquals(Cookies.State.CONDITIONAL, s.cookie().secure().state(), "secure follows NODE_ENV");
        assertTrue(s.cookie().sameSiteMissing());
        assertEquals("connect.sid", s.cookieName());
        assertEquals(ConfigValues.Kind.ENV_DEFAULT, s.secrets().get(0).value().kind());
        // the secrets rule asks where this literal is, so it does not report it a second time
        List<Location> lits = Sessions.of(p).secretLiterals();
        assertEquals(1, lits.size());
        assertEquals("src/app.js", lits.get(0).path());
        assertEquals(5, lits.get(0).line());
    }

    @Test
    void authCookiesAreToldByNameOrValueAndClearingsAreLeftOut() throws IOException {
        write(tmp, "package.json", "{\"name\":\"a\",\"dependencies\":{\"express\":\"^4.19.0\",\"jsonwebtoken\":\"^9.0.0\"}}");
        write(tmp, "src/app.js", """
                const express = require('express');
                const jwt = require('jsonwebtoken');
                const app = express();
                app.post('/login', (req, res) => {
                  res.cookie('sid', jwt.sign({ sub: 1 }, process.env.K), { httpOnly: true, sameSite: 'strict' });
                  res.cookie('u', jwt.sign({ sub: 1 }, process.env.K));
                  res.cookie('theme', 'dark');
                  res.cookie('sid', '', { maxAge: 0 });
                  res.setHeader('Set-Cookie', 'session=abc; HttpOnly; Secure; SameSite=Lax');
                  res.json({});
                });
                app.listen(3000);
                """);
        Cookies c = Cookies.of(scan(tmp).project());
        assertEquals(List.of("sid", "u", "theme", "session"), c.all().stream().map(Cookies.Cookie::name).toList());
        assertEquals(List.of("sid", "u", "session"), c.authCookies().stream().map(Cookies.Cookie::name).toList());
        Cookies.Options sid = c.authCookies().get(0).options();
        assertEquals(Cookies.State.ON, sid.httpOnly().state());
        assertEquals(Cookies.State.OFF, sid.secure().state());
        assertTrue(sid.sameSiteProtects());
        Cookies.Options header = c.authCookies().get(2).options();
        assertEquals(Cookies.State.ON, header.secure().state());
        assertEquals(List.of("lax"), header.sameSite());
        assertTrue(c.authCookies().get(1).auth().contains("jsonwebtoken.sign"), c.authCookies().get(1).auth());
    }

    @Test
    void claimsAboutCookiesSessionsAndCsrfAreAnsweredFromTheConcepts() throws IOException {
        write(tmp, "package.json", PKG);
        write(tmp, "src/app.js", """
                const express = require('express');
                const session = require('express-session');
                const app = express();
                function requireLogin(req, res, next) {
                  if (!req.session.userId) return res.status(401).send('login');
                  next();
                }
                app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { maxAge: 3600000 } }));
                const pool = new (require('pg').Pool)();
                app.post('/posts', requireLogin, async (req, res) => {
                  await pool.query('INSERT INTO posts (owner) VALUES ($1)', [req.session.userId]);
                  res.json({ ok: true });
                });
                app.listen(3000);
                """);
        write(tmp, "IMPLEMENTATION_REPORT.md", """
                # Implementation report

                ## Security
                - ✅ **Sessions**: sessions stored in Redis
                - ✅ **Cookies**: httpOnly secure cookies for the session
                - ✅ **CSRF**: CSRF protection on every form
                """);
        ScanResult r = scan(tmp);
        List<ClaimJudge.Verdict> vs = ClaimJudge.of(r.project()).judged().orElseThrow();
        ClaimJudge.Verdict store = vs.stream().filter(v -> v.claim().text().contains("Redis")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.CONTRADICTED, store.status(), store.message());
        assertTrue(store.message().contains("MemoryStore"), store.message());
        ClaimJudge.Verdict flags = vs.stream().filter(v -> v.claim().text().contains("httpOnly")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.CONTRADICTED, flags.status(), flags.message());
        assertTrue(flags.message().contains("secure"), flags.message());
        ClaimJudge.Verdict csrf = vs.stream().filter(v -> v.claim().text().contains("CSRF")).findFirst().orElseThrow();
        assertEquals(ClaimJudge.Status.CONTRADICTED, csrf.status(), csrf.message());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("csrf/missing")), r.findings().toString());
        String md = ImplementationReport.markdown(ImplementationReport.build(r));
        assertTrue(md.contains(ImplementationReport.verdictText(csrf)), md);
    }

    @Test
    void aCsrfLibraryAndARedisStoreVerifyTheClaimsAndCountInTheReport() throws IOException {
        write(tmp, "package.json", "{\"name\":\"a\",\"dependencies\":{\"express\":\"^4.19.0\",\"express-session\":\"^1.18.0\",\"connect-redis\":\"^7.1.0\",\"csrf-csrf\":\"^3.0.0\"}}");
        write(tmp, "src/app.js", """
                const express = require('express');
                const session = require('express-session');
                const RedisStore = require('connect-redis').default;
                const { doubleCsrf } = require('csrf-csrf');
                const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET });
                const app = express();
                function requireLogin(req, res, next) {
                  if (!req.session.userId) return res.status(401).send('login');
                  next();
                }
                app.use(session({ secret: process.env.SESSION_SECRET, store: new RedisStore({ client }), resave: false, saveUninitialized: false,
                  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600000 } }));
                app.use(doubleCsrfProtection);
                app.post('/posts', requireLogin, (req, res) => res.json({ owner: req.session.userId }));
                app.listen(3000);
                """);
        write(tmp, "IMPLEMENTATION_REPORT.md", """
                # Implementation report

                ## Security
                - ✅ **Sessions**: sessions stored in Redis
                - ✅ **CSRF**: CSRF protection with csrf-csrf
                """);
        ScanResult r = scan(tmp);
        List<ClaimJudge.Verdict> vs = ClaimJudge.of(r.project()).judged().orElseThrow();
        for (ClaimJudge.Verdict v : vs) {
            if (v.key().equals("authn-authz")) assertEquals(ClaimJudge.Status.VERIFIED, v.status(), v.claim().text() + ": " + v.message());
        }
        assertTrue(vs.stream().anyMatch(v -> v.message().contains("doubleCsrf")), vs.toString());
        assertEquals(Set.of(), Set.copyOf(r.findings().stream().map(f -> f.ruleId()).filter(id -> id.startsWith("csrf/") || id.startsWith("session/")).toList()));
        List<Location> ev = ImplementationReport.sessionEvidence(r.project());
        assertEquals(List.of(5, 11), ev.stream().map(Location::line).toList(), "the CSRF protection and the Redis-backed session");
    }
}
