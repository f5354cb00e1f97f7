package dev.backcheck.rules.injection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backcheck.config.CompiledYaml;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.Models;
import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL text built by concatenation or template interpolation (or a request value as a whole) passed to a raw
 * SQL API. The APIs are data ({@code models/sql.yml}, kind {@code sql}) found through the {@link CallIndex};
 * whether request data reaches the text is the {@link TaintEngine}'s answer (callers, returns, DI services).
 * What stays here is the SQL judgement: the text must be built (or be request text as a whole), read as SQL
 * where the method name is shared, and not be made only of holes the code fixes (constants, placeholders,
 * the clock); text built from a parameter whose callers are not known gives a warning outside tooling code.
 * A project function that hands its parameter to a raw API (a query helper) is judged at its callers, where
 * the text is built. One finding per call. Tagged templates ({@code prisma.$queryRaw`...`}, {@code sql`...`})
 * are parameterized and never reported.
 */
@RuleId("injection/sql-raw-query")
public final class SqlRawQueryRule implements Rule {
    static final String KIND = "sql";

    /** SQL text: a statement keyword followed by whitespace, and a clause keyword later on ("select ... from"). */
    private static final Pattern SQL = Pattern.compile(
            "^\\s*\\(?\\s*(select|insert|update|delete|with|create|drop|alter|merge|replace|upsert|truncate)\\s+(?s).*?\\b(from|into|set|values|where|table|join|returning|as|on)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How many callers up constantEverywhere follows a parameter to see that every caller passes constants. */
    private static final int MAX_CALLER_DEPTH = 4;

    /** How many helpers deep a query helper's parameter is followed to where its text is built. */
    private static final int MAX_HELPER_DEPTH = 3;

    /** What sql.yml says beyond the engine's sink fields: the fix key of each entry, and receivers that never take SQL. */
    private record SqlModel(Map<String, String> fixes, Set<String> notSql) {
        static final SqlModel INSTANCE = load();

        private static SqlModel load() {
            try {
                JsonNode root = CompiledYaml.tree("/models/sql.yml");
                if (root == null) return new SqlModel(Map.of(), Set.of());
                Map<String, String> fixes = new HashMap<>();
                for (JsonNode s : root.path("sinks")) {
                    if (s.hasNonNull("fix")) fixes.put(key(s.path("label").asText(), strings(s.path("callee"))), s.get("fix").asText());
                }
                return new SqlModel(Map.copyOf(fixes), Set.copyOf(strings(root.path("not-sql-modules"))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read models/sql.yml", e);
            }
        }

        static String key(String label, Set<String> callees) {
            return label + "|" + String.join(",", callees);
        }

        private static Set<String> strings(JsonNode n) {
            Set<String> out = new LinkedHashSet<>();
            if (n.isArray()) for (JsonNode x : n) out.add(x.asText());
            else if (!n.isMissingNode() && !n.isNull()) out.add(n.asText());
            return out;
        }

        String fix(Models.Sink s) {
            return fixes.getOrDefault(key(s.label(), s.callees()), "driver");
        }
    }

    /** A sink call the rule accepted: the model entry's flags, the API as named in messages, and the fix key. */
    private record Api(SinkSite site, String label, String fixKey, String method, Set<String> when) {
        boolean has(String flag) {
            return when.contains(flag);
        }
    }

    /** A finding not yet emitted: one per call is kept (the most severe; on a tie the one naming the driver). */
    private record Pending(Location at, Level level, String message, Location relatedAt, String relatedMessage, String fixKey,
                           String method, boolean viaWrapper, List<Location> flow, String source, String sink) {
        boolean beats(Pending o) {
            if (level != o.level) return level.ordinal() < o.level.ordinal();
            return viaWrapper && !o.viaWrapper;
        }
    }

    /** Per-scan state. */
    private static final class Scan {
        final Project project;
        final TaintEngine engine;
        final CallIndex index;
        /** Keyed by where the call starts: a chained builder's .where and .andWhere share it, as do a helper and its driver. */
        final Map<String, Pending> pending = new HashMap<>();

        Scan(Project project) {
            this.project = project;
            this.engine = TaintEngine.of(project);
            this.index = engine.index();
        }

        void offer(Pending p) {
            String key = p.at().path() + ":" + p.at().line() + ":" + p.at().column();
            Pending old = pending.get(key);
            if (old == null || p.beats(old)) pending.put(key, p);
        }

        final java.util.IdentityHashMap<Fn, Fn> parents = new java.util.IdentityHashMap<>();
        final Set<String> filesWithParents = new java.util.HashSet<>();

        /**
         * The function that declares parameter {@code p} seen in {@code fn}: {@code fn} itself, or the enclosing
         * function whose parameter a nested callback captures ({@code new Promise((ok, fail) => db.all(sql, ...))}).
         */
        Fn owner(Fn fn, FileFacts file, Param p) {
            if (filesWithParents.add(file.path())) {
                for (Fn f : Analysis.functions(file)) for (Fn n : f.nested()) parents.putIfAbsent(n, f);
            }
            for (Fn cur = fn; cur != null; cur = parents.get(cur)) {
                Fn.Param decl = cur.param(p.index());
                if (decl != null && decl.name().equals(p.name())) return cur;
            }
            return fn;
        }

        private final Map<String, List<String>> sources = new HashMap<>();

        /** The source text at {@code at} (its first line, from its column), or null when the file cannot be read. */
        String source(FileFacts file, Location at) {
            if (at == null) return null;
            List<String> lines = sources.computeIfAbsent(file.path(), p -> {
                String t = dev.backcheck.concepts.SourceLines.text(project, p, 4_000_000);
                return t == null ? List.of() : t.lines().toList();
            });
            if (at.line() < 1 || at.line() > lines.size()) return null;
            String l = lines.get(at.line() - 1);
            int from = Math.max(0, Math.min(l.length(), at.column() - 1));
            int to = at.endLine() == at.line() ? Math.max(from, Math.min(l.length(), at.endColumn() - 1)) : l.length();
            return l.substring(from, to);
        }

        /** The calls of {@code fn} with arguments, outside tests (a test's constants say nothing of what production passes). */
        List<CallIndex.Site> callersOf(Fn fn) {
            List<CallIndex.Site> out = new ArrayList<>();
            for (CallIndex.Site s : index.callers(fn)) if (!s.cs().args().isEmpty() && !project.isTestPath(s.file().path())) out.add(s);
            return out;
        }
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        Scan scan = new Scan(project);
        for (SinkSite s : scan.engine.sinks(KIND)) {
            Api api = api(s, scan);
            if (api == null) continue;
            Val text = sqlText(s.value(), api);
            if (text == null) continue;
            if (text instanceof Param p && p.path().isEmpty()) {
                // a query helper: runQuery(sql) => pool.query(sql); the text is built by its callers
                judgeCallers(scan.owner(s.fn(), s.file(), p), p.index(), api, scan, 0, new ArrayList<>(), new ArrayList<>(), new java.util.HashSet<>());
            } else {
                judge(text, api, s.cs(), s.fn(), s.file(), scan, List.of(), List.of());
            }
        }
        myBatis(scan);
        List<Pending> out = new ArrayList<>(scan.pending.values());
        out.sort(java.util.Comparator.comparing(Pending::at, Location.ORDER));
        for (Pending p : out) {
            String fw = TaintRule.frameworkOf(project, p.at().path());
            String fix = ctx.meta().fixText(fw, p.fixKey());
            if (fix != null) fix = fix.replace("{method}", p.method() == null ? "query" : p.method());
            RuleContext.Builder b = ctx.report(p.at(), p.message()).level(p.level());
            if (p.relatedAt() != null) b.related(p.relatedAt(), p.relatedMessage());
            if (p.flow() != null && !p.flow().isEmpty()) b.flow(p.flow());
            if (p.source() != null) b.property("source", p.source());
            b.property("sink", p.sink());
            b.fix(fix).add();
        }
    }

    /**
     * MyBatis {@code ${...}} splices ({@link MyBatisMappers}): what each caller of the mapper method passes for the
     * spliced parameter, traced to the request; reported at the call, with the splice as related location.
     */
    private void myBatis(Scan scan) {
        for (MyBatisMappers.Splice sp : MyBatisMappers.splices(scan.project)) {
            String mapper = (scan.index.ownerOf(sp.method()) == null ? "" : scan.index.ownerOf(sp.method()).name() + ".") + sp.method().name();
            for (CallIndex.Site site : scan.index.callers(sp.method())) {
                if (scan.project.isTestPath(site.file().path())) continue;
                Val arg = site.cs().arg(sp.param());
                if (arg == null) continue;
                for (String seg : sp.path()) arg = Val.member(arg, seg);
                Flow f = scan.engine.trace(arg, site.fn(), site.file(), KIND, site.cs());
                if (f == null) continue;
                String src = f.what();
                Location s = f.sourceAt();
                List<Location> steps = new ArrayList<>(f.steps());
                steps.add(site.cs().argLocation(sp.param()).withMessage("passed to " + mapper + "()"));
                steps.add(sp.at().withMessage(sp.text() + " splices it into the SQL text"));
                String message = "MyBatis " + sp.text() + " in " + mapper + " (" + sp.at().path() + ":" + sp.at().line()
                        + ") splices " + src + (s == null ? "" : " read from the request at " + s.path() + ":" + s.line())
                        + " into SQL text. A client can rewrite the query (SQL injection).";
                scan.offer(new Pending(site.cs().location(), Level.ERROR, message, sp.at(), sp.text() + " splices the value into SQL here", "mybatis",
                        site.cs().methodName(), false, List.copyOf(steps), src.replace("`", ""), "MyBatis " + sp.text()));
            }
        }
    }

    /** The sink call as an API the rule judges, or null when the entry's conditions do not hold for this call. */
    private static Api api(SinkSite s, Scan scan) {
        CallSite cs = s.cs();
        if (cs.args().isEmpty() || cs.arg(0) instanceof Unknown u && u.kind().equals("tagged-template")) return null;
        // cheap tests first: most calls named get/all/where/select are not SQL, and resolving their receiver costs more
        String given = s.model().when() == null ? "" : s.model().when();
        if (s.model().modules().isEmpty() && given.contains("shape") && !mayBeSql(s.value())) return null;
        if (given.contains("builder") && !queryBuilder(cs.callee()) && !builderTyped(cs.callee(), s.fn(), s.file())
                && !bracketsCallback(cs.callee(), s.fn(), scan)) return null;
        String root;
        try {
            root = scan.project.rootModule(cs.callee(), s.file());
        } catch (RuntimeException e) {
            root = null;
        }
        if (root == null) root = fieldModule(cs.callee(), s.fn(), s.file());
        if (root != null && root.startsWith("node:")) root = root.substring(5);
        Models.Sink m = entry(s, root, scan);
        Set<String> when = new LinkedHashSet<>();
        if (m.when() != null) for (String w : m.when().split(",")) if (!w.isBlank()) when.add(w.strip());
        if (root != null && SqlModel.INSTANCE.notSql().contains(root)) return null;
        for (String w : when) {
            if (w.startsWith("escapes-since:") && escapingVersion(w.substring("escapes-since:".length()), scan.project)) return null;
        }
        boolean local = root == null || root.startsWith(".");
        if (when.contains("local") && !local) return null;
        if (when.contains("builder") && !queryBuilder(cs.callee())) {
            // a builder held in a typed field or parameter: request data reaching it is reported, but no warning for
            // a helper's parameters (generic filter helpers take column names from their callers' constants)
            if (bracketsCallback(cs.callee(), s.fn(), scan)) {
                // new Brackets((qb) => qb.where(...)): a builder, and the condition is judged like the chain's own
            } else if (!builderTyped(cs.callee(), s.fn(), s.file())) {
                return null;
            } else {
                when.add("no-warning");
            }
        }
        if (when.contains("sequelize")) {
            Val recv = Analysis.receiver(cs.callee());
            String n = recv == null ? null : Vals.lastName(recv);
            if (n == null || !n.toLowerCase(java.util.Locale.ROOT).contains("sequelize")) return null;
        }
        String method = cs.methodName();
        String label = m.label().replace("{method}", method == null ? "" : method).replace("{module}", root == null || local ? "" : root).strip();
        return new Api(s, label, SqlModel.INSTANCE.fix(m), method, when);
    }

    /**
     * The model entry for the call: the engine's, unless an earlier entry limited to packages matches the receiver's
     * package found through a DI-typed field (which the engine does not see), for the same argument.
     */
    private static Models.Sink entry(SinkSite s, String root, Scan scan) {
        Models.Sink given = s.model();
        if (root == null || !given.modules().isEmpty()) return given;
        for (Models.Sink e : scan.engine.models().sinks(KIND)) {
            if (e == given) break;
            if (e.modules().isEmpty() || !e.modules().contains(root)) continue;
            if (e.callees().stream().noneMatch(s.site().keys()::contains)) continue;
            int n = s.cs().args().size();
            int arg = e.arg() == -1 ? n - 1 : e.arg();
            if (arg == s.arg()) return e;
        }
        return given;
    }

    /**
     * The package of the type of a class field the call is made on ({@code constructor(private em: EntityManager)},
     * {@code @InjectRepository(Order) repo: Repository<Order>}, then {@code this.em.getConnection().execute(...)}),
     * or null: the engine's root module does not follow DI-typed fields to their library.
     */
    private static String fieldModule(Val callee, Fn fn, FileFacts file) {
        String type = receiverType(callee, fn, file);
        if (type == null) return null;
        String head = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        Import imp = file.imports().get(head);
        if (imp == null || imp.module().startsWith(".")) return null;
        return imp.module();
    }

    /** True when the call is made on the parameter of a callback handed to TypeORM's {@code new Brackets(qb => ...)}. */
    private static boolean bracketsCallback(Val callee, Fn fn, Scan scan) {
        Val cur = callee;
        for (int i = 0; i < 16 && cur != null && !(cur instanceof Param); i++) {
            if (cur instanceof Call c) cur = c.callee();
            else if (cur instanceof Member m) cur = m.object();
            else cur = Analysis.receiver(cur);
        }
        if (!(cur instanceof Param p) || p.index() != 0 || fn == null) return false;
        CallIndex.Callback cb = scan.index.callback(fn);
        if (cb == null || !cb.site().cs().isNew()) return false;
        String n = Vals.lastName(cb.site().cs().callee());
        return "Brackets".equals(n) || "NotBrackets".equals(n);
    }

    /** True when the call's receiver is a field or parameter typed as a query builder ({@code qb: SelectQueryBuilder<User>}). */
    private static boolean builderTyped(Val callee, Fn fn, FileFacts file) {
        String type = receiverType(callee, fn, file);
        return type != null && type.endsWith("QueryBuilder");
    }

    /**
     * The declared type (without type arguments) of the class field or parameter the call's receiver chain starts
     * from, or null.
     */
    private static String receiverType(Val callee, Fn fn, FileFacts file) {
        Val cur = callee;
        for (int i = 0; i < 16 && cur != null && !(cur instanceof This) && !(cur instanceof Param); i++) {
            if (cur instanceof OneOf o) cur = o.options().isEmpty() ? null : o.options().get(0);
            else if (cur instanceof Call c) cur = c.callee();
            else if (cur instanceof Member m) cur = m.object();
            else cur = Analysis.receiver(cur);
        }
        String type = null;
        if (cur instanceof Param p && fn != null && p.path().size() <= 1) {
            Fn.Param decl = fn.param(p.index());
            if (decl != null && decl.name().equals(p.name())) type = decl.type();
        } else if (cur instanceof This t && !t.path().isEmpty()) {
            ClassInfo c = classOf(fn, file);
            if (c == null) return null;
            String field = t.path().get(0);
            for (Fn.Param p : c.ctorParams()) if (p.name().equals(field)) type = p.type();
            if (type == null) for (ClassInfo.Prop p : c.props()) if (p.name().equals(field)) type = p.type();
        }
        if (type == null) return null;
        int lt = type.indexOf('<');
        return lt > 0 ? type.substring(0, lt) : type;
    }

    /**
     * True when the project's manifests ask for {@code pkg@x.y} or later ({@code kysely@0.28}): the lowest version a
     * declared range admits ({@code ^0.28.2}, {@code ~0.28}, {@code >=0.28}, {@code 0.28.17}) is at least x.y. Unknown
     * or unparsable ranges are not.
     */
    static boolean escapingVersion(String spec, Project project) {
        int at = spec.lastIndexOf('@');
        if (at <= 0) return false;
        String pkg = spec.substring(0, at);
        int[] min = version(spec.substring(at + 1));
        if (min == null) return false;
        boolean any = false;
        for (dev.backcheck.workspace.PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get(pkg);
            if (d == null) continue;
            int[] v = version(d.version());
            if (v == null || compare(v, min) < 0) return false;
            any = true;
        }
        return any;
    }

    private static int[] version(String range) {
        if (range == null) return null;
        java.util.regex.Matcher m = Pattern.compile("^\\s*(?:\\^|~|>=|=)?\\s*v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?").matcher(range);
        if (!m.find()) return null;
        return new int[]{Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
        return 0;
    }

    /** Text that could pass the SQL-shape test: built text reading as SQL, or a bare parameter (a query helper's). */
    private static boolean mayBeSql(Val arg) {
        Val v = arg;
        if (v instanceof Obj o && (o.props().containsKey("text") || o.props().containsKey("sql"))) {
            v = o.props().containsKey("text") ? o.props().get("text") : o.props().get("sql");
        }
        if (v instanceof Param p && p.path().isEmpty()) return true;
        if (v instanceof Call) return true; // "SELECT ...".concat(x), `...`.trim(): judged after sqlText
        return Vals.isDynamicString(v) && SQL.matcher(Vals.shape(v, "?")).find();
    }

    /** The callers of query helper {@code fn}: each one's argument {@code param} is the SQL text, judged at that call. */
    private void judgeCallers(Fn fn, int param, Api api, Scan scan, int depth, List<String> via, List<Location> hops, java.util.Set<Fn> seen) {
        if (fn == null || !seen.add(fn)) return;
        String name = fn.name().isEmpty() ? "a helper" : fn.name() + "()";
        String pname = fn.param(param) == null ? "#" + param : fn.param(param).name();
        for (CallIndex.Site c : scan.callersOf(fn)) {
            Val arg = c.cs().arg(param);
            if (arg == null) continue;
            Val text = sqlText(arg, api);
            if (text == null) continue;
            List<String> v = new ArrayList<>(via);
            v.add(0, name);
            List<Location> h = new ArrayList<>();
            h.add(c.cs().argLocation(param).withMessage("passed to " + name + " as " + pname));
            h.addAll(hops);
            if (text instanceof Param p && p.path().isEmpty()) {
                if (depth + 1 < MAX_HELPER_DEPTH) judgeCallers(scan.owner(c.fn(), c.file(), p), p.index(), api, scan, depth + 1, v, h, seen);
            } else {
                judge(text, api, c.cs(), c.fn(), c.file(), scan, v, h);
            }
        }
    }

    /**
     * Judges SQL text {@code raw} computed in {@code fn} and handed to the API at call {@code at} (the sink call, or
     * the call of a query helper that reaches it through {@code via}).
     */
    private void judge(Val raw, Api api, CallSite at, Fn fn, FileFacts file, Scan scan, List<String> via, List<Location> hops) {
        Val sql = normalise(raw);
        boolean built = Vals.isDynamicString(sql);
        if (!built) {
            // a whole value (not text built around it): request data as the SQL statement, or a value spliced as such
            if (sql == null || Val.constString(sql) != null || Vals.isSqlSafe(sql) || sql instanceof Obj || sql instanceof FnVal) return;
            if (api.has("shape") || api.has("array")) return;
        } else {
            if (Vals.isSqlSafe(sql)) return;
            if (api.has("shape") && !SQL.matcher(Vals.shape(sql, "?")).find()) return;
        }
        String how = !built ? "request text used whole" : sql instanceof Tpl ? ("java".equals(file.language()) ? "String.format" : "a template literal") : "string concatenation";
        String apiName = api.label() + (via.isEmpty() ? "" : " through " + String.join(" → ", via));
        boolean viaWrapper = !via.isEmpty();
        // a callback's text may use the enclosing function's parameters (new Brackets(qb => qb.where(`...${term}`)),
        // new Promise(ok => db.all(`...${id}`))): trace from the function that declares them
        Fn traceFn = fn;
        Param[] captured = {null};
        anyPart(sql, x -> {
            if (x instanceof Param p && captured[0] == null) captured[0] = p;
            return false;
        });
        if (captured[0] != null) traceFn = scan.owner(fn, file, captured[0]);
        Flow f = scan.engine.trace(sql, traceFn, file, KIND, at);
        if (f == null) f = weaklyChecked(sql, fn, file, at, scan);
        if (f != null && (built || wholeText(f.source()))) {
            String src = f.what();
            Location s = f.sourceAt();
            String where = s == null ? "" : " read from the request at " + s.path() + ":" + s.line();
            List<String> through = new ArrayList<>();
            for (int i = 1; i < f.steps().size(); i++) {
                String m = f.steps().get(i).message();
                if (m == null) continue;
                String fnName = m.startsWith("passed to ") ? m.substring(10, m.lastIndexOf(" as ") > 10 ? m.lastIndexOf(" as ") : m.length())
                        : m.startsWith("returned by ") ? m.substring(12) : m;
                if (!through.contains(fnName)) through.add(fnName);
            }
            String thr = through.isEmpty() ? "" : " (through " + String.join(" → ", through) + ")";
            List<Location> steps = new ArrayList<>(f.steps());
            steps.addAll(hops);
            steps.add(api.site().argLocation().withMessage("reaches " + api.label()));
            Level level = api.has("identifier") ? Level.WARNING : Level.ERROR;
            String message = !built
                    ? src + where + thr + " is passed whole to " + apiName + (api.has("identifier")
                        ? " as an identifier. The library quotes it, but a client chooses which column or table the query reads."
                        : ". A client can run any SQL (SQL injection).")
                    : "SQL built with " + how + " reaches " + apiName + " with " + src + where + thr
                        + (api.has("identifier") ? ". The library quotes the identifier, but a client chooses which column or table the query reads."
                        : ". A client can rewrite the query (SQL injection).");
            scan.offer(new Pending(at.location(), level, message, s, src + " is read here", api.fixKey(), api.method(), viaWrapper,
                    List.copyOf(steps), src.replace("`", ""), api.label()));
            return;
        }
        if (!built || api.has("no-warning")) return;
        // a framework-validated value: the schema decides the shape, but a free-text field still rewrites the query
        Req valid = validated(sql);
        if (valid != null) {
            scan.offer(new Pending(at.location(), Level.WARNING, "SQL built with " + how + " reaches " + apiName + " with "
                    + TaintEngine.describe(valid) + ", validated by the framework. Unless its schema admits only fixed values (an enum, a number),"
                    + " a client can still rewrite the query.", null, null, api.fixKey(), api.method(), viaWrapper, null, null, api.label()));
            return;
        }
        // No request source. Tooling code (scripts, seeds, migrations), commands run by hand and tests never see a
        // request: nothing to say there.
        if (scan.project.isTestPath(file.path()) || isToolingFile(file)
                || dev.backcheck.concepts.ImportIndex.of(scan.project).testSupport(file.path())
                || dev.backcheck.concepts.ServerCode.of(scan.project).outsideServer(file.path())
                || dev.backcheck.concepts.ServerCode.of(scan.project).commandRunByHand(file.path())
                // (nor does a function nothing that runs calls: BaseRepository.count() that no repository uses)
                || dev.backcheck.concepts.ImportIndex.of(scan.project).neverRuns(file, fn)) return;
        // parameters of a function written inside this one that fill a list the text joins (a local push(col, val)
        // helper, an array callback): fixed when every call passes constants, or the index, or a key a rejecting
        // check narrowed; what is left is judged as before, from the function that declares it
        List<Param> nestedLeft = new ArrayList<>();
        sql = withFixedNested(sql, fn, file, scan, nestedLeft);
        if (nestedLeft.isEmpty()) {
            Param[] first = {null};
            anyPart(sql, x -> {
                if (x instanceof Param p && first[0] == null) first[0] = p;
                return false;
            });
            traceFn = first[0] == null ? fn : scan.owner(fn, file, first[0]);
        }
        // Every hole is a constant (literal, module constant, enum member, config, constant class field, clock or
        // random value, a choice between constant fragments with placeholders): the text is fixed by the code.
        if (holesTrusted(sql, fn, file, scan)) return;
        // Only a parameter of the function, or the signed-in user's own values, may carry outside input; a value of
        // unknown origin (a service's result, a property of a library object) is no evidence of injection.
        // (a client-chosen request value here was sanitised or checked: the engine found no flow, so nothing to say)
        if (directRequest(sql, fn, file, scan, 0) != null) return;
        // (the signed-in user's or session's own ids, req.user.company_id: keys the server assigned, not text the user edits)
        if (!anyPart(sql, x -> x instanceof Param || x instanceof Req r && !TaintEngine.isSource(r, KIND) && !ownId(r))) return;
        // a tRPC resolver's parameters are modelled (its input, its context): the engine's "no flow" is the answer
        if (dev.backcheck.concepts.TrpcRouters.of(scan.project).isResolver(traceFn)) return;
        // likewise a GraphQL root resolver's (its arguments, its context fields taken from the request)
        if (dev.backcheck.concepts.GraphqlServers.of(scan.project).isResolver(traceFn)) return;
        // so are a Spring handler's request-bound parameters (@RequestParam sort checked against an allow-list)
        Fn handlerFn = traceFn;
        if (anyPart(sql, x -> x instanceof Param p && scan.engine.requestParam(handlerFn, p, file) != null)) return;
        List<String> params = new ArrayList<>();
        anyPart(sql, x -> {
            if (x instanceof Param p && !params.contains(p.name())) params.add(p.name());
            return false;
        });
        // every parameter the text holds passed a rejecting format or range check of its function first
        // (if (!UUID_RE.test(id)) throw ...): whatever a caller hands it, only a value of that shape reaches the text
        Fn checkedIn = traceFn;
        if (nestedLeft.isEmpty() && !params.isEmpty() && checkedIn != null
                && !anyPart(sql, x -> x instanceof Req || x instanceof Param p && !narrowed(p, checkedIn, file, scan))) return;
        // the function is itself an array callback (ids.forEach((id, i) => qb.andWhere(`:l${i} = ANY(..)`, ..))): its index,
        // an element the list fixes, or one a rejecting check narrowed, as for a callback written inside the function
        if (nestedLeft.isEmpty() && !params.isEmpty() && checkedIn != null && scan.index.callback(checkedIn) != null
                && !anyPart(sql, x -> x instanceof Req || x instanceof Param p && !nestedFixed(checkedIn, p, scan))) return;
        // (a parameter of a callback written in the function: its calls are not followed)
        int callers = params.isEmpty() || !nestedLeft.isEmpty() ? 0 : scan.callersOf(traceFn).size();
        // a method of a class that nothing calls (no x.name(..) anywhere in the project) and no framework invokes (no
        // decorator): no value reaches it at all (an EXPLAIN helper kept for debugging)
        // (TS/JS: the repository is the program; a Java class's public method is API other modules and frameworks call)
        if (callers == 0 && nestedLeft.isEmpty() && !params.isEmpty() && !"java".equals(file.language()) && uncalledMethod(traceFn, scan)) return;
        // every known caller passes values fixed by the code (constants, a column map's names, fragments holding
        // only placeholders, a value it computes itself): nothing to report
        if (callers > 0 && nestedLeft.isEmpty() && constantEverywhere(sql, traceFn, file, scan, 0, new java.util.HashSet<>())) return;
        // a method called only through an object the index does not resolve (a repository a container hands out:
        // this.loginLogs.getFailedAttempts(email, window / 60)): every call of its name in server code passes values that
        // fix the text (a literal, a number, a constant)
        if (callers == 0 && nestedLeft.isEmpty() && !params.isEmpty() && !"java".equals(file.language())
                && namedCallsConstant(sql, traceFn, scan)) return;
        // the callers the index follows pass no request data; a caller up the chain may be reached only through a
        // container (this.serverRepository.getPaginated(opts) with the repository a DI container hands out): its calls
        // by name in server code, followed up with the text bound to their arguments, may read the request
        if (callers > 0 && nestedLeft.isEmpty() && !"java".equals(file.language())) {
            List<Location> namedHops = new ArrayList<>();
            NamedFlow nf = namedRequestFlow(sql, traceFn, file, scan, 0, new java.util.HashSet<>(), namedHops);
            if (nf != null) {
                Flow f2 = nf.flow();
                Location s2 = f2.sourceAt();
                String where2 = s2 == null ? "" : " read from the request at " + s2.path() + ":" + s2.line();
                List<Location> steps = new ArrayList<>(f2.steps());
                steps.addAll(nf.hops());
                steps.addAll(hops);
                steps.add(api.site().argLocation().withMessage("reaches " + api.label()));
                String src2 = f2.what();
                Level level2 = api.has("identifier") ? Level.WARNING : Level.ERROR;
                scan.offer(new Pending(at.location(), level2, "SQL built with " + how + " reaches " + apiName + " with " + src2 + where2
                        + " (through " + nf.names() + ")" + (api.has("identifier")
                        ? ". The library quotes the identifier, but a client chooses which column or table the query reads."
                        : ". A client can rewrite the query (SQL injection)."), s2, src2 + " is read here", api.fixKey(), api.method(),
                        viaWrapper, List.copyOf(steps), src2.replace("`", ""), api.label()));
                return;
            }
        }
        String fname = traceFn.name().isEmpty() ? "a function" : traceFn.name() + "()";
        if (!nestedLeft.isEmpty()) fname = "a function written in " + fname;
        String why = callers > 0
                ? " from parameter " + String.join(", ", params) + " of " + fname + " reaches " + apiName
                + ". No caller found passes request data (" + callers + (callers == 1 ? " call" : " calls") + " checked), but the function puts"
                + " its argument into SQL text: a future caller with user input can rewrite the query."
                : !params.isEmpty()
                ? " from parameter " + String.join(", ", params) + " of " + fname + " reaches " + apiName
                + ". No call of it was followed here (a call through an object or a container is not), so where the value comes"
                + " from is not known; the function puts its argument into SQL text, so a caller with user input can rewrite the query."
                : identity(sql) != null
                ? " from " + TaintEngine.describe(identity(sql)) + " (the signed-in user's own record, not request text) reaches " + apiName
                + ". An id is usually safe, but any field the user can edit (a name, an e-mail) rewrites the query."
                : " from a non-constant value reaches " + apiName + ". Where that value comes from is not known here;"
                + " if it ever carries user input, the query can be rewritten.";
        scan.offer(new Pending(at.location(), Level.WARNING, "SQL built with " + how + why, null, null, api.fixKey(), api.method(),
                viaWrapper, null, null, api.label()));
    }

    /**
     * Works around the engine counting every rejecting guard as a sanitiser: a length bound ({@code q.length > 200})
     * or a string type test ({@code typeof q !== 'string'}) leaves any text a client chooses, quotes included. A
     * request value read in {@code fn} and put in the text directly, whose only guards in {@code fn} are of those
     * kinds (and that no guard of the call compares), is a flow from its read to the call.
     */
    private static Flow weaklyChecked(Val sql, Fn fn, FileFacts file, CallSite at, Scan scan) {
        if (fn == null) return null;
        Req q = directRequest(sql, fn, file, scan, 0);
        if (q == null) return null;
        boolean guarded = false;
        for (Fn.Check c : fn.checks()) {
            if (!c.sanitises() || !(c.subject() instanceof Req s) || !s.part().equals(q.part())
                    || !(s.path().size() <= q.path().size() && q.path().subList(0, s.path().size()).equals(s.path()))) continue;
            if (!weakCheck(c, file, scan)) return null;
            guarded = true;
        }
        if (!guarded) return null; // the engine had another reason (an allow-list or constant guard on the call)
        for (CallSite.Guard g : at.guards()) {
            if (g.op().equals("truthy") && g.left() instanceof Req) continue; // only its presence
            if (Vals.anyPart(g.left(), x -> x instanceof Req r && r.part().equals(q.part()))
                    || Vals.anyPart(g.right(), x -> x instanceof Req r && r.part().equals(q.part()))) return null;
        }
        Location read = null;
        List<Fn> all = new ArrayList<>();
        all.add(fn);
        all.addAll(fn.nested());
        for (Fn x : all) {
            for (Fn.Read r : x.reads()) {
                if (read == null && r.value() instanceof Req rq && rq.part().equals(q.part())
                        && rq.path().size() <= q.path().size() && q.path().subList(0, rq.path().size()).equals(rq.path())) read = r.location();
            }
        }
        if (read == null) read = at.location();
        return new Flow(q, List.of(read.withMessage(TaintEngine.describe(q) + " is read here")));
    }

    /** The first client-chosen request value in {@code v} itself (not through calls of project functions), skipping sanitiser calls. */
    private static Req directRequest(Val v, Fn fn, FileFacts file, Scan scan, int depth) {
        if (v == null || depth > 30) return null;
        if (v instanceof Req q) return TaintEngine.isSource(q, KIND) ? q : null;
        List<Val> parts = v instanceof Tpl t ? t.holes() : v instanceof Concat c ? c.parts() : v instanceof OneOf o ? o.options()
                : v instanceof Arr a ? a.items() : v instanceof Obj o ? new ArrayList<>(o.props().values()) : null;
        if (parts != null) {
            for (Val p : parts) {
                Req r = directRequest(p, fn, file, scan, depth + 1);
                if (r != null) return r;
            }
            return null;
        }
        if (v instanceof Member m) return directRequest(m.object(), fn, file, scan, depth + 1);
        if (v instanceof Call c) {
            List<String> keys = scan.index.keys(c.callee(), false, fn, file);
            if (scan.engine.models().sanitizes(keys, KIND)) return null;
            String n = Vals.lastName(c.callee());
            boolean passes = scan.engine.models().propagator(keys) != null
                    || n != null && Set.of("toString", "trim", "toLowerCase", "toUpperCase", "slice", "substring", "replace", "join", "concat").contains(n);
            if (!passes) return null;
            if (c.callee() instanceof Req q && !q.path().isEmpty()) {
                Req recv = new Req(q.part(), q.path().subList(0, q.path().size() - 1));
                if (TaintEngine.isSource(recv, KIND)) return recv;
            }
            Val recv = Analysis.receiver(c.callee());
            Req r = recv == null ? null : directRequest(recv, fn, file, scan, depth + 1);
            if (r != null) return r;
            for (Val a : c.args()) {
                r = directRequest(a, fn, file, scan, depth + 1);
                if (r != null) return r;
            }
        }
        return null;
    }

    private static final Pattern WEAK_CHECK = Pattern.compile("\\.length\\b|typeof\\s+[^=!]+[=!]==?\\s*['\"](string|undefined|object)['\"]|['\"](string|undefined|object)['\"]\\s*[=!]==?\\s*typeof\\b");

    /** A guard that bounds a value's length or tests that it is a string: any SQL text passes it. */
    private static boolean weakCheck(Fn.Check c, FileFacts file, Scan scan) {
        if (!c.kind().equals("range") && !c.kind().equals("type")) return false;
        String text = scan.source(file, c.location());
        return text != null && WEAK_CHECK.matcher(text).find() && !text.contains("isInteger") && !text.contains("isNaN");
    }

    /** A request value that, passed whole, is SQL text a client wrote: a field of the body, query, params or headers (not the whole body object). */
    private static boolean wholeText(Req q) {
        return !q.path().isEmpty() || q.part().equals("url") || q.part().equals("meta:url") || q.part().equals("meta:originalUrl");
    }

    /** A framework-validated request value in the text (Hono c.req.valid(...), a Fastify schema), or null. */
    private static Req validated(Val sql) {
        return validatedIn(sql, 0);
    }

    /**
     * A framework-validated request value in {@code v}, leaving out the branch of a choice an allow-list keeps it in:
     * {@code VALID.includes(sortBy) ? `d.${sortBy}` : 'd.created_at'} puts only a listed column into the text.
     */
    private static Req validatedIn(Val v, int depth) {
        if (v == null || depth > 40) return null;
        if (v instanceof Req q) return q.part().startsWith("valid:") ? q : null;
        Vals.ListedChoice lc = Vals.listedChoice(v);
        if (lc != null) {
            Req other = validatedIn(lc.other(), depth + 1);
            if (other != null) return other;
            Req k = validatedIn(lc.kept(), depth + 1);
            return k != null && lc.test().args().contains(k) ? null : k;
        }
        List<Val> kids = v instanceof Tpl t ? t.holes() : v instanceof Concat c ? c.parts() : v instanceof OneOf o ? o.options()
                : v instanceof Arr a ? a.items() : v instanceof Obj o ? List.copyOf(o.props().values()) : null;
        if (kids != null) {
            for (Val k : kids) {
                Req r = validatedIn(k, depth + 1);
                if (r != null) return r;
            }
            return null;
        }
        if (v instanceof Member m) return validatedIn(m.object(), depth + 1);
        Req[] r = {null};
        anyPart(v, x -> {
            if (x instanceof Req q && q.part().startsWith("valid:")) r[0] = q;
            return r[0] != null;
        });
        return r[0];
    }

    /** {@code v} is the allow-listed value itself, or text built of it and trusted values. */
    private static boolean listedOnly(Val v, Val listed, Fn fn, FileFacts file, int depth, Scan scan) {
        if (v.equals(listed)) return true;
        if (v instanceof Tpl t) return t.holes().stream().allMatch(h -> listedOnly(h, listed, fn, file, depth + 1, scan));
        if (v instanceof Concat c) return c.parts().stream().allMatch(h -> listedOnly(h, listed, fn, file, depth + 1, scan));
        return trusted(v, fn, file, depth + 1, scan);
    }

    /**
     * The text as the engine and the SQL checks should see it: builder subqueries and the clock's numbers blanked,
     * method calls on paths split into receiver and method, and {@code list.map(x => `'${x}'`)} replaced by what the
     * callback makes of an element of the list.
     */
    private static Val normalise(Val raw) {
        return mapped(methodCalls(withoutSubqueries(raw), 0), 0);
    }

    /** {@code list.map(cb)} / {@code flatMap}: the callback's returns with its element parameter bound to an element of the list. */
    private static Val mapped(Val v, int depth) {
        if (v == null || depth > 12) return v;
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(h -> mapped(h, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(h -> mapped(h, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(h -> mapped(h, depth + 1)).toList(), o.test());
        if (v instanceof Call c && c.callee() instanceof Member m) {
            if ((m.prop().equals("map") || m.prop().equals("flatMap")) && !c.args().isEmpty() && c.args().get(0) instanceof FnVal f
                    && !f.fn().returns().isEmpty() && !Vals.isSqlSafe(v)) {
                List<Val> bound = List.of(Val.member(mapped(m.object(), depth + 1), "*"), new Unknown("number"));
                List<Val> outs = new ArrayList<>();
                for (Val r : f.fn().returns()) outs.add(mapped(dev.backcheck.model.RouteBehaviour.bind(r, bound), depth + 1));
                return new Arr(List.copyOf(outs));
            }
            return new Call(new Member(mapped(m.object(), depth + 1), m.prop()), c.args().stream().map(a -> mapped(a, depth + 1)).toList(), c.site());
        }
        return v;
    }

    /**
     * True when {@code v}, with the parameters of {@code fn} replaced by what each caller passes (followed up
     * the callers), is constant SQL for every caller, and there is at least one caller at each level.
     */
    private boolean constantEverywhere(Val v, Fn fn, FileFacts file, Scan scan, int depth, java.util.Set<Fn> seen) {
        // Java: entity.getClass() is the object's class, which the code declares: not data the caller's object holds
        if ("java".equals(file.language())) v = classesFixed(v, 0);
        boolean[] hasParam = {false};
        anyPart(v, x -> {
            if (x instanceof Param) hasParam[0] = true;
            return false;
        });
        // a request value the caller hands on that the taint engine finds no flow from (a Fastify route schema's enum, a
        // rejecting check in the handler): its values are as fixed as the code's own
        if (!hasParam[0]) return holesTrusted(depth == 0 ? v : settledRequest(v, fn, file, scan, 0), fn, file, scan);
        if (fn == null || depth >= MAX_CALLER_DEPTH || seen.contains(fn)) return false;
        // a GraphQL resolver's parameters are the client's arguments, which the engine models (an enum-typed, validated
        // input field included): no flow from them means their values are settled
        if (depth > 0 && scan.engine.graphqlResolver(fn)) {
            return scan.engine.trace(v, fn, file, KIND, null) == null
                    && holesTrusted(bindCalls(v, java.util.Collections.nCopies(16, new Lit("?")), 0), fn, file, scan);
        }
        java.util.List<CallIndex.Site> callers = scan.callersOf(fn);
        if (callers.isEmpty()) return false;
        java.util.Set<Fn> next = new java.util.HashSet<>(seen);
        next.add(fn);
        for (CallIndex.Site c : callers) {
            if (!constantEverywhere(bindCalls(v, withDefaults(c, fn, scan), 0), c.fn(), c.file(), scan, depth + 1, next)) return false;
        }
        return true;
    }

    /**
     * The arguments of the call {@code c} of {@code fn}, with each parameter it leaves out that declares a literal default
     * ({@code groupBy = 'month'}) bound to that default: the value the function then runs with. A call that spreads a
     * list into its arguments is taken as written.
     */
    private static List<Val> withDefaults(CallIndex.Site c, Fn fn, Scan scan) {
        List<Val> args = c.cs().args();
        if (args.size() >= fn.params().size()) return args;
        String text = scan.source(c.file(), c.cs().location());
        if (text == null || text.contains("...")) return args;
        List<Val> out = new ArrayList<>(args);
        for (int i = args.size(); i < fn.params().size(); i++) {
            Val d = fn.params().get(i).defaultValue();
            if (!(d instanceof Lit)) break;
            out.add(d);
        }
        return out;
    }

    /**
     * {@code v} with each request value the engine traces no flow from, in {@code fn} (the caller that reads it), replaced
     * by a placeholder: the engine's sanitisers (a route schema's enum or number, a rejecting guard) decide it.
     */
    private static Val settledRequest(Val v, Fn fn, FileFacts file, Scan scan, int depth) {
        if (v == null || depth > 12 || fn == null) return v;
        if (v instanceof Req r) return !r.path().isEmpty() && scan.engine.trace(r, fn, file, KIND, null) == null ? new Lit("?") : v;
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(h -> settledRequest(h, fn, file, scan, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(h -> settledRequest(h, fn, file, scan, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(h -> settledRequest(h, fn, file, scan, depth + 1)).toList(), o.test());
        if (v instanceof Call c && c.callee() instanceof Member m && STRING_STEPS.contains(m.prop())) {
            // (sortOrder || 'desc').toUpperCase(): a string step of a settled value is settled
            Val o = settledRequest(m.object(), fn, file, scan, depth + 1);
            return o instanceof Lit || o instanceof OneOf of && of.options().stream().allMatch(x -> x instanceof Lit) ? new Lit("?") : v;
        }
        return v;
    }

    /** String methods that keep a fixed value fixed. */
    private static final Set<String> STRING_STEPS = Set.of("toUpperCase", "toLowerCase", "trim", "toString", "toLocaleUpperCase", "toLocaleLowerCase");

    /** {@code v} with each {@code x.getClass()} replaced by a constant class. */
    private static Val classesFixed(Val v, int depth) {
        if (v == null || depth > 12) return v;
        if (javaGetClass(v)) return new Lit("<class>");
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(h -> classesFixed(h, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(h -> classesFixed(h, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(h -> classesFixed(h, depth + 1)).toList(), o.test());
        if (v instanceof Member m) return Val.member(classesFixed(m.object(), depth + 1), m.prop());
        if (v instanceof Call c) return new Call(classesFixed(c.callee(), depth + 1), c.args().stream().map(h -> classesFixed(h, depth + 1)).toList(), c.site());
        return v;
    }

    /** {@code x.getClass()}. */
    private static boolean javaGetClass(Val v) {
        return v instanceof Call c && c.args().isEmpty() && "getClass".equals(Vals.lastName(c.callee()));
    }

    /** A method of {@code java.lang.Class} as the Java front end records a call on a Class-typed value. */
    private static boolean onClass(Val callee) {
        return callee instanceof Ref r && r.module().equals("java.lang") && r.export().equals("Class") && r.path().size() == 1;
    }

    /** Java reflection answers naming what the code declares: a class's names, an annotation of it, the annotation's values. */
    private static final Set<String> CLASS_METADATA = Set.of("getSimpleName", "getName", "getTypeName", "getCanonicalName", "getAnnotation");

    /**
     * {@code v} with its parameters replaced by a call's arguments, also inside calls ({@code conditions.join(' AND ')}
     * with the caller's list of fragments), keeping a choice's test.
     */
    private static Val bindCalls(Val v, List<Val> args, int depth) {
        if (v == null || depth > 12) return v;
        if (v instanceof Param p) return dev.backcheck.model.RouteBehaviour.bind(p, args);
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(h -> bindCalls(h, args, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(h -> bindCalls(h, args, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(h -> bindCalls(h, args, depth + 1)).toList(), o.test());
        if (v instanceof Arr a) return new Arr(a.items().stream().map(h -> bindCalls(h, args, depth + 1)).toList());
        if (v instanceof Member m) return Val.member(bindCalls(m.object(), args, depth + 1), m.prop());
        if (v instanceof Call c) return new Call(bindCalls(c.callee(), args, depth + 1), c.args().stream().map(h -> bindCalls(h, args, depth + 1)).toList(), c.site());
        if (v instanceof New n) return new New(bindCalls(n.callee(), args, depth + 1), n.args().stream().map(h -> bindCalls(h, args, depth + 1)).toList(), n.site());
        if (v instanceof Obj o) {
            Map<String, Val> m = new java.util.LinkedHashMap<>();
            o.props().forEach((k, x) -> m.put(k, bindCalls(x, args, depth + 1)));
            return Val.obj(m);
        }
        return v;
    }

    /** Array methods whose callback's second parameter is the element's index (a number). */
    private static final Set<String> INDEXED_CALLBACKS = Set.of("forEach", "map", "flatMap", "filter", "some", "every", "find", "findIndex");

    /**
     * {@code sql} with the parameters of functions written inside {@code fn}'s outermost function (not {@code fn} or a
     * function it is written in) replaced by a placeholder where they are fixed: every call of that function passes a
     * value fixed by the code for it ({@code const push = (col, v) => { sets.push(`${col} = $${i++}`); ... };
     * push('name', x)}), it is an array callback's index, or a rejecting type/format/range check of that function
     * narrows it (a key tested against an anchored pattern before it is spliced). Parameters of such functions that
     * are not fixed are added to {@code left}.
     */
    private static Val withFixedNested(Val sql, Fn fn, FileFacts file, Scan scan, List<Param> left) {
        if (fn == null) return sql;
        scan.owner(fn, file, new Param(0, "", List.of())); // fills the parent map of the file
        List<Fn> chain = new ArrayList<>();
        for (Fn cur = fn; cur != null && chain.size() < 16; cur = scan.parents.get(cur)) chain.add(cur);
        Fn root = chain.get(chain.size() - 1);
        java.util.Map<Param, Boolean> fixed = new HashMap<>();
        anyPart(sql, x -> {
            if (!(x instanceof Param p) || fixed.containsKey(p)) return false;
            Fn ownIn = null;
            for (Fn c : chain) {
                Fn.Param d = c.param(p.index());
                if (d != null && d.name().equals(p.name()) && ownIn == null) ownIn = c;
            }
            if (ownIn != null) {
                // a parameter of an array callback the text is built in, inside the function whose parameters the rest
                // of the text holds (Object.entries(where).forEach(([key, value]) => qb.andWhere(`${alias}.${key} = :${key}`))):
                // fixed as a nested one is where the callback's element is (the keys of an object every caller writes)
                if (ownIn != root && entryKeyFixed(ownIn, p, scan)) fixed.put(p, true);
                return false;
            }
            List<Fn> decl = new ArrayList<>();
            declaring(root, p, decl, 0);
            boolean ok = !decl.isEmpty();
            for (Fn g : decl) ok &= nestedFixed(g, p, scan);
            fixed.put(p, ok);
            if (!ok) left.add(p);
            return false;
        });
        if (!fixed.containsValue(Boolean.TRUE)) return sql;
        return replaceParams(sql, p -> Boolean.TRUE.equals(fixed.get(p)), 0);
    }

    /** The functions written inside {@code f} (at any depth) whose parameter {@code p.index()} is named as {@code p}. */
    private static void declaring(Fn f, Param p, List<Fn> out, int depth) {
        if (depth > 8) return;
        for (Fn n : f.nested()) {
            Fn.Param d = n.param(p.index());
            if (d != null && d.name().equals(p.name()) && !out.contains(n)) out.add(n);
            declaring(n, p, out, depth + 1);
        }
    }

    /**
     * {@code g} is an array callback over the entries or keys of an object ({@code Object.entries(where).forEach(([key,
     * value]) => ..)}) and {@code p} is the key it is handed, where every own key of that object is written in the code
     * (an object literal at each caller): a column name the code chose.
     */
    private static boolean entryKeyFixed(Fn g, Param p, Scan scan) {
        CallIndex.Callback cb = scan.index.callback(g);
        if (cb == null || p.index() != 0 || !INDEXED_CALLBACKS.contains(String.valueOf(cb.site().cs().methodName()))) return false;
        Val list = Analysis.receiver(cb.site().cs().callee());
        if (list == null) return false;
        Val elem = Val.member(list, "*");
        for (String seg : p.path()) elem = Val.member(elem, seg);
        Val keyed = Vals.keysOf(elem);
        return keyed != null && literalKeys(keyed, cb.site().fn(), cb.site().file(), 1, scan);
    }

    /** True when nested function {@code g}'s parameter {@code p} is fixed (see {@link #withFixedNested}). */
    private static boolean nestedFixed(Fn g, Param p, Scan scan) {
        CallIndex.Callback cb = scan.index.callback(g);
        if (cb != null && p.index() == 1 && p.path().isEmpty() && INDEXED_CALLBACKS.contains(String.valueOf(cb.site().cs().methodName()))) return true;
        // the element an array callback is handed (Object.entries(row).forEach(([key, value]) => ..)): what the list holds
        Val list = cb == null ? null : Analysis.receiver(cb.site().cs().callee());
        if (list != null && p.index() == 0 && INDEXED_CALLBACKS.contains(String.valueOf(cb.site().cs().methodName()))) {
            Val elem = Val.member(list, "*");
            for (String seg : p.path()) elem = Val.member(elem, seg);
            if (trusted(elem, cb.site().fn(), cb.site().file(), 0, scan)) return true;
        }
        for (Fn.Check c : g.checks()) {
            if (!c.sanitises() || c.kind().equals("type") || !(c.subject() instanceof Param s) || s.index() != p.index()
                    || !s.name().equals(p.name()) || !p.path().subList(0, Math.min(p.path().size(), s.path().size())).equals(s.path())
                    || s.path().size() > p.path().size()) continue;
            FileFacts gf = scan.index.analysis().fnFile(g);
            if (gf != null && !weakCheck(c, gf, scan)) return true;
        }
        List<CallIndex.Site> calls = scan.index.callers(g);
        if (calls.isEmpty()) return false;
        for (CallIndex.Site c : calls) {
            Val a = c.cs().arg(p.index());
            if (a == null) return false;
            for (String seg : p.path()) a = Val.member(a, seg);
            if (!trusted(a, c.fn(), c.file(), 0, scan)) return false;
        }
        return true;
    }

    /** {@code v} with the parameters {@code which} accepts replaced by a placeholder literal. */
    private static Val replaceParams(Val v, java.util.function.Predicate<Param> which, int depth) {
        if (v == null || depth > 16) return v;
        if (v instanceof Param p) return which.test(p) ? new Lit("?") : v;
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(h -> replaceParams(h, which, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(h -> replaceParams(h, which, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(h -> replaceParams(h, which, depth + 1)).toList(), o.test());
        if (v instanceof Arr a) return new Arr(a.items().stream().map(h -> replaceParams(h, which, depth + 1)).toList());
        if (v instanceof Member m) return new Member(replaceParams(m.object(), which, depth + 1), m.prop());
        if (v instanceof Call c) return new Call(replaceParams(c.callee(), which, depth + 1), c.args().stream().map(h -> replaceParams(h, which, depth + 1)).toList(), c.site());
        if (v instanceof New n) return new New(replaceParams(n.callee(), which, depth + 1), n.args().stream().map(h -> replaceParams(h, which, depth + 1)).toList(), n.site());
        if (v instanceof Obj o) {
            Map<String, Val> m = new java.util.LinkedHashMap<>();
            o.props().forEach((k, x) -> m.put(k, replaceParams(x, which, depth + 1)));
            return Val.obj(m);
        }
        return v;
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
    /** An id of the signed-in user's own record or session ({@code req.user.id}, {@code req.user.company_id}, {@code req.session.userId}). */
    private static boolean ownId(Req r) {
        return (r.part().equals("user") || r.part().equals("session")) && !r.path().isEmpty()
                && OWN_ID.matcher(r.path().get(r.path().size() - 1)).matches();
    }

    private static final Pattern OWN_ID = Pattern.compile("id|_id|uuid|[a-z]+(_id|Id|ID|_uuid|Uuid)");

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
    private static final Set<String> JAVA_NOT_TEXT = Set.of("int", "long", "short", "byte", "double", "float", "boolean",
            "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "BigDecimal", "BigInteger", "UUID", "LocalDate",
            "LocalDateTime", "Instant", "OffsetDateTime", "ZonedDateTime", "Date", "Timestamp");

    private static boolean holesTrusted(Val sql, Fn fn, FileFacts file, Scan scan) {
        if (sql instanceof Tpl t) return t.holes().stream().allMatch(h -> trusted(h, fn, file, 0, scan));
        if (sql instanceof Concat c) return c.parts().stream().allMatch(h -> trusted(h, fn, file, 0, scan));
        if (sql instanceof OneOf o) return o.options().stream().allMatch(h -> holesTrusted(h, fn, file, scan));
        return trusted(sql, fn, file, 0, scan);
    }

    /**
     * A value no client chooses: what {@link Vals#isSqlSafe} accepts, plus imported bindings (module constants,
     * enum members, config objects), constants of the same file, environment configuration, a class field whose
     * only recorded assignment is a constant, the clock and random numbers, and string methods applied to such values.
     */
    private static boolean trusted(Val v, Fn fn, FileFacts file, int depth, Scan scan) {
        if (v == null || depth > 20) return false;
        if (Vals.isSqlSafe(v)) return true;
        // a Java parameter declared as a number, UUID, date or boolean (long id, UUID key): no text to splice
        if (v instanceof Param p && p.path().isEmpty() && fn != null && "java".equals(file.language())) {
            Fn.Param d = fn.param(p.index());
            if (d != null && d.name().equals(p.name()) && d.type() != null && JAVA_NOT_TEXT.contains(d.type())) return true;
        }
        if (v instanceof Tpl t) return t.holes().stream().allMatch(h -> trusted(h, fn, file, depth + 1, scan));
        if (v instanceof Concat c) return c.parts().stream().allMatch(h -> trusted(h, fn, file, depth + 1, scan));
        // a field a zod parse admits only as a number, enum, date or uuid (schema.safeParse(req.query).data.limit)
        if (v instanceof Member && scan != null && dev.backcheck.concepts.SchemaParses.narrowField(scan.project, v, file)) return true;
        // a key of an object literal (for (const [k, v] of Object.entries({ status: s })) sets.push(`${k} = ?`)): a name of the code's
        Val keyed = Vals.keysOf(v);
        if (keyed != null) return literalKeys(keyed, fn, file, depth + 1, scan);
        // VALID.includes(sortBy) ? `d.${sortBy}` : 'd.created_at', VALID a constant list: only a listed value reaches the text
        Vals.ListedChoice lc = Vals.listedChoice(v);
        if (lc != null && lc.test().args().size() == 1 && Vals.receiver(lc.test().callee()) != null
                && trusted(Vals.receiver(lc.test().callee()), fn, file, depth + 1, scan)
                && trusted(lc.other(), fn, file, depth + 1, scan) && listedOnly(lc.kept(), lc.test().args().get(0), fn, file, depth + 1, scan)) return true;
        if (v instanceof OneOf o) return o.options().stream().allMatch(h -> trusted(h, fn, file, depth + 1, scan));
        if (v instanceof Arr a) return a.items().stream().allMatch(h -> trusted(h, fn, file, depth + 1, scan));
        if (v instanceof Ref) return true;
        if (v instanceof Local l) {
            Val def = file.symbols().get(l.name());
            if (def == null || def instanceof FnVal || def instanceof ClassRef) return true;
            Val at = def;
            for (String seg : l.path()) at = Val.member(at, seg);
            return trusted(at, fn, file, depth + 1, scan) || at instanceof Member && trusted(def, fn, file, depth + 1, scan);
        }
        if (v instanceof Global g) {
            return g.name().equals("process") && g.path().size() >= 2 && g.path().get(0).equals("env");
        }
        if (v instanceof This t && t.path().size() == 1) {
            ClassInfo c = classOf(fn, file);
            if (c == null) return false;
            for (ClassInfo.Prop p : c.props()) {
                if (p.name().equals(t.path().get(0))) return p.value() != null && !(p.value() instanceof This) && trusted(p.value(), null, file, depth + 1, scan);
            }
            return false;
        }
        // a capture group of one run of word characters (stmt.match(/ALTER\s+TABLE\s+(\w+)/)[1]): a name or a number
        if (v instanceof Member m && m.prop().matches("[1-9]") && m.object() instanceof Call mc
                && dev.backcheck.flow.RegexEscape.wordGroup(matchPattern(mc), Integer.parseInt(m.prop()))) return true;
        if (v instanceof Member m) {
            // a property of a constant object, or a lookup in one (SCOPE[type]): one of its constant values
            return trusted(m.object(), fn, file, depth + 1, scan);
        }
        // a constant map written in the function ({ title: 'p.title ASC', newest: 'p.created_at DESC' })
        if (v instanceof Obj o) return !o.props().isEmpty() && o.props().entrySet().stream()
                .allMatch(e -> !e.getKey().startsWith("...") && trusted(e.getValue(), fn, file, depth + 1, scan));
        if (v instanceof New n) return n.callee() instanceof Global g && (g.name().equals("Date") || g.name().equals("Set") && g.path().isEmpty())
                && n.args().stream().allMatch(a -> trusted(a, fn, file, depth + 1, scan));
        if (v instanceof Call c) {
            if (c.callee() instanceof Global g && CONSTANT_GLOBALS.contains(g.name()) && !g.path().isEmpty()) {
                return c.args().stream().allMatch(a -> trusted(a, fn, file, depth + 1, scan));
            }
            if (c.callee() instanceof Ref r && (r.module().equals("crypto") || r.module().equals("node:crypto"))) return true;
            // table.replace(/[^a-z0-9_]/gi, ''): only letters, digits and _ are left, a name or a number, whoever chose it
            if (c.callee() instanceof Member m && dev.backcheck.flow.RegexEscape.stripsToWordChars(m.prop(), c.args())) return true;
            if (c.callee() instanceof Member m && STRING_METHODS.contains(m.prop())) {
                return trusted(m.object(), fn, file, depth + 1, scan) && c.args().stream().allMatch(a -> trusted(a, fn, file, depth + 1, scan));
            }
            // Java: the class of an object (its runtime type, declared by the code), its names, an annotation of it and
            // that annotation's values (type.getAnnotation(Table.class).value(), an entity's table name)
            if ("java".equals(file.language()) && javaGetClass(c)) return true;
            if ("java".equals(file.language()) && CLASS_METADATA.contains(String.valueOf(Vals.lastName(c.callee())))) {
                Val recv = Analysis.receiver(c.callee());
                if (onClass(c.callee()) || recv != null && (javaGetClass(recv) || trusted(recv, fn, file, depth + 1, scan))) return true;
            }
            if ("java".equals(file.language()) && c.args().isEmpty() && c.callee() instanceof Member m && m.prop().equals("value")
                    && annotationOf(m.object())) return true;
            if (scan != null && depth < 12 && projectCallFixed(c, fn, file, depth, scan)) return true;
        }
        return false;
    }

    /** The pattern of {@code s.match(/re/)} or {@code /re/.exec(s)}, or null. */
    private static Regex matchPattern(Call c) {
        String m = Vals.lastName(c.callee());
        if ("match".equals(m) && c.args().size() == 1 && c.args().get(0) instanceof Regex r) return r;
        if ("exec".equals(m) && Analysis.receiver(c.callee()) instanceof Regex r) return r;
        return null;
    }

    /** {@code type.getAnnotation(X.class)}: an annotation the code declares on a class. */
    private static boolean annotationOf(Val v) {
        return v instanceof Call c && "getAnnotation".equals(Vals.lastName(c.callee()));
    }

    /** True when every own key of {@code o} is written in the code: an object literal (its spreads' keys trusted too), or an array. */
    private static boolean literalKeys(Val o, Fn fn, FileFacts file, int depth, Scan scan) {
        if (depth > 20) return false;
        if (o instanceof Arr) return true;
        if (o instanceof OneOf one) return one.options().stream().allMatch(x -> Vals.isData(x) || literalKeys(x, fn, file, depth + 1, scan));
        // the answer of a zod object parse (profileSchema.parse(req.body), schema.safeParse(body).data): the schema's keys
        if (scan != null && dev.backcheck.concepts.SchemaParses.zodObjectKeys(scan.project, o, file)) return true;
        // a NestJS handler's class-typed DTO behind a whitelisting ValidationPipe, a GraphQL input class: its declared fields
        if ((o instanceof Req || o instanceof Param) && scan != null && scan.engine.fixedKeys(o, fn, file)) return true;
        // a parameter of the function whose every known caller passes an object with keys written in the code
        // (hrService.updateEmployee(id, parseWithSchema(updateSchema, req.body)) then Object.entries(input))
        if (o instanceof Param p && p.path().isEmpty() && fn != null && scan != null && depth < 12 && fn.param(p.index()) != null
                && fn.param(p.index()).name().equals(p.name())) {
            List<CallIndex.Site> callers = scan.callersOf(fn);
            boolean all = !callers.isEmpty();
            for (CallIndex.Site c : callers) {
                Val a = c.cs().arg(p.index());
                if (a == null || !literalKeys(a, c.fn(), c.file(), depth + 4, scan)) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        // a project function's answer (a mapper that copies chosen fields under its own column names): every object it returns
        if (o instanceof Call c && scan != null && depth < 12 && projectCallKeys(c, fn, file, depth, scan)) return true;
        if (!(o instanceof Obj obj)) return trusted(o, fn, file, depth + 1, scan);
        for (Map.Entry<String, Val> e : obj.props().entrySet()) {
            if (e.getKey().startsWith("...") && !literalKeys(e.getValue(), fn, file, depth + 1, scan)) return false;
        }
        return true;
    }

    /**
     * The calls {@code x.name(..)} of method {@code fn}'s name in server code, not on a library's object (see
     * {@link #uncalledMethod}): at least one, each with arguments that make {@code sql} constant.
     */
    private boolean namedCallsConstant(Val sql, Fn fn, Scan scan) {
        List<CallIndex.Site> byName = methodCallsByName(fn, scan);
        if (byName == null) return false;
        int[] maxIndex = {-1};
        anyPart(sql, x -> {
            if (x instanceof Param p) maxIndex[0] = Math.max(maxIndex[0], p.index());
            return false;
        });
        int seen = 0;
        for (CallIndex.Site s : byName) {
            // (an argument left out takes the parameter's default, which the text's Param does not show)
            if (s.cs().args().size() <= maxIndex[0]) return false;
            java.util.Set<Fn> seenFns = new java.util.HashSet<>();
            seenFns.add(fn);
            if (!constantEverywhere(bindCalls(sql, s.cs().args(), 0), s.fn(), s.file(), scan, 1, seenFns)) return false;
            seen++;
        }
        return seen > 0;
    }

    /**
     * The calls {@code x.name(..)} of a class method's name in server code, outside tests, on no library's object (the
     * receiver's root module is the project's or unresolved), when the index resolves no plain call of that name; null when
     * {@code fn} is no named class method or plain calls of its name exist. Both by-name readings above ask it.
     */
    private static List<CallIndex.Site> methodCallsByName(Fn fn, Scan scan) {
        if (fn == null || fn.name().isEmpty() || fn.name().equals("constructor") || scan.index.ownerOf(fn) == null) return null;
        if (!scan.index.sites(fn.name()).isEmpty()) return null;
        dev.backcheck.concepts.ServerCode sc = dev.backcheck.concepts.ServerCode.of(scan.project);
        List<CallIndex.Site> out = new ArrayList<>();
        for (CallIndex.Site s : scan.index.sites("*." + fn.name())) {
            if (sc.browserCode(s.file().path()) || scan.project.isTestPath(s.file().path())) continue;
            String root;
            try {
                root = scan.project.rootModule(s.cs().callee(), s.file());
            } catch (RuntimeException e) {
                root = null;
            }
            if (root != null && !root.startsWith(".")) continue;
            out.add(s);
        }
        return out;
    }

    private record NamedFlow(Flow flow, List<Location> hops, String names) { }

    /**
     * A request flow into {@code v} (text holding parameters of {@code fn}) through {@code fn}'s callers: the ones the index
     * resolves, and for a class method it resolves none for, the calls {@code x.name(..)} of its name in server code on no
     * library's object (a method a container's instance is called with). At each call the text is bound to the call's
     * arguments and traced in the caller; up to {@link #MAX_CALLER_DEPTH} callers up. Null when no caller hands on request data.
     */
    private NamedFlow namedRequestFlow(Val v, Fn fn, FileFacts file, Scan scan, int depth, java.util.Set<Fn> seen, List<Location> hops) {
        if (fn == null || depth >= MAX_CALLER_DEPTH || !seen.add(fn)) return null;
        List<CallIndex.Site> sites = new ArrayList<>(scan.callersOf(fn));
        boolean byName = false;
        List<CallIndex.Site> named = sites.isEmpty() ? methodCallsByName(fn, scan) : null;
        if (named != null) {
            for (CallIndex.Site s : named) {
                if (s.fn() == fn) continue;
                // the object is named for the method's class (this.serverRepository for ServerRepository): another class's
                // method of the same name is not this one
                Val recv = dev.backcheck.model.Analysis.receiver(s.cs().callee());
                String rn = recv == null ? null : Vals.lastName(recv);
                String owner = scan.index.ownerOf(fn).name();
                if (rn == null || owner == null || !rn.equalsIgnoreCase(owner)) continue;
                sites.add(s);
            }
            byName = true;
        }
        for (CallIndex.Site c : sites) {
            if (c.cs().args().isEmpty()) continue;
            Val b = bindCalls(v, c.cs().args(), 0);
            Location hop = c.cs().location().withMessage("passed to " + (fn.name().isEmpty() ? "a function" : fn.name() + "()")
                    + (byName ? " (called by name)" : ""));
            // only the calls the index does not resolve are new here: a resolved caller's flow the engine already traced
            if (byName) {
                Flow f;
                try {
                    f = scan.engine.trace(b, c.fn(), c.file(), KIND, c.cs());
                } catch (RuntimeException e) {
                    f = null;
                }
                if (f != null) {
                    List<Location> hs = new ArrayList<>();
                    hs.add(hop);
                    hs.addAll(hops);
                    return new NamedFlow(f, hs, (c.fn().name().isEmpty() ? "a function" : c.fn().name() + "()") + " → " + fn.name() + "()");
                }
            }
            if (!anyPart(b, x -> x instanceof Param)) continue;
            List<Location> next = new ArrayList<>();
            next.add(hop);
            next.addAll(hops);
            NamedFlow up = namedRequestFlow(b, c.fn(), c.file(), scan, depth + 1, seen, next);
            if (up != null) return new NamedFlow(up.flow(), up.hops(), up.names() + (fn.name().isEmpty() ? "" : " → " + fn.name() + "()"));
        }
        return null;
    }

    private static boolean uncalledMethod(Fn fn, Scan scan) {
        if (fn == null || fn.name().isEmpty() || fn.name().equals("constructor") || !fn.decorators().isEmpty()
                || scan.index.ownerOf(fn) == null) return false;
        if (!scan.index.sites(fn.name()).isEmpty()) return false;
        // x.name(..) calls made in browser code (a React page beside the API) or on a library's object
        // (React.Children.count(children)) are no calls of the server's method
        dev.backcheck.concepts.ServerCode sc = dev.backcheck.concepts.ServerCode.of(scan.project);
        for (CallIndex.Site s : scan.index.sites("*." + fn.name())) {
            if (sc.browserCode(s.file().path())) continue;
            String root;
            try {
                root = scan.project.rootModule(s.cs().callee(), s.file());
            } catch (RuntimeException e) {
                root = null;
            }
            if (root != null && !root.startsWith(".")) continue;
            return false;
        }
        return true;
    }

    /** A call of a project function every return of which, with its parameters bound to the call's arguments, has keys written in the code. */
    private static boolean projectCallKeys(Call c, Fn fn, FileFacts file, int depth, Scan scan) {
        Project.FnRef t = c.callee() instanceof FnVal f ? new Project.FnRef(f.fn(), file)
                : fn == null ? null : scan.index.resolve(c.callee(), false, file, fn);
        if (t == null || t.fn() == fn || t.fn().returns().isEmpty()) return false;
        FileFacts tf = t.file() == null ? file : t.file();
        for (Val r : t.fn().returnValues()) {
            if (!literalKeys(bindCalls(r, c.args(), 0), t.fn(), tf, depth + 4, scan)) return false;
        }
        return true;
    }

    /**
     * A call of a project function (a local helper, an imported one) every return of which, with its parameters bound
     * to the call's arguments, is fixed by the code, or is a value a rejecting check of that function narrowed (a name
     * answered only when an allow-list holds it).
     */
    private static boolean projectCallFixed(Call c, Fn fn, FileFacts file, int depth, Scan scan) {
        Project.FnRef t;
        if (c.callee() instanceof FnVal f) {
            t = new Project.FnRef(f.fn(), file);
        } else {
            t = fn == null ? null : scan.index.resolve(c.callee(), false, file, fn);
        }
        if (t == null || t.fn() == fn || t.fn().returns().isEmpty()) return false;
        FileFacts tf = t.file() == null ? file : t.file();
        for (int i = 0; i < t.fn().returns().size(); i++) {
            if (narrowed(t.fn().returns().get(i), t.fn(), tf, scan)) continue;
            Val r = t.fn().returnValue(i);
            // a quoting helper: `"${name}"` returned after the name passed the helper's rejecting pattern test
            if ((r instanceof Tpl || r instanceof Concat) && partsNarrowed(r, t.fn(), tf, c.args(), depth, scan)) continue;
            if (!trusted(bindCalls(r, c.args(), 0), t.fn(), tf, depth + 4, scan)) return false;
        }
        return true;
    }

    /**
     * Every hole of built text {@code r} returned by {@code fn} is a value a rejecting check of {@code fn} narrowed, or
     * is fixed by the code once bound to the call's arguments ({@code if (!/^[a-z_]+$/.test(name)) throw ...; return `"${name}"`}).
     */
    private static boolean partsNarrowed(Val r, Fn fn, FileFacts file, List<Val> args, int depth, Scan scan) {
        List<Val> holes = r instanceof Tpl t ? t.holes() : ((Concat) r).parts();
        boolean any = false;
        for (Val h : holes) {
            if (narrowed(h, fn, file, scan)) {
                any = true;
                continue;
            }
            if (!trusted(bindCalls(h, args, 0), fn, file, depth + 4, scan)) return false;
        }
        return any;
    }

    /**
     * True when a rejecting range or format check of {@code fn} (an allow-list, an anchored pattern) tested {@code v},
     * or {@code fn} looks {@code v} up in a constant list or set of its file ({@code ALLOWED.has(v)}) and every other
     * value it answers is a literal ({@code if (!ALLOWED.has(name)) return 'simple'; return name;}).
     */
    private static boolean narrowed(Val v, Fn fn, FileFacts file, Scan scan) {
        for (Fn.Check c : fn.checks()) {
            if (c.sanitises() && !c.kind().equals("type") && v.equals(c.subject()) && !weakCheck(c, file, scan)) return true;
        }
        for (Val r : fn.returns()) if (!r.equals(v) && Val.constString(r) == null) return false;
        for (CallSite cs : fn.calls()) {
            if (cs.args().size() != 1 || !v.equals(cs.arg(0)) || !Vals.ALLOW_LIST_METHODS.contains(String.valueOf(cs.methodName()))) continue;
            Val recv = Analysis.receiver(cs.callee());
            Val def = recv instanceof Local l && l.path().isEmpty() ? file.symbols().get(l.name()) : recv;
            if (def instanceof New n && "Set".equals(Vals.lastName(n.callee())) && n.args().size() == 1) def = n.args().get(0);
            if (def instanceof Arr a && !a.items().isEmpty() && Vals.isData(a)) return true;
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

    /**
     * The SQL text of a sink argument: pg's config object ({ text, values }), strings passed through string
     * methods ("SELECT ...".concat(x), `...`.trim()), and for Prisma.sql([text]) the array's items.
     */
    private static Val sqlText(Val arg, Api api) {
        Val v = arg;
        if (api.has("array")) {
            if (!(v instanceof Arr a) || a.items().size() != 1) return null;
            v = a.items().get(0);
        }
        for (int i = 0; i < 8; i++) {
            if (v instanceof Obj o && (o.props().containsKey("text") || o.props().containsKey("sql"))) {
                v = o.props().containsKey("text") ? o.props().get("text") : o.props().get("sql");
            } else if (v instanceof Call c && c.callee() instanceof Member m
                    && Set.of("trim", "trimStart", "trimEnd", "toString", "replace", "replaceAll", "concat", "normalize").contains(m.prop())) {
                if (m.prop().equals("concat")) {
                    List<Val> parts = new ArrayList<>();
                    parts.add(m.object());
                    parts.addAll(c.args());
                    v = new Concat(List.copyOf(parts));
                } else {
                    v = m.object();
                }
            } else {
                break;
            }
        }
        return v;
    }

    /** True when {@code createQueryBuilder(...)} is upstream of the call in its chain (TypeORM, MikroORM). */
    private static boolean queryBuilder(Val callee) {
        return queryBuilder(callee, 0);
    }

    private static boolean queryBuilder(Val callee, int depth) {
        Val cur = callee;
        for (int i = 0; i < 24 && cur != null && depth < 4; i++) {
            if (cur instanceof Call c) {
                String n = Vals.lastName(c.callee());
                if ("createQueryBuilder".equals(n)) return true;
                cur = c.callee();
            } else if (cur instanceof Member m) {
                cur = m.object();
            } else if (cur instanceof OneOf o) {
                // let qb = repo.createQueryBuilder('x'); if (...) qb = qb.where(...): either builder
                for (Val x : o.options()) if (queryBuilder(x, depth + 1)) return true;
                return false;
            } else {
                cur = Analysis.receiver(cur);
            }
        }
        return false;
    }
}
