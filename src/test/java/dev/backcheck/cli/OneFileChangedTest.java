package dev.backcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 14, one file changed: after each single-file edit of an Express app, the scan with the warm cache (the edited
 * file parsed again, every other file's facts read from the cache, whatever the cache reuses beyond facts) gives the
 * very bytes of a scan without any cache of the same tree, on one and on two threads. The edits cover what an
 * incremental scan must get right: a change that adds findings in the edited file and in the file that calls into it
 * (a repository function now builds SQL from its parameter, reached from a router through a service), a route added
 * and removed again, an export renamed so that the importing file's binding no longer resolves (findings of the files
 * that depend on it change), an edit that changes no finding, a handler's body edited in place, a middleware removed
 * from the application and a file deleted. Each step checks the edit did (or did not) change
 * the output, so the identity is tested where it matters.
 */
class OneFileChangedTest {
    @TempDir
    Path tmp;

    private static final String PACKAGE = """
            { "name": "shop-api", "version": "1.0.0", "dependencies": { "express": "^4.19.2", "helmet": "^7.1.0", "pg": "^8.11.0", "zod": "^3.23.0" } }
            """;
    private static final String DB = """
            import { Pool } from 'pg';

            export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
            """;
    private static final String REPOSITORY = """
            import { pool } from '../db';

            export async function findByName(name: string) {
              const res = await pool.query('SELECT id, name FROM users WHERE name = $1', [name]);
              return res.rows;
            }

            export async function findById(id: string) {
              const res = await pool.query('SELECT id, name FROM users WHERE id = $1', [id]);
              return res.rows[0];
            }
            """;
    private static final String SERVICE = """
            import { findByName, findById } from './users.repository';

            export async function searchUsers(name: string) {
              return findByName(name);
            }

            export async function getUser(id: string) {
              return findById(id);
            }
            """;
    private static final String ROUTER = """
            import { Router } from 'express';
            import { searchUsers, getUser } from './users.service';
            import { pool } from '../db';

            export const usersRouter = Router();

            usersRouter.get('/', async (req, res) => {
              const rows = await searchUsers(String(req.query.name));
              res.json(rows);
            });

            usersRouter.get('/:id', async (req, res) => {
              const user = await getUser(req.params.id);
              if (!user) return res.status(404).end();
              res.json(user);
            });
            """;
    private static final String DELETE_ROUTE = """

            usersRouter.delete('/:id', async (req, res) => {
              await pool.query(`DELETE FROM users WHERE id = ${req.params.id}`);
              res.status(204).end();
            });
            """;
    private static final String APP = """
            import express from 'express';
            import helmet from 'helmet';
            import { usersRouter } from './users/users.router';

            export const app = express();
            app.use(helmet());
            app.use(express.json());
            app.use('/api/users', usersRouter);

            app.listen(Number(process.env.PORT ?? 3000));
            """;

    private Path app;
    private Path cache;
    private int runs;

    /** SARIF and text of one scan; {@code cached}: with the shared cache. */
    private String scan(boolean cached, int jobs) throws Exception {
        String name = "run" + (runs++);
        Path sarif = tmp.resolve(name + ".sarif"), text = tmp.resolve(name + ".txt");
        List<String> args = new ArrayList<>(List.of("scan", app.toString(), "--format", "sarif", "--output", sarif.toString(),
                "--format", "text", "--output", text.toString(), "--fail-on", "none", "--jobs", String.valueOf(jobs)));
        if (cached) args.addAll(List.of("--cache", cache.toString()));
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        return Files.readString(sarif) + "\n----\n" + Files.readString(text);
    }

    private long factsEntries() throws Exception {
        Path dir = cache.resolve("facts-v1");
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }

