package dev.backcheck.rules.data;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;
import java.util.regex.Pattern;

/**
 * An ORM schema with no migrations in the tree: a Prisma schema without {@code prisma/migrations}, TypeORM entities,
 * Sequelize models or a Drizzle schema with no migration files. Without migrations the production schema is changed by
 * hand or by {@code db push}/{@code synchronize}, which is not reviewed, not repeatable and can drop columns with data.
 * Also reported: TypeORM {@code synchronize: true} and Sequelize {@code sync({ force | alter: true })} written as
 * constants (not behind an environment check): on every start the ORM alters the tables to match the entities, in
 * production too. Only code the server's start runs counts: not a script run by hand (scripts/, seeds, a stand-alone
 * file) nor a function nothing calls.
 */
@RuleId("data/migrations-missing")
public final class MigrationsMissingRule implements Rule {
    private static final Pattern MIGRATION_PATH = Pattern.compile("(?i)(^|.*/)(migrations?|migrate|db/migrate)/.*");
    private static final Pattern NUMBERED_SQL = Pattern.compile("(?i)(^|.*/)\\d{4,}[_-][^/]*\\.sql");

    @Override
    public void check(Project project, RuleContext ctx) {
        boolean migrations = hasMigrations(project);
        if (!migrations) {
            // Prisma: schema.prisma (or prisma/schema/*.prisma)
            for (Map.Entry<String, String> e : project.texts().entrySet()) {
                String p = e.getKey();
                if (!p.endsWith(".prisma") || project.isTestPath(p) || !e.getValue().contains("model ")) continue;
                if (prismaOnMongo(project)) break;
                int line = lineOf(e.getValue(), "datasource");
                ctx.report(new Location(p, line, 1, line, 1, null), "The Prisma schema has no migrations in the tree (no prisma/migrations folder):"
                                + " the database is changed with `prisma db push` or by hand, which is not reviewed or repeatable and can drop"
                                + " columns with their data. Create and commit migrations with `prisma migrate dev`; deploy with `prisma migrate deploy`.")
                        .fix(ctx.meta().fixText("default", "prisma"))
                        .property("orm", "prisma")
                        .add();
                break;
            }
            Location typeorm = null, sequelize = null;
            for (FileFacts f : project.files().values()) {
                if (project.isTestPath(f.path())) continue;
                for (ClassInfo c : f.classes().values()) {
                    for (Decorator d : c.decorators()) {
                        String root = project.rootModule(d.callee(), f);
                        if (typeorm == null && d.name().equals("Entity") && "typeorm".equals(root) && !mongoEntity(c)) typeorm = d.location();
                        if (sequelize == null && d.name().equals("Table") && "sequelize-typescript".equals(root)) sequelize = d.location();
                    }
                }
            }
            CallIndex index = CallIndex.of(project);
            if (sequelize == null && (project.dependsOn("sequelize") || project.dependsOn("sequelize-typescript"))) {
                for (CallIndex.Site s : index.sites("*.define")) {
                    if (project.isTestPath(s.file().path()) || s.cs().args().size() < 2 || Val.constString(s.cs().arg(0)) == null) continue;
                    if (s.cs().arg(1) instanceof Obj) {
                        sequelize = s.cs().location();
                        break;
                    }
                }
            }
            Location drizzle = null;
            for (String k : List.of("drizzle-orm/pg-core.pgTable", "drizzle-orm/mysql-core.mysqlTable", "drizzle-orm/sqlite-core.sqliteTable")) {
                for (CallIndex.Site s : index.sites(k)) {
                    if (!project.isTestPath(s.file().path()) && (drizzle == null || Location.ORDER.compare(s.cs().location(), drizzle) < 0)) drizzle = s.cs().location();
                }
            }
            report(ctx, typeorm, "typeorm", "TypeORM entities have");
            report(ctx, sequelize, "sequelize", "Sequelize models have");
            report(ctx, drizzle, "drizzle", "The Drizzle schema has");
        }
        synchronize(project, ctx, migrations);
    }

    private static void report(RuleContext ctx, Location at, String orm, String what) {
        if (at == null) return;
        String tool = switch (orm) {
            case "typeorm" -> "`typeorm migration:generate`, and run them with `migration:run` or `migrationsRun`";
            case "sequelize" -> "sequelize-cli (`sequelize migration:generate`, `db:migrate`) or umzug";
            default -> "`drizzle-kit generate` and apply them with `drizzle-kit migrate` or migrate()";
        };
        ctx.report(at, what + " no migrations in the tree (no migrations folder or migration files): the production schema is"
                        + " changed by schema sync or by hand, which is not reviewed or repeatable and can drop columns with their data."
                        + " Generate and commit migrations with " + tool + ".")
                .fix(ctx.meta().fixText("default", orm))
                .property("orm", orm)
                .add();
    }

