// Synthetic Hono + TypeScript backend generator for the backcheck benchmark: route factories.
//
//   java bench/GenerateHono.java <outDir> <approxLines> [seed]
//
// The Express generator (Generate.java) cannot show costs that only Hono's model pays. This tree is built
// the way larger Hono services often are: every endpoint is made by a factory,
// createRoute({ method, path, handler, middlewares }), which returns its own new Hono() with one scoped
// app.use(path, mw) per middleware plus the route itself; each feature folder gathers its endpoints into a
// router with router.route('/', endpoint), and the root app mounts every feature with app.route(prefix, router).
// So the model sees thousands of sub-apps, each with a scoped middleware in front of one route: the shape
// in which a per-(middleware, route) cost shows up.
//
// <approxLines> accepts plain numbers or k/M suffixes. The same seed always gives byte-identical output.
// About 1% of the endpoints get a planted finding, listed in <outDir>/expected-findings.tsv (path, line,
// kind): a list endpoint that puts c.req.query() text into pool.query through a template literal
// (sql-injection), and a delete endpoint registered without the auth middleware (unauthenticated-mutation).
// No dependencies: single-file Java 17 program.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

public class GenerateHono {

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateHono.java <outDir> <approxLines> [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = parseSize(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    System.err.println("GenerateHono: " + out + " exists and is not empty; refusing to write into it");
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        GenerateHono g = new GenerateHono(out, target, seed);
        g.run();
        System.err.printf(Locale.ROOT,
                "GenerateHono: %d .ts lines in %d files (%d features, %d endpoints), %d planted findings, %d ms%n",
                g.tsLines, g.files, g.features.size(), g.endpoints, g.planted.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    static long parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long mul = 1;
        if (t.endsWith("k")) { mul = 1_000; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("m")) { mul = 1_000_000; t = t.substring(0, t.length() - 1); }
        double v = Double.parseDouble(t);
        if (v <= 0) throw new IllegalArgumentException("size must be positive: " + s);
        return (long) (v * mul);
    }

    final Path out;
    final long target;
    final Random rng;
    final Random plantRng;
    long tsLines;
    int files;
    int endpoints;
    final List<String> features = new ArrayList<>();
    final List<String> planted = new ArrayList<>();
    final Set<String> used = new HashSet<>();

    GenerateHono(Path out, long target, long seed) {
        this.out = out;
        this.target = target;
        this.rng = new Random(seed);
        this.plantRng = new Random(seed * 17 + 5);
    }

    static final String[] WORDS = {
        "booking", "guest", "room", "listing", "review", "host", "payout", "invoice", "voucher", "event",
        "venue", "ticket", "seat", "artist", "album", "track", "playlist", "course", "lesson", "quiz",
        "badge", "streak", "garden", "plant", "harvest", "recipe", "pantry", "meal", "driver", "vehicle",
        "route", "stop", "parcel", "locker", "clinic", "doctor", "visit", "claim", "policy", "broker",
    };
    static final String[] PREFIXES = {"", "guest", "partner", "team", "local", "shared", "archived", "draft"};

    static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    static String kebab(String camel) {
        StringBuilder b = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) b.append('-').append(Character.toLowerCase(ch));
            else b.append(ch);
        }
        return b.toString();
    }

    String newName() {
        for (int tries = 0; ; tries++) {
            String p = PREFIXES[rng.nextInt(PREFIXES.length)];
            String w = WORDS[rng.nextInt(WORDS.length)];
            String n = p.isEmpty() ? w : p + cap(w);
            if (tries > 20) n = n + used.size();
            if (used.add(n)) return n;
        }
    }

    /** True for about one endpoint in a hundred. */
    boolean plant() { return plantRng.nextInt(100) == 0; }

    void write(String rel, StringBuilder content) throws IOException {
        Path p = out.resolve(rel);
        Files.createDirectories(p.getParent());
        String s = content.toString();
        Files.writeString(p, s, StandardCharsets.UTF_8);
        files++;
        if (rel.endsWith(".ts")) for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') tsLines++;
    }

    static int lineOf(StringBuilder b, String marker) {
        int at = b.indexOf(marker);
        int line = 1;
        for (int i = 0; i < at; i++) if (b.charAt(i) == '\n') line++;
        return line;
    }