    private void write(String rel, String text) throws Exception {
        Path p = app.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private String read(String rel) throws Exception {
        return Files.readString(app.resolve(rel));
    }

    /**
     * After an edit: the cached scan (facts of the unchanged files from the cache: one new facts entry at most, the
     * edited file's) equals scans without a cache on one and two threads; returns the output.
     */
    private String checkStep(String step, String before, boolean changesFindings) throws Exception {
        long entries = factsEntries();
        String cached = scan(true, 2);
        assertTrue(factsEntries() <= entries + 1, step + ": the cached scan parsed more than the edited file");
        String plain = scan(false, 2);
        assertEquals(plain, cached, step + ": the cached scan after a one-file change differs from a scan without the cache");
        assertEquals(plain, scan(false, 1), step + ": one thread");
        assertEquals(plain, scan(true, 1), step + ": cached, one thread (the stored result)");
        String findings = findingsOf(plain);
        if (changesFindings) assertNotEquals(findingsOf(before), findings, step + ": the edit was meant to change the findings");
        else assertEquals(findingsOf(before), findings, step + ": the edit was meant to change no finding");
        return plain;
    }

    /** The text report's finding lines (the header counts lines, which every edit changes). */
    private static String findingsOf(String output) {
        String text = output.substring(output.indexOf("\n----\n") + 6);
        return String.join("\n", text.lines().filter(l -> l.startsWith("src/") || l.startsWith("apps:")).toList());
    }

    @Test
    void aCachedScanAfterOneChangedFileEqualsAScanWithoutTheCache() throws Exception {
        app = tmp.resolve("app");
        cache = tmp.resolve("cache");
        write("package.json", PACKAGE);
        write("src/db.ts", DB);
        write("src/users/users.repository.ts", REPOSITORY);
        write("src/users/users.service.ts", SERVICE);
        write("src/users/users.router.ts", ROUTER);
        write("src/app.ts", APP);
        String plain = scan(false, 2);
        assertEquals(plain, scan(true, 2), "filling the cache");
        assertEquals(5, factsEntries(), "one facts entry per source file");

        // 1. the repository builds its SQL from the parameter: a finding in the repository, and one in the router
        //    whose query value now reaches it through the service
        write("src/users/users.repository.ts", REPOSITORY.replace("pool.query('SELECT id, name FROM users WHERE name = $1', [name])",
                "pool.query(`SELECT id, name FROM users WHERE name = '${name}'`)"));
        String step1 = checkStep("repository builds SQL", plain, true);
        assertTrue(findingsOf(step1).contains("users.repository.ts:4:21  error  injection/sql-raw-query"), findingsOf(step1));
        assertTrue(findingsOf(step1).contains("users.router.ts:8:41  warning  validation/unvalidated-input"), findingsOf(step1));

        // 2. a route added to the router (the app's route count and its findings change), then removed again
        write("src/users/users.router.ts", ROUTER + DELETE_ROUTE);
        String step2 = checkStep("route added", step1, true);
        assertTrue(findingsOf(step2).contains("apps: Express at src/app.ts:5 (3 routes)"), findingsOf(step2));
        write("src/users/users.router.ts", ROUTER);
        String step3 = checkStep("route removed", step2, true);
        assertEquals(findingsOf(step1), findingsOf(step3));

        // 3. the service renames the export the router imports: the router's binding no longer resolves, so the
        //    request value no longer reaches the repository's query (findings of the files depending on it change)
        write("src/users/users.service.ts", SERVICE.replace("export async function searchUsers", "export async function lookupUsers"));
        String step4 = checkStep("export renamed", step3, true);

        // 4. an edit that changes no finding: a comment and an export nobody imports, appended
        write("src/users/users.repository.ts", read("src/users/users.repository.ts") + "\n// reviewed\nexport const __changed = 1;\n");
        checkStep("no finding changes", step4, false);

        // 5. back to the start: the stored result of the first scan may serve again, and must be its bytes
        write("src/users/users.repository.ts", REPOSITORY);
        write("src/users/users.service.ts", SERVICE);
        assertEquals(plain, scan(true, 2), "back to the first tree, cached");

        // 6. a handler's body edited in place (no route added or removed): the id handler now updates the row through SQL
        //    built from the request
        write("src/users/users.router.ts", ROUTER.replace("const user = await getUser(req.params.id);",
                "const user = await getUser(req.params.id);\n  await pool.query(`UPDATE users SET seen = now() WHERE id = ${req.params.id}`);"));
        String step6 = checkStep("handler body edited", plain, true);
        assertTrue(findingsOf(step6).contains("injection/sql-raw-query"), findingsOf(step6));

        // 7. a middleware removed from the application (helmet no longer mounted; its import stays)
        write("src/app.ts", APP.replace("app.use(helmet());\n", ""));
        String step7 = checkStep("middleware removed", step6, true);
        assertTrue(findingsOf(step7).contains("headers/helmet-missing"), findingsOf(step7));

        // 8. a file deleted: the service goes, so the router's imports no longer resolve
        Files.delete(app.resolve("src/users/users.service.ts"));
        checkStep("file deleted", step7, true);
    }
}
