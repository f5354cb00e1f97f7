package dev.backcheck.rules.injection;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.concepts.SourceLines;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Import;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;
import dev.backcheck.workspace.PackageJson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Client objects in MongoDB / Mongoose query filters. A JSON body (and Express 4's qs query parser:
 * {@code user[$ne]=x}) can carry an object where the code expects a string, and MongoDB reads an object with
 * {@code $} keys as an operator: {@code findOne({ user, password })} with {@code {"$ne": null}} matches any
 * document. Mongoose's schema casting does not stop it: a String path casts the operand of {@code $ne},
 * {@code $gt}, {@code $regex}, {@code $in} ... but accepts the operator (lib/cast.js, SchemaString
 * {@code $conditionalHandlers}); only {@code sanitizeFilter} wraps such objects in {@code $eq}.
 *
 * <p>Reported: a filter that is a whole request object ({@code find(req.body)}), a filter field whose value is
 * request data not cast to a string, {@code findById} with such a value, request text in {@code $where} or in
 * mapReduce functions, and aggregation pipelines (or {@code $match} stages) from the request. Not reported: a
 * string cast ({@code String(x)}, a template, {@code x.toString()}, string methods), numbers, ObjectId
 * construction, schema-parsed or framework-validated input, operators the code writes itself
 * ({@code { $eq: x }}), routes behind express-mongo-sanitize or a hand-written key sanitiser (MongoSanitizers), calls
 * after mongo-sanitize, request values that only fill a {@code $regex}/{@code $options} operand (TaintEngine), and Mongoose models
 * when {@code mongoose.set('sanitizeFilter', true)} (or the connection option) is set.
 */
@RuleId("injection/nosql-operator")
public final class NosqlOperatorRule implements Rule {
    static final String KIND = "nosql";
    /** $where and mapReduce: request text of any shape is code. */
    static final String CODE_KIND = "nosql-code";
    private static final int MAX_UP = 4;

    /** One reportable flow: where the object goes ("the filter", "field `email`"), and why it is dangerous. */
    private record Hit(Flow flow, String position, boolean code, Location at, String why) {
        Hit(Flow flow, String position, boolean code, Location at) {
            this(flow, position, code, at, null);
        }
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        TaintEngine engine = TaintEngine.of(project);
        Mongo mongo = Mongo.of(project);
        Set<String> done = new HashSet<>();
        for (SinkSite s : engine.sinks(KIND)) {
            if (project.isTestPath(s.file().path())) continue;
            String target = mongo.target(s.site());
            if (target == null) continue;
            if (target.equals("mongoose") && mongo.sanitizeFilter() != null) continue;
            Location at = s.cs().location();
            if (done.contains(at.path() + ":" + at.line() + ":" + at.column())) continue;
            Walk w = new Walk(project, engine, mongo, s);
            String role = s.model().when() == null ? "filter" : s.model().when();
            Ctx c = new Ctx(s.fn(), s.file(), s.cs(), List.of(), 0);
            switch (role) {
                case "id" -> w.value(s.value(), "the id", c);
                case "where" -> w.code(s.value(), "$where", c);
                case "mapreduce" -> w.mapReduce(s.value(), c);
                case "pipeline" -> w.pipeline(s.value(), c);
                default -> {
                    // Model.where('name', value): a field and its value; Model.where(obj): a filter
                    if (s.cs().methodName() != null && s.cs().methodName().equals("where") && Val.constString(s.value()) != null) {
                        w.value(s.cs().arg(1), "field `" + Val.constString(s.value()) + "`", c);
                    } else w.filter(s.value(), c);
                }
            }
            Hit h = w.hits.isEmpty() ? null : w.hits.get(0);
            if (h == null) continue;
            done.add(at.path() + ":" + at.line() + ":" + at.column());
            String framework = TaintRule.frameworkOf(project, s.file().path());
            String src = TaintEngine.describe(h.flow().source());
            String api = api(s, target);
            String message;
            if (h.code()) {
                message = h.flow().origin() + " reaches " + h.position() + " of " + api + h.flow().through()
                        + ". MongoDB runs it as JavaScript on the server: a client can rewrite the query (always true) or make it slow.";
            } else {
                String why = h.why();
                boolean whole = h.position().equals("the filter") || h.position().equals("the pipeline") || h.position().equals("a pipeline stage");
                message = h.flow().origin() + " is " + h.position() + " of " + api + h.flow().through()
                        + (whole ? ". " : " without a string cast. ") + why + " MongoDB reads an object with `$` keys as an operator"
                        + (h.position().equals("the filter") ? " (a whole filter may add `$where` or `$or`)"
                            : whole ? " (a pipeline from the client can read other collections with `$lookup` or write with `$out`)"
                            : " (`{\"$ne\": null}` matches every document)")
                        + (target.equals("mongoose") ? "; Mongoose's schema casting keeps the operator." : ".");
            }
            // an un-cast field of a read-only lookup (findOne({ email })): the client widens what it reads, which a later
            // password or ownership check often still gates; writes, deletes, whole filters and $where stay errors
            boolean lookupOnly = !h.code() && READS.contains(String.valueOf(s.cs().methodName()))
                    && !h.position().equals("the filter") && !h.position().startsWith("the pipeline") && !h.position().equals("a pipeline stage");
            if (lookupOnly) message += " This call only reads: the client can widen the match to records it did not name.";
            ctx.report(at, message)
                    .level(lookupOnly ? dev.backcheck.findings.Level.WARNING : dev.backcheck.findings.Level.ERROR)
                    .related(h.flow().sourceAt(), src + " is read here")
                    .flow(h.flow().to(h.at(), "reaches " + api).steps())
                    .fix(ctx.meta().fixText(framework, h.code() ? "where" : target))
                    .property("source", src.replace("`", ""))
                    .property("sink", api)
                    .add();
        }
    }

