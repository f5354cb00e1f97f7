package dev.backcheck.lang.ts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The nesting pre-check: hostile nesting of every shape is estimated beyond the limit (so the
 * native parser never sees it), however it is disguised, and real code stays far below it.
 */
class NestingGuardTest {
    static final int DEEP = 50_000;

    /** Shapes that nest the syntax tree DEEP levels; each must be refused. */
    static List<Object[]> hostile() {
        List<Object[]> c = new ArrayList<>();
        add(c, "parentheses", n -> "x = " + "(".repeat(n) + "a" + ")".repeat(n));
        add(c, "arrays", n -> "x = " + "[".repeat(n) + "]".repeat(n));
        add(c, "objects", n -> "x = " + "{a:".repeat(n) + "1" + "}".repeat(n));
        add(c, "blocks", n -> "{".repeat(n) + "}".repeat(n));
        add(c, "a+a+...", n -> "x = a" + "+a".repeat(n));
        add(c, "a+ over lines", n -> "x = a" + "+\na".repeat(n));
        add(c, "+a over lines", n -> "x = a" + "\n+a".repeat(n));
        add(c, "nested arrows", n -> "x = " + "a=>".repeat(n) + "a");
        add(c, "nested arrows over lines", n -> "x =\n" + "(a) =>\n".repeat(n) + "a");
        add(c, "ternary chain", n -> "x = " + "a?b:".repeat(n) + "c");
        add(c, "ternary chain over lines", n -> "x = " + "a\n? b\n: ".repeat(n) + "c");
        add(c, "assignments", n -> "a" + "=a".repeat(n));
        add(c, "unary !", n -> "x = " + "!".repeat(n) + "a");
        add(c, "unary - +", n -> "x = a" + "+-".repeat(n) + "b");
        add(c, "typeof", n -> "x = " + "typeof ".repeat(n) + "a");
        add(c, "await", n -> "async function f() { return " + "await ".repeat(n) + "a }");
        add(c, "new", n -> "x = " + "new ".repeat(n) + "A");
        add(c, "member chain", n -> "x = a" + ".b".repeat(n));
        add(c, "member chain over lines", n -> "x = a" + "\n.b".repeat(n));
        add(c, "call chain", n -> "x = f" + "()".repeat(n));
        add(c, "method chain over lines", n -> "x = a" + "\n  .b()".repeat(n));
        add(c, "index chain", n -> "x = a" + "[0]".repeat(n));
        add(c, "tagged template chain", n -> "x = f" + "``".repeat(n));
        add(c, "as any", n -> "x = a" + " as any".repeat(n));
        add(c, "non-null", n -> "x = a" + "!".repeat(n));
        add(c, "if if if", n -> "if (a) ".repeat(n) + "b;");
        add(c, "if over lines", n -> "if (a)\n".repeat(n) + "b");
        add(c, "else if", n -> "if (a) {}" + " else if (a) {}".repeat(n));
        add(c, "while", n -> "while (a)\n".repeat(n) + "b");
        add(c, "labels", n -> "a:".repeat(n) + "b;");
        add(c, "do", n -> "do ".repeat(n) + "a;" + " while (b)".repeat(n));
        add(c, "template nesting", n -> "x = " + "`${".repeat(n) + "a" + "}`".repeat(n));
        add(c, "template holding parens", n -> "x = `${" + "(".repeat(n) + "a" + ")".repeat(n) + "}`");
        add(c, "parens spread over lines", n -> "x = " + "(\n".repeat(n) + "a" + "\n)".repeat(n));
        add(c, "parens between comments", n -> "x = " + "(/*)*/".repeat(n) + "a" + ")".repeat(n));
        add(c, "parens and line comments", n -> "x = " + "( // )\n".repeat(n) + "a" + ")".repeat(n));
        add(c, "regex hiding a closer", n -> "{\n" + "{ {} /)/\n".repeat(n) + "}".repeat(n));
        add(c, "division taken for regex", n -> "x = {} / " + "(".repeat(n) + "a" + ")".repeat(n) + " / 1");
        add(c, "strings between levels", n -> "x = " + "(')',".repeat(n) + "a" + ")".repeat(n));
        add(c, "generic types", n -> "type T = " + "A<".repeat(n) + "B" + ">".repeat(n) + ";");
        add(c, "array types", n -> "let x: A" + "[]".repeat(n) + ";");
        add(c, "chains inside levels", n -> "x = " + ("a+".repeat(50) + "(").repeat(n / 50) + "a" + ")".repeat(n / 50));
        add(c, "statements after a close brace", n -> "function f() {}\n" + "if (a) ".repeat(n) + "{}");
        return c;
    }

