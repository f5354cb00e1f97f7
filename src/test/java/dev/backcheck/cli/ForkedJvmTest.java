package dev.backcheck.cli;

import dev.backcheck.Fork;
import dev.backcheck.TestRules;
import dev.backcheck.lang.ts.TsParser;
import dev.backcheck.report.SarifAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import static dev.backcheck.HostileFiles.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The nesting cases again, in a separate JVM with production stack sizes: a native stack overflow
 * would kill that process (SIGSEGV, exit 134/139) instead of failing an assertion, and a Java
 * visitor that recursed too deep would overflow the 1 MiB default stack of the main thread.
 */
class ForkedJvmTest {
    @TempDir
    Path tmp;

    @Test
    void deepAndNearLimitNestingInAFreshJvmWithDefaultStacks() throws Exception {
        Path root = tmp.resolve("tree");
        normalApp(root);
        Files.createDirectories(root.resolve("src/deep"));
        for (Object[] c : HostileInputTest.deep()) {
            String name = (String) c[0];
            @SuppressWarnings("unchecked") IntFunction<String> gen = (IntFunction<String>) c[1];
            Files.writeString(root.resolve("src/deep/50k-" + name), gen.apply(50_000));
            Files.writeString(root.resolve("src/deep/max-" + name), gen.apply(HostileInputTest.deepestAccepted(gen, name)));
        }
        // deep values without deep syntax: each binding wraps the previous one
        StringBuilder chain = new StringBuilder("export function f(x: unknown) {\n  const v0 = [x];\n");
        for (int i = 1; i <= 30_000; i++) chain.append("  const v").append(i).append(" = [v").append(i - 1).append("];\n");
        chain.append("  return v30000;\n}\n");
        Files.writeString(root.resolve("src/deep/values.ts"), chain.toString());
        StringBuilder concat = new StringBuilder("export function g(req: any) {\n  let s0 = req.query.q;\n");
        for (int i = 1; i <= 30_000; i++) concat.append("  const s").append(i).append(" = `(${s").append(i - 1).append("})`;\n");
        concat.append("  return s30000;\n}\n");
        Files.writeString(root.resolve("src/deep/templates-by-binding.ts"), concat.toString());

        Path sarif = tmp.resolve("out.sarif");
        Fork.Result r = Fork.run(List.of("scan", root.toString(), "--format", "sarif", "--output", sarif.toString()), tmp, tmp);
        assertEquals(Main.FINDINGS, r.exit(), () -> "exit " + r.exit() + "\nstderr: " + r.stderr() + crashLog());
        assertEquals("", r.stderr(), "nothing on stderr");
        SarifAssert s = SarifAssert.of(Files.readString(sarif));
        s.assertResult(TestRules.SQL, VULNERABLE_PATH, VULNERABLE_LINE);
        for (Object[] c : HostileInputTest.deep()) {
            s.assertNotified("src/deep/50k-" + c[0], "too-deep", "nesting too deep");
            s.assertNotNotified("src/deep/max-" + c[0]);
        }
        s.assertNotNotified("src/deep/values.ts");
        s.assertNotNotified("src/deep/templates-by-binding.ts");
    }

    private String crashLog() {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("hs_err")).findFirst()
                    .map(p -> {
                        try {
                            return "\n" + Files.readString(p).lines().limit(40).reduce("", (a, b) -> a + "\n" + b);
                        } catch (Exception e) {
                            return "";
                        }
                    }).orElse("");
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
