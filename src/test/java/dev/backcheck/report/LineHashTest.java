package dev.backcheck.report;

import dev.backcheck.report.sarif.LineHash;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test vector of SARIF-NOTES.md: GitHub's primaryLocationLineHash. */
class LineHashTest {
    @Test
    void matchesGithubTestVector() {
        String text = "import express from \"express\";\n"
                + "const app = express();\n"
                + "\n"
                + "  app.get(\"/a\", (req, res) => res.send(req.query.q));\n"
                + "\tapp.get(\"/a\", (req, res) => res.send(req.query.q));\r\n"
                + "const s = \"é😀\";\n";
        String[] h = LineHash.hashes(text);
        assertArrayEquals(new String[]{
                "8c8251ed363d3551:1", "3aaf905eda772853:1", "1a5c9a02cd7f40e8:1", "d7421c61b443cf91:1",
                "ad1a49f57705348e:1", "5c4b44c91f384419:1", "c129715d7a2bc9a3:1"}, h);
    }

    @Test
    void repeatedLinesCountOccurrences() {
        String[] h = LineHash.hashes("x\nx\n");
        assertEquals(h[0].split(":")[0].length() > 0, true);
        assertEquals("1", h[0].split(":")[1]);
    }
}
