package dev.backcheck.concepts;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.Scanner;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * CsrfProtections' auth functions are worked out per control name when first asked (only the functions of names a
 * control carries are summarised). Each answer must be the entry of the whole-project map the concept used to build
 * (every named function of every non-test file whose summary is auth, in file order, then the guard classes'
 * canActivate/use under the class name), whatever the order the names are asked in and whatever else was summarised
 * before.
 */
class AuthFunctionsByNameTest {
    @TempDir
    Path tmp;

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void tree() throws IOException {
        write(tmp, "package.json", "{\"name\":\"a\",\"dependencies\":{\"express\":\"^4.19.0\",\"jsonwebtoken\":\"^9.0.0\"}}");
        // two middlewares of one name: one verifies a token, the other only logs (not an auth function)
        write(tmp, "src/auth/token.js", """
                const jwt = require('jsonwebtoken');
                function requireAuth(req, res, next) {
                  const h = req.headers.authorization;
                  if (!h) return res.status(401).json({ error: 'no token' });
                  req.user = jwt.verify(h.slice(7), process.env.JWT_KEY);
                  next();
                }
                module.exports = { requireAuth };
                """);
        write(tmp, "src/legacy/requireAuth.js", """
                function requireAuth(req, res, next) {
                  console.log('legacy path', req.path);
                  next();
                }
                module.exports = { requireAuth };
                """);
        // a shared secret compared with the header: a machine caller
        write(tmp, "src/auth/worker.js", """
                const crypto = require('crypto');
                function requireWorkerKey(req, res, next) {
                  const sent = Buffer.from(String(req.headers['x-worker-key'] || ''));
                  const expected = Buffer.from(process.env.WORKER_KEY || '');
                  if (sent.length !== expected.length || !crypto.timingSafeEqual(sent, expected)) return res.status(403).end();
                  next();
                }
                module.exports = { requireWorkerKey };
                """);
        write(tmp, "src/app.js", """
                const express = require('express');
                const { requireAuth } = require('./auth/token');
                const { requireWorkerKey } = require('./auth/worker');
                const app = express();
                app.get('/notes/:id', requireAuth, async (req, res) => { res.json(await db.note(req.params.id)); });
                app.post('/jobs/:id/done', requireWorkerKey, async (req, res) => { res.json(await db.finish(req.params.id)); });
                app.listen(3000);
                """);
    }

    private Project scan() throws IOException {
        return new Scanner(RuleCatalog.builtin()).scan(ScanOptions.defaults(tmp).withJobs(1)).project();
    }

    /** The map the concept used to build at its first ask: every auth function of the project by name. */
    private static Map<String, List<Fn>> wholeMap(Project project) {
        Map<String, List<Fn>> m = new TreeMap<>();
        Analysis an = dev.backcheck.frameworks.ModelSupport.analysis(project);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                if (fn.name() == null || fn.name().isEmpty() || !an.summary(fn, f).isAuth()) continue;
                m.computeIfAbsent(fn.name(), k -> new ArrayList<>()).add(fn);
            }
            for (ClassInfo ci : f.classes().values()) {
                Fn can = ci.method("canActivate");
                if (can == null) can = ci.method("use");
                if (can != null && ci.name() != null) m.computeIfAbsent(ci.name(), k -> new ArrayList<>()).add(can);
            }
        }
        return m;
    }

    private static List<Control> authControls(Project project) {
        List<Control> out = new ArrayList<>();
        for (Application a : project.applications()) for (Route r : a.routes()) out.addAll(r.controls(ControlKind.AUTH));
        return out;
    }

    private static List<Location> at(List<Fn> fns) {
        return fns.stream().map(Fn::location).toList();
    }

    @Test
    void eachNameAnswersTheWholeMapsEntryInAnyOrder() throws IOException {
        tree();
        Project first = scan();
        List<Control> controls = authControls(first);
        assertEquals(2, controls.size(), "requireAuth and requireWorkerKey are the routes' auth controls: " + controls);

        // asked before anything else summarised the project's functions, in the routes' order
        Map<String, List<Location>> asked = new LinkedHashMap<>();
        for (Control c : controls) asked.put(c.name(), at(CsrfProtections.of(first).functionsOf(c)));
        assertEquals(1, asked.get("requireAuth").size(), "only the token-verifying requireAuth is an auth function: " + asked);
        assertEquals("src/auth/token.js", asked.get("requireAuth").get(0).path());
        assertEquals("src/auth/worker.js", asked.get("requireWorkerKey").get(0).path());
        assertFalse(dev.backcheck.concepts.Authentication.sharedSecretOnly(first, routeOf(first, "requireAuth")));
        assertTrue(dev.backcheck.concepts.Authentication.sharedSecretOnly(first, routeOf(first, "requireWorkerKey")));

        // the whole map's entries, computed after the asks on the same project: the same functions
        Map<String, List<Fn>> whole = wholeMap(first);
        for (Control c : controls) {
            List<Fn> fromMap = whole.getOrDefault(c.name(), List.of());
            assertEquals(at(fromMap), asked.get(c.name()), "the entry of " + c.name());
        }

        // a fresh project with every function summarised first, then the names asked in the reverse order
        Project second = scan();
        Map<String, List<Fn>> wholeFirst = wholeMap(second);
        List<Control> reversed = new ArrayList<>(authControls(second));
        Collections.reverse(reversed);
        for (Control c : reversed) {
            List<Fn> fns = CsrfProtections.of(second).functionsOf(c);
            assertEquals(wholeFirst.getOrDefault(c.name(), List.of()), fns, "same functions (identity of the same project) for " + c.name());
            assertEquals(asked.get(c.name()), at(fns), "the same answer as the first project's for " + c.name());
        }
    }

    private static Route routeOf(Project project, String controlName) {
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                for (Control c : r.controls(ControlKind.AUTH)) if (controlName.equals(c.name())) return r;
            }
        }
        throw new AssertionError("no route with " + controlName);
    }
}
