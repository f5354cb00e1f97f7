package dev.backcheck.concepts;

import dev.backcheck.Fixtures;
import dev.backcheck.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Deployment files document variables only from inside the scanned root: an env_file naming ../elsewhere is not read. */
class EnvFilesInsideRootTest {
    @TempDir
    Path tmp;

    @Test
    void composeEnvFileOutsideTheRootIsNotRead() throws Exception {
        Files.writeString(tmp.resolve("outside.env"), "PAYMENT_KEY=from-outside\n");
        Path root = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(root.resolve("package.json"), "{\"name\":\"pay\",\"dependencies\":{\"express\":\"4.19.2\"}}");
        Files.writeString(root.resolve("docker-compose.yml"), "services:\n  api:\n    build: .\n    env_file: ../outside.env\n"
                + "    environment:\n      - PORT=3000\n");
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/server.ts"), """
                import express from 'express';
                const app = express();
                app.get('/pay', (_req, res) => { res.json({ key: process.env.PAYMENT_KEY ? 'set' : 'unset' }); });
                app.listen(Number(process.env.PORT));
                """);
        List<Finding> fs = Fixtures.scan(root, Set.of("config/env-undocumented")).findings().stream()
                .filter(f -> f.ruleId().equals("config/env-undocumented")).toList();
        assertEquals(1, fs.size(), fs::toString);
        assertTrue(fs.get(0).message().contains("PAYMENT_KEY"), fs.get(0).message());
        assertFalse(fs.get(0).message().contains("PORT,") || fs.get(0).message().contains("(PORT"), "PORT is set by the compose file: " + fs.get(0).message());
    }
}
