package dev.backcheck.rules.authn;

import dev.backcheck.concepts.RecordAccess;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;
import java.util.regex.Pattern;

/**
 * An authenticated route whose handler (or a service it calls) reads, updates or deletes a record chosen
 * by a path parameter, where the record has an owner field (or is a user account being changed), and
 * nothing ties it to the caller: the filter does not constrain the owner or a tenant, no guard compares
 * the record (or the id) with the signed-in user, no role or policy check runs (route middleware, Nest
 * {@code @Roles} / policy guards, CASL, a 403 thrown on the way). Library knowledge (which calls are
 * accesses, what the filter constrains, which fields own a record) lives in {@link RecordAccess}.
 */
@RuleId("authn/missing-ownership-check")
public final class MissingOwnershipCheckRule implements Rule {
    private static final int MAX_DEPTH = 4;

    /** Controls that check who may touch which record whatever the route: an owner or policy guard, CASL, ACL. */
    private static final dev.backcheck.model.NameTest OWNERISH = new dev.backcheck.model.NameTest(Pattern.compile(
            "(?i).*(owner|author(?!i[sz]|enticat)|polic|abilit|casl|permission|permit|acl|access|member|belong|rbac|can[A-Z_]|allowed).*"));
    /** Controls and decorators that require a role. */
    private static final dev.backcheck.model.NameTest ROLEISH = new dev.backcheck.model.NameTest(Pattern.compile("(?i).*(role|admin|staff|moderator|superuser|super_?admin|manager|restrict).*"));
    /** A role written as a string on its own ('owner', 'editor'). */
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)(owner|editor|moderator|superuser|staff)");
    /** Records private to their owner by nature, whose read by another user is a leak (not a post, an event, a profile). */
    private static final Pattern PRIVATE_RECORD = Pattern.compile("(?i)(user_?)?(note|todo|order|invoice|payment|transaction|message|"
            + "bookmark|cart|address|document|file|upload|wallet|card|subscription|booking|reservation|appointment|journal|diary|"
            + "expense|receipt|draft|secret|credential|api_?key|notification|setting|preference|habit|entry|favou?rite|wishlist|"
            + "medical|prescription|health|income|budget|account|statement|chat|conversation|purchase|ticket|application|resume|"
            + "attachment|photo|image|album|password|vault|key|token|report|record|log)s?(_?(entity|model|schema|document|doc|table))?");

    /** Calls that decide access: ability.can(..), authorize(..), checkOwnership(..), assertCanEdit(..), enforce(..). */
    private static final Pattern CHECK_CALL = Pattern.compile(
            "(?i)(can|cannot|authori[sz]e|enforce|throwUnlessCan|accessibleBy|permittedFieldsOf|isOwner|isAuthor)"
                    + "|(can|cannot|authori[sz]e|assert|ensure|check|verify|validate|has|is|require|must|guard)_?[A-Z_]?\\w*"
                    + "(owner|access|permission|role|admin|member|author|belong|allowed|polic|right|privilege|editable|can(edit|view|manage|modify|delete)"
                    + ")\\w*"
                    // assertInScope(actorId, leave.staffUserId), ensureSameTeam(..), checkTenantAccess(..): the record's owner
                    // tested against the caller's team or tenant (s35 miyzapis hr.service); not isMultiTenant(),
                    // validateTenantId (a format), requiredScopes('read:x') (an OAuth scope)
                    + "|(assert|ensure|check|verify)(In|Same)?(Scope|Team|Tenant)(Access|Member(ship)?)?");

    @Override
    public void check(Project project, RuleContext ctx) {
        RecordAccess records = RecordAccess.of(project);
        CallIndex index = CallIndex.of(project);
        Analysis analysis = index.analysis();
        Set<Location> reported = new HashSet<>();
        Lines lines = new Lines();
        for (Application app : project.applications()) {
            for (Route r : app.routes()) {
                if (r.handler() == null || !authenticated(r) || ADMIN_PATH.matcher(r.path()).find()) continue;
                FileFacts file = analysis.fnFile(r.handler());
                if (file == null || project.isTestPath(file.path())) continue;
                if (roleOrPolicyOnRoute(r, app, file, index, project, lines)) continue;
                // a worker or sidecar endpoint behind a shared secret: its caller is a machine, no user owns what it touches
                if (dev.backcheck.concepts.Authentication.sharedSecretOnly(project, r)) continue;
                Walk w = new Walk(project, records, index, r.method().equals("GET"));
                w.visit(r.handler(), file, handlerArgs(r.handler()), 0);
                if (w.ownerEvidence) continue;
                // one finding per route: its first write, else its first read
                Found pick = w.found.stream().filter(f -> f.access.op() != RecordAccess.Op.READ).findFirst()
                        .orElse(w.found.isEmpty() ? null : w.found.get(0));
                if (pick != null && reported.add(pick.access.at())) report(ctx, app, r, pick);
            }
        }
    }

    /** A segment naming an administrators' area: /admin/users/:id, /api/admin-panel/... (their role check is another matter). */
    private static final Pattern ADMIN_PATH = Pattern.compile("(?i)/(admin|administrator|backoffice|back-office|staff|moderation|superadmin)s?([-_/]|$)");

    /** An authentication control that requires a caller (an optional one lets anonymous requests through). */
    private static boolean authenticated(Route r) {
        for (Control c : r.controls(ControlKind.AUTH)) {
            String n = c.name() == null ? "" : c.name().toLowerCase(Locale.ROOT);
            // (an inline middleware is named <anonymous>: that says nothing about letting anonymous callers in)
            if (n.equals("<anonymous>") || !n.contains("optional") && !n.contains("maybe") && !n.contains("anonymous")) return true;
        }
        return false;
    }

    private static void report(RuleContext ctx, Application app, Route r, Found f) {
        RecordAccess.Access a = f.access;
        RecordAccess.Model m = a.model();
        String auth = r.controls(ControlKind.AUTH).stream().map(Control::name).filter(n -> n != null && !n.toLowerCase(Locale.ROOT).contains("optional"))
                .findFirst().map(n -> n.equals("<anonymous>") ? "an inline middleware" : n).orElse("authentication");
        String id = idSource(f.id, app.framework());
        String model = m.name();
        String why;
        if (m.isUser()) {
            why = model + " is an account: any signed-in user can " + (a.op() == RecordAccess.Op.DELETE ? "delete" : "change")
                    + " another user's account by changing the id";
        } else {
            why = model + " has an owner field (" + String.join(", ", m.ownerFields()) + ") but the lookup does not constrain it, so any "
                    + "signed-in user can " + (a.op() == RecordAccess.Op.READ ? "read" : a.op() == RecordAccess.Op.UPDATE ? "change" : "delete")
                    + " another user's " + model + " by changing the id";
        }
        String msg = r.label() + " (authenticated by " + auth + ") " + a.op().verb() + " " + model + " by " + id + " with "
                + a.label() + " and checks no ownership: " + why + ". backcheck found no comparison with the signed-in user, no owner "
                + "or tenant in the filter, and no role or policy check in the handler or the functions it calls (" + MAX_DEPTH + " calls deep).";
        String fixKey = m.isUser() ? "account" : "record";
        String fix = ctx.meta().fixText(app.framework(), fixKey);
        RuleContext.Builder b = ctx.report(a.at(), msg)
                .related(r.location(), r.label() + " is declared here")
                .related(m.at(), model + (m.isUser() ? " is declared here" : " declares its owner field here"));
        if (fix != null) b.fix(fix.replace("{model}", model).replace("{owner}", m.ownerFields().isEmpty() ? "userId" : m.ownerFields().get(0)));
        b.property("framework", app.framework()).add();
    }

    /** How the id reads in the framework: req.params.id, @Param('id'), c.req.param('id'), request.params.id. */
    private static String idSource(Req q, String framework) {
        String name = q.path().isEmpty() ? "" : q.path().get(0);
        return switch (framework) {
            case "nestjs" -> "@Param('" + name + "')";
            case "hono" -> "c.req.param('" + name + "')";
            case "fastify" -> "request.params." + name;
            default -> "req.params." + name;
        };
    }

    /** The handler's parameters, a caller decorator (@CurrentUser(), @GetUser('id')) bound to req.user. */
    private static List<Val> handlerArgs(Fn h) {
        List<Val> out = new ArrayList<>();
        for (int i = 0; i < h.params().size(); i++) {
            Fn.Param p = h.params().get(i);
            Val v = new Param(i, p.name(), List.of());
            for (Decorator d : p.decorators()) {
                if (d.requestPart() != null) continue;
                if (RecordAccess.USER_DECORATOR.matcher(d.name()).matches()) {
                    String field = d.args().isEmpty() ? null : Val.constString(d.arg(0));
                    v = new Req("user", field == null ? List.of() : List.of(field));
                }
            }
            out.add(v);
        }
        return out;
    }

    /**
     * A role, owner or policy check on the route: middleware or guards named for it ({@code requireRole('admin')},
     * {@code isOwner}, {@code PoliciesGuard}), a middleware factory called with a role, or Nest metadata on the
     * handler or its controller ({@code @Roles('admin')}, {@code @CheckPolicies(..)}, {@code @Auth(Role.ADMIN)}).
     */
    private static boolean roleOrPolicyOnRoute(Route r, Application app, FileFacts file, CallIndex index, Project project, Lines lines) {
        boolean nest = app.framework().equals("nestjs");
        for (Control c : r.chain()) {
            String n = c.name();
            if (n == null) continue;
            if (OWNERISH.matches(n)) return true;
            // a Nest roles guard without role metadata lets everyone through: the decorators decide
            if (!nest && ROLEISH.matches(n)) return true;
        }
        // preHandler: [authenticate, authorize({ permissions: ['delete:users'] })] where the project's role table grants
        // that permission to some roles only, and the middleware the factory makes reads the table and answers 403
        for (Control c : r.chain()) {
            if (tablePermissionCheck(c, project, index, lines)) return true;
        }
        // router.use(authorize('ADMIN', 'SUPER_ADMIN')) before the routes: a middleware factory given a role, mounted on the
        // router (the route's own arguments are read below)
        for (Control c : r.chain()) {
            Location at = c.location();
            if (at == null || !"global".equals(c.scope()) || at.equals(r.location())) continue;
            FileFacts cf = project.file(at.path());
            if (cf == null) continue;
            for (Site site : lines.at(cf, at.line())) {
                for (Val a : site.cs().args()) {
                    if (a instanceof Call mc && mc.args().stream().anyMatch(MissingOwnershipCheckRule::roleArg)
                            && c.name() != null && c.name().equals(Vals.lastName(mc.callee()))) return true;
                }
            }
        }
        List<Decorator> decs = new ArrayList<>(r.handler().decorators());
        ClassInfo owner = index.ownerOf(r.handler());
        if (owner != null) decs.addAll(owner.decorators());
        for (Decorator d : decs) {
            if (ROLEISH.matches(d.name()) || OWNERISH.matches(d.name())) return true;
            for (Val a : d.args()) if (roleArg(a)) return true;
        }
        // router.delete('/:id', auth, authorize('admin'), handler): a middleware factory given a role
        Location at = r.location();
        FileFacts declared = at == null ? null : project.file(at.path());
        if (declared != null) {
            for (Site site : lines.at(declared, at.line())) {
                Fn fn = site.fn();
                CallSite cs = site.cs();
                for (Val a : cs.args()) {
                    // a middleware of the route (inline or the project's own) that answers 403 after its own check
                    if (!(a instanceof Lit) && !nest) {
                        Project.FnRef mw = index.resolve(a, false, declared, fn);
                        if (mw == null && a instanceof FnVal fv) mw = new Project.FnRef(fv.fn(), declared);
                        // not the authentication middleware itself (it may answer 403 to a bad token)
                        if (mw != null && mw.fn() != r.handler() && forbids(project, mw) && !verifiesToken(mw, index)) return true;
                    }
                    if (a instanceof Call c && (c.args().stream().anyMatch(MissingOwnershipCheckRule::roleArg) || authzFactory(c)
                            || ROLEISH.matches(String.valueOf(Vals.lastName(c.callee())))
                            || OWNERISH.matches(String.valueOf(Vals.lastName(c.callee()))))) return true;
                    if (a instanceof Arr arr) {
                        for (Val x : arr.items()) {
                            String n = Vals.lastName(x);
                            if (n != null && (ROLEISH.matches(n) || OWNERISH.matches(n))) return true;
                            if (x instanceof Call c && c.args().stream().anyMatch(MissingOwnershipCheckRule::roleArg)) return true;
                        }
                    }
                    String n = a instanceof Local || a instanceof Ref || a instanceof Member ? Vals.lastName(a) : null;
                    if (n != null && (ROLEISH.matches(n) || OWNERISH.matches(n))) return true;
                }
            }
        }
        return false;
    }

    /**
     * The call at {@code at} makes a middleware from permissions a constant role table of the project grants to some roles
     * only ({@link dev.backcheck.concepts.RoleTables}), and the middleware it makes turns the caller away (403) after
     * consulting that table (in the functions it calls, {@value #TABLE_DEPTH} deep).
     */
    private static boolean tablePermissionCheck(Control c, Project project, CallIndex index, Lines lines) {
        // (the project's tables, read once per scan: this is asked for every control of every route)
        if (lines.tables == null) lines.tables = dev.backcheck.concepts.RoleTables.of(project).tables();
        List<dev.backcheck.concepts.RoleTables.Table> tables = lines.tables;
        Location at = c.location();
        if (tables.isEmpty() || at == null || c.name() == null) return false;
        // the answer depends on the file, the line and the name only: an application's middleware is in every route's chain
        TableKey key = new TableKey(at.path(), at.line(), c.name());
        Boolean known = lines.tableChecks.get(key);
        if (known != null) return known;
        FileFacts file = project.file(at.path());
        if (file == null) return false;
        boolean answer = tablePermissionCheck(c.name(), at, file, tables, project, index, lines);
        lines.tableChecks.put(key, answer);
        return answer;
    }

    private static boolean tablePermissionCheck(String controlName, Location at, FileFacts file,
            List<dev.backcheck.concepts.RoleTables.Table> tables, Project project, CallIndex index, Lines lines) {
        String name = controlName.contains(".") ? controlName.substring(controlName.lastIndexOf('.') + 1) : controlName;
        for (Site site : lines.at(file, at.line())) {
            Fn fn = site.fn();
            CallSite cs = site.cs();
            // the factory call itself, or written among the registration's arguments (preHandler: [.., authorize({..})])
            List<Call> made = new ArrayList<>();
            if (name.equals(cs.methodName()) && !cs.isNew()) made.add(new Call(cs.callee(), cs.args(), cs.location()));
            for (Val a : cs.args()) Vals.anyPart(a, x -> {
                if (x instanceof Call ic && name.equals(Vals.lastName(ic.callee())) && made.size() < 8) made.add(ic);
                return false;
            });
            for (Call m : made) {
                Set<String> perms = new TreeSet<>();
                for (Val a : m.args()) Vals.anyPart(a, x -> {
                    if (x instanceof Lit l && l.value() instanceof String v) perms.add(v);
                    return false;
                });
                if (perms.isEmpty()) continue;
                Project.FnRef factory = index.resolve(m.callee(), false, file, fn);
                if (factory == null || !forbids(project, factory)) continue;
                for (dev.backcheck.concepts.RoleTables.Table t : tables) {
                    if (t.restricts(perms) && readsTable(factory, t, project, 0, new HashSet<>())) return true;
                }
            }
        }
        return false;
    }

    private static final int TABLE_DEPTH = 4;

    /** What a table-permission answer depends on: the control's file, line and name. */
    private record TableKey(String path, int line, String name) {
        // (written out: a record's generated equals and hashCode go through method handles the launcher's C1 does not inline)
        @Override
        public boolean equals(Object o) {
            return o instanceof TableKey k && line == k.line && java.util.Objects.equals(path, k.path) && name.equals(k.name);
        }

        @Override
        public int hashCode() {
            return (java.util.Objects.hashCode(path) * 31 + line) * 31 + name.hashCode();
        }
    }

    /** A call and the function it is written in. */
    private record Site(Fn fn, CallSite cs) {}

    /**
     * Per scan: the calls of a file by line (each line's calls in the order of {@link Analysis#functions} and of each
     * function's calls, the order the walks above read them in), and the table-permission answers by control. Both
     * walks asked every call of the route's file for each route and control; a file of many routes, or the
     * application's middleware in every chain, made that routes x calls (60% of a 1M-line scan).
     */
    private static final class Lines {
        private final Map<FileFacts, Map<Integer, List<Site>>> byFile = new IdentityHashMap<>();
        private final Map<TableKey, Boolean> tableChecks = new HashMap<>();
        /** The project's role tables ({@link dev.backcheck.concepts.RoleTables}), once asked. */
        private List<dev.backcheck.concepts.RoleTables.Table> tables;

        List<Site> at(FileFacts file, int line) {
            Map<Integer, List<Site>> m = byFile.computeIfAbsent(file, f -> {
                Map<Integer, List<Site>> out = new HashMap<>();
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        if (cs.location() == null) continue;
                        out.computeIfAbsent(cs.location().line(), k -> new ArrayList<>(2)).add(new Site(fn, cs));
                    }
                }
                return out;
            });
            return m.getOrDefault(line, List.of());
        }
    }

    /** {@code fr} or a project function it calls ({@value #TABLE_DEPTH} deep) reads the table (its value, or its name in its own module). */
    private static boolean readsTable(Project.FnRef fr, dev.backcheck.concepts.RoleTables.Table t, Project project, int depth, Set<Fn> seen) {
        if (depth > TABLE_DEPTH || !seen.add(fr.fn())) return false;
        List<Fn> all = new ArrayList<>();
        Walk.collect(fr.fn(), all, 0);
        boolean home = fr.file().path().equals(t.file());
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (t.namedIn(cs.callee(), home) || cs.args().stream().anyMatch(a -> t.namedIn(a, home))) return true;
                Project.FnRef next;
                try {
                    next = project.function(cs.callee(), fr.file());
                } catch (RuntimeException e) {
                    next = null;
                }
                if (next != null && readsTable(next, t, project, depth + 1, seen)) return true;
            }
            if (f.returns().stream().anyMatch(v -> t.namedIn(v, home))) return true;
        }
        return false;
    }

    private static boolean verifiesToken(Project.FnRef mw, CallIndex index) {
        try {
            return index.analysis().summary(mw.fn(), mw.file()).verifiesToken();
        } catch (RuntimeException e) {
            return true; // unknown: not counted as a role check
        }
    }

    /** A function that turns the caller away with 403 (a role or owner check), or tests the caller in a 401/403 branch. */
    private static boolean forbids(Project project, Project.FnRef ref) {
        List<Fn> all = new ArrayList<>();
        Walk.collect(ref.fn(), all, 0);
        dev.backcheck.concepts.ResponseStatuses statuses = dev.backcheck.concepts.ResponseStatuses.of(project);
        for (Fn f : all) {
            if (statuses.statuses(f, ref.file()).contains(403) || f.throwsTypes().stream().anyMatch(t -> t.startsWith("Forbidden"))) return true;
            for (CallSite.Guard g : f.authTests()) {
                if (RecordAccess.mentions(g.left(), x -> x instanceof Req q && q.part().equals("user") && !q.path().isEmpty()
                        && ROLEISH.matches(q.path().get(q.path().size() - 1)), 0)) return true;
            }
        }
        return false;
    }

    /** 'admin', Role.ADMIN, [RoleType.ADMIN], UserRole.Manager: a role named as a middleware or decorator argument. */
    private static boolean roleArg(Val a) {
        if (a instanceof Arr arr) return arr.items().stream().anyMatch(MissingOwnershipCheckRule::roleArg);
        String s = Val.constString(a);
        if (s != null) return ROLEISH.matches(s) || ROLE_WORD.matcher(s).matches();
        // Role.ADMIN, PERMISSIONS.POST_DELETE_ANY, Scopes.WRITE_ORDERS: a member of a roles or permissions table
        List<String> names = new ArrayList<>();
        if (a instanceof Ref r) {
            names.add(r.export());
            names.addAll(r.path());
        } else if (a instanceof Local l) {
            names.add(l.name());
            names.addAll(l.path());
        } else if (a instanceof Member m) {
            names.add(m.prop());
            String o = Vals.lastName(m.object());
            if (o != null) names.add(o);
        }
        for (String n : names) {
            if (n != null && (ROLEISH.matches(n) || OWNERISH.matches(n) || n.toLowerCase(Locale.ROOT).contains("scope"))) return true;
        }
        return false;
    }

    /**
     * A middleware factory named for authorisation and given its terms: authorize([..]), permit('editor'),
     * requirePermission(..), allowOnly(..), restrictTo(..); not a validator (check('email')) or a token check.
     */
    private static final Pattern AUTHZ_FACTORY = Pattern.compile(
            "(?i)(authori[sz]e|permit|allow|require|has|can|guard|restrict|only|access|grant|ensure)\\w*");

    private static boolean authzFactory(Call c) {
        String n = Vals.lastName(c.callee());
        if (n == null || c.args().isEmpty() || !AUTHZ_FACTORY.matcher(n).matches()) return false;
        String l = n.toLowerCase(Locale.ROOT);
        return !(l.contains("auth") && !l.contains("authori")) && !l.contains("token") && !l.contains("login") && !l.contains("valid");
    }

    /** An access by a path id that nothing ties to the caller, and the id it is chosen by. */
    private record Found(RecordAccess.Access access, Req id) { }

    /** One walk over a handler and the project functions it calls, its arguments bound to their parameters. */
    private static final class Walk {
        final Project project;
        final RecordAccess records;
        final CallIndex index;
        final IdentityHashMap<Fn, Boolean> visited = new IdentityHashMap<>();
        final List<Found> found = new ArrayList<>();
        boolean ownerEvidence;

        final boolean getRoute;
        final dev.backcheck.concepts.ResponseStatuses statuses;

        Walk(Project project, RecordAccess records, CallIndex index, boolean getRoute) {
            this.getRoute = getRoute;
            this.statuses = dev.backcheck.concepts.ResponseStatuses.of(project);
            this.project = project;
            this.records = records;
            this.index = index;
        }

        void visit(Fn fn, FileFacts file, List<Val> args, int depth) {
            if (fn == null || ownerEvidence || visited.put(fn, true) != null) return;
            List<Fn> all = new ArrayList<>();
            collect(fn, all, 0);
            for (Fn f : all) {
                List<Val> bound = args;
                // a 403 on the way (also through a project helper: errorResponse(res, 403, ..)): the code decides who may do this
                if (statuses.statuses(f, file).contains(403) || f.throwsTypes().stream().anyMatch(t -> t.startsWith("Forbidden"))) ownerEvidence = true;
                for (CallSite.Guard g : f.authTests()) if (ownerTest(g, bound)) ownerEvidence = true;
                for (CallSite cs : f.calls()) {
                    for (CallSite.Guard g : cs.guards()) if (ownerTest(g, bound)) ownerEvidence = true;
                    call(cs, f, file, bound, depth);
                    if (ownerEvidence) return;
                }
            }
        }

        /** A guard that compares a record or id with the caller, or tests the caller's role. */
        private boolean ownerTest(CallSite.Guard g, List<Val> bound) {
            CallSite.Guard b = new CallSite.Guard(RouteBehaviour.bind(g.left(), bound), g.op(),
                    g.right() == null ? null : RouteBehaviour.bind(g.right(), bound), g.holds());
            if (RecordAccess.ownerComparison(b)) return true;
            // if (!room.members.includes(req.user.id)), if (!project.members.some(m => m.equals(userId))): membership of the caller
            if (b.op().equals("truthy") && b.left() instanceof Call c && !RecordAccess.isSignedInUser(b.left())
                    && c.args().stream().anyMatch(RecordAccess::mentionsSignedInUser)) return true;
            // if (!req.user.isAdmin), if (user.roles.includes('admin')), if (user.role === Role.ADMIN)
            return RecordAccess.mentions(b.left(), x -> RecordAccess.isSignedInUser(x) || x instanceof Member mm && ROLEISH.matches(mm.prop())
                    && RecordAccess.mentionsSignedInUser(mm.object()), 0) && RecordAccess.mentions(b.left(), x -> {
                        String n = Vals.lastName(x);
                        return n != null && !(x instanceof Lit) && ROLEISH.matches(n);
                    }, 0);
        }

        private void call(CallSite cs, Fn f, FileFacts file, List<Val> bound, int depth) {
            String m = cs.methodName();
            if (m != null && CHECK_CALL.matcher(m).matches()) {
                ownerEvidence = true;
                return;
            }
            RecordAccess.Access a = records.access(cs, f, file);
            if (a != null) {
                judge(a, bound);
                if (ownerEvidence) return;
            }
            if (depth >= MAX_DEPTH) return;
            Project.FnRef target = index.resolve(cs, file, f);
            if (target == null || target.fn() == f) return;
            List<Val> callArgs = new ArrayList<>();
            for (Val x : cs.args()) callArgs.add(RouteBehaviour.bind(x, bound));
            visit(target.fn(), target.file(), callArgs, depth + 1);
        }

        private void judge(RecordAccess.Access a, List<Val> bound) {
            Map<String, Val> where = new LinkedHashMap<>();
            a.where().forEach((k, v) -> where.put(k, RouteBehaviour.bind(v, bound)));
            // a lookup scoped to the caller (this one or an earlier membership check): ownership is part of the query
            for (Val v : where.values()) {
                if (RecordAccess.mentionsSignedInUser(v)) {
                    ownerEvidence = true;
                    return;
                }
            }
            RecordAccess.Model m = a.model();
            if (m == null) return;
            Req id = null;
            String idKey = null;
            for (Map.Entry<String, Val> e : where.entrySet()) {
                Req q = RecordAccess.pathParam(e.getValue());
                if (q != null) {
                    if (id != null) return; // two path parameters: a nested resource whose parent decides
                    id = q;
                    idKey = e.getKey();
                }
            }
            if (id == null) return;
            for (Map.Entry<String, Val> e : where.entrySet()) {
                String k = e.getKey();
                if (k.equals(idKey)) continue;
                // a constant condition (isDeleted: false, status: Status.ACTIVE, deletedAt: null) says nothing about who asks
                if (constant(e.getValue())) continue;
                // a filter built elsewhere, a spread, an owner or tenant column, or another constraint the caller cannot choose;
                // later writes of the same id on this walk come after that scoped lookup (findById(tenantId, id) before
                // update({ where: { id } })), which throws or answers when the record is not the caller's
                scoped.add(id);
                return;
            }
            if (!(idKey.equals("id") || idKey.equals("_id") || idKey.endsWith(".id") || idKey.endsWith("Id") || idKey.equals("uuid")
                    || idKey.endsWith("_id") || idKey.equals("slug"))) return;
            if (a.onlyCounts()) return; // a like, a view, a follow: counted on someone else's record by design
            if (m.isUser()) {
                if (a.op() == RecordAccess.Op.READ) return; // a profile read: public or not, the account is not changed
            } else if (m.ownerFields().isEmpty()) {
                return; // no owner: catalogue or shared data
            }
            // reading someone else's post, event or profile is usually the point; a private record's read is not
            if (a.op() == RecordAccess.Op.READ && (!getRoute || !PRIVATE_RECORD.matcher(m.name()).matches())) return;
            if (scoped.contains(id)) return;
            found.add(new Found(a, id));
        }

        /** Ids an earlier lookup of the walk constrained by something the caller cannot choose (a tenant, an owner column). */
        final Set<Req> scoped = new HashSet<>();

        private static boolean constant(Val v) {
            if (v instanceof Lit) return true;
            if (v instanceof Ref r) return !r.path().isEmpty(); // an enum member: Status.ACTIVE
            if (v instanceof Obj o) return !o.props().isEmpty() && o.props().values().stream().allMatch(Walk::constant);
            if (v instanceof Arr a) return a.items().stream().allMatch(Walk::constant);
            return false;
        }

        static void collect(Fn fn, List<Fn> out, int depth) {
            out.add(fn);
            if (depth > 3) return;
            for (Fn n : fn.nested()) collect(n, out, depth + 1);
        }
    }
}

