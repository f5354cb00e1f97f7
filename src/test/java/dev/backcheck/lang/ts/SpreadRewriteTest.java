package dev.backcheck.lang.ts;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The spread rewrite (swc4j's "Couldn't find end" panic) is the regular expression's replacement, found without it. */
class SpreadRewriteTest {
    /** The rewrite as it was written with the pattern: the oracle. */
    private static final Pattern SPACED_SPREAD = Pattern.compile("([\\[(,{]\\s*)\\.\\.\\.(\\s+)");

    private static String byPattern(String code) {
        Matcher m = SPACED_SPREAD.matcher(code);
        if (!m.find()) return code;
        StringBuilder sb = new StringBuilder(code.length());
        int last = 0;
        do {
            sb.append(code, last, m.start()).append(m.group(1)).append(m.group(2)).append("...");
            last = m.end();
        } while (m.find());
        return sb.append(code, last, code.length()).toString();
    }

    @Test
    void movesTheWhiteSpaceInFrontOfTheDots() {
        assertEquals("[ ...prev,  ...next]", TsParser.spreadsWithoutSpace("[... prev, ... next]"));
        assertEquals("f(x, \n ...b)", TsParser.spreadsWithoutSpace("f(x, ...\n b)"));
        String plain = "const a = [...b]; f(...c); x. ... y";
        assertSame(plain, TsParser.spreadsWithoutSpace(plain));
    }

    @Test
    void dotsEndingALineCommentStayInTheComment() {
        // moved past the line break they would start the next line's code and break the parse of the file
        String comment = "function f(a) {\n    //   status: PASSED,FAILED,ERROR,...\n    //   next line\n    return a;\n}\n";
        assertSame(comment, TsParser.spreadsWithoutSpace(comment));
        String after = "const u = 'http://x'; // list: [a, b,...\nconst v = 1;\n";
        assertSame(after, TsParser.spreadsWithoutSpace(after));
        // code: a // inside a string is no comment, and a block comment closed before the dots ends
        assertEquals("f('http://x', \n ...rest)", TsParser.spreadsWithoutSpace("f('http://x', ...\n rest)"));
        assertEquals("f(/* a */ x, \n ...rest)", TsParser.spreadsWithoutSpace("f(/* a */ x, ...\n rest)"));
        assertEquals("[\n  ...items]", TsParser.spreadsWithoutSpace("[...\n  items]"));
    }

    @Test
    void sameAsThePatternOnRandomText() {
        Random r = new Random(7);
        String alphabet = "[(,{ \t\n\r\u000B\f..a)}x";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(24);
            for (int k = 0; k < len; k++) sb.append(r.nextInt(4) == 0 ? "..." : String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
            String s = sb.toString();
            assertEquals(byPattern(s), TsParser.spreadsWithoutSpace(s), () -> "input: " + s.replace("\n", "\\n"));
        }
    }
}
