package dev.backcheck.rules.injection;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.TaintEngine;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A whole request object written to a model: {@code prisma.user.create({ data: req.body })},
 * {@code User.create(req.body)}, {@code new User(req.body)}, {@code repo.save({ ...req.body })},
 * {@code User.findByIdAndUpdate(id, req.body)}, {@code user.update(req.body)},
 * {@code Object.assign(user, req.body)}. A client then sets columns it was never meant to (role, isAdmin,
 * ownerId, balance, emailVerified). Not reported: named fields picked from the request, schema-parsed data
 * (zod strips unknown keys; joi and Fastify/Hono schemas reject or strip them), NestJS DTOs behind a
 * ValidationPipe with {@code whitelist: true}, Sequelize writes limited by {@code fields}.
 */
@RuleId("injection/mass-assignment")
public final class MassAssignmentRule implements Rule {
    private static final int MAX_UP = 4;

    /** A whole request object reaching the data argument: the source, where it is read, the calls on the way. */
    private record Hit(Req source, List<Location> steps) { }

    @Override
    public void check(Project project, RuleContext ctx) {
        TaintEngine engine = TaintEngine.of(project);
        Stores stores = new Stores(project, engine.index(), NosqlOperatorRule.Mongo.of(project));
        // a place once: by path, line and column (no key text made per call)
        record Place(String path, int line, int column) { }
        Set<Place> done = new HashSet<>();
        List<Site> sites = new ArrayList<>();
        for (SinkSite s : engine.sinks("mass")) {
            Location at = s.cs().location();
            if (done.add(new Place(at.path(), at.line(), at.column()))) sites.add(new Site(s.site(), s.model().when()));
        }
        // new Model(req.body): constructors are not indexed by method name (CallNames keeps them, in walk order)
        for (dev.backcheck.concepts.CallNames.At c : dev.backcheck.concepts.CallNames.of(project).constructed()) {
            if (!c.cs().args().isEmpty()) sites.add(new Site(new CallIndex.Site(c.fn(), c.file(), c.cs(), List.of()), "new"));
        }
        sites.sort(java.util.Comparator.comparing((Site x) -> x.site().cs().location(), Location.ORDER));
        Set<Place> reported = new HashSet<>();
        for (Site s : sites) {
            // (the handler of routes an earlier route always answers first, or a file no process runs: no request reaches it)
            if (project.isTestPath(s.site().file().path()) || dev.backcheck.concepts.ImportIndex.unreached(project, s.site().fn(), s.site().file())) continue;
            Store store = stores.store(s.site(), s.when());
            if (store == null) continue;
            List<Val> data = store.data();
            Walk w = new Walk(project, engine.index(), stores);
            Hit h = null;
            for (Val d : data) {
                h = w.whole(d, new NosqlOperatorRule.Ctx(s.site().fn(), s.site().file(), s.site().cs(), List.of(), 0), 0);
                if (h != null) break;
            }
            if (h == null) continue;
            Location at = s.site().cs().location();
            if (!reported.add(new Place(at.path(), at.line(), at.column()))) continue;
            if (stores.stripped(h)) continue;
            // const { companyId, ...data } = req.body: the handler took the record's owner (or role) out of what it writes
            if (ownerStripped(project, h)) continue;
            String framework = TaintRule.frameworkOf(project, s.site().file().path());
            String src = TaintEngine.describe(h.source());
            Location read = h.steps().isEmpty() ? null : h.steps().get(0);
            String through = new dev.backcheck.flow.TaintEngine.Flow(h.source(), h.steps()).through();
            String message = src + " (the whole request " + (h.source().part().equals("query") ? "query" : "body") + ")"
                    + (read == null ? "" : " read at " + read.path() + ":" + read.line()) + " is written by " + store.label() + through
                    + ". A client can set any field of the " + store.what() + ", also those it must not choose (role, isAdmin, ownerId, balance,"
                    + " verified flags): mass assignment. Pick the allowed fields, or parse the body with a schema that strips unknown keys.";
            List<Location> steps = new ArrayList<>(h.steps());
            steps.add(s.site().cs().location().withMessage("written by " + store.label()));
            ctx.report(at, message)
                    .related(read, src + " is read here")
                    .flow(steps)
                    .fix(ctx.meta().fixText(framework, store.lib()))
                    .property("source", src.replace("`", ""))
                    .property("sink", store.label())
                    .add();
        }
    }