    /** Methods that only read: an operator in their filter widens a lookup, it changes nothing. */
    private static final Set<String> READS = Set.of("find", "findOne", "findById", "countDocuments", "count", "exists", "distinct",
            "estimatedDocumentCount");

    private static String api(SinkSite s, String target) {
        String m = s.cs().methodName();
        return (target.equals("mongoose") ? "Mongoose " : "MongoDB ") + m + "()";
    }

    /** Where a value is judged: its function, file, the call it is an argument of, and the steps that led here from callers. */
    record Ctx(Fn fn, FileFacts file, CallSite at, List<Location> down, int up) { }

    /** The structural walk of one sink argument: filter objects by key, values through the flow engine. */
    private static final class Walk {
        final Project project;
        final TaintEngine engine;
        final Mongo mongo;
        final SinkSite sink;
        final List<Hit> hits = new ArrayList<>();
        int budget = 400;

        Walk(Project project, TaintEngine engine, Mongo mongo, SinkSite sink) {
            this.project = project;
            this.engine = engine;
            this.mongo = mongo;
            this.sink = sink;
        }

        /** A filter: keys are fields (values judged) or operators; a whole filter from the request is reported. */
        void filter(Val v, Ctx c) {
            if (v == null || --budget < 0 || !hits.isEmpty()) return;
            if (v instanceof Obj o) {
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    String k = e.getKey();
                    Val x = e.getValue();
                    if (k.startsWith("...")) filter(x, c);
                    else if (k.equals("$and") || k.equals("$or") || k.equals("$nor")) {
                        if (x instanceof Arr a) for (Val item : a.items()) filter(item, c);
                        else filter(x, c);
                    } else if (k.equals("$where")) code(x, "$where", c);
                    else if (k.startsWith("$")) continue;
                    else value(x, "field `" + k + "`", c);
                }
                return;
            }
            if (v instanceof OneOf o) {
                for (Val x : o.options()) filter(x, c);
                return;
            }
            if (v instanceof Lit || v instanceof Tpl || v instanceof Concat || v instanceof Regex || v instanceof FnVal) return;
            if (v instanceof Param p && p.path().isEmpty() && callers(p, c, (a, cc) -> filter(a, cc))) return;
            object(v, "the filter", c);
        }

        /** A value compared for equality: an object from the request is an operator. Operators the code wrote are its own. */
        void value(Val v, String position, Ctx c) {
            if (v == null || --budget < 0 || !hits.isEmpty()) return;
            if (v instanceof Obj || v instanceof Arr || v instanceof Lit || v instanceof Tpl || v instanceof Concat || v instanceof Regex) return;
            // typeof q === 'string' ? q : undefined: the value goes on only as a string
            if (v instanceof OneOf o && TaintEngine.typeofStringKept(o, c.fn())) return;
            if (v instanceof OneOf o) {
                for (Val x : o.options()) value(x, position, c);
                return;
            }
            if (v instanceof Param p && p.path().isEmpty() && callers(p, c, (a, cc) -> value(a, position, cc))) return;
            object(v, position, c);
        }

        /** Request data of any kind in JavaScript the server runs. */
        void code(Val v, String position, Ctx c) {
            if (v == null || !hits.isEmpty()) return;
            Flow f = engine.trace(v, c.fn(), c.file(), CODE_KIND, c.at());
            if (f != null) hits.add(new Hit(withDown(f, c), position, true, argAt(c)));
        }

