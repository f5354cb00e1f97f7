package dev.backcheck.model;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.Scanner;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.backcheck.rules.testonly.TestCatalog.write;
import static org.junit.jupiter.api.Assertions.*;

/** Declared controls and public routes from .backcheck.yml, as the framework models will see them on Project. */
class ProjectConfigTest {
    @TempDir
    Path tmp;

    private Project scan() throws Exception {
        return new Scanner(RuleCatalog.of(List.of())).scan(ScanOptions.defaults(tmp).withJobs(1)).project();
    }

    @Test
    void declaredControlsMatchImportsProjectFunctionsFactoriesAndClasses() throws Exception {
        write(tmp, ".backcheck.yml", """
                controls:
                  - kind: rate-limit
                    import: "@acme/limits"
                    export: perUser
                  - kind: auth
                    import: "@acme/security"
                    export: requireUser
                  - kind: auth
                    file: src/middleware/*.ts
                    function: checkSession
                  - kind: validation
                    import: src/lib/validate
                    export: validateBody
                    parts: [body]
                  - kind: headers
                    function: localHeaders
                    name: local-headers
                  - kind: auth
                    file: src/guards/api-key.guard.ts
                    function: ApiKeyGuard
                """);
        write(tmp, "src/app.ts", """
                import express from 'express';
                import { perUser } from '@acme/limits';
                import * as sec from '@acme/security';
                import checkSession from './middleware/session';
                import { validateBody } from './lib/validate';
                import { audit } from './middleware/audit';
                import helmet from 'helmet';

                const app = express();
                const limiter = perUser({ max: 5 });
                app.use(limiter);
                app.use(sec.requireUser);
                app.use(checkSession);
                app.use(validateBody(schema));
                app.use(audit);
                app.use(helmet());
                function localHeaders(req, res, next) { res.set('x-frame-options', 'DENY'); next(); }
                app.use(localHeaders);
                """);
        write(tmp, "src/middleware/session.ts", "export default function checkSession(req, res, next) { next(); }\n");
        write(tmp, "src/middleware/audit.ts", "export function audit(req, res, next) { next(); }\n");
        write(tmp, "src/lib/validate.ts", "export function validateBody(s) { return (req, res, next) => next(); }\n");
        write(tmp, "src/guards/api-key.guard.ts", "export class ApiKeyGuard { canActivate() { return true; } }\n");
        write(tmp, "src/admin.controller.ts", """
                import { Controller, UseGuards } from '@nestjs/common';
                import { ApiKeyGuard } from './guards/api-key.guard';
                @Controller('admin')
                @UseGuards(ApiKeyGuard)
                export class AdminController {}
                """);
        Project p = scan();
        FileFacts app = p.file("src/app.ts");
        List<CallSite> uses = app.main().calls().stream().filter(c -> "use".equals(c.methodName())).toList();
        assertEquals(7, uses.size());
        String[][] want = {{"rate-limit", "perUser"}, {"auth", "requireUser"}, {"auth", "checkSession"}, {"validation", "validateBody"},
                null, null, {"headers", "local-headers"}};
        for (int i = 0; i < want.length; i++) {
            DeclaredControls.Match m = p.declaredControl(uses.get(i).arg(0), app);
            if (want[i] == null) {
                assertNull(m, "app.use #" + (i + 1) + " is not declared");
                continue;
            }
            assertNotNull(m, "app.use #" + (i + 1));
            assertEquals(want[i][0], m.kind().id());
            assertEquals(want[i][1], m.name());
        }
        assertEquals(Set.of("body"), p.declaredControl(uses.get(3).arg(0), app).parts());
        Control c = p.declaredControl(uses.get(0).arg(0), app).toControl(uses.get(0).location(), "global");
        assertEquals(ControlKind.RATE_LIMIT, c.kind());
        assertEquals("perUser", c.name());
        // a Nest guard class passed to @UseGuards
        FileFacts ctl = p.file("src/admin.controller.ts");
        ClassInfo admin = ctl.classes().get("AdminController");
        var useGuards = admin.decorators().stream().filter(d -> d.name().equals("UseGuards")).findFirst().orElseThrow();
        DeclaredControls.Match g = p.declaredControl(useGuards.arg(0), ctl);
        assertNotNull(g);
        assertEquals(ControlKind.AUTH, g.kind());
        assertEquals("ApiKeyGuard", g.name());
        // a function of the same name in a file outside the glob does not match
        assertNull(p.config().controls().matchFunction("src/other/session.ts", "checkSession"));
        assertNotNull(p.config().controls().matchFunction("src/middleware/session.ts", "checkSession"));
    }

    @Test
    void publicRoutesMatchMethodsAndPathPatterns() throws Exception {
        write(tmp, ".backcheck.yml", """
                public-routes:
                  - method: GET
                    path: /health
                  - method: [GET, HEAD]
                    path: /docs/**
                  - path: /webhooks/:provider
                  - method: POST
                    path: /api/*/login
                """);
        write(tmp, "src/app.ts", "export {};\n");
        PublicRoutes pr = scan().config().publicRoutes();
        assertTrue(pr.isPublic("GET", "/health"));
        assertTrue(pr.isPublic("get", "/health/"));
        assertFalse(pr.isPublic("POST", "/health"));
        assertFalse(pr.isPublic("GET", "/health/deep"));
        assertTrue(pr.isPublic("GET", "/docs"));
        assertTrue(pr.isPublic("HEAD", "/docs/a/b.html"));
        assertFalse(pr.isPublic("DELETE", "/docs/a"));
        assertTrue(pr.isPublic("DELETE", "/webhooks/:id"));
        assertTrue(pr.isPublic("ALL", "/webhooks/stripe"));
        assertFalse(pr.isPublic("POST", "/webhooks/stripe/extra"));
        assertTrue(pr.isPublic("POST", "/api/v1/login"));
        assertFalse(pr.isPublic("ALL", "/api/v1/login"), "a route answering every method is not covered by a POST declaration");
        assertEquals("/docs/**", pr.match("GET", "/docs/x").path());
        assertTrue(PublicRoutes.NONE.entries().isEmpty());
        assertFalse(new Project(tmp, java.util.Map.of(), List.of(), java.util.Map.of()).config().publicRoutes().isPublic("GET", "/health"));
    }
}
