package dev.backcheck.concepts;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.Scanner;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SourceLines keeps the lines and line starts of the last text each thread asked about. Each answer must be what a
 * fresh split of the text asked about gives, never the previous text's (asks alternate between files here).
 */
class SourceLinesMemoTest {
    @TempDir
    Path tmp;

    /** The offset of (line, column) as QueryInLoopRule walked it from the start of the text before the line starts were kept. */
    private static int walked(String src, int line, int column) {
        int l = 1, i = 0;
        while (l < line && i < src.length()) {
            if (src.charAt(i++) == '\n') l++;
        }
        return l == line ? i + column - 1 : -1;
    }

    private static int fromStarts(String src, int line, int column) {
        if (line < 1) return -1;
        int[] starts = SourceLines.lineStarts(src);
        return line <= starts.length ? starts[line - 1] + column - 1 : -1;
    }

    @Test
    void lineStartsGiveTheWalkedOffsetsWhicheverTextWasAskedBefore() {
        Random r = new Random(7);
        String[] parts = {"a", "\n", "\r\n", "\r", "xyz", "\n\n", "é"};
        String previous = "";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) sb.append(parts[r.nextInt(parts.length)]);
            // a new String each round, sometimes equal in content to the previous one
            String src = r.nextInt(5) == 0 ? new String(previous) : sb.toString();
            for (int line = -1; line <= 9; line++) {
                for (int col = 1; col <= 3; col++) assertEquals(walked(src, line, col), fromStarts(src, line, col), src + " " + line + ":" + col);
            }
            // and the previous text again, after this one was asked about
            for (int line = 0; line <= 9; line++) assertEquals(walked(previous, line, 2), fromStarts(previous, line, 2));
            previous = src;
        }
    }

    @Test
    void linesOfAlternatingFilesAreEachFilesOwn() throws IOException {
        Files.writeString(tmp.resolve("package.json"), "{\"name\":\"a\",\"dependencies\":{\"express\":\"^4.19.0\"}}");
        Files.createDirectories(tmp.resolve("src"));
        String a = "const a = 1;\nconst b = 2;\r\nmodule.exports = { a, b };\n";
        String b = "export function f() {\n  return 3;\n}\n";
        Files.writeString(tmp.resolve("src/a.js"), a);
        Files.writeString(tmp.resolve("src/b.js"), b);
        Project p = new Scanner(RuleCatalog.builtin()).scan(ScanOptions.defaults(tmp).withJobs(1)).project();
        List<String> la = a.lines().toList(), lb = b.lines().toList();
        for (int i = 0; i < 3; i++) {
            assertEquals(la, SourceLines.read(p, "src/a.js"));
            assertEquals(la, SourceLines.read(p, "src/a.js"));
            assertEquals(lb, SourceLines.read(p, "src/b.js"));
        }
        assertEquals(List.of(), SourceLines.read(p, "src/missing.js"));
        assertEquals(la, SourceLines.read(p, "src/a.js"));
        assertArrayEquals(new int[] {0, 13, 27, 54}, SourceLines.lineStarts(a));
    }
}