        void mapReduce(Val v, Ctx c) {
            if (v instanceof Obj o) {
                for (String k : List.of("map", "reduce", "finalize")) if (o.props().containsKey(k)) code(o.props().get(k), "the " + k + " function", c);
                if (o.props().containsKey("query")) filter(o.props().get("query"), c);
                return;
            }
            if (v instanceof FnVal) return;
            code(v, "a mapReduce function", c);
        }

        void pipeline(Val v, Ctx c) {
            if (v instanceof Arr a) {
                for (Val stage : a.items()) {
                    if (stage instanceof Obj o) {
                        if (o.props().containsKey("$match")) filter(o.props().get("$match"), c);
                        for (Map.Entry<String, Val> e : o.props().entrySet()) {
                            if (e.getKey().startsWith("...")) object(e.getValue(), "a pipeline stage", c);
                        }
                    } else if (!(stage instanceof Lit)) object(stage, "a pipeline stage", c);
                }
                return;
            }
            if (v instanceof Param p && p.path().isEmpty() && callers(p, c, (x, cc) -> pipeline(x, cc))) return;
            if (v == null || v instanceof Lit) return;
            object(v, "the pipeline", c);
        }

        /** A request value that may be an object reaching {@code position}: traced by the engine (string casts end it). */
        void object(Val v, String position, Ctx c) {
            if (!hits.isEmpty()) return;
            if (stringy(v, c, 0) || stringUseBefore(v, c)) return;
            Flow f = engine.trace(v, c.fn(), c.file(), KIND, c.at());
            if (f == null) return;
            String why = why(f.source());
            // a whole query string as the filter: its keys are the filter's keys (?$where=... runs JavaScript), whatever the parser
            if (why == null && position.equals("the filter") && f.source().part().equals("query") && f.source().path().isEmpty()) {
                why = "The query string's keys become the filter's keys, so `?$where=...` runs JavaScript in MongoDB.";
            }
            if (why == null) return;
            if (mongo.sanitizedRoute(f)) return;
            hits.add(new Hit(withDown(f, c), position, false, argAt(c), why));
        }

        /** Methods strings have and plain objects and arrays lack: called on an object they throw a TypeError. */
        private static final Set<String> STRING_ONLY = Set.of("trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase",
                "toLocaleLowerCase", "toLocaleUpperCase", "startsWith", "endsWith", "split", "charAt", "charCodeAt", "codePointAt",
                "padStart", "padEnd", "normalize", "localeCompare", "match", "matchAll", "replace", "replaceAll", "substring",
                "substr", "search", "repeat");

        /**
         * {@code v} had a string-only method called on it ({@code email.trim()}, {@code name.toLowerCase()},
         * {@code id.split(':')}) before {@code c.at()} on every path there: an object throws a TypeError at that call and
         * never reaches the sink. The call must run whenever the sink does (same or fewer enclosing conditions, not in a
         * loop the sink is outside of, not skipped by a short-circuit or {@code ?.} on its line), and a throw there must
         * not be swallowed on the way: either the sink is in the same try block, or in its catch under a test of the
         * error's code that a TypeError does not pass ({@code if (err.code === 11000)}), with no database write before
         * the call in the try block that could raise that code for an object value.
         */
        boolean stringUseBefore(Val v, Ctx c) {
            if (c.fn() == null || c.at() == null || c.file() == null) return false;
            if (!(v instanceof Req || v instanceof Param || v instanceof Local || v instanceof Member)) return false;
            CallSite sink = c.at();
            Location s = sink.location();
            for (CallSite cs : c.fn().calls()) {
                String m = cs.methodName();
                if (m == null || !STRING_ONLY.contains(m)) continue;
                if (!v.equals(Analysis.receiver(cs.callee()))) continue;
                Location l = cs.location();
                if (!l.path().equals(s.path()) || Location.ORDER.compare(l, s) >= 0 || s.spans(l)) continue;
                if (!sink.guards().containsAll(cs.guards())) continue;
                Fn.Loop loop = c.fn().loopAround(l);
                if (loop != null && !loop.contains(s)) continue;
                if (!throwReachesPastSink(c, cs)) continue;
                if (!alwaysCalled(c.file(), cs, m)) continue;
                return true;
            }
            return false;
        }