    void run() throws IOException {
        Files.createDirectories(out);
        writeShared();
        while (tsLines + 30 + 2L * features.size() < target || features.isEmpty()) writeFeature(newName());
        writeApp();
        StringBuilder m = new StringBuilder("path\tline\tkind\n");
        for (String p : planted) m.append(p).append('\n');
        Files.writeString(out.resolve("expected-findings.tsv"), m.toString(), StandardCharsets.UTF_8);
    }

    void writeShared() throws IOException {
        write("package.json", new StringBuilder("""
                {
                  "name": "bench-hono-api",
                  "private": true,
                  "type": "module",
                  "scripts": { "start": "node dist/index.js", "build": "tsc" },
                  "dependencies": {
                    "@hono/node-server": "^1.13.0",
                    "@hono/zod-validator": "^0.4.0",
                    "hono": "^4.6.0",
                    "pg": "^8.12.0",
                    "zod": "^3.23.0"
                  },
                  "devDependencies": { "typescript": "^5.6.0", "@types/pg": "^8.11.0" }
                }
                """));
        write("tsconfig.json", new StringBuilder("""
                { "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "strict": true, "outDir": "dist" } }
                """));
        write("src/lib/route-factory.ts", new StringBuilder("""
                import { Hono } from 'hono';
                import type { Context, MiddlewareHandler } from 'hono';

                export type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

                export interface RouteSpec {
                  method: Verb;
                  path: string;
                  handler: (c: Context) => Response | Promise<Response>;
                  middlewares?: MiddlewareHandler[];
                }

                // One small app per endpoint: its middlewares are scoped to its own path, then the endpoint follows.
                export function createRoute(spec: RouteSpec) {
                  const app = new Hono();
                  for (const mw of spec.middlewares ?? []) {
                    app.use(spec.path, mw);
                  }
                  app.on(spec.method, spec.path, spec.handler);
                  return app;
                }
                """));
        write("src/lib/db.ts", new StringBuilder("""
                import { Pool } from 'pg';
                import { env } from '../env';

                export const pool = new Pool({ connectionString: env.DATABASE_URL, max: 10 });
                """));
        write("src/env.ts", new StringBuilder("""
                import { z } from 'zod';

                const schema = z.object({
                  DATABASE_URL: z.string().url(),
                  JWT_SECRET: z.string().min(32),
                  PORT: z.coerce.number().default(3000),
                  CORS_ORIGINS: z.string().default('https://app.example.com'),
                });

                export const env = schema.parse(process.env);
                """));
        write("src/middlewares/auth.ts", new StringBuilder("""
                import { createMiddleware } from 'hono/factory';
                import { verify } from 'hono/jwt';
                import { env } from '../env';

                export const requireAuth = createMiddleware(async (c, next) => {
                  const header = c.req.header('authorization') ?? '';
                  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
                  if (!token) return c.json({ error: 'unauthorized' }, 401);
                  try {
                    c.set('user', await verify(token, env.JWT_SECRET));
                  } catch {
                    return c.json({ error: 'unauthorized' }, 401);
                  }
                  await next();
                });
                """));
        write("src/middlewares/rate-limit.ts", new StringBuilder("""
                import type { Context, Next } from 'hono';

                const windows = new Map<string, { start: number; hits: number }>();

                export async function writeLimit(c: Context, next: Next) {
                  const key = c.req.header('x-forwarded-for') ?? 'local';
                  const now = Date.now();
                  const w = windows.get(key);
                  if (!w || now - w.start > 60_000) {
                    windows.set(key, { start: now, hits: 1 });
                  } else if (++w.hits > 30) {
                    return c.json({ error: 'too many requests' }, 429);
                  }
                  await next();
                }
                """));
    }

    void writeFeature(String name) throws IOException {
        features.add(name);
        String Name = cap(name);
        String dir = "src/features/" + kebab(name) + "/";
        String table = kebab(name).replace('-', '_') + "s";
        int fieldCount = 2 + rng.nextInt(4);
        String[] fieldPool = {"title", "note", "label", "status", "owner", "code", "city", "color"};
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < fieldCount; i++) {
            String f = fieldPool[(i + rng.nextInt(3)) % fieldPool.length];
            if (!fields.contains(f)) fields.add(f);
        }

        StringBuilder schema = new StringBuilder("import { z } from 'zod';\n\n");
        schema.append("export const ").append(Name).append("Body = z.object({\n");
        for (String f : fields) schema.append("  ").append(f).append(": z.string().min(1).max(").append(40 + rng.nextInt(200)).append("),\n");
        schema.append("});\n\nexport type ").append(Name).append("Input = z.infer<typeof ").append(Name).append("Body>;\n");
        schema.append("\nexport const ").append(Name).append("Id = z.object({ id: z.string().uuid() });\n");
        write(dir + "schema.ts", schema);

