package dev.backcheck.concepts;

import dev.backcheck.Fixtures;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The database concept on fixture projects: clients, operations, transactions, pagination. */
class DbClientsTest {
    private static Project project(String dir) {
        ScanResult r = Fixtures.scan(Fixtures.ROOT.resolve(dir), Set.of("data/transaction-missing"));
        return r.project();
    }

    @Test
    void transactionsAndTheWritesInsideThem() {
        Project p = project("rules/data/transaction-missing/good-express");
        DbClients db = DbClients.of(p);
        List<String> how = db.transactions().stream().map(DbClients.Tx::how).toList();
        assertEquals(List.of("prisma.$transaction()", "prisma.$transaction()", "query('BEGIN')"), how);
        assertTrue(db.transactions().get(0).span());
        assertFalse(db.transactions().get(2).span());
        // every write of the transfer route runs after BEGIN in its function; the $transaction callback's writes inside its span
        long inside = db.ops().stream().filter(o -> o.kind() == DbClients.Kind.WRITE && db.inTransaction(o.site())).count();
        assertEquals(6, inside, () -> db.ops().toString());
        // the upsert / delete helpers and the audit trail are outside any transaction
        assertTrue(db.ops().stream().anyMatch(o -> o.label().equals("prisma.auditLog.create()") && !db.inTransaction(o.site())));
        assertEquals(2, db.clients().size());
    }

    @Test
    void listsAreBoundedByTakeLimitSqlLimitOrAnIdList() {
        Project p = project("rules/data/unbounded-list/good-express");
        DbClients db = DbClients.of(p);
        List<String> bounded = db.ops().stream().filter(o -> o.lists() && db.bounded(o)).map(DbClients.Op::label).toList();
        // take, .limit(), LIMIT, and a filter by the ids the client lists (in: ids)
        assertEquals(List.of("prisma.product.findMany()", "Event.find()", "SQL SELECT on orders", "prisma.product.findMany()"), bounded);
        assertTrue(db.ops().stream().anyMatch(o -> o.label().equals("Event.find()") && db.aggregated(o)));
    }

    @Test
    void clientsCreatedPerCallAreFoundWithTheirLibrary() {
        Project p = project("rules/data/client-per-request/bad-express");
        List<String> libs = DbClients.of(p).clients().stream().map(c -> c.lib() + " " + c.what()).toList();
        assertEquals(List.of("prisma new PrismaClient()", "pg new Pool()"), libs);
    }
}
