package dev.backcheck.report.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.rules.testonly.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.*;

import static dev.backcheck.rules.testonly.TestCatalog.*;
import static org.junit.jupiter.api.Assertions.*;

/** github, gitlab, markdown and junit renderings of one scan with a test-only rule catalogue. */
class CiFormatsTest {
    @TempDir
    Path tmp;

    /** 12 errors (query calls), 2 warnings (markers), one suppressed error. */
    private ScanResult scan() {
        StringBuilder sb = new StringBuilder("import { db } from './db';\n");
        for (int i = 0; i < 12; i++) sb.append("export const q").append(i).append(" = (x) => db.query(`SELECT ").append(i).append(" ${x}`);\n");
        sb.append("// backcheck-ignore testonly/query-call -- reviewed\nexport const ok = (x) => db.query(`SELECT ${x}`);\n");
        write(tmp, "api/src/routes.ts", sb.toString());
        write(tmp, "api/package.json", "{\"name\":\"api\",\"dependencies\":{\"express\":\"^4.21.2\"}}");
        write(tmp, "api/src/app.ts", "import express from 'express';\nconst app = express();\napp.listen(3000);\n");
        write(tmp, "NOTES.md", "# Notes, by @octocat\n\nFIXME-CLAIM <script>alert(1)</script> 100% done, a:b\nFIXME-CLAIM second\n");
        return TestCatalog.scan(tmp);
    }

    @Test
    void githubCommandsAreEscapedAndMostSevereFirst() {
        ScanResult r = scan();
        String out = GithubReport.render(r);
        List<String> cmds = out.lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(14, cmds.size(), out);
        for (int i = 0; i < 12; i++) assertTrue(cmds.get(i).startsWith("::error file=api/src/routes.ts,line="), cmds.get(i));
        assertTrue(cmds.get(12).startsWith("::warning file=NOTES.md,line=3,endLine=3,col=1,endColumn=11,title=[testonly/marker] Marker in a text file::"),
                cmds.get(12));
        assertTrue(cmds.get(0).contains(",title=[testonly/query-call] Query called::query called with a built string. Fix: use parameters"), cmds.get(0));
        assertTrue(out.contains("GitHub shows only the first 10 of each level"), out);
        // escaping
        assertEquals("a%25b%0D%0Ac", GithubReport.message("a%b\r\nc"));
        assertEquals("a%3Ab%2Cc%25d%0A", GithubReport.property("a:b,c%d\n"));
        assertEquals("src/a%2Cb%3A.ts", GithubReport.property("src/a,b:.ts"));
    }

    @Test
    void stepSummaryListsEveryFindingBeyondTheAnnotationLimit() {
        ScanResult r = scan();
        String md = GithubReport.summary(r);
        long rows = md.lines().filter(l -> l.startsWith("| error |") || l.startsWith("| warning |")).count();
        assertEquals(14, rows, md);
        assertTrue(md.contains("**14 findings**: 12 errors, 2 warnings, 0 notes · 1 suppressed in source"), md);
        assertFalse(md.contains("<script>"), "scanned text is escaped");
        assertFalse(md.contains("@octocat"));
    }

    @Test
    void gitlabReportValidatesAgainstTheFieldListWithStableIds() throws Exception {
        ScanResult r = scan();
        String json = GitlabReport.render(r, Instant.parse("2026-01-02T03:04:04Z"), Instant.parse("2026-01-02T03:04:05Z"));
        Set<ValidationMessage> errors;
        try (InputStream in = getClass().getResourceAsStream("/gitlab/sast-report-15.x-fields.json")) {
            errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(new ObjectMapper().readTree(json));
        }
        assertTrue(errors.isEmpty(), errors + "\n" + json);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("15.0.7", root.path("version").asText());
        assertEquals("2026-01-02T03:04:05", root.at("/scan/end_time").asText());
        JsonNode vs = root.path("vulnerabilities");
        assertEquals(14, vs.size(), "suppressed findings are left out");
        Set<String> ids = new HashSet<>();
        for (JsonNode v : vs) {
            ids.add(v.path("id").asText());
            assertEquals(v.at("/identifiers/0/value").asText(), v.at("/identifiers/0/name").asText().replace("backcheck ", ""));
        }
        assertEquals(14, ids.size(), "one id per finding");
        JsonNode first = null, marker = null;
        for (JsonNode v : vs) {
            if (v.at("/identifiers/0/value").asText().equals(QUERY) && first == null) first = v;
            if (v.at("/identifiers/0/value").asText().equals(MARKER)) marker = v;
        }
        assertNotNull(first);
        assertNotNull(marker);
        assertEquals("cwe", first.at("/identifiers/1/type").asText());
        assertEquals("89", first.at("/identifiers/1/value").asText());
        assertEquals("High", first.path("severity").asText(), "security-severity 8.8 is High");
        assertEquals("Low", marker.path("severity").asText(), "a warning without security-severity is Low");
        // the same tree gives the same ids and the same document apart from the times
        String again = GitlabReport.render(scan(), Instant.parse("2026-01-02T03:04:04Z"), Instant.parse("2026-01-02T03:04:05Z"));
        assertEquals(json, again);
        assertEquals(GitlabReport.uuid("x"), GitlabReport.uuid("x"));
        assertNotEquals(GitlabReport.uuid("x"), GitlabReport.uuid("y"));
        assertEquals(5, GitlabReport.uuid("x").version());
    }

    @Test
    void markdownGroupsByChecklistKeyWithLinksAndNoInjection() {
        ScanResult r = scan();
        String md = MarkdownReport.render(r, "https://github.com/o/r/blob/abc123");
        assertTrue(md.startsWith("### backcheck: 14 findings (12 errors, 2 warnings, 0 notes)\n"), md);
        int sql = md.indexOf("#### Parameterized queries (12)");
        int claims = md.indexOf("#### Implementation report claims (2)");
        assertTrue(sql > 0 && claims > sql, "groups in checklist order:\n" + md);
        assertTrue(md.contains("[api/src/routes.ts:2](https://github.com/o/r/blob/abc123/api/src/routes.ts#L2)"), md);
        assertTrue(md.contains("1 suppressed in source"), md);
        assertFalse(md.contains("<script>"));
        String plain = MarkdownReport.render(r, null);
        assertTrue(plain.contains("`NOTES.md:3`"), plain);
    }

    @Test
    void junitHasOneCasePerRulePerAppAndFailuresForFindings() throws Exception {
        ScanResult r = scan();
        String xml = JunitReport.render(r);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList suites = d.getElementsByTagName("testsuite");
        Map<String, Element> byName = new TreeMap<>();
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            byName.put(s.getAttribute("name"), s);
        }
        assertEquals(Set.of("Express app api", "project"), byName.keySet(), xml);
        Element api = byName.get("Express app api");
        assertEquals(String.valueOf(r.rules().size()), api.getAttribute("tests"));
        assertEquals("1", api.getAttribute("failures"));
        NodeList cases = api.getElementsByTagName("testcase");
        assertEquals(r.rules().size(), cases.getLength());
        Element q = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(QUERY)) q = c;
        }
        assertNotNull(q);
        Element failure = (Element) q.getElementsByTagName("failure").item(0);
        assertEquals("error", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("12 findings"), failure.getAttribute("message"));
        assertEquals(12, failure.getTextContent().lines().count());
        assertEquals("1", byName.get("project").getAttribute("failures"), "the markdown findings are outside the app");
        assertEquals(xml, JunitReport.render(scan()), "deterministic");
    }
}
