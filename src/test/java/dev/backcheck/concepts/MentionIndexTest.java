package dev.backcheck.concepts;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.Scanner;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the liveness checks' name counts ({@code ImportIndex.mentions}, whole words, and {@code memberMentions},
 * members and whole strings outside browser code) come from one pass over the sources that counts every identifier;
 * they must answer what a scan of the text for each name answered, for every cap. Asked for every identifier of the
 * example applications (test-fixtures/apps), for parts of them that are no whole word, for names that are not
 * identifiers, and on a file of edge cases (a member after {@code ?.} or {@code ]}, strings, non-ASCII letters).
 */
class MentionIndexTest {

    private static final RuleCatalog CATALOG = RuleCatalog.builtin();
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final int[] CAPS = {1, 2, 3, 1000};

    private static int check(Path tree, List<String> differences) throws Exception {
        ScanOptions options = ScanOptions.defaults(tree).withJobs(1).withOnlyRules(java.util.Set.of());
        Project project = new Scanner(CATALOG).scan(options).project();
        TreeSet<String> names = new TreeSet<>();
        for (String path : project.files().keySet()) {
            String text = SourceLines.text(project, path, 4_000_000);
            if (text == null) continue;
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                names.add(w);
                if (w.length() > 3) {
                    names.add(w.substring(1));
                    names.add(w.substring(0, w.length() - 1));
                }
            }
        }
        List<String> asked = new ArrayList<>(names);
        // a sample of a large tree's names, the same one every run
        if (asked.size() > 400) {
            java.util.Collections.shuffle(asked, new Random(42));
            asked = asked.subList(0, 400);
        }
        asked.addAll(List.of("not-a-name", "a.b", "x y", "caf\u00e9", "count("));
        ImportIndex index = ImportIndex.of(project);
        for (String name : asked) {
            for (int cap : CAPS) {
                int[] got = index.mentionsBothWays(name, cap);
                if (got[0] != got[1] || got[2] != got[3]) {
                    differences.add(tree.getFileName() + " '" + name + "' cap " + cap + ": words " + got[0] + " (scan " + got[1]
                            + "), members " + got[2] + " (scan " + got[3] + ")");
                }
            }
        }
        return asked.size();
    }

    @Test
    void indexAnswersAsTheScanOnTheExampleApps() throws Exception {
        List<String> differences = new ArrayList<>();
        int names = 0, trees = 0;
        try (var s = Files.list(Fixtures.ROOT.resolve("apps"))) {
            for (Path tree : s.filter(Files::isDirectory).sorted().toList()) {
                names += check(tree, differences);
                trees++;
            }
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertTrue(trees > 10 && names > 2000, trees + " trees, " + names + " names");
    }

    @Test
    void indexAnswersAsTheScanOnEdgeCases(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"name\":\"edge\",\"dependencies\":{\"express\":\"4\"}}");
        Files.writeString(dir.resolve("server.js"), String.join("\n",
                "const express = require('express');",
                "const app = express();",
                "function countRows(rows) { return rows[0].count + rows[1]?.count + rows[2].count() + rows[3]?.count < 2; }",
                "const a = repo.count; const b = repo?.count(); const c = 'count'; const d = \"count\"; const e = `count`;",
                "const f = 'count\"' + \"count'\"; const g = $count + count$ + recount + countable + _count + count_;",
                "const h = caf\u00e9count + count\u00e9 + \u00e9.count + x.\u00e9count; // count count.count",
                "const i = obj.count\t(1); const j = arr[0] .count; const k = arr[0].  count;",
                "app.get('/rows', (req, res) => res.json(countRows([])));",
                "app.listen(3000);",
                "count"));
        List<String> differences = new ArrayList<>();
        check(dir, differences);
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        Project project = new Scanner(CATALOG).scan(ScanOptions.defaults(dir).withJobs(1).withOnlyRules(java.util.Set.of())).project();
        int[] count = ImportIndex.of(project).mentionsBothWays("count", 1000);
        // the whole words: not $count, count$, recount, countable, _count, count_, caf\u00e9count, count\u00e9
        assertEquals(count[1], count[0]);
        assertTrue(count[0] >= 15, "whole words " + count[0]);
    }
}
