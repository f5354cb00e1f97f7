package dev.backcheck.rules.lifecycle;

import dev.backcheck.concepts.ErrorHandlers;
import dev.backcheck.concepts.ShutdownHooks;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;

/**
 * Shutdown hooks that never close a database client the server opens (prisma.$disconnect, pool.end,
 * dataSource.destroy, mongoose.disconnect, redis.quit, knex.destroy, sequelize.close), following what the hooks
 * call, Fastify onClose hooks and Nest lifecycle hooks. Only judged where a shutdown hook exists (its absence is
 * lifecycle/graceful-shutdown-missing); reported at the first hook, once per package. Prisma alone is a note:
 * its engine closes its connections when the process exits.
 */
@RuleId("lifecycle/db-not-closed")
public final class DbNotClosedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ShutdownHooks sh = ShutdownHooks.of(project);
        ErrorHandlers eh = ErrorHandlers.of(project);
        Set<String> done = new HashSet<>();
        for (ShutdownHooks.Listen l : sh.listens()) {
            String path = l.location().path();
            if (!done.add(eh.packageOf(path))) continue;
            List<ShutdownHooks.Hook> hooks = sh.hooksFor(path);
            if (hooks.isEmpty()) continue;
            Set<String> closed = new TreeSet<>();
            for (ShutdownHooks.Hook h : hooks) closed.addAll(h.closes().keySet());
            if (closed.contains("database")) continue; // a project helper closes a client it does not name
            List<ShutdownHooks.DbClient> reached = sh.clientsReachedFrom(path);
            // db.destroy() of a Kysely instance ends the pg pool its dialect was given (s34 showshowshow: pool.end() the other way)
            for (ShutdownHooks.DbClient c : reached) if (closed.contains(c.library())) closed.addAll(c.alsoCloses());
            Map<String, ShutdownHooks.DbClient> open = new TreeMap<>();
            for (ShutdownHooks.DbClient c : reached) {
                if (!c.closedBy(closed)) open.putIfAbsent(c.library(), c);
            }
            if (open.isEmpty()) continue;
            ShutdownHooks.Hook at = hooks.get(0);
            for (ShutdownHooks.Hook h : hooks) if (h.closesServer() != null) { at = h; break; }
            String fw = l.app() == null ? "express" : l.app().framework();
            RuleContext.Builder b = ctx.report(at.location(), "The shutdown code here never closes the " + String.join(", ", open.keySet())
                    + " client" + (open.size() == 1 ? "" : "s") + " the server opens: queries in flight are cut off and the database"
                    + " keeps the connections until they time out.");
            for (ShutdownHooks.DbClient c : open.values()) b.related(c.location(), c.library() + " client opened here");
            if (open.keySet().equals(Set.of("prisma"))) b.level(Level.NOTE);
            String lib = open.keySet().iterator().next();
            b.fix(ctx.meta().fixText(fw, lib)).property("framework", fw).add();
        }
    }
}
