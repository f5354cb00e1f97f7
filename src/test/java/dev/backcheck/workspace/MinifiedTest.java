package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinifiedTest {
    private static String packed(int functions) {
        StringBuilder b = new StringBuilder("!function(){var r=require(\"x\");");
        for (int i = 0; i < functions; i++) b.append("function f").append(i).append("(a,b){var o={k:a,v:").append(i).append("};return o.k?(b=o.v,[a,o]):null};");
        return b.append("}();\n").toString();
    }

    @Test
    void packedBundleIsSkipped() {
        String text = packed(300);
        assertTrue(text.length() > Minified.MIN_SIZE);
        assertTrue(Minified.skip("site/page_files/chunk.js", text));
        assertTrue(Minified.skip("vendor/lib.min.mjs", text));
    }

    @Test
    void typescriptIsNeverSkipped() {
        assertFalse(Minified.skip("src/generated.ts", packed(300)));
    }

    @Test
    void longStringConstantStays() {
        StringBuilder data = new StringBuilder();
        for (int i = 0; data.length() < 20_000; i++) data.append(Integer.toString(i * 7919, 36)).append("QUJD");
        String text = "const { Router } = require('express');\nconst LOGO = 'data:image/png;base64," + data + "';\nmodule.exports = Router();\n";
        assertFalse(Minified.skip("src/logo.js", text));
    }

    @Test
    void ordinaryCodeAndSmallFilesStay() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 800; i++) code.append("app.get('/r").append(i).append("', (req, res) => res.json({ n: ").append(i).append(" }));\n");
        assertFalse(Minified.skip("src/server.js", code.toString()));
        assertFalse(Minified.skip("src/tiny.js", packed(5)));
    }

    @Test
    void sourceWithOneLongLineAmongManyStays() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 400; i++) code.append("const v").append(i).append(" = compute(").append(i).append(");\n");
        code.append(packed(40));
        assertFalse(Minified.skip("src/mixed.js", code.toString()));
    }
}