    private record Site(CallIndex.Site site, String when) { }

    /**
     * A key naming whom a record belongs to (companyId, householdId, tenant_id, ownerId, user, createdBy: a reference to
     * the record it hangs under) or the
     * caller's privilege (role, isAdmin): the column a mass assignment is about. A handler that sets such a key itself
     * after the body, or takes it out of the body, chose what the client may not set (s25 work360 sites and quotes,
     * s22 household cards: judged false or debatable, never true).
     */
    static boolean ownerKey(String key) {
        return OWNER_KEY.matcher(key).matches();
    }

    private static final java.util.regex.Pattern OWNER_KEY = java.util.regex.Pattern.compile(
            // a reference to the record it hangs under (firmId, household_id, memberIds), or an owner named as a record
            "[a-z][A-Za-z0-9]*Ids?|[a-z][a-z0-9_]*_ids?"
                    + "|(?i:company|organi[sz]ation|org|tenant|household|team|workspace|account|owner|user|author|creator|created_?by)"
                    + "|(?i:roles?|is_?admin|is_?super_?admin)");

    /** {@code const { companyId, ...data } = req.body} (or {@code company: _}): the rest of a destructure read of the whole body that names an owner key. */
    private static final java.util.regex.Pattern REST_READ = java.util.regex.Pattern.compile(
            "\\{([^{}]*),\\s*\\.\\.\\.\\s*[\\w$]+\\s*}\\s*=\\s*(?:await\\s+)?[\\w$.]+\\s*;?\\s*$");

