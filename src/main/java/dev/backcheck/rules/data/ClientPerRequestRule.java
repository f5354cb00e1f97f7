package dev.backcheck.rules.data;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.concepts.RequestPaths;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.Set;

/**
 * A database client or pool created for each request: {@code new PrismaClient()}, {@code new Pool()},
 * {@code mysql.createConnection()}, {@code mongoose.connect()}, {@code new DataSource()}, ... on a request path (in the
 * handler, in a function it calls, or in the constructor / field initializers of a class it instantiates per request).
 * Each request then opens its own connections: the database runs out of them under load and every request pays the
 * connection set-up. Not reported: clients made at module load or kept once made ({@code if (!client) client = ...}),
 * also when the keeping is done by a caller on the path ({@code if (!db) db = openDatabase(file)}, with the client made
 * inside {@code openDatabase}).
 */
@RuleId("data/client-per-request")
public final class ClientPerRequestRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        DbClients db = DbClients.of(project);
        if (db.clients().isEmpty()) return;
        CallIndex index = CallIndex.of(project);
        Set<Location> done = new HashSet<>();
        for (RequestPaths.Path p : RequestPaths.of(project).paths()) {
            for (RequestPaths.Step s : p.steps()) {
                for (CallSite cs : s.fn().calls()) {
                    CallIndex.Site site = new CallIndex.Site(s.fn(), s.file(), cs, java.util.List.of());
                    DbClients.Client c = db.client(site);
                    if (c != null) {
                        if (RequestPaths.cachedOnce(cs) || RequestPaths.cachedOnce(s.guards()) || !done.add(c.at())) continue;
                        report(ctx, p, c.what(), c.lib(), c.at(), null);
                        continue;
                    }
                    // new UserService() per request, whose field initializer makes a client: private prisma = new PrismaClient()
                    if (!cs.isNew()) continue;
                    Project.ClassHit hit;
                    try {
                        hit = project.classOf(cs.callee(), s.file());
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (hit == null) continue;
                    for (ClassInfo.Prop prop : hit.info().props()) {
                        if (!(prop.value() instanceof New n)) continue;
                        String q = project.qname(n.callee(), hit.file());
                        if (q == null) continue;
                        String lib = null, what = null;
                        for (DbClients.Client known : db.clients()) {
                            if (known.at().path().equals(hit.file().path()) && prop.location() != null && known.at().line() == prop.location().line()) {
                                lib = known.lib();
                                what = known.what();
                            }
                        }
                        if (lib == null && (q.endsWith("PrismaClient") || q.equals("pg.Pool") || q.equals("pg.Client"))) {
                            lib = q.endsWith("PrismaClient") ? "prisma" : "pg";
                            what = "new " + q.substring(q.lastIndexOf('.') + 1) + "()";
                        }
                        if (lib == null || prop.location() == null || !done.add(prop.location())) continue;
                        report(ctx, p, what, lib, prop.location(), cs.location());
                    }
                }
            }
        }
    }

    private static void report(RuleContext ctx, RequestPaths.Path p, String what, String lib, Location at, Location instantiated) {
        String where = instantiated == null ? "runs for every request to " + p.route().label()
                : "is a field of a class instantiated for every request to " + p.route().label() + " (at " + instantiated.path() + ":" + instantiated.line() + ")";
        ctx.report(at, what + " " + where + ": each request opens its own connection"
                        + (lib.equals("prisma") ? "s (a PrismaClient holds a pool)" : "") + ", so under load the database runs out of"
                        + " connections and every request pays the connection set-up. Create the client once at startup and share it.")
                .related(p.route().location(), p.route().label() + " is declared here")
                .related(instantiated, "instantiated here")
                .fix(ctx.meta().fixText(p.app().framework()))
                .property("library", lib)
                .add();
    }
}
