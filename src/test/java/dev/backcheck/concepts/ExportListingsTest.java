package dev.backcheck.concepts;

import dev.backcheck.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: {@code ImportIndex.exportListings} counts a name's export-list entries by trying the pattern only where
 * {@code module.exports} or {@code export} begins; it must count what {@code Matcher.find} over the whole text counts,
 * for caps 1 and none. Asked for the identifiers near an {@code export} (and a sample of the others) of every fixture source
 * that mentions {@code export}, and on edge cases.
 */
class ExportListingsTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*");

    private static int byFind(String text, String name, int cap) {
        Matcher m = ImportIndex.exportList(name).matcher(text);
        int n = 0;
        while (n < cap && m.find()) n++;
        return n;
    }

    private static void compare(String where, String text, String name, List<String> differences) {
        for (int cap : new int[]{1, Integer.MAX_VALUE}) {
            int fast = ImportIndex.exportListings(text, name, cap), slow = byFind(text, name, cap);
            if (fast != slow) differences.add(where + " '" + name + "' cap " + cap + ": " + fast + " (find " + slow + ")");
        }
    }

    @Test
    void countsAsFindOnEveryFixtureSource() throws Exception {
        List<String> differences = new ArrayList<>();
        int files = 0, asked = 0, listed = 0;
        List<Path> sources;
        try (var s = Files.walk(Fixtures.ROOT)) {
            sources = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.[cm]?[jt]sx?$")).sorted().toList();
        }
        for (Path p : sources) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (!text.contains("export") || text.length() > 200_000) continue;
            files++;
            // the words up to 300 characters after each "export" (the names a list can hold), and every 100th other word
            TreeSet<String> names = new TreeSet<>();
            Matcher m = WORD.matcher(text);
            int near = -1, k = 0;
            while (m.find()) {
                if (m.group().startsWith("export")) near = m.start() + 300;
                if (m.start() < near || k++ % 100 == 0) names.add(m.group());
            }
            for (String name : names) {
                compare(Fixtures.ROOT.relativize(p).toString(), text, name, differences);
                asked++;
                if (byFind(text, name, 1) > 0) listed++;
            }
        }
        assertTrue(files > 1000 && listed > 500, files + " files, " + listed + " names listed");
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())), asked + " names asked");
    }

    @Test
    void edgeCases() {
        List<String> differences = new ArrayList<>();
        String[] texts = {
                "module.exports = { hashPassword, verify };\nexports.hashPassword = hashPassword;\n",
                "export { hashPassword }; export {hashPassword as h}; export { a, hashPassword, b }",
                "module.module.exports = {hashPassword}; reexport { hashPassword } xexports.hashPassword = hashPassword",
                "export { x.hashPassword, $hashPassword, hashPassword$, hashPassword1 } export{hashPassword}",
                "exports.hashPassword = hashPasswordX; exports.hashPassword=hashPassword;exports.hashPassword =  hashPassword",
                "module.exports = {\n  a,\n  // }\n  hashPassword\n}; module.exports={hashPassword}module.exports = {hashPassword}",
                "export {} hashPassword export { hashPassword module.exports = { hashPassword export",
                "export", "module.exports", "", "exportexport { hashPassword }", "module.exportsexport { hashPassword }",
        };
        for (String t : texts) {
            compare("edge", t, "hashPassword", differences);
            compare("edge", t, "a", differences);
        }
        assertEquals(List.of(), differences);
        assertEquals(2, ImportIndex.exportListings(texts[0], "hashPassword", 10));
    }
}
