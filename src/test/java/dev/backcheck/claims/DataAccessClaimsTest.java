package dev.backcheck.claims;

import dev.backcheck.engine.ScanOptions;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.engine.Scanner;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Transaction and pagination claims are judged from the DbClients concept and the data rules' findings. */
class DataAccessClaimsTest {
    @TempDir
    Path tmp;

    private void write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private ClaimJudge.Verdict verdict(List<ClaimJudge.Verdict> vs, String words) {
        return vs.stream().filter(v -> v.claim().text().contains(words)).findFirst().orElseThrow(() -> new AssertionError(vs.toString()));
    }

    @Test
    void transactionClaimContradictedByTwoWritesAndPaginationVerifiedByTake() throws IOException {
        write("package.json", "{\"name\":\"x\",\"dependencies\":{\"express\":\"4.21.2\",\"@prisma/client\":\"5.22.0\"}}");
        write("src/app.ts", """
                import express from 'express';
                import { PrismaClient } from '@prisma/client';
                const prisma = new PrismaClient();
                const app = express();
                app.use(express.json());
                app.post('/orders', async (req, res) => {
                  await prisma.product.update({ where: { id: req.body.productId }, data: { stock: { decrement: 1 } } });
                  res.json(await prisma.order.create({ data: { productId: req.body.productId } }));
                });
                app.get('/orders', async (req, res) => {
                  res.json(await prisma.order.findMany({ take: 20 }));
                });
                app.listen(3000);
                """);
        write("IMPLEMENTATION_REPORT.md", """
                # Implementation Report

                ## Security Measures

                - ✅ Database transactions for multi-step writes
                - ✅ Pagination on every list endpoint
                """);
        ScanResult r = new Scanner(RuleCatalog.builtin()).scan(ScanOptions.defaults(tmp).withJobs(1));
        List<ClaimJudge.Verdict> vs = ClaimJudge.of(r.project()).judged().orElseThrow();
        ClaimJudge.Verdict tx = verdict(vs, "transactions");
        assertEquals(ClaimJudge.Status.CONTRADICTED, tx.status(), tx.toString());
        assertEquals("src/app.ts", tx.related().get(0).path());
        assertEquals(7, tx.related().get(0).line());
        ClaimJudge.Verdict page = verdict(vs, "Pagination");
        assertEquals(ClaimJudge.Status.VERIFIED, page.status(), page.toString());
        assertEquals(11, page.related().get(0).line());
    }
}
