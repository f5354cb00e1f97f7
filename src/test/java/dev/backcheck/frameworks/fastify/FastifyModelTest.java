package dev.backcheck.frameworks.fastify;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.model.Application;
import dev.backcheck.model.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** Fastify registrations the model follows, and the ones it reports as not followed (never invents routes). */
class FastifyModelTest {
    @TempDir
    Path dir;

    private void write(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
    }

    private static Set<String> routes(ScanResult r) {
        Set<String> out = new TreeSet<>();
        for (Application a : r.project().applications()) for (Route rt : a.routes()) out.add(rt.method() + " " + rt.path());
        return out;
    }

    private static List<String> notModelled(ScanResult r) {
        return r.notifications().stream().filter(n -> n.id().equals("model/not-modelled"))
                .map(n -> n.path() + ":" + n.line() + " " + n.message()).toList();
    }

    private static final String PKG = """
            {"name":"t","dependencies":{"fastify":"^5.0.0","fastify-plugin":"^5.0.0","@fastify/autoload":"%s"}}
            """;

    @Test
    void unresolvablePluginIsReportedAndAddsNoRoute() throws IOException {
        write(Map.of("package.json", PKG.formatted("^6.0.0"),
                "route-table.js", "module.exports = JSON.parse(process.env.ROUTES)\n",
                "server.js", """
                        const app = require('fastify')()
                        const mods = process.env.MODULES.split(',')
                        for (const m of mods) app.register(require(m), { prefix: '/' + m })
                        app.register(require('./routes/missing'))
                        app.get('/health', async () => 'ok')
                        for (const def of require('./route-table')) app.route(def)
                        app.listen({ port: 3000 })
                        """));
        ScanResult r = Fixtures.scan(dir, Set.of());
        assertEquals(Set.of("GET /health"), routes(r));
        List<String> nm = notModelled(r);
        assertEquals(3, nm.size(), nm.toString());
        assertTrue(nm.get(0).startsWith("server.js:3 "), nm.toString());
        assertTrue(nm.get(1).startsWith("server.js:4 "), nm.toString());
        assertTrue(nm.get(2).startsWith("server.js:6 ") && nm.get(2).contains("route("), nm.toString());
    }

    @Test
    void pluginsRegisteredFromAConstantListAreEachRegistered() throws IOException {
        write(Map.of("package.json", PKG.formatted("^6.0.0"),
                "server.js", """
                        const app = require('fastify')()
                        const users = async (f) => { f.get('/users', async () => []) }
                        const posts = async (f) => { f.get('/posts', async () => []) }
                        ;[users, posts].forEach((plugin) => app.register(plugin, { prefix: '/v2' }))
                        app.listen({ port: 3000 })
                        """));
        ScanResult r = Fixtures.scan(dir, Set.of());
        assertEquals(Set.of("GET /v2/users", "GET /v2/posts"), routes(r));
        assertTrue(notModelled(r).isEmpty(), notModelled(r).toString());
    }

    @Test
    void computedAutoloadDirAndUnknownFilterAreReported() throws IOException {
        write(Map.of("package.json", PKG.formatted("^6.0.0"),
                "app.js", """
                        const path = require('node:path')
                        const autoload = require('@fastify/autoload')
                        module.exports = async function (fastify) {
                          fastify.register(autoload, { dir: process.env.ROUTES_DIR })
                          fastify.register(autoload, {
                            dir: path.join(__dirname, 'routes'),
                            matchFilter: (p) => p.endsWith('.route.js') && !p.includes('draft')
                          })
                          fastify.register(autoload, {
                            dir: path.join(__dirname, 'routes'),
                            matchFilter: (p) => p.endsWith('.route.js')
                          })
                        }
                        """,
                "routes/users.route.js", "module.exports = async (f) => { f.get('/', async () => []) }\n",
                "routes/draft.js", "module.exports = async (f) => { f.get('/draft', async () => []) }\n",
                "main.js", """
                        const app = require('fastify')()
                        app.register(require('./app'))
                        app.listen({ port: 3000 })
                        """));
        ScanResult r = Fixtures.scan(dir, Set.of());
        // only the evaluable filter loads files: users.route.js, not draft.js
        assertEquals(Set.of("GET /"), routes(r));
        List<String> nm = notModelled(r);
        assertEquals(2, nm.size(), nm.toString());
        assertTrue(nm.get(0).startsWith("app.js:4 ") && nm.get(0).contains("directory"), nm.toString());
        assertTrue(nm.get(1).startsWith("app.js:5 ") && nm.get(1).contains("matchFilter"), nm.toString());
    }

    @Test
    void autoloadDirectoryWrittenTheUsualWays() throws IOException {
        write(Map.of("package.json", PKG.formatted("^6.0.0"),
                "src/app.mjs", """
                        import { join, resolve, dirname } from 'node:path';
                        import { fileURLToPath } from 'node:url';
                        import Fastify from 'fastify';
                        import autoload from '@fastify/autoload';
                        const here = dirname(fileURLToPath(import.meta.url));
                        const app = Fastify();
                        app.register(autoload, { dir: join(import.meta.dirname, 'a') });
                        app.register(autoload, { dir: resolve(here, 'b') });
                        app.register(autoload, { dir: `${here}/c` });
                        app.register(autoload, { dir: fileURLToPath(new URL('./d', import.meta.url)) });
                        app.register(autoload, { dir: `${process.env.ROOT}/e` });
                        app.listen({ port: 3000 });
                        """,
                "src/a/one.mjs", "export default async (f) => { f.get('/', async () => 1) }\n",
                "src/b/two.mjs", "export default async (f) => { f.get('/', async () => 2) }\n",
                "src/c/three.mjs", "export default async (f) => { f.get('/', async () => 3) }\n",
                "src/d/four/index.mjs", "export default async (f) => { f.get('/', async () => 4) }\n",
                "src/e/five.mjs", "export default async (f) => { f.get('/', async () => 5) }\n"));
        ScanResult r = Fixtures.scan(dir, Set.of());
        // routes at the top of a/, b/, c/ get no folder prefix; d/four/ is a folder under d/
        assertEquals(Set.of("GET /", "GET /four"), routes(r));
        assertEquals(4, r.project().applications().get(0).routes().size());
        List<String> nm = notModelled(r);
        assertEquals(1, nm.size(), nm.toString());
        assertTrue(nm.get(0).startsWith("src/app.mjs:11 "), nm.toString());
    }

