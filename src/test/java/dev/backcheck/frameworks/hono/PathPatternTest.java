package dev.backcheck.frameworks.hono;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The hand matcher answers as the regular expression the model used before, on chosen and on random patterns and paths. */
class PathPatternTest {

    private static boolean byRegex(String pattern, String path) {
        return Pattern.compile(PathPattern.regex(pattern)).matcher(path).matches();
    }

    private static void same(String pattern, String path) {
        assertEquals(byRegex(pattern, path), PathPattern.compile(pattern).matches(path), () -> "pattern " + pattern + " path " + path);
    }

    @Test
    void chosenCases() {
        String[] patterns = {"/api/*", "/api", "/api/:id", "/api/:id/items/*", "/a/*/b", "*/x", "/x*", "/", "/:a/:b", "/a/:id{[0-9]+}",
                "/a.b/*", "/a+b", "/$x/*", "/a\\E/*", "/*/*", "**", "/*:id", "*:x/*", "/a*/:b", "/a/:", "/\uD83D\uDE00/*", "/a/*"};
        String[] paths = {"/api", "/api/", "/api/x", "/api/x/y", "/apix", "/ap", "", "/", "/a/b", "/a/x/b", "/a//b", "/x/x", "/x", "/xy",
                "/a/1", "/a/12/b", "/a.b", "/aXb", "/a+b", "/$x", "/$x/1", "/a\\E", "/a\\E/q", "/a/\n", "/api/x\ny", "/api/x\u2028",
                "/a/\uD83D\uDE00", "/\uD83D\uDE00", "/\uD83D\uDE00/x", "/api/\uD83D", "/a/items", "/api/1/items", "/api/1/items/2", "/\uD83D\uDE00\uD83D\uDE00", "/a\uD83D\uDE00", "/a\uDE00", "/a\uD83D", "/x\uD83D\uDE00/y",
                "\uD83D\uDE00x", "/\uDE00\uD83D/c"};
        for (String p : patterns) for (String q : paths) same(p, q);
    }

    @Test
    void randomCases() {
        Random rnd = new Random(14);
        String alphabet = "/a:b*.\n-{}\u2028";
        int checked = 0;
        for (int n = 0; n < 20_000; n++) {
            String p = random(rnd, alphabet, 8);
            if (rnd.nextInt(4) == 0) p = p + "/*";
            List<String> paths = new ArrayList<>();
            for (int k = 0; k < 6; k++) paths.add(random(rnd, alphabet.replace(":", "").replace("*", "") + "\uD83D\uDE00", 10));
            // paths made from the pattern, so that many match
            for (int k = 0; k < 4; k++) {
                StringBuilder q = new StringBuilder();
                for (char c : p.toCharArray()) {
                    if (c == '*') q.append(random(rnd, "/ab\n\uD83D\uDE00", 4));
                    else if (c == ':') q.append(rnd.nextBoolean() ? "x" : "");
                    else q.append(c);
                }
                paths.add(q.toString());
            }
            PathPattern compiled = PathPattern.compile(p);
            for (String q : paths) {
                String pattern = p;
                boolean matches = byRegex(p, q);
                assertEquals(matches, compiled.matches(q), () -> "pattern " + pattern + " path " + q);
                // what the model's index of active middleware relies on: a path matched begins with the pattern's key
                if (matches && compiled.plain() != null) {
                    assertTrue(compiled.tail() ? q.equals(compiled.plain()) || q.startsWith(compiled.plain() + "/") : q.equals(compiled.plain()), () -> pattern + " " + q);
                }
                if (matches && compiled.dir() != null) {
                    assertTrue(q.startsWith(compiled.dir()) && (compiled.dir().isEmpty() || compiled.dir().endsWith("/")), () -> pattern + " " + q);
                }
                checked++;
            }
        }
        assertTrue(checked > 100_000);
    }

    private static String random(Random rnd, String alphabet, int max) {
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(max + 1);
        for (int i = 0; i < len; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return sb.toString();
    }
}