    static List<Object[]> hostileJsx() {
        List<Object[]> c = new ArrayList<>();
        add(c, "JSX elements", n -> "x = " + "<a>".repeat(n) + "</a>".repeat(n));
        add(c, "JSX fragments", n -> "x = " + "<>".repeat(n) + "</>".repeat(n));
        add(c, "JSX over lines", n -> "x = (\n" + "<div>\n".repeat(n) + "</div>\n".repeat(n) + ")");
        add(c, "JSX text with quotes", n -> "x = <a>\n" + "'<a>\n".repeat(n) + "</a>".repeat(n + 1));
        add(c, "JSX text with double quotes", n -> "x = <a>\n" + "\"<a>\n".repeat(n) + "</a>".repeat(n + 1));
        add(c, "JSX containers", n -> "x = " + "<a>{".repeat(n) + "1" + "}</a>".repeat(n));
        add(c, "JSX attributes", n -> "x = " + "<a b={".repeat(n) + "1" + "} />".repeat(n));
        add(c, "generic function type before parens", n -> "let f: <T>() => void;\nx = " + "(".repeat(n) + "a" + ")".repeat(n));
        // a contextual keyword used as a name: the JSX reading takes `<a>` for an element, the parser for a
        // comparison, so what the JSX reading calls text is code to the parser
        add(c, "text after a misread tag: parentheses", n -> "of <a> x" + "(".repeat(n) + "1" + ")".repeat(n));
        add(c, "text after a misread tag: unary", n -> "let <a> " + "!".repeat(n) + "x");
        add(c, "text after a misread tag: new", n -> "of <a> x " + "new ".repeat(n) + "y");
        add(c, "text after a misread tag with an attribute", n -> "as <a b=\"1\"> " + "-".repeat(n) + "x");
        add(c, "calls on elements", n -> "x = " + "(<br/>".repeat(n) + "1" + ")".repeat(n));
        add(c, "parentheses as element text", n -> "x = <a>{b ? <p>" + "(".repeat(n) + "</p> : 1}</a>");
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileNestingIsRefusedInTsx(String name, IntFunction<String> gen) {
        // .tsx is parsed with JSX only, so the JSX reading alone must refuse every shape
        int e = TsParser.nestingEstimate(gen.apply(DEEP), TsParser.mediaType("a.tsx"));
        assertTrue(e > TsParser.MAX_NESTING, name + " (.tsx): estimate " + e);
    }

    /** A server-rendered page (Hono JSX, a React view): 1,500 lines of markup, text with punctuation and parentheses. */
    static String page() {
        StringBuilder b = new StringBuilder("import { Hono } from 'hono'\nconst app = new Hono()\n"
                + "app.get('/staff/orders', async (c) => {\n  const rows = await load(c)\n  return c.html(\n    <html lang=\"ko\">\n"
                + "      <body class=\"staff\">\n        <main class=\"container\">\n          <table>\n            <tbody>\n");
        for (int i = 0; i < 300; i++) {
            b.append("              <tr class=\"row\" data-id={rows[").append(i).append("].id}>\n")
                    .append("                <td>Total: {rows[").append(i).append("].total} - paid (cash) / 2 items: ok!</td>\n")
                    .append("                <td>{rows[").append(i).append("].note ? <>{`note: ${rows[").append(i)
                    .append("].note}`} <span class=\"muted\">(edited)</span></> : \"-\"}</td>\n")
                    .append("                <td>{rows[").append(i).append("].tag ? <span>(").append(i).append(")</span> : null} if in doubt, ask for help</td>\n")
                    .append("              </tr>\n");
        }
        b.append("            </tbody>\n          </table>\n        </main>\n      </body>\n    </html>\n  )\n})\n");
        for (int i = 0; i < 200; i++) b.append("app.post('/x").append(i).append("', async (c) => c.json({ ok: true }))\n");
        return b.toString();
    }

    @Test
    void pageSizedJsxIsAcceptedInEveryMediaThatReadsJsx() {
        // reading such a page as plain code (its text as operators) goes far past the limit; the JSX reading is
        // what the parser does with .tsx, and with .js/.jsx first
        String page = page();
        assertTrue(NestingGuard.estimate(page, false) > TsParser.MAX_NESTING, "the plain reading inflates this page");
        for (String file : new String[]{"a.tsx", "a.jsx", "a.js"}) {
            int e = TsParser.nestingEstimate(page, TsParser.mediaType(file));
            assertTrue(e < 100, file + ": estimate " + e);
        }
    }

    @Test
    void elementTextStartingWithAParenthesisClosesItsElement() {
        // `<span>(3)</span>` opened in code or among children is an element, not type parameters `<T>(x) => x`;
        // taking it for type parameters left every enclosing element open and the file's statements added up
        String line = "x = (<td>{a ? <>{p} <span class=\"m\">(q%)</span></> : <b>(none)</b>}</td>)\n";
        assertTrue(NestingGuard.estimate((line + "y = f(a)\n").repeat(2_000), true) < 30);
    }

    private static void add(List<Object[]> c, String name, IntFunction<String> gen) {
        c.add(new Object[]{name, gen});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileNestingIsRefusedInEveryMediaType(String name, IntFunction<String> gen) {
        String code = gen.apply(DEEP);
        int plain = NestingGuard.estimate(code, false);
        assertTrue(plain > TsParser.MAX_NESTING, name + ": estimate " + plain);
        int asJs = TsParser.nestingEstimate(code, TsParser.mediaType("a.js"));
        assertTrue(asJs > TsParser.MAX_NESTING, name + " (.js): estimate " + asJs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileJsx")
    void hostileJsxIsRefused(String name, IntFunction<String> gen) {
        String code = gen.apply(DEEP);
        for (String file : new String[]{"a.tsx", "a.jsx", "a.js"}) {
            int e = TsParser.nestingEstimate(code, TsParser.mediaType(file));
            assertTrue(e > TsParser.MAX_NESTING, name + " in " + file + ": estimate " + e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void shallowVersionsOfTheSameShapesAreAccepted(String name, IntFunction<String> gen) {
        // the estimate scales with depth: 20 levels of any shape stay far below the limit
        int e = NestingGuard.estimate(gen.apply(20), false);
        assertTrue(e < 200, name + ": estimate " + e + " for 20 levels");
    }

    @Test
    void realisticBackendCodeStaysFarBelowTheLimit() {
        String code = """
                import express, { Request, Response } from 'express';
                import { z } from 'zod';
                import { Pool } from 'pg';

                const pool = new Pool({ connectionString: process.env.DATABASE_URL });
                const schema = z.object({ name: z.string().min(1).max(100), age: z.number().int().positive().optional() });
                type Handler = <T>(req: Request, res: Response) => Promise<T | undefined>;
                const re = /^(?:[a-z0-9]+(?:\\.[a-z0-9]+)*)\\/?$/i;

                export const router = express.Router()
                router.get('/users/:id', async (req: Request, res: Response) => {
                  const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [req.params.id])
                  if (!rows.length) return res.status(404).json({ error: 'not found' })
                  else if (rows.length > 1) { return res.status(500).end() }
                  res.json(rows[0] ?? null)
                })
                const total = items.reduce((acc, it) => acc + it.price * (1 - (it.discount || 0) / 100), 0) / 2
                const msg = `user ${user.name} has ${items.length > 1 ? `${items.length} items` : 'one item'}`
                """;
        String file = code.repeat(200); // 4,000 lines without semicolons: statements must not add up
        assertTrue(NestingGuard.estimate(file, false) < 60, "estimate " + NestingGuard.estimate(file, false));
        assertTrue(TsParser.nestingEstimate(file, TsParser.mediaType("a.tsx")) < 60);
    }

    @Test
    void semicolonFreeCodeAndMinifiedDeclarationsDoNotAccumulate() {
        assertTrue(NestingGuard.estimate("let a = b + c\n".repeat(5_000), false) < 10);
        assertTrue(NestingGuard.estimate("function a(){return 1}".repeat(5_000), false) < 10);
        assertTrue(NestingGuard.estimate("class A{" + "m(){return this.x+1}".repeat(5_000) + "}", false) < 10);
        assertTrue(NestingGuard.estimate("switch (x) {\n" + "case 1:\n  f()\n  break\n".repeat(2_000) + "}", false) < 10);
        assertTrue(NestingGuard.estimate("type U =\n" + "  | 'a'\n".repeat(100) + "\nconst x = 1\n".repeat(1000), false) < 150);
    }

    @Test
    void minifiedBundleIsAccepted() {
        String bundle = dev.backcheck.HostileFiles.minifiedBundle(900 * 1024);
        assertTrue(bundle.length() >= 900 * 1024);
        int e = TsParser.nestingEstimate(bundle, TsParser.mediaType("bundle.js"));
        assertTrue(e < 200, "estimate " + e);
    }
}