    @Test
    void fastifyCliStartScriptIsTheApplicationAndTestsBuildingItAreNotOthers() throws IOException {
        write(Map.of("package.json", """
                        {"name":"t","scripts":{"start":"fastify start -l info --prefix /svc dist/app.js"},
                         "dependencies":{"fastify":"^5.0.0","fastify-cli":"^7.0.0"}}
                        """,
                "src/app.ts", """
                        import type { FastifyPluginAsync } from 'fastify';
                        const app: FastifyPluginAsync = async (fastify) => {
                          fastify.get('/items', async () => []);
                        };
                        export default app;
                        """,
                "test/app.test.ts", """
                        import Fastify from 'fastify';
                        import app from '../src/app';
                        const f = Fastify();
                        f.register(app);
                        """));
        ScanResult r = Fixtures.scan(dir, Set.of());
        assertEquals(1, r.project().applications().size());
        assertEquals(Set.of("GET /svc/items"), routes(r));
        assertEquals("src/app.ts", r.project().applications().get(0).location().path());
        assertTrue(notModelled(r).isEmpty(), notModelled(r).toString());
    }

    @Test
    void instanceKeptWhereTheModelCannotTraceItIsReported() throws IOException {
        write(Map.of("package.json", PKG.formatted("^6.0.0"),
                "server.ts", """
                        import Fastify from 'fastify';
                        export class Server {
                          #app;
                          constructor() { this.#app = Fastify(); }
                          routes() { this.#app.get('/x', async () => 1); }
                        }
                        """));
        ScanResult r = Fixtures.scan(dir, Set.of());
        List<String> nm = notModelled(r);
        assertEquals(1, nm.size(), nm.toString());
        assertTrue(nm.get(0).startsWith("server.ts:4 "), nm.toString());
    }

    @Test
    void instanceInAPrivateClassFieldIsFollowedThroughPrivateMethods() throws IOException {
        write(Map.of("package.json", PKG.formatted("^6.0.0"),
                "server.ts", """
                        import Fastify from 'fastify';
                        import helmet from '@fastify/helmet';
                        import users from './users';
                        export class Server {
                          #fastify;
                          constructor() { this.#fastify = Fastify(); }
                          async build() {
                            await this.#fastify.register(helmet);
                            this.#routes();
                          }
                          #routes() { this.#fastify.register(users, { prefix: '/users' }); }
                          start() { return this.#fastify.listen({ port: 3000 }); }
                        }
                        """,
                "users.ts", "export default async (app) => { app.get('/:id', async () => ({})); };\n"));
        ScanResult r = Fixtures.scan(dir, Set.of());
        assertEquals(Set.of("GET /users/:id"), routes(r));
        assertTrue(notModelled(r).isEmpty(), notModelled(r).toString());
    }

    @Test
    void autoloadVersionComesFromTheLockfileThenTheRange() throws IOException {
        write(Map.of("package.json", PKG.formatted("^5.0.0"),
                "a.js", "module.exports = 1\n"));
        ScanResult r = Fixtures.scan(dir, Set.of());
        assertEquals(new Autoload.Version(5, 99), Autoload.version(r.project(), "@fastify/autoload"));
        write(Map.of("package-lock.json", """
                {"packages":{"node_modules/@fastify/autoload":{"version":"5.10.0"}}}
                """));
        ScanResult r2 = Fixtures.scan(dir, Set.of());
        assertEquals(new Autoload.Version(5, 10), Autoload.version(r2.project(), "@fastify/autoload"));
    }

    @Test
    void prefixesCombineAsAutoloadCombinesThem() {
        Autoload.Options o = new Autoload.Options();
        Autoload.Version v6 = new Autoload.Version(6, 5);
        Autoload.Version v5 = new Autoload.Version(5, 10);
        // options.prefix (trailing slash dropped) + folder prefix
        assertEquals("/api/users", Autoload.pluginPrefix(v6, o, "/api/", "/users", null, false, null, false));
        // autoPrefix replaces the folder prefix; an empty one counts from 6.0 on
        assertEquals("/api/auth", Autoload.pluginPrefix(v6, o, "/api", "/users", "/auth", true, null, false));
        assertEquals("/api", Autoload.pluginPrefix(v6, o, "/api", "/users", "", true, null, false));
        assertEquals("/api/users", Autoload.pluginPrefix(v5, o, "/api", "/users", "", true, null, false));
        // prefixOverride replaces everything
        assertEquals("/meta", Autoload.pluginPrefix(v6, o, "/api", "/users", "/auth", true, "/meta", true));
        // routeParams: _id folders are parameters
        o.routeParams = true;
        assertEquals("/users/:id/posts", Autoload.pluginPrefix(v6, o, null, "/users/_id/posts", null, false, null, false));
        // appendAutoPrefix (6.5)
        o.routeParams = false;
        o.appendAutoPrefix = true;
        assertEquals("/users/v2", Autoload.pluginPrefix(v6, o, null, "/users", "v2", true, null, false));
    }
}