    /** The whole request read of the hit is a rest destructure whose named keys include an owner key (see {@link #ownerKey}). */
    private static boolean ownerStripped(Project project, Hit h) {
        Location read = h.steps().isEmpty() ? null : h.steps().get(0);
        if (read == null || read.line() < 1) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, read.path());
        if (read.line() > lines.size()) return false;
        String line = lines.get(read.line() - 1);
        int eq = line.indexOf('=');
        if (eq < 0) return false;
        // the statement up to the end of the value read (const { a, b: _, ...rest } = req.body;)
        java.util.regex.Matcher m = REST_READ.matcher(line.strip());
        if (!m.find()) return false;
        for (String part : m.group(1).split(",")) {
            String key = part.strip();
            int colon = key.indexOf(':');
            if (colon >= 0) key = key.substring(0, colon).strip();
            int dflt = key.indexOf('=');
            if (dflt >= 0) key = key.substring(0, dflt).strip();
            key = key.replaceAll("^\\{\\s*", "");
            if (ownerKey(key)) return true;
        }
        return false;
    }

    /** A write to a model: the library ("prisma", "mongoose", ...), the values it stores, how to name it. */
    private record Store(String lib, List<Val> data, String label, String what) { }

    // ------------------------------------------------------------------------------------------- the walk

    /** Whether a value is a whole request object (or a spread / clone of one), followed through callers and returns. */
    private static final class Walk {
        final Project project;
        final CallIndex index;
        final Stores stores;
        int budget = 300;

        Walk(Project project, CallIndex index, Stores stores) {
            this.project = project;
            this.index = index;
            this.stores = stores;
        }

        Hit whole(Val v, NosqlOperatorRule.Ctx c, int depth) {
            if (v == null || depth > 12 || --budget < 0) return null;
            if (v instanceof Req q) {
                if (q.path().isEmpty() && (q.part().equals("body") || q.part().equals("query"))) {
                    Location at = readAt(c.fn(), q);
                    if (at == null) at = c.at() == null ? null : c.at().location();
                    List<Location> steps = new ArrayList<>();
                    if (at != null) steps.add(at.withMessage(TaintEngine.describe(q) + " is read here"));
                    steps.addAll(c.down());
                    return new Hit(q, List.copyOf(steps));
                }
                return null;
            }
            if (v instanceof Obj o) {
                boolean spread = false;
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (!e.getKey().startsWith("...")) {
                        // { ...req.body, companyId }: the handler sets the record's owner (or role) itself, after the spread
                        if (spread && ownerKey(e.getKey())) return null;
                        continue;
                    }
                    spread = true;
                }
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (!e.getKey().startsWith("...")) continue;
                    Hit h = whole(e.getValue(), c, depth + 1);
                    if (h != null) return h;
                }
                return null;
            }
            if (v instanceof OneOf o) {
                for (Val x : o.options()) {
                    Hit h = whole(x, c, depth + 1);
                    if (h != null) return h;
                }
                return null;
            }
            if (v instanceof Param p && p.path().isEmpty()) return callers(p, c, depth);
            if (v instanceof Call call) return call(call, c, depth);
            return null;
        }

        private static final Set<String> CLONES = Set.of("Object.assign", "structuredClone", "lodash.cloneDeep", "lodash.clone",
                "lodash.merge", "lodash.assign", "lodash.extend", "_.cloneDeep", "_.clone", "_.merge", "_.assign", "_.extend",
                "lodash.cloneDeep.default", "rfdc()", "klona", "klona.klona", "deepmerge");

        private Hit call(Call call, NosqlOperatorRule.Ctx c, int depth) {
            List<String> keys = index.keys(call.callee(), false, c.fn(), c.file());
            for (String k : keys) {
                if (CLONES.contains(k)) {
                    for (Val a : call.args()) {
                        Hit h = whole(a, c, depth + 1);
                        if (h != null) return h;
                    }
                    return null;
                }
                // JSON.parse(JSON.stringify(x)): a deep copy
                if (k.equals("JSON.parse") && call.args().size() == 1 && call.args().get(0) instanceof Call inner
                        && index.keys(inner.callee(), false, c.fn(), c.file()).contains("JSON.stringify") && !inner.args().isEmpty()) {
                    return whole(inner.args().get(0), c, depth + 1);
                }
            }
            // a project function: what it returns, its parameters bound to this call's arguments
            if (c.up() >= MAX_UP) return null;
            Project.FnRef f;
            try {
                f = project.function(call.callee(), c.file());
                if (f == null && c.fn() != null) f = index.analysis().resolveCallee(call.callee(), c.file(), c.fn());
            } catch (RuntimeException e) {
                return null;
            }
            if (f == null || f.fn() == c.fn()) return null;
            for (Val r : f.fn().returns()) {
                Val b = bind(r, call.args(), 0);
                if (b == null) continue;
                Hit h = whole(b, c, depth + 1);
                if (h != null) return h;
            }
            return null;
        }

        /** {@code r} with the callee's parameters replaced by the arguments; null when it needs more than that. */
        private static Val bind(Val r, List<Val> args, int depth) {
            if (depth > 6) return null;
            if (r instanceof Param p) {
                if (p.index() >= args.size()) return null;
                Val a = args.get(p.index());
                for (String s : p.path()) a = Val.member(a, s);
                return a;
            }
            if (r instanceof Obj o) {
                Map<String, Val> m = new LinkedHashMap<>();
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    Val b = bind(e.getValue(), args, depth + 1);
                    m.put(e.getKey(), b == null ? Val.UNKNOWN : b);
                }
                return Val.obj(m);
            }
            if (r instanceof OneOf o) {
                List<Val> opts = new ArrayList<>();
                for (Val x : o.options()) opts.add(bind(x, args, depth + 1) == null ? Val.UNKNOWN : bind(x, args, depth + 1));
                return new OneOf(opts);
            }
            if (r instanceof Call || r instanceof Lit || r instanceof Req) return r;
            return null;
        }

        private Hit callers(Param p, NosqlOperatorRule.Ctx c, int depth) {
            if (c.up() >= MAX_UP || c.fn() == null) return null;
            String name = c.fn().name().isEmpty() ? "a function" : c.fn().name() + "()";
            String pname = c.fn().param(p.index()) == null ? "#" + p.index() : c.fn().param(p.index()).name();
            for (CallIndex.Site s : index.callers(c.fn())) {
                if (project.isTestPath(s.file().path()) || dev.backcheck.concepts.ImportIndex.unreached(project, s.fn(), s.file())) continue;
                Val a = s.cs().arg(p.index());
                if (a == null) continue;
                List<Location> down = new ArrayList<>();
                down.add(s.cs().argLocation(p.index()).withMessage("passed to " + name + " as " + pname));
                down.addAll(c.down());
                Hit h = whole(a, new NosqlOperatorRule.Ctx(s.fn(), s.file(), s.cs(), List.copyOf(down), c.up() + 1), depth + 1);
                if (h != null) return h;
            }
            return null;
        }

        /** Where {@code fn} (or a function nested in it) reads the whole part, or where a decorator binds it. */
        private static Location readAt(Fn fn, Req q) {
            if (fn == null) return null;
            List<Fn> all = new ArrayList<>();
            all.add(fn);
            all.addAll(fn.nested());
            for (Fn f : all) {
                for (Fn.Read r : f.reads()) {
                    if (r.value() instanceof Req rq && rq.part().equals(q.part()) && rq.path().isEmpty()) return r.location();
                }
            }
            for (Fn.Param p : fn.params()) {
                for (Decorator d : p.decorators()) {
                    if ((d.name().equals("Body") && q.part().equals("body") || d.name().equals("Query") && q.part().equals("query"))) return p.location();
                }
            }
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------- stores

    /** Which calls write to a model, and with which argument; and whether the route strips unknown keys first. */
    private static final class Stores {
        final Project project;
        final CallIndex index;
        final NosqlOperatorRule.Mongo mongo;
        final DbClients db;
        final boolean prisma;
        private List<Location> whitelistPipes;
        private int pipes;

        Stores(Project project, CallIndex index, NosqlOperatorRule.Mongo mongo) {
            this.project = project;
            this.index = index;
            this.mongo = mongo;
            this.db = DbClients.of(project);
            this.prisma = db.usesPrisma();
        }

        Store store(CallIndex.Site s, String when) {
            CallSite cs = s.cs();
            String m = cs.methodName();
            if (when.equals("assign")) return assign(s);
            if (when.equals("new")) {
                String lib = modelClass(cs.callee(), s.fn(), s.file());
                if (lib == null) return null;
                return new Store(lib, List.of(cs.arg(0)), "new " + ctorName(cs.callee()) + "()", "document");
            }
            if (m == null) return null;
            Val recv = Analysis.receiver(cs.callee());
            if (recv == null) return null;
            // Prisma: prisma.user.create({ data })
            if (prisma && prismaDelegate(recv, s.fn(), s.file())) {
                String model = Vals.lastName(recv);
                Val a0 = cs.arg(0);
                List<Val> data = new ArrayList<>();
                switch (m) {
                    case "create", "update", "createMany", "updateMany", "createManyAndReturn", "updateManyAndReturn" -> {
                        if (a0 instanceof Obj o) {
                            if (o.props().containsKey("data")) data.add(o.props().get("data"));
                            for (Map.Entry<String, Val> e : o.props().entrySet()) if (e.getKey().startsWith("...")) data.add(e.getValue());
                        } else if (a0 != null) data.add(a0);
                    }
                    case "upsert" -> {
                        if (a0 instanceof Obj o) {
                            if (o.props().containsKey("create")) data.add(o.props().get("create"));
                            if (o.props().containsKey("update")) data.add(o.props().get("update"));
                        } else if (a0 != null) data.add(a0);
                    }
                    default -> {
                        return null;
                    }
                }
                return data.isEmpty() ? null : new Store("prisma", data, "prisma." + model + "." + m + "()", "record");
            }
            String mg = mongo.target(recv, s.fn(), s.file(), 0);
            if ("mongoose".equals(mg) || "mongodb".equals(mg) || "mongoose-collection".equals(mg)) {
                String label = ("mongoose".equals(mg) ? "Mongoose " : "MongoDB ") + m + "()";
                String lib = "mongoose".equals(mg) ? "mongoose" : "mongodb";
                return switch (m) {
                    case "create", "insertMany", "insertOne", "insert" -> new Store(lib, cs.args(), label, "document");
                    case "findByIdAndUpdate", "findOneAndUpdate", "updateOne", "updateMany", "update", "replaceOne", "findOneAndReplace" ->
                            cs.args().size() >= 2 ? new Store(lib, List.of(cs.arg(1)), label, "document") : null;
                    default -> null;
                };
            }
            // a document or instance read before: doc.set(body), user.update(body) (Sequelize), doc.updateOne(body)
            String inst = instanceOf(recv, s.fn(), s.file());
            if (inst != null) {
                if (inst.equals("mongoose") && Set.of("set", "overwrite", "updateOne").contains(m) && cs.args().size() == 1) {
                    return new Store("mongoose", List.of(cs.arg(0)), "document." + m + "()", "document");
                }
                if (inst.equals("sequelize") && Set.of("update", "set").contains(m) && !limitedFields(cs.arg(1))) {
                    return new Store("sequelize", List.of(cs.arg(0)), "instance." + m + "()", "row");
                }
                return null;
            }
            // knex: db('users').where(...).update({ ...req.body }), knex('users').insert(req.body)
            if (Set.of("insert", "update").contains(m) && "knex".equals(mongo.rootOf(recv, s.file())) && !cs.args().isEmpty()) {
                return new Store("default", List.of(cs.arg(0)), "knex " + m + "()", "row");
            }
            String sq = sequelizeModel(recv, s.fn(), s.file());
            if (sq != null) {
                return switch (m) {
                    case "create", "build", "upsert", "bulkCreate" -> limitedFields(cs.arg(1)) ? null
                            : new Store("sequelize", List.of(cs.arg(0)), Vals.lastName(recv) + "." + m + "()", "row");
                    case "update" -> limitedFields(cs.arg(1)) ? null : new Store("sequelize", List.of(cs.arg(0)), Vals.lastName(recv) + ".update()", "row");
                    default -> null;
                };
            }
            String repo = typeormRepo(recv, s.fn(), s.file());
            if (repo != null) {
                String label = "repository." + m + "()";
                return switch (m) {
                    case "save", "create", "insert", "preload", "upsert" -> cs.args().isEmpty() ? null : new Store("typeorm", List.of(cs.arg(0)), label, "entity");
                    case "update" -> cs.args().size() >= 2 ? new Store("typeorm", List.of(cs.arg(1)), label, "entity") : null;
                    case "merge" -> cs.args().size() >= 2 ? new Store("typeorm", cs.args().subList(1, cs.args().size()), label, "entity") : null;
                    default -> null;
                };
            }
            return null;
        }

        private static String ctorName(Val callee) {
            String n = Vals.lastName(callee);
            return n == null ? "Model" : n;
        }

        /** Sequelize's { fields: [...] } option limits the columns written. */
        private boolean limitedFields(Val opts) {
            return opts instanceof Obj o && o.props().containsKey("fields");
        }

        /** Object.assign(target, ...sources) where target is a model instance (read from the model, or saved afterwards). */
        private Store assign(CallIndex.Site s) {
            CallSite cs = s.cs();
            if (cs.args().size() < 2) return null;
            Val target = cs.arg(0);
            if (target instanceof Obj || target instanceof Lit || target instanceof Arr) return null;
            String lib = instanceOf(target, s.fn(), s.file());
            if (lib == null && savedLater(target, s.fn(), cs)) lib = "model";
            if (lib == null) return null;
            return new Store(lib.equals("model") ? "default" : lib, cs.args().subList(1, cs.args().size()), "Object.assign() onto a " + (lib.equals("model") ? "record that is saved" : lib + " record"), "record");
        }

        /** target.save() / repo.save(target) later in the same function. */
        private boolean savedLater(Val target, Fn fn, CallSite assign) {
            if (fn == null) return false;
            boolean after = false;
            for (CallSite cs : fn.calls()) {
                if (cs == assign) {
                    after = true;
                    continue;
                }
                if (!after) continue;
                String m = cs.methodName();
                if (m == null || !Set.of("save", "persist", "persistAndFlush", "update").contains(m)) continue;
                Val recv = Analysis.receiver(cs.callee());
                if (target.equals(recv) || cs.args().stream().anyMatch(target::equals)) return true;
            }
            return false;
        }

        // the receivers of each ORM: one home, the DbClients concept
        String instanceOf(Val v, Fn fn, FileFacts f) {
            return db.instanceOf(v, fn, f);
        }

        String modelClass(Val callee, Fn fn, FileFacts f) {
            return db.modelClass(callee, fn, f);
        }

        String sequelizeModel(Val recv, Fn fn, FileFacts f) {
            return db.sequelizeModel(recv, fn, f);
        }

        String typeormRepo(Val recv, Fn fn, FileFacts f) {
            return db.typeormRepo(recv, fn, f);
        }

        boolean prismaDelegate(Val recv, Fn fn, FileFacts f) {
            return db.prismaDelegate(recv, fn, f);
        }

        // ------------------------------------------------------------------ routes that strip unknown keys

        /**
         * True when the request object of {@code h} is stripped or checked for unknown keys before the write: a NestJS
         * DTO behind a ValidationPipe with whitelist, a Fastify/Hono schema, a schema validator (not express-validator,
         * which keeps unknown keys) on the route or in the reading function.
         */
        /** The routes whose handler is written in a file, by its path (within() holds only for a handler in the hit's file). */
        private Map<String, List<Route>> routesByHandlerFile;

        private List<Route> routesWithHandlerIn(String path) {
            if (routesByHandlerFile == null) {
                routesByHandlerFile = new HashMap<>();
                for (Application app : project.applications()) {
                    for (Route r : app.routes()) {
                        Fn fn = r.handler();
                        if (fn == null || fn.location() == null) continue;
                        routesByHandlerFile.computeIfAbsent(fn.location().path(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
            return routesByHandlerFile.getOrDefault(path, List.of());
        }

        boolean stripped(Hit h) {
            Location src = h.steps().isEmpty() ? null : h.steps().get(0);
            if (src == null) return false;
            Req q = h.source();
            if (mongo.validatedWhereRead(src, q)) return true;
            boolean found = false;
            for (Route r : routesWithHandlerIn(src.path())) {
                if (!mongo.within(src, r.handler())) continue;
                found = true;
                if (covered(r, q)) return true;
            }
            if (found) return false;
            FileFacts file = project.file(src.path());
            if (file == null) return false;
            for (Fn fn : Analysis.functions(file)) {
                if (!mongo.within(src, fn)) continue;
                for (Control c : mongo.registrationControls(fn)) if (schemaCovers(c, q)) return true;
            }
            return false;
        }

        private boolean covered(Route r, Req q) {
            // a Fastify route schema without additionalProperties: false validates the keys it declares and lets the others through
            boolean openBody = q.part().equals("body") && r.chain().stream().anyMatch(c -> c.kind() == ControlKind.VALIDATION
                    && !dev.backcheck.frameworks.fastify.FastifyModel.stripsUnknownBodyKeys(project, c));
            if (openBody) return false;
            if (r.frameworkValidated().contains(q.part()) || r.frameworkValidated().contains("*")) return true;
            for (Control c : r.chain()) if (schemaCovers(c, q)) return true;
            for (Route.ParamInput in : r.inputs()) {
                if (!in.part().equals(q.part())) continue;
                // a DTO class: a ValidationPipe strips the keys it does not declare only with whitelist: true
                if ((in.validated() || dtoClass(in.type())) && whitelisted(r)) return true;
            }
            return false;
        }

        private static boolean schemaCovers(Control c, Req q) {
            if (c.kind() != ControlKind.VALIDATION) return false;
            if (c.name() != null && (c.name().equals("express-validator") || c.name().equals("ValidationPipe"))) return false;
            if (c.parts().contains("dto")) return false;
            return c.parts().contains("*") || c.parts().contains(q.part());
        }

        /** The route's ValidationPipe is one constructed with whitelist (or forbidNonWhitelisted): true. */
        private synchronized boolean whitelisted(Route r) {
            if (whitelistPipes == null) {
                whitelistPipes = new ArrayList<>();
                for (String k : List.of("new @nestjs/common.ValidationPipe", "new @nestjs/common.ValidationPipe()")) {
                    for (CallIndex.Site s : index.sites(k)) {
                        pipes++;
                        Val a = s.cs().arg(0);
                        Val o = a == null ? null : project.resolve(a, s.file()).val();
                        if (o instanceof Obj obj && (isTrue(obj.props().get("whitelist")) || isTrue(obj.props().get("forbidNonWhitelisted")))) {
                            whitelistPipes.add(s.cs().location());
                        }
                    }
                }
            }
            for (Control c : r.controls(ControlKind.VALIDATION)) {
                // the route model read the pipe's options (also those a project subclass hands to super)
                if (c.parts().contains("strip")) return true;
                if (!"ValidationPipe".equals(c.name()) || c.location() == null) continue;
                for (Location l : whitelistPipes) {
                    if (l.path().equals(c.location().path()) && l.line() == c.location().line()) return true;
                }
            }
            // every ValidationPipe of the project whitelists: the route's is one of them
            return pipes > 0 && whitelistPipes.size() == pipes;
        }

        private static boolean dtoClass(String type) {
            if (type == null || type.isEmpty() || !Character.isUpperCase(type.charAt(0))) return false;
            return !Set.of("Record", "Object", "Partial", "Array", "Map", "String", "Number", "Boolean").contains(type.contains("<") ? type.substring(0, type.indexOf('<')) : type);
        }

        private static boolean isTrue(Val v) {
            return v instanceof Lit l && Boolean.TRUE.equals(l.value());
        }
    }
}
