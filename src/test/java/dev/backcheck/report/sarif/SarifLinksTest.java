package dev.backcheck.report.sarif;

import dev.backcheck.findings.Location;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Embedded links in SARIF result messages (SARIF 3.11.6): [text](id) to related locations, literal link syntax escaped. */
class SarifLinksTest {
    private static Location at(String path, int line) {
        return Location.at(path, line, 3);
    }

    @Test
    void linksTheWholeMentionOfEachRelatedPlace() {
        assertEquals("read at [src/app.js:19](1), then at [src/b.ts:4](2).",
                SarifReport.linked("read at src/app.js:19, then at src/b.ts:4.", List.of(at("src/app.js", 19), at("src/b.ts", 4))));
        // not inside a longer line number or path
        assertEquals("at src/app.js:190 and xsrc/app.js:19", SarifReport.linked("at src/app.js:190 and xsrc/app.js:19", List.of(at("src/app.js", 19))));
        assertEquals("at src/app.js:190 and [src/app.js:19](1)", SarifReport.linked("at src/app.js:190 and src/app.js:19", List.of(at("src/app.js", 19))));
        // a place not mentioned leaves the message as it is; only the first mention is linked
        assertEquals("no place here", SarifReport.linked("no place here", List.of(at("src/app.js", 1))));
        assertEquals("[a.ts:1](1) a.ts:1", SarifReport.linked("a.ts:1 a.ts:1", List.of(at("a.ts", 1))));
        assertEquals("plain", SarifReport.linked("plain", Collections.emptyList()));
    }

    @Test
    void bracketsThatWouldReadAsLinksAreEscaped() {
        // a literal [x](y) in the text is not a link; brackets elsewhere stay as they are
        assertEquals("calls handlers\\[name\\](req) with [a, b]", SarifReport.escapeLinks("calls handlers[name](req) with [a, b]"));
        assertEquals("execFile(program, [arg1, arg2]) (or spawn)", SarifReport.escapeLinks("execFile(program, [arg1, arg2]) (or spawn)"));
        // a path with brackets (Next.js routes) is escaped inside the link text
        assertEquals("read at [pages/api/\\[id\\].ts:5](1)", SarifReport.linked("read at pages/api/[id].ts:5", List.of(at("pages/api/[id].ts", 5))));
    }
}
