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

    /** Per-scan state: the project, its analysis, and (built on first need) who calls each project function. */
    private static final class Scan {
        final Project project;
        final Analysis analysis;
        final RuleContext ctx;
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
        if (wrappers.isEmpty()) return;
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
        sql = withoutSubqueries(sql);
        if (!Vals.isDynamicString(sql) || Vals.isSqlSafe(sql)) return;
        String shape = Vals.shape(sql, "?");
        if (sink.needsSqlShape() && !SQL.matcher(shape).find()) return;
        String how = sql instanceof Tpl ? "a template literal" : "string concatenation";
        Source src = source(sql, fn, file, cs.location(), scan, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        RuleContext.Builder b;
        if (src != null) {
            String where = src.at().path() + ":" + src.at().line();
            String through = src.via().isEmpty() ? "" : " (through " + String.join(" → ", src.via()) + ")";
            b = scan.ctx.report(cs.location(), "SQL built with " + how + " reaches " + sink.api() + " with " + describe(src.value())
                            + " read from the request at " + where + through + ". A client can rewrite the query (SQL injection).")
                    .level(Level.ERROR)
                    .related(src.at(), describe(src.value()) + " is read here");
        } else {
            java.util.List<String> params = new java.util.ArrayList<>();
            Vals.anyPart(sql, x -> {
                if (x instanceof Param p && !params.contains(p.name())) params.add(p.name());
                return false;
            });
            int callers = params.isEmpty() ? 0 : scan.callersOf(fn).size();
            // every known caller passes constants (a migration renaming its own columns): nothing to report
            if (callers > 0 && constantEverywhere(sql, fn, scan, 0, new java.util.HashSet<>())) return;
            String why = callers > 0
                    ? " from parameter " + String.join(", ", params) + " of " + (fn.name().isEmpty() ? "a function" : fn.name() + "()") + " reaches " + sink.api()
                    + ". No caller found passes request data (" + callers + (callers == 1 ? " call" : " calls") + " checked), but the function puts"
                    + " its argument into SQL text: a future caller with user input can rewrite the query."
                    : " from a non-constant value reaches " + sink.api() + ". Where that value comes from is not known here;"
                    + " if it ever carries user input, the query can be rewritten.";
            b = scan.ctx.report(cs.location(), "SQL built with " + how + why).level(Level.WARNING);
        }
        b.fix(sink.fix()).add();
    }

    /**
     * Where request data in {@code v} (a value inside {@code fn}) comes from: read directly, or passed
     * in through a parameter by a caller, followed up to {@link #MAX_CALLER_DEPTH} callers. The first
     * source in source order wins, so the message is the same on every run.
     */
    private Source source(Val v, Fn fn, FileFacts file, Location fallback, Scan scan, int depth, java.util.Set<Fn> seen) {
        Req[] req = {null};
        Vals.anyPart(v, x -> {
            if (x instanceof Req q && !q.part().equals("user") && !q.part().equals("session")) {
                req[0] = q;
                return true;
            }
            return false;
        });
        if (req[0] != null) return new Source(req[0], readLocation(fn, req[0], fallback), java.util.List.of());
        if (depth >= MAX_CALLER_DEPTH || fn == null || !seen.add(fn)) return null;
        java.util.List<Param> params = new java.util.ArrayList<>();
        Vals.anyPart(v, x -> {
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
    private boolean constantEverywhere(Val v, Fn fn, Scan scan, int depth, java.util.Set<Fn> seen) {
        boolean[] hasParam = {false};
        Vals.anyPart(v, x -> {
            if (x instanceof Param) hasParam[0] = true;
            return false;
        });
        if (!hasParam[0]) return Vals.isSqlSafe(v);
        if (fn == null || depth >= MAX_CALLER_DEPTH || seen.contains(fn)) return false;
        java.util.List<Caller> callers = scan.callersOf(fn);
        if (callers.isEmpty()) return false;
        java.util.Set<Fn> next = new java.util.HashSet<>(seen);
        next.add(fn);
        for (Caller c : callers) {
            if (!constantEverywhere(dev.backcheck.model.RouteBehaviour.bind(v, c.cs().args()), c.fn(), scan, depth + 1, next)) return false;
        }
        return true;
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
