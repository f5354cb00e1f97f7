package dev.backcheck.report;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.report.ci.GithubReport;
import dev.backcheck.report.ci.MarkdownReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Findings a person can act on: clickable text lines, SQL sources named, CORS fixes that fit the app, keys not checked. */
class ReadableFindingsTest {
    private static final Path SQL = Fixtures.ROOT.resolve("rules/injection/sql-raw-query");
    private static final Path CORS = Fixtures.ROOT.resolve("rules/cors/permissive-origin");

    @Test
    void textFindingIsOneClickableLineThenSourceCaretAndFix() {
        Path root = SQL.resolve("bad-express-service-across-files");
        ScanResult r = Fixtures.scan(root, Set.of("injection/sql-raw-query"));
        String text = new TextReport(false).render(r, new SourceText(root));
        List<String> lines = text.lines().toList();
        int i = lines.indexOf(lines.stream().filter(l -> l.startsWith("src/services/items.ts:5:24  error  injection/sql-raw-query  SQL built"))
                .findFirst().orElseThrow(() -> new AssertionError(text)));
        assertTrue(lines.get(i + 1).startsWith("  5 │   const [rows] = await db.query("), lines.get(i + 1));
        // the caret sits under column 24 (1-based) of the source line
        String caretLine = lines.get(i + 2);
        assertEquals("  " + " ".repeat(1) + " │ " + " ".repeat(23) + "^", caretLine.substring(0, 2 + 1 + 3 + 23 + 1), caretLine);
        assertTrue(lines.get(i + 3).startsWith("  fix: use placeholders"), lines.get(i + 3));
        assertFalse(text.contains("\u001b["), "no colour when not asked for");
        assertTrue(text.contains("\nroutes: 2 found, 0 registrations not followed\n"), text);
        // only the SQL rule ran: every other key is listed as not checked, parameterized-queries is not
        String notChecked = lines.stream().filter(l -> l.startsWith("  not checked: ")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(notChecked.contains("input-validation, injection, jwt, authn-authz"), notChecked);
        assertFalse(notChecked.contains("parameterized-queries"), notChecked);
        assertTrue(MarkdownReport.render(r, null).contains("Not checked (no enabled rule checks these keys): input-validation, injection, jwt"));
        assertTrue(GithubReport.summary(r).contains("Not checked (no enabled rule checks these keys): input-validation, injection, jwt"));
    }

    @Test
    void sqlThroughAServiceNamesTheRequestValueAndWhereItIsRead() {
        ScanResult r = Fixtures.scan(SQL.resolve("bad-express-service-across-files"), Set.of("injection/sql-raw-query"));
        Finding f = r.findings().stream().filter(x -> x.location().line() == 5).findFirst().orElseThrow();
        assertEquals("error", f.level().id());
        assertTrue(f.message().contains("`req.params.aisle` read from the request at src/routes/items.ts:7 (through itemsInAisle())"), f.message());
        assertFalse(f.message().contains("if it ever carries"), f.message());
        assertEquals("src/routes/items.ts", f.related().get(0).path());
        Finding constant = r.findings().stream().filter(x -> x.location().line() == 15).findFirst().orElseThrow();
        assertEquals("warning", constant.level().id());
        assertTrue(constant.message().contains("No caller found passes request data (1 call checked)"), constant.message());
    }

    @Test
    void corsFixAddsCredentialsOnlyWhenTheAppUsesCookies() {
        Finding plain = only(Fixtures.scan(CORS.resolve("bad-express-star"), Set.of("cors/permissive-origin")));
        assertFalse(plain.fix().contains("credentials"), plain.fix());
        assertTrue(plain.fix().startsWith("app.use(cors({ origin: process.env.CORS_ORIGINS.split(',') }))"), plain.fix());
        Finding cookies = only(Fixtures.scan(CORS.resolve("bad-express-star-with-session-cookie"), Set.of("cors/permissive-origin")));
        assertTrue(cookies.fix().contains(", credentials: true }))"), cookies.fix());
        assertTrue(cookies.fix().contains("because browsers send this app cookies or HTTP credentials: "), cookies.fix());
        Finding nest = only(Fixtures.scan(CORS.resolve("bad-nestjs-enable-cors"), Set.of("cors/permissive-origin")));
        assertTrue(nest.fix().startsWith("app.enableCors({ origin: config.getOrThrow<string>('CORS_ORIGINS').split(',') })"), nest.fix());
    }

    private static Finding only(ScanResult r) {
        List<Finding> fs = r.findings();
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }
}
