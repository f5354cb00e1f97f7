package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** ImportIndex.mayImportBare is false only where the side-effect import pattern finds nothing. */
class SideImportPrefilterTest {
    private static final String[] PIECES = {"import", "import ", "import\n", "import\t'", "import'x'", "import \"./a\"", "\n", "\r\n", " ",
            "\u000B", "\f", "'", "\"", "x", "from './y'", "import x from 'z'", "  import './instrument';", "reimport('a')", "// import 'c'\n",
            "\u00a0", "\u2028", "`"};

    @Test
    void neverHidesAMatch() {
        Random rnd = new Random(11);
        int positives = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(8);
            for (int k = 0; k < n; k++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
            String text = b.toString();
            boolean found = ImportIndex.SIDE_IMPORT.matcher(text).find();
            if (found) {
                positives++;
                assertTrue(ImportIndex.mayImportBare(text), () -> "hidden: [" + text + "]");
            }
        }
        assertTrue(positives > 1000, "the random texts hold matches: " + positives);
        assertFalse(ImportIndex.mayImportBare("import express from 'express';\nimport { a } from \"./a\";\n"));
        assertTrue(ImportIndex.mayImportBare("import './instrument';\n"));
        assertTrue(ImportIndex.mayImportBare("import\n  \"dotenv/config\""));
    }
}
