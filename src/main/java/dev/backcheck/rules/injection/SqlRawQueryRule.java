package dev.backcheck.rules.injection;

import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL text built by concatenation or template interpolation passed to a raw query API.
 * Tagged templates (prisma.$queryRaw`...`, sql`...`) are parameterized and never reported.
 */
@RuleId("injection/sql-raw-query")
public final class SqlRawQueryRule implements Rule {
    private static final Set<String> DRIVERS = Set.of("pg", "pg-pool", "mysql", "mysql2", "mysql2/promise", "sequelize",
            "typeorm", "@neondatabase/serverless", "@vercel/postgres", "mssql", "oracledb", "tedious", "@planetscale/database",
            "@libsql/client", "postgres", "slonik", "pg-promise", "mariadb");
    private static final Set<String> SQLITE = Set.of("sqlite3", "better-sqlite3", "sqlite", "bun:sqlite", "node:sqlite");
    private static final Set<String> QUERY_BUILDERS = Set.of("knex", "objection", "kysely", "drizzle-orm", "drizzle-orm/sql",
            "typeorm", "sequelize", "@mikro-orm/core", "@mikro-orm/postgresql", "@mikro-orm/knex");
    private static final Set<String> RAW_METHODS = Set.of("raw", "whereRaw", "andWhereRaw", "orWhereRaw", "havingRaw",
            "orderByRaw", "joinRaw", "groupByRaw", "selectRaw", "fromRaw", "onRaw", "whereNotRaw", "orHavingRaw");
    private static final Set<String> QB_WHERE = Set.of("where", "andWhere", "orWhere", "having", "andHaving", "orHaving",
            "orderBy", "addOrderBy", "groupBy", "addGroupBy", "select", "addSelect", "innerJoin", "leftJoin");
    /** SQL text: a statement keyword followed by whitespace, and a clause keyword later on ("select ... from"). */
    private static final Pattern SQL = Pattern.compile(
            "^\\s*\\(?\\s*(select|insert|update|delete|with|create|drop|alter|merge|replace|upsert|truncate)\\s+(?s).*?\\b(from|into|set|values|where|table|join|returning|as|on)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Receivers from packages that are certainly not SQL (caches, HTTP clients): their get/run/query never take SQL. */
    private static final Set<String> NOT_SQL = Set.of("ioredis", "redis", "@redis/client", "@upstash/redis", "lru-cache",
            "node-cache", "keyv", "memcached", "axios", "got", "undici", "node-fetch", "superagent", "graphql", "@apollo/client",
            "mongoose", "mongodb", "@elastic/elasticsearch", "algoliasearch", "meilisearch");

    /** A raw SQL API reached by a call: its name, the fix, and whether the text must look like SQL to count. */
    private record Sink(String api, String fix, boolean needsSqlShape) { }

    /** How many callers up a parameter that reaches SQL text is followed to find where its value comes from. */
    private static final int MAX_CALLER_DEPTH = 4;

    /** A call of a project function: who calls, in which file, with which call. */
    private record Caller(Fn fn, FileFacts file, CallSite cs) { }

    /** Where a value reaching the SQL text comes from: the request value, where it is read, and the calls it crossed. */
    private record Source(Req value, Location at, java.util.List<String> via) { }

    /** A finding not yet emitted: one per sink call is kept (the most severe; on a tie the one naming the driver). */
    private record Pending(Location at, Level level, String message, Location relatedAt, String relatedMessage, String fix,
                           boolean viaWrapper) {
        boolean beats(Pending o) {
            if (level != o.level) return level.ordinal() < o.level.ordinal();
            return viaWrapper && !o.viaWrapper;
        }
    }

    /** Per-scan state: the project, its analysis, and (built on first need) who calls each project function. */
    private static final class Scan {
        final Project project;
        final Analysis analysis;
        final RuleContext ctx;
        /** Keyed by where the call starts: a chained builder's .where and .andWhere share it, as do a helper and its driver. */
        final java.util.Map<String, Pending> pending = new java.util.HashMap<>();

        void offer(Pending p) {
            String key = p.at().path() + ":" + p.at().line() + ":" + p.at().column();
            Pending old = pending.get(key);
            if (old == null || p.beats(old)) pending.put(key, p);
        }
        java.util.IdentityHashMap<Fn, java.util.List<Caller>> callers;

        Scan(Project project, Analysis analysis, RuleContext ctx) {
            this.project = project;
            this.analysis = analysis;
            this.ctx = ctx;
        }

        java.util.List<Caller> callersOf(Fn fn) {
            if (callers == null) {
                callers = new java.util.IdentityHashMap<>();
                for (FileFacts f : project.files().values()) {
                    for (Fn caller : Analysis.functions(f)) {
                        for (CallSite cs : caller.calls()) {
                            if (cs.args().isEmpty()) continue;
                            Project.FnRef target = project.function(cs.callee(), f);
                            if (target == null) target = analysis.resolveCallee(cs.callee(), f, caller);
                            if (target == null || target.fn() == caller) continue;
                            callers.computeIfAbsent(target.fn(), k -> new java.util.ArrayList<>()).add(new Caller(caller, f, cs));
                        }
                    }
                }
                for (java.util.List<Caller> l : callers.values()) {
                    l.sort(java.util.Comparator.comparing((Caller c) -> c.cs().location(), Location.ORDER));
                }
            }
            return callers.getOrDefault(fn, java.util.List.of());
        }
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        Scan scan = new Scan(project, analysis, ctx);
        // project functions that hand one of their parameters to a raw SQL API: runQuery(sql) => pool.query(sql)
        java.util.IdentityHashMap<Fn, java.util.Map<Integer, Sink>> wrappers = new java.util.IdentityHashMap<>();
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    Sink sink = sink(project, f, cs);
                    if (sink == null) continue;
                    Val sql = sqlText(cs.arg(0));
                    if (sql instanceof Param p && p.path().isEmpty()) {
                        wrappers.computeIfAbsent(fn, k -> new java.util.TreeMap<>()).put(p.index(), sink);
                    } else {
                        judge(sql, sink, cs, fn, f, scan);
                    }
                }
            }
        }
        if (!wrappers.isEmpty()) judgeWrapperCalls(project, analysis, wrappers, scan);
        java.util.List<Pending> out = new java.util.ArrayList<>(scan.pending.values());
        out.sort(java.util.Comparator.comparing(Pending::at, Location.ORDER));
        for (Pending p : out) {
            RuleContext.Builder b = ctx.report(p.at(), p.message()).level(p.level());
            if (p.relatedAt() != null) b.related(p.relatedAt(), p.relatedMessage());
            b.fix(p.fix()).add();
        }
    }

    private void judgeWrapperCalls(Project project, Analysis analysis, java.util.IdentityHashMap<Fn, java.util.Map<Integer, Sink>> wrappers,
                                   Scan scan) {
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.args().isEmpty()) continue;
                    Project.FnRef target = project.function(cs.callee(), f);
                    if (target == null) target = analysis.resolveCallee(cs.callee(), f, fn);
                    if (target == null || !wrappers.containsKey(target.fn())) continue;
                    String via = target.fn().name().isEmpty() ? "a helper" : target.fn().name() + "()";
                    for (java.util.Map.Entry<Integer, Sink> e : wrappers.get(target.fn()).entrySet()) {
                        Val arg = cs.arg(e.getKey());
                        if (arg == null) continue;
                        Sink s = e.getValue();
                        judge(sqlText(arg), new Sink(s.api() + " through " + via, s.fix(), s.needsSqlShape()), cs, fn, f, scan);
                    }
                }
            }
        }
    }

    private void judge(Val sql, Sink sink, CallSite cs, Fn fn, FileFacts file, Scan scan) {
        sql = methodCalls(withoutSubqueries(sql), 0);
        if (!Vals.isDynamicString(sql) || Vals.isSqlSafe(sql)) return;
        String shape = Vals.shape(sql, "?");
        if (sink.needsSqlShape() && !SQL.matcher(shape).find()) return;
        String how = sql instanceof Tpl ? "a template literal" : "string concatenation";
        Source src = source(sql, fn, file, cs.location(), scan, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        boolean viaWrapper = sink.api().contains(" through ");
        if (src != null) {
            String where = src.at().path() + ":" + src.at().line();
            String through = src.via().isEmpty() ? "" : " (through " + String.join(" → ", src.via()) + ")";
            scan.offer(new Pending(cs.location(), Level.ERROR, "SQL built with " + how + " reaches " + sink.api() + " with " + describe(src.value())
                    + " read from the request at " + where + through + ". A client can rewrite the query (SQL injection).",
                    src.at(), describe(src.value()) + " is read here", sink.fix(), viaWrapper));
        } else {
            // No request source. Tooling code (scripts, seeds, migrations) and tests never see a request: nothing to say there.
            if (scan.project.isTestPath(file.path()) || isToolingFile(file)) return;
            // Every hole is a constant (literal, module constant, enum member, config, constant class field, clock or
            // random value, a choice between constant fragments with placeholders): the text is fixed by the code.
            if (holesTrusted(sql, fn, file, scan)) return;
            // Only a parameter of the function, or the signed-in user's own values, may carry outside input; a value of
            // unknown origin (a service's result, a property of a library object) is no evidence of injection.
            if (!anyPart(sql, x -> x instanceof Param || x instanceof Req)) return;
            java.util.List<String> params = new java.util.ArrayList<>();
            anyPart(sql, x -> {
                if (x instanceof Param p && !params.contains(p.name())) params.add(p.name());
                return false;
            });
            int callers = params.isEmpty() ? 0 : scan.callersOf(fn).size();
            // every known caller passes constants (a migration renaming its own columns): nothing to report
            if (callers > 0 && constantEverywhere(sql, fn, file, scan, 0, new java.util.HashSet<>())) return;
            String why = callers > 0
                    ? " from parameter " + String.join(", ", params) + " of " + (fn.name().isEmpty() ? "a function" : fn.name() + "()") + " reaches " + sink.api()
                    + ". No caller found passes request data (" + callers + (callers == 1 ? " call" : " calls") + " checked), but the function puts"
                    + " its argument into SQL text: a future caller with user input can rewrite the query."
                    : !params.isEmpty()
                    ? " from parameter " + String.join(", ", params) + " of " + (fn.name().isEmpty() ? "a function" : fn.name() + "()") + " reaches " + sink.api()
                    + ". No call of it was followed here (a call through an object or a container is not), so where the value comes"
                    + " from is not known; the function puts its argument into SQL text, so a caller with user input can rewrite the query."
                    : identity(sql) != null
                    ? " from " + describe(identity(sql)) + " (the signed-in user's own record, not request text) reaches " + sink.api()
                    + ". An id is usually safe, but any field the user can edit (a name, an e-mail) rewrites the query."
                    : " from a non-constant value reaches " + sink.api() + ". Where that value comes from is not known here;"
                    + " if it ever carries user input, the query can be rewritten.";
            scan.offer(new Pending(cs.location(), Level.WARNING, "SQL built with " + how + why, null, null, sink.fix(), viaWrapper));
        }
    }

    /**
     * Where request data in {@code v} (a value inside {@code fn}) comes from: read directly, or passed
     * in through a parameter by a caller, followed up to {@link #MAX_CALLER_DEPTH} callers. The first
     * source in source order wins, so the message is the same on every run.
     */
    private Source source(Val v, Fn fn, FileFacts file, Location fallback, Scan scan, int depth, java.util.Set<Fn> seen) {
        Req[] req = {null};
        anyPart(v, x -> {
            if (x instanceof Req q && !q.part().equals("user") && !q.part().equals("session")) {
                req[0] = q;
                return true;
            }
            return false;
        });
        if (req[0] != null) return new Source(req[0], readLocation(fn, req[0], fallback), java.util.List.of());
        if (depth >= MAX_CALLER_DEPTH || fn == null || !seen.add(fn)) return null;
        java.util.List<Param> params = new java.util.ArrayList<>();
        anyPart(v, x -> {
            if (x instanceof Param p) params.add(p);
            return false;
        });
        if (params.isEmpty()) return null;
        String name = fn.name().isEmpty() ? "a helper" : fn.name() + "()";
        for (Caller c : scan.callersOf(fn)) {
            for (Param p : params) {
                Val a = c.cs().arg(p.index());
                if (a == null) continue;
                for (String seg : p.path()) a = Val.member(a, seg);
                Source s = source(a, c.fn(), c.file(), c.cs().argLocation(p.index()), scan, depth + 1, seen);
                if (s != null) {
                    java.util.List<String> via = new java.util.ArrayList<>(s.via());
                    via.add(name);
                    return new Source(s.value(), s.at(), java.util.List.copyOf(via));
                }
            }
        }
        return null;
    }

    /**
     * True when {@code v}, with the parameters of {@code fn} replaced by what each caller passes (followed up
     * the callers), is constant SQL for every caller, and there is at least one caller at each level.
     */
    private boolean constantEverywhere(Val v, Fn fn, FileFacts file, Scan scan, int depth, java.util.Set<Fn> seen) {
        boolean[] hasParam = {false};
        anyPart(v, x -> {
            if (x instanceof Param) hasParam[0] = true;
            return false;
        });
        if (!hasParam[0]) return holesTrusted(v, fn, file, scan);
        if (fn == null || depth >= MAX_CALLER_DEPTH || seen.contains(fn)) return false;
        java.util.List<Caller> callers = scan.callersOf(fn);
        if (callers.isEmpty()) return false;
        java.util.Set<Fn> next = new java.util.HashSet<>(seen);
        next.add(fn);
        for (Caller c : callers) {
            if (!constantEverywhere(dev.backcheck.model.RouteBehaviour.bind(v, c.cs().args()), c.fn(), c.file(), scan, depth + 1, next)) return false;
        }
        return true;
    }

    /**
     * Calls on a path-carrying value written as one path ({@code req.body.ids.join(',')} is a call of the
     * path [ids, join]) rewritten as a method call on the receiver, so the receiver is seen as a part of the text.
     */
    private static Val methodCalls(Val v, int depth) {
        if (v == null || depth > 12) return v;
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(h -> methodCalls(h, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(h -> methodCalls(h, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(h -> methodCalls(h, depth + 1)).toList(), o.test());
        if (v instanceof Call c) {
            java.util.List<Val> args = c.args().stream().map(a -> methodCalls(a, depth + 1)).toList();
            Val callee = c.callee();
            String m = Vals.lastName(callee);
            Val recv = m != null && (STRING_METHODS.contains(m) || ELEMENT_METHODS.contains(m)) ? withoutLast(callee) : null;
            if (recv != null) {
                callee = new Member(methodCalls(recv, depth + 1), m);
            } else if (callee instanceof Member mm) {
                callee = new Member(methodCalls(mm.object(), depth + 1), mm.prop());
            }
            return new Call(callee, args, c.site());
        }
        return v;
    }

    /** A path-carrying value without its last segment (the receiver of a method), or null. */
    private static Val withoutLast(Val v) {
        if (v instanceof Req q && !q.path().isEmpty()) return new Req(q.part(), q.path().subList(0, q.path().size() - 1));
        if (v instanceof Param p && !p.path().isEmpty()) return new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
        if (v instanceof This t && !t.path().isEmpty()) return new This(t.path().subList(0, t.path().size() - 1));
        if (v instanceof Local l && !l.path().isEmpty()) return new Local(l.name(), l.path().subList(0, l.path().size() - 1));
        if (v instanceof Ref r && !r.path().isEmpty()) return new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
        if (v instanceof Global g && !g.path().isEmpty()) return new Global(g.name(), g.path().subList(0, g.path().size() - 1));
        return null;
    }

    /** Array methods whose callback's result is made of the receiver's elements: ids.map(id => `'${id}'`). */
    private static final Set<String> ELEMENT_METHODS = Set.of("map", "flatMap", "filter");

    /**
     * {@link Vals#anyPart}, also looking through array callbacks: in {@code list.map(x => `'${x}'`)} what the callback
     * returns is a part (its element parameter standing for an element of the receiver); {@code list.filter(...)}
     * keeps the receiver's elements. Placeholders made from the index ({@code ids.map((_, i) => '$' + (i + 1))}) carry nothing.
     */
    static boolean anyPart(Val v, java.util.function.Predicate<Val> p) {
        return anyPart(v, p, 0);
    }

    private static boolean anyPart(Val v, java.util.function.Predicate<Val> p, int depth) {
        return Vals.anyPart(v, x -> {
            if (p.test(x)) return true;
            if (depth < 4 && x instanceof Call c && c.callee() instanceof Member m && ELEMENT_METHODS.contains(m.prop())
                    && !c.args().isEmpty() && c.args().get(0) instanceof FnVal f) {
                // filter keeps the elements; map and flatMap keep only what the callback makes of them
                if (m.prop().equals("filter")) return anyPart(m.object(), p, depth + 1);
                java.util.List<Val> bound = java.util.List.of(Val.member(m.object(), "*"), new Unknown("number"));
                for (Val r : f.fn().returns()) {
                    if (anyPart(dev.backcheck.model.RouteBehaviour.bind(r, bound), p, depth + 1)) return true;
                }
            }
            return false;
        });
    }

    /** The signed-in user's or session's value in the SQL text (req.user.id), or null. */
    private static Req identity(Val sql) {
        Req[] r = {null};
        anyPart(sql, x -> {
            if (x instanceof Req q && (q.part().equals("user") || q.part().equals("session"))) r[0] = q;
            return r[0] != null;
        });
        return r[0];
    }

    /** String methods whose result is built only from the receiver and the arguments. */
    private static final Set<String> STRING_METHODS = Set.of("toString", "slice", "substring", "substr", "replace", "replaceAll",
            "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "padStart", "padEnd", "concat", "join", "toISOString",
            "toJSON", "toUTCString", "toDateString", "toLocaleDateString", "toFixed", "split", "repeat", "at", "charAt", "normalize");
    /** Globals whose calls give values no client chooses: the clock, random numbers, ids. */
    private static final Set<String> CONSTANT_GLOBALS = Set.of("Date", "Math", "crypto", "Number", "String", "JSON", "performance");
    /** Directory names of code that runs outside a request: one-off scripts, seeds and migrations. */
    private static final Set<String> TOOLING_DIRS = Set.of("scripts", "script", "seeds", "seed", "seeders", "seeding", "migrations",
            "migration", "migrate");
    private static final Pattern TOOLING_FILE = Pattern.compile("(?i).*\\.(migration|seed|seeder)\\.[cm]?[jt]sx?$");

    /**
     * Code that never handles a request: a file under scripts/, seeds/ or migrations/, a *.migration.ts or *.seed.ts,
     * a Knex/Sequelize migration (exports up and down), a TypeORM migration (a class implementing MigrationInterface).
     */
    static boolean isToolingFile(FileFacts f) {
        String path = f.path().replace('\\', '/');
        String[] segs = path.split("/");
        for (int i = 0; i < segs.length - 1; i++) if (TOOLING_DIRS.contains(segs[i].toLowerCase(java.util.Locale.ROOT))) return true;
        if (TOOLING_FILE.matcher(path).matches()) return true;
        if (f.exports().containsKey("up") && f.exports().containsKey("down")) return true;
        for (ClassInfo c : f.classes().values()) {
            for (Val i : c.implemented()) if ("MigrationInterface".equals(Vals.lastName(i))) return true;
            if (c.method("up") != null && c.method("down") != null) return true;
        }
        return false;
    }

    /** True when every hole of the SQL text is a value fixed by the code ({@link #trusted}). */
    private static boolean holesTrusted(Val sql, Fn fn, FileFacts file, Scan scan) {
        if (sql instanceof Tpl t) return t.holes().stream().allMatch(h -> trusted(h, fn, file, 0));
        if (sql instanceof Concat c) return c.parts().stream().allMatch(h -> trusted(h, fn, file, 0));
        if (sql instanceof OneOf o) return o.options().stream().allMatch(h -> holesTrusted(h, fn, file, scan));
        return trusted(sql, fn, file, 0);
    }

    /**
     * A value no client chooses: what {@link Vals#isSqlSafe} accepts, plus imported bindings (module constants,
     * enum members, config objects), constants of the same file, environment configuration, a class field whose
     * only recorded assignment is a constant, the clock and random numbers, and string methods applied to such values.
     */
    private static boolean trusted(Val v, Fn fn, FileFacts file, int depth) {
        if (v == null || depth > 20) return false;
        if (Vals.isSqlSafe(v)) return true;
        if (v instanceof Tpl t) return t.holes().stream().allMatch(h -> trusted(h, fn, file, depth + 1));
        if (v instanceof Concat c) return c.parts().stream().allMatch(h -> trusted(h, fn, file, depth + 1));
        if (v instanceof OneOf o) return o.options().stream().allMatch(h -> trusted(h, fn, file, depth + 1));
        if (v instanceof Arr a) return a.items().stream().allMatch(h -> trusted(h, fn, file, depth + 1));
        if (v instanceof Ref) return true;
        if (v instanceof Local l) {
            Val def = file.symbols().get(l.name());
            if (def == null || def instanceof FnVal || def instanceof ClassRef) return true;
            Val at = def;
            for (String seg : l.path()) at = Val.member(at, seg);
            return trusted(at, fn, file, depth + 1) || at instanceof Member && trusted(def, fn, file, depth + 1);
        }
        if (v instanceof Global g) {
            return g.name().equals("process") && g.path().size() >= 2 && g.path().get(0).equals("env");
        }
        if (v instanceof This t && t.path().size() == 1) {
            ClassInfo c = classOf(fn, file);
            if (c == null) return false;
            for (ClassInfo.Prop p : c.props()) {
                if (p.name().equals(t.path().get(0))) return p.value() != null && !(p.value() instanceof This) && trusted(p.value(), null, file, depth + 1);
            }
            return false;
        }
        if (v instanceof Member m) {
            // a property of a constant object, or a lookup in one (SCOPE[type]): one of its constant values
            return trusted(m.object(), fn, file, depth + 1);
        }
        if (v instanceof New n) return n.callee() instanceof Global g && g.name().equals("Date") && n.args().stream().allMatch(a -> trusted(a, fn, file, depth + 1));
        if (v instanceof Call c) {
            if (c.callee() instanceof Global g && CONSTANT_GLOBALS.contains(g.name()) && !g.path().isEmpty()) {
                return c.args().stream().allMatch(a -> trusted(a, fn, file, depth + 1));
            }
            if (c.callee() instanceof Ref r && (r.module().equals("crypto") || r.module().equals("node:crypto"))) return true;
            if (c.callee() instanceof Member m && STRING_METHODS.contains(m.prop())) {
                return trusted(m.object(), fn, file, depth + 1) && c.args().stream().allMatch(a -> trusted(a, fn, file, depth + 1));
            }
        }
        return false;
    }

    /** The class declaring method {@code fn} in {@code file}, or null. */
    private static ClassInfo classOf(Fn fn, FileFacts file) {
        if (fn == null) return null;
        for (ClassInfo c : file.classes().values()) {
            for (Fn m : c.methods()) {
                if (m == fn || m.nested().stream().anyMatch(x -> x == fn)) return c;
            }
        }
        return null;
    }

    /**
     * The SQL text with holes that are a query builder's own generated SQL (TypeORM
     * {@code qb.subQuery()...getQuery()}, Knex {@code .toQuery()}) replaced by empty constants: their values
     * stay bound parameters.
     */
    private static Val withoutSubqueries(Val sql) {
        return withoutSubqueries(sql, 0);
    }

    private static Val withoutSubqueries(Val sql, int depth) {
        if (depth > 6) return sql;
        if (sql instanceof Tpl t) {
            java.util.List<Val> holes = new java.util.ArrayList<>();
            for (Val h : t.holes()) holes.add(safeHole(h) ? new Lit("") : withoutSubqueries(h, depth + 1));
            return new Tpl(t.quasis(), java.util.List.copyOf(holes));
        }
        if (sql instanceof Concat c) {
            java.util.List<Val> parts = new java.util.ArrayList<>();
            for (Val p : c.parts()) parts.add(safeHole(p) ? new Lit("") : withoutSubqueries(p, depth + 1));
            return new Concat(java.util.List.copyOf(parts));
        }
        return sql;
    }

    /** A builder's generated SQL (getQuery()) or a number from the clock (Date.now(), d.getTime()). */
    private static boolean safeHole(Val v) {
        if (!(v instanceof Call c) || !c.args().isEmpty()) return false;
        String n = Vals.lastName(c.callee());
        return n != null && Set.of("getQuery", "getSql", "toQuery", "now", "getTime", "valueOf").contains(n);
    }

    /** Where {@code fn} (or a function nested in it) reads {@code q} from the request; else {@code fallback}. */
    private static Location readLocation(Fn fn, Req q, Location fallback) {
        if (fn == null) return fallback;
        java.util.List<Fn> all = new java.util.ArrayList<>();
        all.add(fn);
        all.addAll(fn.nested());
        Location prefix = null;
        for (Fn f : all) {
            for (Fn.Read r : f.reads()) {
                if (!(r.value() instanceof Req rq) || !rq.part().equals(q.part())) continue;
                if (rq.path().equals(q.path())) return r.location();
                if (prefix == null && q.path().size() > rq.path().size() && q.path().subList(0, rq.path().size()).equals(rq.path())) {
                    prefix = r.location();
                }
            }
        }
        return prefix != null ? prefix : fallback;
    }

    /** A request value as a reader writes it: req.body.email, req.params.id, c.req.valid('json').name. */
    static String describe(Req q) {
        String part = q.part();
        String base;
        if (part.startsWith("valid:")) base = "c.req.valid('" + part.substring(6) + "')";
        else if (part.startsWith("meta:")) base = "req." + part.substring(5);
        else if (part.equals("raw")) base = "req";
        else base = "req." + part;
        StringBuilder sb = new StringBuilder("`").append(base);
        for (String seg : q.path()) {
            if (seg.matches("[A-Za-z_$][A-Za-z0-9_$]*")) sb.append('.').append(seg);
            else if (seg.equals("*")) sb.append("[…]");
            else sb.append("['").append(seg).append("']");
        }
        return sb.append('`').toString();
    }

    private Sink sink(Project project, FileFacts f, CallSite cs) {
        if (cs.args().isEmpty() || cs.arg(0) instanceof Unknown u && u.kind().equals("tagged-template")) return null;
        String m = cs.methodName();
        if (m == null) return null;
        String root = project.rootModule(cs.callee(), f);
        String api = null;
        String fix = null;
        boolean needsSqlShape = false;
        if (m.equals("$queryRawUnsafe") || m.equals("$executeRawUnsafe")) {
            api = "Prisma " + m;
            fix = "use the tagged template prisma.$queryRaw`SELECT ... WHERE id = ${id}` (values become bound parameters), or Prisma.sql";
        } else if (m.equals("raw") && root != null && root.startsWith("@prisma/client")) {
            api = "Prisma.raw";
            fix = "build the fragment with Prisma.sql`... ${value}` so values stay parameters; Prisma.raw is only for trusted constants";
        } else if (m.equals("raw") && root != null && (root.startsWith("drizzle-orm") || root.equals("kysely"))) {
            api = "sql.raw";
            fix = "use the sql`... ${value}` tagged template (values are parameterized); sql.raw is only for trusted constants";
        } else if (RAW_METHODS.contains(m) && (root == null || QUERY_BUILDERS.contains(root) || root.startsWith("."))) {
            api = "Knex " + m;
            fix = "pass values as bindings: " + m + "('id = ?', [id]) or use the query builder (where({ id }))";
            needsSqlShape = root == null && m.equals("raw");
        } else if (m.equals("query") || m.equals("execute") || m.equals("unsafe")) {
            // known drivers always; any other receiver (an in-house client, a pool from another package) when the text is SQL
            api = (root == null || root.startsWith(".") ? "" : root + " ") + m;
            fix = "use placeholders and pass values separately: query('SELECT ... WHERE id = $1', [id]) (pg) or '?' (mysql2)";
            needsSqlShape = root == null || !DRIVERS.contains(root);
        } else if (Set.of("run", "get", "all", "exec", "each", "prepare").contains(m)) {
            api = (root == null || root.startsWith(".") ? "database " : root + " ") + m;
            fix = "use placeholders: db.prepare('SELECT ... WHERE id = ?').get(id)";
            needsSqlShape = root == null || !SQLITE.contains(root);
        } else if (QB_WHERE.contains(m) && isTypeOrmBuilder(project, cs.callee(), f)) {
            api = "TypeORM query builder ." + m;
            fix = "use named parameters: ." + m + "('user.id = :id', { id })";
        }
        if (api == null || root != null && NOT_SQL.contains(root)) return null;
        return new Sink(api, fix, needsSqlShape);
    }

    /**
     * The SQL text of a query argument: pg's config object ({ text, values }), and strings passed
     * through string methods ("SELECT ...".concat(x), `...`.trim()).
     */
    private static Val sqlText(Val arg) {
        Val v = arg;
        for (int i = 0; i < 8; i++) {
            if (v instanceof Obj o && (o.props().containsKey("text") || o.props().containsKey("sql"))) {
                v = o.props().containsKey("text") ? o.props().get("text") : o.props().get("sql");
            } else if (v instanceof Call c && c.callee() instanceof Member m
                    && Set.of("trim", "trimStart", "trimEnd", "toString", "replace", "replaceAll", "concat", "normalize").contains(m.prop())) {
                if (m.prop().equals("concat")) {
                    java.util.List<Val> parts = new java.util.ArrayList<>();
                    parts.add(m.object());
                    parts.addAll(c.args());
                    v = new Concat(java.util.List.copyOf(parts));
                } else {
                    v = m.object();
                }
            } else {
                break;
            }
        }
        return v;
    }

    private static boolean isTypeOrmBuilder(Project project, Val callee, FileFacts f) {
        Val cur = callee;
        for (int i = 0; i < 24 && cur != null; i++) {
            if (cur instanceof Call c) {
                String n = Vals.lastName(c.callee());
                if ("createQueryBuilder".equals(n)) return true;
                cur = c.callee();
            } else if (cur instanceof Member m) {
                cur = m.object();
            } else {
                cur = Analysis.receiver(cur);
            }
        }
        return false;
    }
}
