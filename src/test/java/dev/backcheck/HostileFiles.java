package dev.backcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Generates the files of the hostile-input suite at test time (nothing large is committed). */
public final class HostileFiles {
    private HostileFiles() { }

    /** The normal file of every hostile tree: an Express handler with a known SQL injection on line 7. */
    public static final String VULNERABLE_APP = """
            import express from 'express';
            import { Pool } from 'pg';
            const pool = new Pool();
            const app = express();
            app.use(express.json());
            app.get('/users/:id', async (req, res) => {
              const { rows } = await pool.query(`SELECT * FROM users WHERE id = ${req.params.id}`);
              res.json(rows);
            });
            app.listen(3000);
            """;
    public static final String VULNERABLE_PATH = "src/app.ts";
    public static final int VULNERABLE_LINE = 7;

    /** Writes package.json and {@link #VULNERABLE_APP} under {@code root}. */
    public static void normalApp(Path root) throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("package.json"),
                "{\"name\":\"hostile\",\"dependencies\":{\"express\":\"4.19.2\",\"pg\":\"8.11.0\"}}\n");
        Files.writeString(root.resolve(VULNERABLE_PATH), VULNERABLE_APP);
    }

    /**
     * A webpack-style minified bundle of at least {@code bytes} characters on one line: long but
     * flat (thousands of module functions in one array), with the shapes minifiers produce:
     * comma sequences, {@code !0}, short-circuit chains, ternaries, regexes with brackets in
     * character classes, templates, nested function expressions.
     */
    public static String minifiedBundle(int bytes) {
        Random r = new Random(4);
        StringBuilder sb = new StringBuilder(bytes + 4096);
        sb.append("!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};"
                + "return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||"
                + "Object.defineProperty(e,t,{enumerable:!0,get:r})},n.o=function(e,t){return Object.prototype.hasOwnProperty"
                + ".call(e,t)},n(n.s=0)}([");
        int i = 0;
        while (sb.length() < bytes) {
            if (i > 0) sb.append(',');
            int k = r.nextInt(Math.max(1, i) + 1), l = r.nextInt(Math.max(1, i) + 1);
            sb.append("function(e,t,n){\"use strict\";var r=n(").append(k).append("),o=n(").append(l).append(")&&n(").append(l)
                    .append(").default;function a").append(i).append("(e,t){if(!e)throw new TypeError(\"bad \"+t);")
                    .append("for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,")
                    .append("\"value\"in r&&(r.writable=!0),Object.defineProperty(e,r.key,r)}return e}t.f").append(i)
                    .append("=function(e){return e&&e.__esModule?e:{default:e}},t.g").append(i).append("=a").append(i)
                    .append(",e.exports={a:a").append(i).append(",b:function(){return r.x.y.z(o,[1,2,3].map(function(e){return 2*e+1}))},")
                    .append("c:\"s\\\"").append(i).append("\",d:/a(b)c[)\\]]/g.test(\"x\")?1:e<t?2:0,e:`t${r}-${o?`${i}`:0}`,")
                    .append("f:function(e){switch(e){case 1:return\"a\";case 2:return\"b\";default:return e>1?e-1:e+1}}}}");
            i++;
        }
        sb.append("]);\n");
        return sb.toString();
    }

    /** Bytes that decode as nothing sensible: NULs and high bytes. */
    public static byte[] binary(int size) {
        byte[] b = new byte[size];
        new Random(7).nextBytes(b);
        b[3] = 0;
        return b;
    }

    public static byte[] utf16(String text, boolean bigEndian) {
        byte[] body = text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) (bigEndian ? 0xFE : 0xFF);
        out[1] = (byte) (bigEndian ? 0xFF : 0xFE);
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