        private boolean throwReachesPastSink(Ctx c, CallSite cs) {
            Location l = cs.location(), s = c.at().location();
            for (Fn.Catch k : c.fn().catches()) {
                if (!k.inBlock(l) || k.inBlock(s)) continue;
                if (!k.inBody(s) || !errorCodeTest(c.at().guards())) return false;
                DbClients db = DbClients.of(project);
                for (CallSite o : c.fn().calls()) {
                    if (!k.inBlock(o.location()) || Location.ORDER.compare(o.location(), l) >= 0) continue;
                    DbClients.Op op = db.op(new CallIndex.Site(c.fn(), c.file(), o, List.of()));
                    if (op != null && op.kind() == DbClients.Kind.WRITE) return false;
                }
            }
            return true;
        }

        /** A guard that the caught error carries a given code ({@code err.code === 11000}): a TypeError carries none. */
        private static boolean errorCodeTest(List<CallSite.Guard> guards) {
            for (CallSite.Guard g : guards) {
                if (g.op().equals("truthy") || g.op().equals("==") != g.holds()) continue;
                if (!(g.left() instanceof Member em && em.object() instanceof Unknown u && u.kind().equals("error"))) continue;
                if (!Set.of("code", "errno", "codeName").contains(em.prop())) continue;
                Object lit = g.right() instanceof Lit rl ? rl.value() : null;
                if (lit instanceof Double || lit instanceof String str && !str.startsWith("ERR_")) return true;
            }
            return false;
        }

        private final Map<String, List<String>> lines = new java.util.HashMap<>();