    /** TypeORM synchronize: true / Sequelize sync({ force: true | alter: true }) written as constants, not behind an env check. */
    private static void synchronize(Project project, RuleContext ctx, boolean migrations) {
        CallIndex index = CallIndex.of(project);
        Set<Location> done = new HashSet<>();
        List<String> keys = List.of("new typeorm.DataSource", "typeorm.createConnection", "@nestjs/typeorm.TypeOrmModule.forRoot");
        for (String k : keys) {
            for (CallIndex.Site s : index.sites(k)) {
                if (project.isTestPath(s.file().path()) || !s.cs().guards().isEmpty()) continue;
                if (k.equals("new typeorm.DataSource") && cliDataSourceOnly(project, s.file().path())) continue;
                Val o = s.cs().arg(0) == null ? null : project.resolve(s.cs().arg(0), s.file()).val();
                if (!(o instanceof Obj obj) || !(obj.props().get("synchronize") instanceof Lit l) || !Boolean.TRUE.equals(l.value())) continue;
                Location at = s.cs().argLocation(0);
                if (!done.add(s.cs().location())) continue;
                ctx.report(s.cs().location(), "TypeORM runs with synchronize: true, written as a constant: on every start it alters the"
                                + " tables to match the entities, in production too, and a renamed or removed column is dropped with its data."
                                + (migrations ? " Run the migrations the tree has instead" : " Use migrations instead")
                                + " and keep synchronize for local development only (synchronize: process.env.NODE_ENV === 'development').")
                        .fix(ctx.meta().fixText("default", "synchronize"))
                        .property("orm", "typeorm")
                        .add();
            }
        }
        for (CallIndex.Site s : index.sites("*.sync")) {
            if (project.isTestPath(s.file().path()) || !s.cs().guards().isEmpty() || s.cs().args().isEmpty() || notAtStart(project, s)) continue;
            String root = project.rootModule(dev.backcheck.model.Analysis.receiver(s.cs().callee()), s.file());
            if (root == null || !root.startsWith("sequelize")) continue;
            Val o = project.resolve(s.cs().arg(0), s.file()).val();
            if (!(o instanceof Obj obj)) continue;
            String flag = null;
            for (String f : List.of("force", "alter")) if (obj.props().get(f) instanceof Lit l && Boolean.TRUE.equals(l.value())) flag = f;
            if (flag == null || !done.add(s.cs().location())) continue;
            ctx.report(s.cs().location(), "sequelize.sync({ " + flag + ": true }) runs on every start, in production too: "
                            + (flag.equals("force") ? "it drops and recreates every table, deleting the data." : "it alters the tables to match the models and can drop columns with their data.")
                            + " Use migrations, and keep sync for tests or local development.")
                    .fix(ctx.meta().fixText("default", "sequelize"))
                    .property("orm", "sequelize")
                    .add();
        }
    }

    /**
     * True when the server's start does not run the call: it sits in a script run by hand (scripts/verify-db.js, a
     * one-off migration script) or in a function nothing calls (a second syncDatabase() no file imports).
     */
    private static boolean notAtStart(Project project, CallIndex.Site s) {
        dev.backcheck.concepts.ServerCode sc = dev.backcheck.concepts.ServerCode.of(project);
        return sc.runByHand(s.file().path()) || sc.neverCalled(s.fn(), s.file());
    }

    private static final Pattern MONGO_DATASOURCE = Pattern.compile("datasource\\s+\\w+\\s*\\{[^}]*provider\\s*=\\s*\"mongodb\"");

    /**
     * True when a Prisma schema of the tree has a MongoDB datasource: Prisma Migrate does not support MongoDB (the
     * documented workflow is {@code prisma db push}, which only syncs indexes), so no migrations folder can exist.
     */
    private static boolean prismaOnMongo(Project project) {
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            if (e.getKey().endsWith(".prisma") && MONGO_DATASOURCE.matcher(e.getValue()).find()) return true;
        }
        return false;
    }

    /** A TypeORM entity stored in MongoDB ({@code @ObjectIdColumn()}): a schemaless collection has no DDL to migrate. */
    private static boolean mongoEntity(ClassInfo c) {
        for (ClassInfo.Prop p : c.props()) {
            for (Decorator d : p.decorators()) if (d.name().equals("ObjectIdColumn")) return true;
        }
        return false;
    }

    private static boolean hasMigrations(Project project) {
        for (String p : project.files().keySet()) if (MIGRATION_PATH.matcher(p).matches()) return true;
        for (String p : project.texts().keySet()) {
            if (MIGRATION_PATH.matcher(p).matches() || NUMBERED_SQL.matcher(p).matches() || FLYWAY_SQL.matcher(p).matches()) return true;
        }
        return false;
    }

    /**
     * Flyway's SQL migrations ({@code V12__add_roles.sql}, undo {@code U12__..}, repeatable {@code R__views.sql}), kept
     * wherever the project points Flyway ({@code infra/flyway/sql}): a Node service may migrate its database with Flyway.
     */
    private static final Pattern FLYWAY_SQL = Pattern.compile("(^|.*/)([VU]\\d+([._]\\d+)*|R)__[^/]+\\.sql");

    /**
     * A TypeORM DataSource module that only the TypeORM CLI loads: no file imports it and a package.json script hands it
     * to the CLI ({@code typeorm migration:run -d src/config/typeorm.config.ts}). The CLI's commands set synchronize
     * off before they connect (typeorm's MigrationRunCommand and its siblings call setOptions({ synchronize: false })),
     * so its synchronize flag never alters a table; the server's own connection options are judged where it connects.
     */
    private static boolean cliDataSourceOnly(Project project, String path) {
        if (!dev.backcheck.concepts.ImportIndex.of(project).importers().getOrDefault(path, Set.of()).isEmpty()) return false;
        for (dev.backcheck.workspace.Manifest m : project.manifests()) {
            String text = project.texts().get(m.path());
            if (text == null || !text.contains("typeorm")) continue;
            int slash = m.path().lastIndexOf('/');
            String dir = slash < 0 ? "" : m.path().substring(0, slash + 1);
            if (!path.startsWith(dir)) continue;
            String rel = path.substring(dir.length());
            java.util.regex.Matcher cli = Pattern.compile("typeorm[^\"]*?(?:-d|--dataSource)[ =](?:\\./)?" + Pattern.quote(rel) + "\\b").matcher(text);
            if (cli.find()) return true;
        }
        return false;
    }

    private static int lineOf(String text, String word) {
        int i = text.indexOf(word);
        if (i < 0) return 1;
        int line = 1;
        for (int k = 0; k < i; k++) if (text.charAt(k) == '\n') line++;
        return line;
    }
}