        String cols = String.join(", ", fields);
        StringBuilder service = new StringBuilder();
        service.append("import { pool } from '../../lib/db';\nimport type { ").append(Name).append("Input } from './schema';\n\n");
        service.append("export async function list").append(Name).append("s(limit: number, offset: number) {\n");
        service.append("  const { rows } = await pool.query('SELECT id, ").append(cols).append(" FROM ").append(table)
                .append(" ORDER BY id LIMIT $1 OFFSET $2', [limit, offset]);\n  return rows;\n}\n\n");
        service.append("export async function find").append(Name).append("(id: string) {\n");
        service.append("  const { rows } = await pool.query('SELECT id, ").append(cols).append(" FROM ").append(table)
                .append(" WHERE id = $1', [id]);\n  return rows[0] ?? null;\n}\n\n");
        StringBuilder ph = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) ph.append(i == 0 ? "" : ", ").append('$').append(i + 1);
        service.append("export async function insert").append(Name).append("(input: ").append(Name).append("Input) {\n");
        service.append("  const { rows } = await pool.query(\n    'INSERT INTO ").append(table).append(" (").append(cols)
                .append(") VALUES (").append(ph).append(") RETURNING id',\n    [");
        for (int i = 0; i < fields.size(); i++) service.append(i == 0 ? "" : ", ").append("input.").append(fields.get(i));
        service.append("],\n  );\n  return rows[0];\n}\n\n");
        service.append("export async function update").append(Name).append("(id: string, input: ").append(Name).append("Input) {\n");
        StringBuilder sets = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) sets.append(i == 0 ? "" : ", ").append(fields.get(i)).append(" = $").append(i + 2);
        service.append("  await pool.query('UPDATE ").append(table).append(" SET ").append(sets).append(" WHERE id = $1', [id");
        for (String f : fields) service.append(", input.").append(f);
        service.append("]);\n}\n\n");
        service.append("export async function delete").append(Name).append("(id: string) {\n");
        service.append("  await pool.query('DELETE FROM ").append(table).append(" WHERE id = $1', [id]);\n}\n");
        write(dir + "service.ts", service);

        // endpoints: list, get, create, update, remove (some features have fewer)
        List<String> made = new ArrayList<>();
        String[] kinds = {"list", "get", "create", "update", "remove"};
        int n = 3 + rng.nextInt(3);
        for (int k = 0; k < n; k++) {
            String kind = kinds[k];
            String exp = kind + Name;
            made.add(exp);
            endpoints++;
            StringBuilder e = new StringBuilder();
            e.append("import { zValidator } from '@hono/zod-validator';\n");
            e.append("import { createRoute } from '../../lib/route-factory';\n");
            e.append("import { requireAuth } from '../../middlewares/auth';\n");
            e.append("import { writeLimit } from '../../middlewares/rate-limit';\n");
            e.append("import { ").append(Name).append("Body, ").append(Name).append("Id } from './schema';\n");
            e.append("import * as svc from './service';\n");
            boolean sql = kind.equals("list") && plant();
            boolean open = kind.equals("remove") && plant();
            if (sql) e.append("import { pool } from '../../lib/db';\n");
            e.append('\n');
            switch (kind) {
                case "list" -> {
                    e.append("export const ").append(exp).append(" = createRoute({\n  method: 'GET',\n  path: '/',\n");
                    e.append("  middlewares: [requireAuth],\n  handler: async (c) => {\n");
                    e.append("    const limit = Math.min(Number(c.req.query('limit') ?? 20), 100);\n");
                    e.append("    const offset = Math.max(Number(c.req.query('offset') ?? 0), 0);\n");
                    if (sql) {
                        e.append("    const q = c.req.query('q') ?? '';\n");
                        e.append("    const { rows } = await pool.query(`SELECT * FROM ").append(table)
                                .append(" WHERE ").append(fields.get(0)).append(" LIKE '%${q}%' LIMIT ${limit}`); // PLANTED\n");
                        e.append("    return c.json({ data: rows, limit, offset });\n");
                    } else {
                        e.append("    const rows = await svc.list").append(Name).append("s(limit, offset);\n");
                        e.append("    return c.json({ data: rows, limit, offset });\n");
                    }
                    e.append("  },\n});\n");
                }
                case "get" -> {
                    e.append("export const ").append(exp).append(" = createRoute({\n  method: 'GET',\n  path: '/:id',\n");
                    e.append("  middlewares: [requireAuth, zValidator('param', ").append(Name).append("Id)],\n");
                    e.append("  handler: async (c) => {\n    const { id } = c.req.valid('param' as never) as { id: string };\n");
                    e.append("    const row = await svc.find").append(Name).append("(id);\n");
                    e.append("    if (!row) return c.json({ error: 'not found' }, 404);\n    return c.json(row);\n  },\n});\n");
                }
                case "create" -> {
                    e.append("export const ").append(exp).append(" = createRoute({\n  method: 'POST',\n  path: '/',\n");
                    e.append("  middlewares: [requireAuth, writeLimit, zValidator('json', ").append(Name).append("Body)],\n");
                    e.append("  handler: async (c) => {\n    const input = c.req.valid('json' as never) as import('./schema').")
                            .append(Name).append("Input;\n");
                    e.append("    const created = await svc.insert").append(Name).append("(input);\n");
                    e.append("    return c.json(created, 201);\n  },\n});\n");
                }
                case "update" -> {
                    e.append("export const ").append(exp).append(" = createRoute({\n  method: 'PUT',\n  path: '/:id',\n");
                    e.append("  middlewares: [requireAuth, writeLimit, zValidator('json', ").append(Name).append("Body)],\n");
                    e.append("  handler: async (c) => {\n    const id = c.req.param('id');\n");
                    e.append("    await svc.update").append(Name).append("(id, c.req.valid('json' as never));\n");
                    e.append("    return c.body(null, 204);\n  },\n});\n");
                }
                default -> {
                    // the planted one sits on a path of its own: a scoped requireAuth of a sibling on '/:id' would cover it
                    e.append("export const ").append(exp).append(" = createRoute({\n  method: 'DELETE',\n  path: '")
                            .append(open ? "/:id/purge" : "/:id").append("',\n");
                    e.append(open ? "  middlewares: [writeLimit], // PLANTED\n" : "  middlewares: [requireAuth, writeLimit],\n");
                    e.append("  handler: async (c) => {\n    await svc.delete").append(Name).append("(c.req.param('id'));\n");
                    e.append("    return c.body(null, 204);\n  },\n});\n");
                }
            }
            String rel = dir + kind + ".ts";
            if (sql) planted.add(rel + "\t" + lineOf(e, "// PLANTED") + "\tsql-injection");
            if (open) planted.add(rel + "\t" + lineOf(e, "// PLANTED") + "\tunauthenticated-mutation");
            int cut;
            while ((cut = e.indexOf(" // PLANTED")) >= 0) e.delete(cut, cut + " // PLANTED".length());
            write(rel, e);
        }

        StringBuilder index = new StringBuilder("import { Hono } from 'hono';\n");
        for (int k = 0; k < made.size(); k++) index.append("import { ").append(made.get(k)).append(" } from './").append(kinds[k]).append("';\n");
        index.append("\nconst router = new Hono();\n");
        for (String m : made) index.append("router.route('/', ").append(m).append(");\n");
        index.append("\nexport { router as ").append(name).append("Routes };\n");
        write(dir + "index.ts", index);
    }

    void writeApp() throws IOException {
        StringBuilder a = new StringBuilder();
        a.append("import { serve } from '@hono/node-server';\nimport { Hono } from 'hono';\nimport { cors } from 'hono/cors';\n");
        a.append("import { secureHeaders } from 'hono/secure-headers';\nimport { env } from './env';\n");
        for (String f : features) a.append("import { ").append(f).append("Routes } from './features/").append(kebab(f)).append("';\n");
        a.append("\nconst app = new Hono();\n");
        a.append("app.use('*', secureHeaders());\n");
        a.append("app.use('*', cors({ origin: env.CORS_ORIGINS.split(','), credentials: true }));\n");
        a.append("app.get('/health', (c) => c.json({ ok: true }));\n\n");
        for (String f : features) a.append("app.route('/api/v1/").append(kebab(f)).append("s', ").append(f).append("Routes);\n");
        a.append("\napp.onError((err, c) => {\n  console.error(err);\n  return c.json({ error: 'internal error' }, 500);\n});\n\n");
        a.append("const server = serve({ fetch: app.fetch, port: env.PORT });\n");
        a.append("process.on('SIGTERM', () => server.close(() => process.exit(0)));\n\nexport default app;\n");
        write("src/index.ts", a);
    }
}