        /**
         * The call is not skipped by its own line: no {@code ?}, {@code ||}, type test or other {@code &&} operand in the
         * expression before it (only {@code x && x.trim()}, which an object passes), and not {@code x.trim?.()}.
         */
        private boolean alwaysCalled(FileFacts file, CallSite cs, String method) {
            List<String> ls = lines.computeIfAbsent(file.path(), p -> SourceLines.read(project, p));
            Location l = cs.location();
            if (l.line() < 1 || l.line() > ls.size()) return false;
            String line = ls.get(l.line() - 1);
            int col = l.column() - 1;
            if (col < 0 || col > line.length()) return false;
            int dot = line.indexOf("." + method, col);
            if (dot < 0) return false;
            String receiver = line.substring(col, dot).strip();
            String after = line.substring(dot + 1 + method.length()).stripLeading();
            if (after.startsWith("?.") || receiver.isEmpty()) return false;
            String before = line.substring(0, col);
            int cut = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf('{'), before.lastIndexOf('}')));
            before = before.substring(cut + 1);
            if (before.contains("?") || before.contains("||") || before.contains("typeof") || before.contains("instanceof")
                    || before.matches("(?s).*\\bis[A-Z]\\w*\\(.*")) return false;
            String[] operands = before.split("&&", -1);
            for (int i = 0; i < operands.length - 1; i++) {
                String o = operands[i].strip().replaceFirst("^(if|while|return|const\\s+\\w+\\s*=|let\\s+\\w+\\s*=)?\\s*\\(*\\s*", "").strip();
                if (!o.equals(receiver)) return false;
            }
            return true;
        }

        private static final Set<String> STRING_RESULTS = Set.of("String", "toString", "trim", "trimStart", "trimEnd", "toLowerCase",
                "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "replace", "replaceAll", "slice", "substring", "substr",
                "padStart", "padEnd", "normalize", "join", "charAt", "repeat", "concat", "encodeURIComponent", "toFixed",
                "Number", "parseInt", "parseFloat", "toISOString");

        /**
         * A call of a project function that returns only strings (or numbers): {@code normalizePhone(p)} returning
         * {@code p.replace(...).slice(-10)}, and {@code p} itself only where it is falsy ({@code if (!p) return p}).
         */
        boolean stringy(Val v, Ctx c, int depth) {
            if (!(v instanceof Call call) || depth > 2 || c.fn() == null) return false;
            Project.FnRef f;
            try {
                f = project.function(call.callee(), c.file());
                if (f == null) f = engine.index().analysis().resolveCallee(call.callee(), c.file(), c.fn());
            } catch (RuntimeException e) {
                return false;
            }
            if (f == null || f.fn() == c.fn() || f.fn().returns().isEmpty()) return false;
            for (Val r : f.fn().returns()) if (!stringResult(r, f.fn(), new Ctx(f.fn(), f.file(), null, List.of(), c.up()), depth)) return false;
            return true;
        }

        private boolean stringResult(Val r, Fn fn, Ctx c, int depth) {
            if (r instanceof Lit || r instanceof Tpl || r instanceof Concat) return true;
            if (r instanceof OneOf o) {
                for (Val x : o.options()) if (!stringResult(x, fn, c, depth)) return false;
                return true;
            }
            if (r instanceof Param p && p.path().isEmpty()) {
                // if (!p) return p: only a falsy value comes back unchanged
                for (Fn.Check k : fn.checks()) if (k.kind().equals("presence") && k.subject() instanceof Param q && q.index() == p.index() && q.path().isEmpty()) return true;
                // if (!p) return p; return p.replace(...): the same parameter is otherwise returned through string methods
                for (Val other : fn.returns()) {
                    if (other instanceof Call oc && STRING_RESULTS.contains(String.valueOf(Vals.lastName(oc.callee()))) && rootParam(oc) == p.index()) return true;
                }
                return false;
            }
            if (r instanceof Call rc) {
                String m = Vals.lastName(rc.callee());
                if (m != null && STRING_RESULTS.contains(m)) return true;
                return stringy(r, c, depth + 1);
            }
            return false;
        }

        /** The parameter a method chain starts from ({@code p.replace(..).slice(..)} → p's index), or -1. */
        private static int rootParam(Val v) {
            for (int i = 0; i < 8 && v != null; i++) {
                if (v instanceof Param p) return p.index();
                if (v instanceof Call c) v = c.callee();
                else if (v instanceof Member m) v = m.object();
                else return -1;
            }
            return -1;
        }

        private Location argAt(Ctx c) {
            return sink.argLocation();
        }

        /** The flow, then the calls from where it was found down to the sink's function. */
        private Flow withDown(Flow f, Ctx c) {
            if (c.down().isEmpty()) return f;
            List<Location> steps = new ArrayList<>(f.steps());
            steps.addAll(c.down());
            return new Flow(f.source(), List.copyOf(steps));
        }

        /**
         * A parameter: judged as each caller passes it (so an object literal built by the caller keeps its keys).
         * False when the function has no known caller (the engine then gets the parameter as a value).
         */
        boolean callers(Param p, Ctx c, java.util.function.BiConsumer<Val, Ctx> judge) {
            if (c.up() >= MAX_UP || c.fn() == null) return false;
            List<CallIndex.Site> sites = engine.index().callers(c.fn());
            if (sites.isEmpty()) return false;
            String name = c.fn().name().isEmpty() ? "a function" : c.fn().name() + "()";
            String pname = c.fn().param(p.index()) == null ? "#" + p.index() : c.fn().param(p.index()).name();
            for (CallIndex.Site s : sites) {
                if (!hits.isEmpty()) break;
                if (project.isTestPath(s.file().path())) continue;
                Val a = s.cs().arg(p.index());
                if (a == null) continue;
                List<Location> down = new ArrayList<>();
                down.add(s.cs().argLocation(p.index()).withMessage("passed to " + name + " as " + pname));
                down.addAll(c.down());
                judge.accept(a, new Ctx(s.fn(), s.file(), s.cs(), List.copyOf(down), c.up() + 1));
            }
            return true;
        }

        /** Why the request part can hold an object, or null when it cannot (path params, headers, Express 5 queries). */
        String why(Req q) {
            return mongo.objectReason(q, sink.file().path());
        }
    }

    // ---------------------------------------------------------------------------------------------- Mongo

    /**
     * What the project says about MongoDB: which receivers are Mongoose models or mongodb collections, whether
     * Mongoose sanitises filters, which request parts can carry objects, and which routes express-mongo-sanitize covers.
     */
    static final class Mongo {
        private final Project project;
        private final CallIndex index;
        private final Location sanitizeFilter;
        private final boolean mongoProject;

        static Mongo of(Project p) {
            return p.derived(Mongo.class, Mongo::new);
        }

        private Mongo(Project project) {
            this.project = project;
            this.index = CallIndex.of(project);
            this.mongoProject = project.dependsOn("mongoose") || project.dependsOn("mongodb") || project.dependsOn("@nestjs/mongoose")
                    || project.dependsOn("@typegoose/typegoose") || project.files().values().stream()
                    .anyMatch(f -> f.imports().values().stream().anyMatch(i -> i.module().equals("mongoose") || i.module().equals("mongodb")));
            this.sanitizeFilter = findSanitizeFilter();
        }

        /** {@code mongoose.set('sanitizeFilter', true)}, or a connection opened with {@code sanitizeFilter: true}; null when none. */
        Location sanitizeFilter() {
            return sanitizeFilter;
        }

        private Location findSanitizeFilter() {
            for (CallIndex.Site s : index.sites("*.set")) {
                if (s.cs().args().size() < 2 || !"sanitizeFilter".equals(Val.constString(s.cs().arg(0)))) continue;
                if (s.cs().arg(1) instanceof Lit l && Boolean.TRUE.equals(l.value()) && isMongooseRoot(s)) return s.cs().location();
            }
            for (String k : List.of("*.connect", "*.createConnection", "*.openUri", "*.forRoot")) {
                for (CallIndex.Site s : index.sites(k)) {
                    // mongoose.connect(uri, { sanitizeFilter: true }), MongooseModule.forRoot(uri, { sanitizeFilter: true })
                    String root = project.rootModule(s.cs().callee(), s.file());
                    if (!"mongoose".equals(root) && !"@nestjs/mongoose".equals(root)) continue;
                    for (Val a : s.cs().args()) {
                        Val r = project.resolve(a, s.file()).val();
                        if (r instanceof Obj o && o.props().get("sanitizeFilter") instanceof Lit l && Boolean.TRUE.equals(l.value())) {
                            return s.cs().location();
                        }
                    }
                }
            }
            return null;
        }

        private boolean isMongooseRoot(CallIndex.Site s) {
            String root = project.rootModule(s.cs().callee(), s.file());
            return "mongoose".equals(root);
        }

        // ------------------------------------------------------------------ receivers

        /** "mongoose" when the call's receiver is a Mongoose model, "mongodb" for a driver collection, else null. */
        String target(CallIndex.Site s) {
            if (!mongoProject) return null;
            Val recv = Analysis.receiver(s.cs().callee());
            if (recv == null) return null;
            return target(recv, s.fn(), s.file(), 0);
        }

        /** The receiver's kind, from the concept that knows every ORM's receivers ({@link DbClients#mongoTarget}). */
        String target(Val recv, Fn fn, FileFacts f, int depth) {
            return DbClients.of(project).mongoTarget(recv, fn, f, depth);
        }

        String rootOf(Val v, FileFacts f) {
            return DbClients.of(project).rootOf(v, f);
        }

        ClassInfo ownerClass(Fn fn, FileFacts f) {
            return DbClients.of(project).ownerClass(fn, f);
        }

        // ------------------------------------------------------------------ request parts

        /**
         * Why {@code q} can hold an object, in words for the message; null when it cannot: path parameters and
         * headers are strings, Express 5 (and Nest 11+) parse queries with the simple parser, Fastify's and
         * Hono's query values are strings.
         */
        String objectReason(Req q, String path) {
            String fw = TaintRule.frameworkOf(project, path);
            switch (q.part()) {
                case "body" -> {
                    return switch (fw) {
                        case "fastify" -> "A JSON request body can hold an object there (no body schema types it).";
                        case "hono" -> "A JSON request body (c.req.json()) can hold an object there.";
                        case "nestjs" -> "A JSON request body can hold an object there (no DTO validation types it).";
                        default -> {
                            int b = expressBodies();
                            yield b == 0 ? null : b == 2 ? "A form body parsed with extended: true (qs) can hold an object there (`x[$ne]=`)."
                                    : "A JSON request body (express.json()) can hold an object there.";
                        }
                    };
                }
                case "query" -> {
                    if (fw.equals("fastify") || fw.equals("hono")) return null;
                    if (!qsQueries(fw)) return null;
                    return fw.equals("nestjs")
                            ? "Nest on Express 4 parses query strings with qs, so `?x[$ne]=` makes an object."
                            : "Express 4 parses query strings with qs, so `?x[$ne]=` makes an object.";
                }
                default -> {
                    return null;
                }
            }
        }

        private Integer bodies;

        /**
         * How an Express app's bodies can carry objects: 1 a JSON parser is created (express.json(), bodyParser.json()),
         * 2 only urlencoded parsers with extended (qs) parsing, 0 only urlencoded parsers with extended: false (strings);
         * 1 when the project creates no known parser (a parser the model does not know may produce objects).
         */
        private synchronized int expressBodies() {
            if (bodies != null) return bodies;
            boolean json = false, extended = false, simple = false;
            for (String k : List.of("express.json", "body-parser.json", "body-parser.default.json", "*.json")) {
                for (CallIndex.Site s : index.sites(k)) {
                    String root = rootOf(s.cs().callee(), s.file());
                    if (root != null && (root.equals("express") || root.equals("body-parser"))) json = true;
                }
            }
            for (String k : List.of("*.urlencoded", "express.urlencoded", "body-parser.urlencoded")) {
                for (CallIndex.Site s : index.sites(k)) {
                    String root = rootOf(s.cs().callee(), s.file());
                    if (root == null || !(root.equals("express") || root.equals("body-parser"))) continue;
                    Val o = s.cs().args().isEmpty() ? null : project.resolve(s.cs().arg(0), s.file()).val();
                    Val ext = o instanceof Obj obj ? obj.props().get("extended") : null;
                    if (ext instanceof Lit l && Boolean.FALSE.equals(l.value())) simple = true;
                    else if (ext instanceof Lit l && Boolean.TRUE.equals(l.value())) extended = true;
                    else if (major("express") >= 5 || major("body-parser") >= 2) simple = true; // body-parser 2 defaults to extended: false
                    else extended = true;
                }
            }
            return bodies = json || !extended && !simple ? 1 : extended ? 2 : 0;
        }

        private Boolean qs;

        /** True when the app's query parser nests brackets into objects: Express 4's default, or set to "extended" / qs. */
        private synchronized boolean qsQueries(String fw) {
            if (qs != null) return qs;
            Boolean set = null;
            for (CallIndex.Site s : index.sites("*.set")) {
                if (s.cs().args().size() < 2 || !"query parser".equals(Val.constString(s.cs().arg(0)))) continue;
                String v = Val.constString(s.cs().arg(1));
                set = v == null || v.equals("extended");
            }
            if (set != null) return qs = set;
            int major = fw.equals("nestjs") ? nestExpressMajor() : major("express");
            return qs = major == 0 || major < 5;
        }

        private int nestExpressMajor() {
            int e = major("express");
            if (e > 0) return e;
            int p = major("@nestjs/platform-express");
            if (p == 0) p = major("@nestjs/core");
            return p == 0 ? 0 : p >= 11 ? 5 : 4;
        }

        /** The major version a manifest declares for {@code dep} (first digits of the range), 0 when unknown. */
        private int major(String dep) {
            for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
                dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get(dep);
                if (d == null || d.version() == null) continue;
                java.util.regex.Matcher mm = java.util.regex.Pattern.compile("(\\d+)").matcher(d.version());
                if (mm.find()) return Integer.parseInt(mm.group(1));
            }
            return 0;
        }

        // ------------------------------------------------------------------ routes

        /**
         * True when the request value of {@code f} is read in a route whose chain runs express-mongo-sanitize or
         * validates that part; when no route is found for the read, when an application mounts the sanitiser.
         */
        boolean sanitizedRoute(Flow f) {
            Location src = f.sourceAt();
            if (src != null && validatedWhereRead(src, f.source())) return true;
            boolean found = false;
            for (Application app : project.applications()) {
                for (Route r : app.routes()) {
                    Fn h = r.handler();
                    if (h == null || src == null || !within(src, h)) continue;
                    found = true;
                    if (covered(r, f.source())) return true;
                }
            }
            if (found) return false;
            for (Application app : project.applications()) {
                // (a hand-written sanitiser cleans the parts it is given: one of req.body says nothing of req.query)
                for (Application.Mount m : app.mounts()) if (dev.backcheck.concepts.MongoSanitizers.sanitizes(m.control(), f.source().part())) return true;
            }
            // a router the framework model did not follow: the middleware written before the handler where it is registered
            return src != null && registeredBehind(src, f.source());
        }

        /** The function reading the value validates that part with a schema or validator call (validate(req.body, rules)). */
        boolean validatedWhereRead(Location src, Req q) {
            FileFacts file = project.file(src.path());
            if (file == null) return false;
            for (Fn fn : Analysis.functions(file)) {
                if (fn == file.main() || !within(src, fn)) continue;
                Analysis.Summary s;
                try {
                    s = index.analysis().summary(fn, file);
                } catch (RuntimeException e) {
                    continue;
                }
                Set<String> parts = s.validatedParts();
                if (parts.contains("*") || parts.contains(q.part())) return true;
                if (!q.path().isEmpty() && parts.contains(q.part() + "." + q.path().get(0))) return true;
                if (helperChecks(fn, file, q)) return true;
            }
            return false;
        }

        /**
         * validate({ email, password }, rules) / assertValid(req.body): a project function that rejects what it
         * validates or checks (its summary's validated or checked parameters) receives the value.
         */
        private boolean helperChecks(Fn fn, FileFacts file, Req q) {
            for (CallSite cs : fn.calls()) {
                boolean carries = false;
                int at = -1;
                for (int i = 0; i < cs.args().size() && !carries; i++) {
                    Val a = cs.args().get(i);
                    if (carriesReq(a, q, 0)) {
                        carries = true;
                        at = i;
                    }
                }
                if (!carries) continue;
                Project.FnRef g;
                try {
                    g = project.function(cs.callee(), file);
                    if (g == null) g = index.analysis().resolveCallee(cs.callee(), file, fn);
                } catch (RuntimeException e) {
                    g = null;
                }
                if (g == null || g.fn() == fn) continue;
                Analysis.Summary gs;
                try {
                    gs = index.analysis().summary(g.fn(), g.file());
                } catch (RuntimeException e) {
                    continue;
                }
                if (gs.validatedParams().containsKey(at) || gs.checkedParams().containsKey(at)) return true;
            }
            return false;
        }

        private static boolean carriesReq(Val a, Req q, int depth) {
            if (depth > 3 || a == null) return false;
            if (a instanceof Req r) {
                if (!r.part().equals(q.part())) return false;
                List<String> p = r.path(), o = q.path();
                return p.size() <= o.size() && o.subList(0, p.size()).equals(p);
            }
            if (a instanceof Obj o) {
                for (Val x : o.props().values()) if (carriesReq(x, q, depth + 1)) return true;
            }
            return false;
        }

        private static final Set<String> ROUTE_METHODS = Set.of("get", "post", "put", "patch", "delete", "all", "use", "route", "options");
        private final java.util.IdentityHashMap<Fn, List<Control>> registrations = new java.util.IdentityHashMap<>();
        private dev.backcheck.model.Classifier classifier;

        /** True when a function containing {@code src} is registered as a route handler behind a validation or sanitising middleware. */
        private synchronized boolean registeredBehind(Location src, Req q) {
            FileFacts file = project.file(src.path());
            if (file == null) return false;
            for (Fn fn : Analysis.functions(file)) {
                if (!within(src, fn)) continue;
                for (Control c : registrationControls(fn)) {
                    if (dev.backcheck.concepts.MongoSanitizers.sanitizes(c, q.part())) return true;
                    if (c.kind() == ControlKind.VALIDATION && (c.parts().contains("*") || c.parts().contains(q.part())
                            || !q.path().isEmpty() && c.parts().contains(q.part() + "." + q.path().get(0)))) return true;
                }
            }
            return false;
        }

        synchronized List<Control> registrationControls(Fn fn) {
            List<Control> cached = registrations.get(fn);
            if (cached != null) return cached;
            List<Control> out = new ArrayList<>();
            registrations.put(fn, out);
            if (classifier == null) classifier = new dev.backcheck.model.Classifier(index.analysis());
            for (String m : ROUTE_METHODS) {
                for (CallIndex.Site s : index.sites("*." + m)) {
                    List<Val> args = s.cs().args();
                    for (int i = 1; i < args.size(); i++) {
                        Val a = args.get(i);
                        if (a instanceof Lit || a instanceof Obj) continue;
                        Project.FnRef ref;
                        try {
                            ref = a instanceof FnVal fv ? new Project.FnRef(fv.fn(), s.file()) : project.function(a, s.file());
                        } catch (RuntimeException e) {
                            ref = null;
                        }
                        if (ref == null || ref.fn() != fn) continue;
                        for (int j = 0; j < i; j++) {
                            if (args.get(j) instanceof Lit) continue;
                            try {
                                Control c = classifier.classify(args.get(j), s.file(), s.cs().argLocation(j), "route");
                                if (c != null) out.add(c);
                            } catch (RuntimeException e) {
                                // an unclassifiable middleware is no control
                            }
                        }
                    }
                }
            }
            return out;
        }

        boolean within(Location at, Fn h) {
            Location l = h.location();
            if (l == null || h.file() != null && !h.file().equals(at.path()) && !l.path().equals(at.path())) return false;
            if (!l.path().equals(at.path())) return false;
            boolean afterStart = at.line() > l.line() || at.line() == l.line() && at.column() >= l.column();
            boolean beforeEnd = at.line() < l.endLine() || at.line() == l.endLine() && at.column() <= l.endColumn();
            return afterStart && beforeEnd;
        }

        private boolean covered(Route r, Req q) {
            if (dev.backcheck.concepts.MongoSanitizers.covers(r, q.part())) return true;
            if (r.frameworkValidated().contains(q.part()) || r.frameworkValidated().contains("*")) return true;
            for (Route.ParamInput in : r.inputs()) if (in.validated() && in.part().equals(q.part())) return true;
            for (Control c : r.controls(ControlKind.VALIDATION)) {
                if (c.parts().contains("*") || c.parts().contains(q.part())) return true;
                if (!q.path().isEmpty() && c.parts().contains(q.part() + "." + q.path().get(0))) return true;
            }
            return false;
        }
    }
}
