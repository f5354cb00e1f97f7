package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Application;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where authentication a middleware's summary shows does not run: the options a factory made the middleware with, and
 * the skip list of an application-wide hook.
 *
 * <p>A middleware made by a project factory with an option that turns its refusal off
 * ({@code authMiddleware({ required: false })}, {@code auth(false)}) verifies a token when one is sent and lets
 * everyone else through: optional authentication, see {@link #optionalByOptions}.
 *
 * <p>Application-wide authentication hooks that let some routes through: the skip list of a global hook or middleware.
 * {@code fastify.addHook('onRequest', async (req) => { if (PUBLIC.includes(req.routeOptions.url) || req.url.startsWith('/health')) return; await req.jwtVerify() })},
 * the Express {@code app.use((req, res, next) => open.some(p => req.path.startsWith(p)) ? next() : requireAuth(req, res, next))},
 * or a route option the hook reads ({@code config: { public: true }} tested as {@code req.routeOptions.config.public}).
 * A route is skipped when every call of the hook that authenticates (a token verification, a project guard, a 401/403
 * answer or error) runs under a condition the route's path or options make false. A condition backcheck cannot decide
 * for the route (a path parameter where a listed path is compared, a list it cannot read) leaves the route protected.
 */
public final class Authentication {
    private final Project project;
    private final Analysis analysis;
    /** Per hook function: its authenticating calls with the conditions each runs under (null: not a hook to judge). */
    private final Map<Fn, List<List<Cond>>> gates = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /** Per hook function: its rate-limiting calls with the conditions each runs under. */
    private final Map<Fn, Map<String, List<List<Cond>>>> limitGates = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    private Authentication(Project project) {
        this.project = project;
        this.analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
    }

    public static Authentication of(Project project) {
        return project.derived(Authentication.class, Authentication::new);
    }

    /** A condition an authenticating call runs under: {@code test} must evaluate to {@code holds}. */
    private record Cond(Val left, String op, Val right, boolean holds, FileFacts file, Map<Integer, Val> bound, Fn in,
                        java.util.function.UnaryOperator<Val> sub) {
        Cond(Val left, String op, Val right, boolean holds, FileFacts file, Map<Integer, Val> bound) {
            this(left, op, right, holds, file, bound, null, java.util.function.UnaryOperator.identity());
        }
    }

    /**
     * The applications with the routes a global authentication hook skips shown without it: the hook stays on the chain
     * as an {@link ControlKind#OTHER} control named {@code "<hook> (skips this route)"}. Applications with no such route
     * are returned as they are.
     */
    public static List<Application> apply(Project project, List<Application> apps) {
        Authentication s = of(project);
        List<Application> out = new ArrayList<>(apps.size());
        for (Application a : apps) out.add(s.apply(a));
        return out;
    }

    private Application apply(Application app) {
        Map<Route, Route> changed = new LinkedHashMap<>();
        // the path prefix each control is mounted under (its first mount with one), read once per application: asked
        // for every route's global controls, a walk of the mounts per ask was routes x mounts (issue 14)
        Map<Location, String> prefixes = new java.util.HashMap<>();
        for (Application.Mount m : app.mounts()) {
            if (m.control().location() != null && m.pathPrefix() != null) prefixes.putIfAbsent(m.control().location(), m.pathPrefix());
        }
        for (Route r : app.routes()) {
            if (!r.isHttp()) continue;
            List<Control> chain = null;
            for (int i = 0; i < r.chain().size(); i++) {
                Control c = r.chain().get(i);
                if (c.kind() != ControlKind.AUTH && c.kind() != ControlKind.RATE_LIMIT || !"global".equals(c.scope()) || c.location() == null) continue;
                if (!skips(app, c, r, prefixes.getOrDefault(c.location(), ""))) continue;
                if (chain == null) chain = new ArrayList<>(r.chain());
                chain.set(i, new Control(ControlKind.OTHER, c.name() + " (skips this route)", c.location(), c.parts(), c.scope(), c.options()));
            }
            if (chain != null) {
                changed.put(r, new Route(r.method(), r.path(), r.location(), r.handler(), chain, r.frameworkValidated(), r.order(),
                        r.inputs(), r.version(), r.kind(), r.profile()));
            }
        }
        if (changed.isEmpty()) return app;
        List<Route> routes = new ArrayList<>();
        for (Route r : app.routes()) routes.add(changed.getOrDefault(r, r));
        List<Application.Mount> mounts = new ArrayList<>();
        for (Application.Mount m : app.mounts()) {
            List<Route> before = new ArrayList<>(m.routesBefore().size());
            for (Route r : m.routesBefore()) before.add(changed.getOrDefault(r, r));
            mounts.add(new Application.Mount(m.control(), m.pathPrefix(), before));
        }
        return new Application(app.framework(), app.location(), routes, mounts, app.unmounted(), app.errorHandlers(), app.listens(), app.signals());
    }

    /**
     * Whether the global authentication control {@code c} lets route {@code r} through by a skip list or a route option;
     * for a global rate-limit control, whether every call of its hook that limits (a project limiter run on the request,
     * a 429 answer) is ruled out for the route so.
     */
    public boolean skips(Application app, Control c, Route r) {
        String prefix = "";
        for (Application.Mount m : app.mounts()) {
            if (m.control().location() != null && m.control().location().equals(c.location()) && m.pathPrefix() != null) {
                prefix = m.pathPrefix();
                break;
            }
        }
        return skips(app, c, r, prefix);
    }

    /** {@link #skips(Application, Control, Route)} with the path prefix {@code c} is mounted under in {@code app} ("" for none). */
    private boolean skips(Application app, Control c, Route r, String prefix) {
        FileFacts file = project.files().get(c.location().path());
        if (file == null) return false;
        Ctx ctx = new Ctx(app.framework(), r, prefix, "nestjs".equals(app.framework()) && project.dependsOn("@nestjs/platform-fastify") && !project.dependsOn("@nestjs/platform-express"));
        boolean any = false;
        boolean limits = c.kind() == ControlKind.RATE_LIMIT;
        for (Project.FnRef hook : hooksOf(app, c, file)) {
            List<List<Cond>> calls = limits ? limitCalls(hook, c.name()) : gates.computeIfAbsent(hook.fn(), k -> authCalls(hook));
            if (calls == null || calls.isEmpty()) continue;
            // every authenticating call must be ruled out for the route
            for (List<Cond> conds : calls) {
                boolean ruledOut = false;
                for (Cond g : conds) {
                    Boolean v = eval(g, ctx, 0);
                    if (v != null && v != g.holds()) {
                        ruledOut = true;
                        break;
                    }
                }
                if (!ruledOut) return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether the middleware {@code inner} that factory {@code factory} returns, made with {@code args}, turns no anonymous
     * caller away: each of its refusals (a 401/403 answer, an Unauthorized error) runs only under a test of a factory
     * option that {@code args} make fail ({@code if (required) return res.status(401)} made with {@code { required: false }}),
     * and each token verification runs only when the request carries the token or inside a try. An option left out
     * (its default unknown), or a refusal under no such test, keeps the middleware authenticating.
     */
    public static boolean optionalByOptions(Project project, Project.FnRef factory, Fn inner, List<Val> args, FileFacts argFile) {
        if (factory == null || inner == null || factory.fn() == inner) return false;
        List<Fn> all = new ArrayList<>();
        Analysis.collect(inner, all, 0);
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        boolean refusals = false;
        for (Fn f : all) {
            boolean seenHere = false;
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                boolean refuses = cs.isNew() ? m != null && REFUSAL.matcher(m).matches()
                        : m != null && STATUS.contains(m) && cs.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Double d && (d == 401 || d == 403));
                // throw err('UNAUTHORIZED') of a project error maker (the error it makes answers 401/403)
                if (!refuses && m != null) {
                    Integer made = analysis.errorStatus(cs, factory.file());
                    refuses = made != null && (made == 401 || made == 403);
                }
                boolean verifies = !cs.isNew() && m != null && VERIFY.contains(m);
                if (refuses) {
                    refusals = true;
                    if (cs.isNew()) seenHere = true;
                    if (!offByOption(project, factory, inner, cs.guards(), args, argFile)) return false;
                } else if (verifies) {
                    boolean tried = f.catches().stream().anyMatch(c -> c.inBlock(cs.location()));
                    boolean onlyWithToken = cs.guards().stream().anyMatch(g -> g.op().equals("truthy") && g.holds() && g.left() instanceof Req);
                    if (!tried && !onlyWithToken && !offByOption(project, factory, inner, cs.guards(), args, argFile)) return false;
                }
            }
            // an error thrown that no construction call shows: not judged
            if (!seenHere && f.throwsTypes().stream().anyMatch(t -> REFUSAL.matcher(t).matches())) return false;
        }
        return refusals;
    }

    /**
     * Whether one of {@code guards} tests a factory option that {@code args} make fail, asked as {@link
     * dev.backcheck.frameworks.ModelSupport.CallContext#reachable} asks it for project wrappers: the factory's call pushed
     * with its arguments, a destructured option with a default ({@code { required = true } = {}}) read as the caller's
     * value, else the default.
     */
    private static boolean offByOption(Project project, Project.FnRef factory, Fn inner, List<CallSite.Guard> guards, List<Val> args, FileFacts argFile) {
        List<CallSite.Guard> options = new ArrayList<>();
        for (CallSite.Guard g : guards) {
            Val left = g.left();
            if (left instanceof OneOf o && o.test() == null && o.options().size() == 2 && o.options().get(0) instanceof Param) left = o.options().get(0);
            if (!(left instanceof Param p)) continue;
            // the factory's parameter, not the middleware's own (same index, other name)
            Fn.Param fp = factory.fn().param(p.index());
            Fn.Param ip = inner.param(p.index());
            if (fp == null || !fp.name().equals(p.name()) || ip != null && ip.name().equals(p.name())) continue;
            options.add(g);
        }
        if (options.isEmpty()) return false;
        dev.backcheck.frameworks.ModelSupport.CallContext ctx = dev.backcheck.frameworks.ModelSupport.CallContext.push(null, factory.fn(),
                factory.file(), args, argFile, null);
        return !dev.backcheck.frameworks.ModelSupport.CallContext.reachable(project, options, factory.file(), ctx);
    }

    /** The AUTH cell of a route whose handler authenticates its caller itself ({@link #handlerAuthenticatesCaller}). */
    public static final String LOGIN_IN_HANDLER = "own 401/403 check in its handler";

    /**
     * The routes whose AUTH cell is {@link #LOGIN_IN_HANDLER}: no authentication control runs on them, and the handler turns a
     * caller who is not signed in away itself ({@link #handlerRequiresLogin}). What the route inventory (routes json) and the
     * fixture harness both ask.
     */
    public static java.util.function.Predicate<Route> loginInHandler(Project project) {
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        return r -> LOGIN_IN_HANDLER.equals(publicNote(project, r)) && handlerRequiresLogin(analysis, r);
    }

    /** The AUTH cell of a route whose handler turns away a caller without a configured secret ({@link #handlerChecksSecret}). */
    public static final String SECRET_IN_HANDLER = "own shared-secret check in its handler";

    /**
     * The AUTH cell the route inventory (routes json, the fixture harness) gives a route no authentication control runs on
     * and whose handler checks its caller itself, or null: {@link #LOGIN_IN_HANDLER} for a signed-in caller
     * ({@link #loginInHandler}), {@link #SECRET_IN_HANDLER} for a caller who must send the deployment's secret (an
     * operator's key, a provider's bearer key).
     */
    public static java.util.function.Function<Route, String> handlerCheck(Project project) {
        java.util.function.Predicate<Route> login = loginInHandler(project);
        return r -> login.test(r) ? LOGIN_IN_HANDLER : SECRET_IN_HANDLER.equals(publicNote(project, r)) ? SECRET_IN_HANDLER : null;
    }

    /**
     * Whether the handler's 401/403 turns away every caller who does not send a secret the deployment holds: the test
     * that gets a request past it is {@link Analysis#secretTest} ({@code if (!expected || body.adminKey !== expected)
     * return reply.code(403)}, {@code if (!header || !(await timingSafeEqual(header, `Bearer ${key}`))) throw new
     * AppError('Unauthorized', 401)}), in the handler or a helper it hands the request to ({@code assertInternalBearer(request)}).
     * A check asked only where a secret is configured ({@code if (expected && header !== expected)}) leaves the route open
     * elsewhere and is no such test.
     */
    public static boolean handlerChecksSecret(Analysis analysis, Route r) {
        if (r.handler() == null) return false;
        FileFacts hf = analysis.fnFile(r.handler());
        return hf != null && checksSecret(analysis, r.handler(), hf, 0);
    }

    /**
     * Whether the secret test {@code g} is asked only where the secret is configured: {@code const token = cfg.METRICS_TOKEN;
     * if (token) { if (auth !== `Bearer ${token}`) return reply.status(401) } return metrics()}: the refusal runs under
     * {@code token} holding, and the answer after it does not (with no token configured, anyone gets the metrics). An early
     * exit for a missing secret ({@code if (!key) throw 500}) puts that test on every later call, the answer's too: not this.
     */
    private static boolean askedIfConfigured(Fn f, CallSite.Guard g) {
        List<Val> held = new ArrayList<>();
        for (Val side : new Val[]{g.left(), g.right()}) {
            if (side == null) continue;
            if (side instanceof Call c) held.addAll(c.args());
            else held.add(side);
        }
        CallSite refusal = null;
        for (CallSite cs : f.calls()) {
            boolean refuses = cs.args().stream().anyMatch(Authentication::refusalStatus) || (cs.isNew() && cs.methodName() != null
                    && REFUSAL.matcher(cs.methodName()).matches());
            if (!refuses) continue;
            for (CallSite.Guard og : cs.guards()) {
                if (!"truthy".equals(og.op()) || !og.holds() || og.left() == null || og.left() instanceof Req) continue;
                Val tested = og.left();
                if (held.stream().anyMatch(h -> Vals.anyPartDeep(h, x -> x.equals(tested), 100))) {
                    refusal = cs;
                    break;
                }
            }
            if (refusal != null) break;
        }
        if (refusal == null) return false;
        Location at = refusal.location();
        List<CallSite.Guard> under = refusal.guards();
        for (CallSite cs : f.calls()) {
            Location l = cs.location();
            boolean after = l.line() > at.endLine() || l.line() == at.endLine() && l.column() > at.endColumn();
            if (!after) continue;
            // a later call that does not run under the refusal's test of the secret: served with no secret configured
            boolean sameTest = cs.guards().stream().anyMatch(x -> "truthy".equals(x.op()) && x.holds() && under.stream()
                    .anyMatch(u -> "truthy".equals(u.op()) && u.holds() && u.left() != null && u.left().equals(x.left())
                            && held.stream().anyMatch(h -> Vals.anyPartDeep(h, y -> y.equals(u.left()), 100))));
            if (!sameTest) return true;
        }
        return false;
    }

    private static boolean checksSecret(Analysis analysis, Fn fn, FileFacts file, int depth) {
        List<Fn> all = new ArrayList<>();
        Analysis.collect(fn, all, 0);
        for (Fn f : all) for (CallSite.Guard g : f.authTests()) if (Analysis.secretTest(g) && !askedIfConfigured(f, g)) return true;
        // this.assertDevKey(devKey): a helper handed the credential header compares it with the secret
        if (depth == 0 && secretCheckedByHelper(analysis, fn, file)) return true;
        // a signature over the request, made with the secret the sender shares, refused with 401/403
        if (depth == 0 && signatureRefused(analysis, fn, file)) return true;
        if (depth >= 2) return false;
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.isNew() || f.inLenientTry(cs.location()) || Analysis.failureServedInCatch(f, cs) || !handsRequest(cs, fn)) continue;
                Project.FnRef t = analysis.resolveCallee(cs.callee(), file, f);
                if (t != null && t.fn() != fn && t.fn() != f && t.file() != null && analysis.summary(t.fn(), t.file()).rejectsUnauthenticated()
                        && checksSecret(analysis, t.fn(), t.file(), depth + 1)) return true;
            }
        }
        return false;
    }

    /**
     * Why a route no authentication runs on is public by design, for the route inventory, or null: declared in the
     * config's {@code public-routes}, or its handler verifies something else ({@link dev.backcheck.model.RouteBehaviour}:
     * a signed token, a one-time code, a signature, a captcha, a password, a shared secret). Only mutations are judged
     * (a read is public or not by what it shows, which the handler's checks do not say). A route of any method whose
     * handler turns a caller with no login away itself is named so ({@link #LOGIN_IN_HANDLER}): protected, not public.
     */
    public static String publicNote(Project project, Route r) {
        if (!r.isHttp() || r.has(ControlKind.AUTH) || r.has(ControlKind.UNRESOLVED)) return null;
        if (r.isMutation() && project.config().publicRoutes().isPublic(r)) return "public (declared in public-routes)";
        // const ok = await authenticateRequest(request, reply); if (!ok) return;: no control on the chain, but the handler
        // turns a caller with no login away itself (a read as much as a write): protected, by its own code
        // (not a handler a project wrapper made from an options object, endpoint({ rules: { who: 'maybe' }, run }): the
        // model read what the options turn on, WrappedHandlers, and put its check on the chain where it runs)
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        if (handlerAuthenticatesCaller(analysis, r) && !madeFromOptions(project, r)) {
            // (a caller who must send the deployment's secret: an operator, a provider's server; not a signed-in user)
            // (its own constant-time compare read as a verification is still the secret's check; the app's login token is not)
            FileFacts hf = analysis.fnFile(r.handler());
            return handlerChecksSecret(analysis, r) && !verifiesLoginToken(analysis, r.handler(), hf) ? SECRET_IN_HANDLER : LOGIN_IN_HANDLER;
        }
        if (!r.isMutation()) return null;
        dev.backcheck.model.RouteBehaviour.Reason reason = publicReason(project, r);
        if (reason == null) return null;
        String why = switch (reason) {
            case SIGNED_TOKEN -> "verifies a signed token";
            case STORED_CODE -> "checks a one-time code";
            case SIGNATURE -> "checks a signature";
            case CAPTCHA -> "verifies a captcha";
            case PASSWORD -> "checks a password";
            case IDENTITY_PROVIDER -> "hands the credentials to an identity provider";
            case SIGN_UP -> "sign-up";
            case ONE_TIME_LINK -> "sends a one-time code or link";
            case ENDS_SESSION -> "logout";
            case AUTH_LIBRARY -> "an auth library's handler";
            case CLIENT_PASSWORD -> "takes a password";
            case REJECTS -> "its own 401/403 check";
            case SECRET_GATE -> "a shared secret";
            case CAPABILITY -> "a per-record access code";
            case FIRST_RUN -> "first-run setup";
            case DEV_ONLY -> "development only";
            default -> null;
        };
        return why == null ? null : "public (" + why + ")";
    }

    /**
     * Whether the route's handler is what a project function answers for an options object handed to it at the
     * registration ({@code app.post('/x', endpoint({ rules, run }))}): the wrapper's checks depend on those options, which
     * the framework model reads ({@link dev.backcheck.frameworks.WrappedHandlers}); the handler alone does not tell them.
     */
    private static boolean madeFromOptions(Project project, Route r) {
        FileFacts file = project.files().get(r.location().path());
        if (file == null) return false;
        for (Fn fn : Analysis.functions(file)) {
            for (CallSite cs : fn.calls()) {
                if (!r.location().equals(cs.location()) || cs.args().isEmpty()) continue;
                Val last = project.resolve(cs.args().get(cs.args().size() - 1), file).val();
                if (last instanceof Call c && c.args().stream().anyMatch(a -> a instanceof Obj) && project.function(c.callee(), file) != null) return true;
            }
        }
        return false;
    }

    /**
     * Whether the passport strategy named {@code name} (as {@code AuthGuard('local')} names it) checks a user name and
     * password sent in the request: a passport-local strategy. A guard running it is the sign-in itself, open to anyone
     * (a stranger is turned away only for a wrong password), no check of who is signed in. Read from the project's
     * strategy classes ({@code class LocalStrategy extends PassportStrategy(Strategy, 'name')} with Strategy from
     * passport-local, named 'local' unless told otherwise); with no such class, passport-local's own default name 'local'
     * when the project depends on passport-local.
     */
    /**
     * Whether the route's handler authenticates its caller itself: it reads who the caller is (the request's user or
     * session, a session cookie or bearer header it hands to a lookup, a helper that does) and answers 401/403 without
     * one ({@code const userId = await getUserId(request); if (!userId) return reply.status(401)}), as a middleware
     * would ({@link Analysis.Summary#rejectsUnauthenticated}). Such a route serves a signed-in caller; what it checks is
     * a session, not a secret the caller types.
     */
    public static boolean handlerAuthenticatesCaller(Analysis analysis, Route r) {
        if (r.handler() == null) return false;
        FileFacts hf = analysis.fnFile(r.handler());
        if (hf == null) return false;
        return rejectsThroughRequest(analysis, r.handler(), hf, 0) || verifiesLoginToken(analysis, r.handler(), hf)
                || signatureRefused(analysis, r.handler(), hf) || secretCheckedByHelper(analysis, r.handler(), hf);
    }

    /**
     * Whether the handler hands a credential the request carries (a header or cookie value: Nest's
     * {@code @Headers('x-dev-key') key}) to a project function or method that compares it with a secret the server holds
     * and refuses 401/403 otherwise: {@code this.assertDevKey(devKey)} with {@code if (devKey !== this.config.devKey())
     * throw new UnauthorizedException()}. The comparison is read with the helper's parameter replaced by what it was
     * handed ({@link Analysis#secretTest}); one asked only where the secret is configured does not count.
     */
    static boolean secretCheckedByHelper(Analysis analysis, Fn handler, FileFacts hf) {
        List<Fn> all = new ArrayList<>();
        Analysis.collect(handler, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.isNew() || f.inLenientTry(cs.location()) || Analysis.failureServedInCatch(f, cs)) continue;
                Map<Integer, Val> handed = new LinkedHashMap<>();
                for (int i = 0; i < cs.args().size(); i++) {
                    if (cs.arg(i) instanceof Req q && (q.part().equals("headers") || q.part().equals("cookies")) && !q.path().isEmpty()) handed.put(i, cs.arg(i));
                }
                if (handed.isEmpty()) continue;
                Project.FnRef t = analysis.resolveCallee(cs.callee(), hf, f);
                if (t == null || t.fn() == handler || t.fn() == f) continue;
                List<Fn> body = new ArrayList<>();
                Analysis.collect(t.fn(), body, 0);
                boolean refuses = false;
                for (Fn b : body) {
                    if (b.statuses().contains(401) || b.statuses().contains(403)) refuses = true;
                    for (CallSite c : b.calls()) {
                        if (c.isNew() && c.methodName() != null && REFUSAL.matcher(c.methodName()).matches()) refuses = true;
                    }
                }
                if (!refuses) continue;
                for (Fn b : body) {
                    for (CallSite.Guard g : b.authTests()) {
                        CallSite.Guard bound = new CallSite.Guard(handedTo(g.left(), handed, t.fn()), g.op(), handedTo(g.right(), handed, t.fn()), g.holds());
                        if (bound.equals(g) || !Analysis.secretTest(bound) || askedIfConfigured(b, g) || configuredOnly(b, g)) continue;
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a helper's refusals for the secret test {@code g} run only where the secret is configured: {@code if (expected)
     * { if (sent !== expected) throw 401 }} and no refusal where it is missing ({@code if (!expected) throw 401}): with none
     * configured the helper returns and its caller serves everyone.
     */
    private static boolean configuredOnly(Fn f, CallSite.Guard g) {
        List<Val> held = new ArrayList<>();
        for (Val side : new Val[]{g.left(), g.right()}) {
            if (side == null) continue;
            // (the value compared, or what a compare call is handed: timingSafeEqual(sent, expected))
            held.add(side);
            if (side instanceof Call c) held.addAll(c.args());
        }
        boolean ifSet = false, ifUnset = false;
        for (CallSite cs : f.calls()) {
            boolean refuses = cs.args().stream().anyMatch(Authentication::refusalStatus) || (cs.isNew() && cs.methodName() != null
                    && REFUSAL.matcher(cs.methodName()).matches());
            if (!refuses) continue;
            for (CallSite.Guard og : cs.guards()) {
                if (!"truthy".equals(og.op()) || og.left() == null || og.left() instanceof Req) continue;
                Val tested = og.left();
                if (held.stream().noneMatch(h -> Vals.anyPartDeep(h, x -> x.equals(tested), 100))) continue;
                if (og.holds()) ifSet = true;
                else ifUnset = true;
            }
        }
        return ifSet && !ifUnset;
    }

    /** {@code v} with the helper's own parameter (by index and name) replaced by the request value handed to it. */
    private static Val handedTo(Val v, Map<Integer, Val> handed, Fn helper) {
        if (v instanceof Param p && p.path().isEmpty() && handed.containsKey(p.index()) && helper.param(p.index()) != null
                && helper.param(p.index()).name().equals(p.name())) return handed.get(p.index());
        return v;
    }

    /** A signature verifier by its name: verifySlackSignature, verifyWebhookSignature, isValidSignature, validateHmac. */
    private static final Pattern SIGNATURE_VERIFIER = Analysis.SIGNATURE_VERIFIER;

    /**
     * Whether the handler answers 401/403 where a signature check of the request fails: {@code if
     * (!provider.verifyWebhookSignature(req.body, sig)) return res.status(401)..}, {@code if (!verifySlackSignature(req))
     * sendError(res, .., 401)}. The caller must hold the signing secret. A check run only when a signature header is sent
     * ({@code if (sig && !verify(..))}) lets every other request through and is no such refusal.
     */
    static boolean signatureRefused(Analysis analysis, Fn handler, FileFacts hf) {
        List<Fn> all = new ArrayList<>();
        Analysis.collect(handler, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                Integer st = refusalStatusOf(analysis, cs, hf, f);
                if (st == null || st != 401 && st != 403) continue;
                boolean signature = false, optional = false;
                for (CallSite.Guard g : cs.guards()) {
                    if (!"truthy".equals(g.op())) continue;
                    if (!g.holds() && g.left() instanceof Call c && c.callee() != null && Vals.lastName(c.callee()) != null
                            && SIGNATURE_VERIFIER.matcher(Vals.lastName(c.callee())).matches()
                            && c.args().stream().anyMatch(a -> Vals.anyPartDeep(a, x -> x instanceof Req, 64))) signature = true;
                    if (g.holds() && g.left() instanceof Req) optional = true;
                }
                if (signature && !optional && !f.inLenientTry(cs.location())) return true;
            }
        }
        return false;
    }

    /** The status a call answers or throws with: a literal status, a project error, a project helper's status. */
    private static Integer refusalStatusOf(Analysis analysis, CallSite cs, FileFacts file, Fn f) {
        String m = cs.methodName();
        if (m != null && (STATUS.contains(m) || HONO_ANSWERS.contains(m))) {
            for (Val a : cs.args()) if (refusalStatus(a)) return ((Double) ((Lit) a).value()).intValue();
        }
        if (cs.isNew() && m != null && (m.endsWith("Error") || m.endsWith("Exception"))) {
            for (Val a : cs.args()) if (refusalStatus(a)) return ((Double) ((Lit) a).value()).intValue();
        }
        Integer made = analysis.errorStatus(cs, file);
        return made != null ? made : analysis.helperAnswerStatus(cs, file, f);
    }

    /**
     * Whether the route's handler turns away a caller who is not signed in ({@link #handlerAuthenticatesCaller}) by a test
     * of who the caller is: a 401/403 whose check needs the request's user, session or attached identity, or what a
     * project function identifying the caller answers ({@code if (!user) return res.status(401)}, {@code if (!user ||
     * !user.isAdmin) return c.json(.., user ? 403 : 401)}), or the app's login token verified. A shared secret, a
     * webhook token, a password or a flag of the request checked in the handler is a check too, but not of a signed-in
     * caller: the route inventory names only these as protected by the handler.
     */
    public static boolean handlerRequiresLogin(Analysis analysis, Route r) {
        if (!handlerAuthenticatesCaller(analysis, r)) return false;
        FileFacts hf = analysis.fnFile(r.handler());
        if (verifiesLoginToken(analysis, r.handler(), hf)) return true;
        return testsIdentity(analysis, r.handler(), hf, 0);
    }

    private static final Set<String> SPRING_PRINCIPAL = Set.of("getAuthentication", "getPrincipal", "getUserPrincipal");

    private static boolean testsIdentity(Analysis analysis, Fn fn, FileFacts file, int depth) {
        List<Fn> all = new ArrayList<>();
        Analysis.collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite.Guard g : f.authTests()) {
                if ("truthy".equals(g.op()) && g.holds() && g.left() != null && analysis.identityValue(g.left(), file, f)) return true;
            }
            // Spring: SecurityContextHolder.getContext().getAuthentication() read by a handler that answers 401 (an
            // anonymous principal turned away)
            if (file.path().endsWith(".java") && f.calls().stream().anyMatch(cs -> SPRING_PRINCIPAL.contains(String.valueOf(cs.methodName())))) return true;
        }
        // const auth = await authenticateVaultRequest(c); if (!auth.ok) return auth.response: the helper verified who calls
        // and its failure answer (a 401) is what the handler sends
        if (analysis.returnsHelperRefusal(fn, file)) return true;
        if (depth >= 2) return false;
        // requireUser(request, reply) / authenticateRequest(c): the helper handed the request makes the test
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.isNew() || f.inLenientTry(cs.location()) || Analysis.failureServedInCatch(f, cs)) continue;
                if (!handsRequest(cs, fn)) continue;
                Project.FnRef t = analysis.resolveCallee(cs.callee(), file, f);
                if (t != null && t.fn() != fn && t.fn() != f && t.file() != null && analysis.summary(t.fn(), t.file()).rejectsUnauthenticated()
                        && testsIdentity(analysis, t.fn(), t.file(), depth + 1)) return true;
            }
        }
        return false;
    }

    /**
     * Whether the handler verifies a token with the project function the app's own authentication calls (its login token:
     * an SSE stream reading {@code ?access_token=} because EventSource sends no header, {@code verifyAccessToken(q.access_token,
     * secret)} as the bearer hook does) and answers 401/403 itself: protected as the hook would protect it. A verifier only
     * handlers call (a reset or invitation token) is not the login.
     */
    private static boolean verifiesLoginToken(Analysis analysis, Fn handler, FileFacts hf) {
        Project project = analysis.project();
        List<Fn> all = new ArrayList<>();
        Analysis.collect(handler, all, 0);
        boolean refuses = false;
        for (Fn f : all) {
            if (f.statuses().contains(401) || f.statuses().contains(403)) refuses = true;
            for (CallSite cs : f.calls()) {
                if (refuses) break;
                Integer made = analysis.errorStatus(cs, hf);
                if (made == null) made = analysis.helperAnswerStatus(cs, hf, f);
                if (made != null && (made == 401 || made == 403)) refuses = true;
            }
        }
        if (!refuses) return false;
        // jwt.verify(auth.slice(7), secret), authService.currentUser(header.substring(7)): the bearer of the Authorization
        // header (the login's own transport) verified in the handler, by the token library or a project function that verifies
        // one (with no catch of its own letting a bad token through)
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (f.inLenientTry(cs.location()) || Analysis.failureServedInCatch(f, cs)) continue;
                // (safeCompare(header, `Bearer ${key}`): a compare with the deployment's secret, no login token verified)
                // (request.jwtVerify() of @fastify/jwt reads the Authorization header itself)
                boolean bearer = cs.args().stream().anyMatch(Authentication::bearerHeader)
                        || cs.args().isEmpty() && "jwtVerify".equals(cs.methodName()) && Analysis.receiver(cs.callee()) instanceof Req;
                if (bearer && !COMPARE_NAME.matcher(String.valueOf(cs.methodName())).matches() && analysis.verifiesTokenAt(cs, hf, f)
                        && !verifiedOnlyIfSent(cs, all)) return true;
            }
        }
        Set<Fn> login = project.derived(LoginVerifiers.class, p -> new LoginVerifiers(loginVerifiers(p))).fns();
        if (login.isEmpty()) return false;
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (f.inLenientTry(cs.location()) || Analysis.failureServedInCatch(f, cs)) continue;
                Project.FnRef t = analysis.resolveCallee(cs.callee(), hf, f);
                if (t != null && login.contains(t.fn())) return true;
            }
        }
        return false;
    }

    private static final Pattern COMPARE_NAME = Pattern.compile("(?i).*(compare|equal).*");

    /**
     * Whether the verification {@code cs} runs under a test of the Authorization header ({@code if (auth && auth.startsWith('Bearer '))})
     * whose failing side refuses no one: no 401/403 answer or thrown error runs where that test fails, so a caller who sends
     * no bearer is served (optional authentication). An exit for a missing bearer ({@code if (!auth.startsWith('Bearer ')) return
     * 401}) puts the same test on the verification, and refuses where it fails.
     */
    private static boolean verifiedOnlyIfSent(CallSite cs, List<Fn> all) {
        for (CallSite.Guard g : cs.guards()) {
            if (!"truthy".equals(g.op()) || !g.holds() || g.left() == null || !bearerHeader(g.left())) continue;
            boolean refusedWithout = false;
            for (Fn f : all) {
                // if (!auth || !auth.startsWith('Bearer ')) { reply.code(401).send(..); return }: the 401's own guards keep
                // nothing of a compound test, but what a request must carry to get past it (the function's auth tests)
                // names the header
                if (f.authTests().stream().anyMatch(t -> "truthy".equals(t.op()) && t.holds() && t.left() != null && bearerHeader(t.left()))) {
                    refusedWithout = true;
                    break;
                }
                for (CallSite rc : f.calls()) {
                    boolean refusal = rc.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Number n
                            && (n.intValue() == 401 || n.intValue() == 403))
                            || rc.isNew() && rc.methodName() != null && REFUSAL.matcher(rc.methodName()).matches();
                    // (where the bearer is missing or malformed: a test of the header failing, or a compound one, !auth || !auth.startsWith(..))
                    if (refusal && rc.guards().stream().anyMatch(o -> o.left() != null && bearerHeader(o.left())
                            && ("truthy".equals(o.op()) && !o.holds() || "any".equals(o.op()) || "all".equals(o.op())))) {
                        refusedWithout = true;
                    }
                }
            }
            if (!refusedWithout) return true;
        }
        return false;
    }

    /** A value carrying the request's Authorization header ({@code header.substring(7)}, {@code auth.slice(7)}). */
    private static boolean bearerHeader(Val a) {
        return Vals.anyPartDeep(a, x -> x instanceof Req q && q.part().equals("headers") && !q.path().isEmpty()
                && q.path().get(0).equalsIgnoreCase("authorization"), 200);
    }

    /** The project functions that verify a token and that a function authenticating requests, other than a route handler, calls. */
    private record LoginVerifiers(Set<Fn> fns) { }

    private static Set<Fn> loginVerifiers(Project project) {
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        Set<Fn> handlers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Application a : project.applications()) {
            for (Route r : a.routes()) {
                if (r.handler() == null) continue;
                List<Fn> hs = new ArrayList<>();
                Analysis.collect(r.handler(), hs, 0);
                handlers.addAll(hs);
            }
        }
        Set<Fn> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (FileFacts file : project.files().values()) {
            if (project.isTestPath(file.path())) continue;
            for (Fn g : Analysis.functions(file)) {
                if (handlers.contains(g) || !analysis.summary(g, file).isAuth()) continue;
                verifiersCalled(analysis, g, file, handlers, out, 0);
            }
        }
        if (out.isEmpty()) return out;
        // export async function verifyToken(t) { try { return verifyAccessToken(t) } catch { return null } }: a project
        // function answering what the login verifier answers (null for a bad token) verifies the login token for its
        // caller, which turns the stranger away itself (the SSE handler reading ?token= since EventSource sends no header)
        Set<Fn> wrappers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (FileFacts file : project.files().values()) {
            if (project.isTestPath(file.path())) continue;
            for (Fn g : Analysis.functions(file)) {
                if (handlers.contains(g) || out.contains(g) || g.params().isEmpty()) continue;
                for (Val ret : g.returns()) {
                    if (!(ret instanceof Call c)) continue;
                    Project.FnRef t = analysis.resolveCallee(c.callee(), file, g);
                    if (t != null && t.fn() != g && out.contains(t.fn())) {
                        wrappers.add(g);
                        break;
                    }
                }
            }
        }
        out.addAll(wrappers);
        return out;
    }

    /**
     * The token verifiers {@code g} calls, itself or through the helpers it calls (two deep: requireAuth() -> extractAuthContext(c)
     * -> verifyClerkJwt(token, env)), none of them a route handler.
     */
    private static void verifiersCalled(Analysis analysis, Fn g, FileFacts file, Set<Fn> handlers, Set<Fn> out, int depth) {
        for (CallSite cs : g.calls()) {
            Project.FnRef t = analysis.resolveCallee(cs.callee(), file, g);
            if (t == null || t.fn() == g || handlers.contains(t.fn()) || t.file() == null) continue;
            if (analysis.summary(t.fn(), t.file()).verifiesToken()) out.add(t.fn());
            else if (depth < 1) verifiersCalled(analysis, t.fn(), t.file(), handlers, out, depth + 1);
        }
    }

    /** True when the call hands a helper the request itself: the raw request, or {@code fn}'s first parameter whole. */
    private static boolean handsRequest(CallSite cs, Fn fn) {
        return cs.args().stream().anyMatch(a -> a instanceof Req q && q.part().equals("raw") && q.path().isEmpty()
                || a instanceof Param p && p.path().isEmpty() && p.index() == 0 && fn.param(0) != null && fn.param(0).name().equals(p.name()));
    }

    /**
     * Whether {@code fn} turns an unauthenticated caller away ({@link Analysis.Summary#rejectsUnauthenticated}), itself or
     * through a helper it hands the request to, three helpers deep: const ok = await authenticateRequest(request, reply);
     * if (!ok) return; or requireUser(request, reply) calling it (not where a catch lets the request on).
     */
    private static boolean rejectsThroughRequest(Analysis analysis, Fn fn, FileFacts file, int depth) {
        if (analysis.summary(fn, file).rejectsUnauthenticated()) return true;
        if (depth >= 3) return false;
        List<Fn> all = new ArrayList<>();
        Analysis.collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.isNew() || f.inLenientTry(cs.location()) || Analysis.failureServedInCatch(f, cs)) continue;
                if (!handsRequest(cs, fn)) continue;
                Project.FnRef t = analysis.resolveCallee(cs.callee(), file, f);
                if (t != null && t.fn() != fn && t.fn() != f && t.file() != null && rejectsThroughRequest(analysis, t.fn(), t.file(), depth + 1)) return true;
            }
        }
        return false;
    }

    /**
     * Where a guard on the route runs a password strategy ({@link #passwordStrategy}: Nest {@code AuthGuard('local')}, the
     * framework model keeps the guard's call as the control's options), or null: the route is the sign-in.
     */
    public static Location passwordSignIn(Project project, Route r) {
        for (Control c : r.chain()) {
            if (c.kind() != ControlKind.OTHER || c.options() == null || !(c.options().value() instanceof Call g) || g.args().size() != 1) continue;
            FileFacts gf = project.files().get(c.options().file());
            String name = gf == null ? null : Val.constString(project.resolve(g.args().get(0), gf).val());
            if (passwordStrategy(project, name)) return c.location();
        }
        return null;
    }

    public static boolean passwordStrategy(Project project, String name) {
        if (name == null) return false;
        boolean declared = false;
        for (PassportStrategyClass s : passportStrategies(project)) {
            boolean local = s.strategyPackage() != null && s.strategyPackage().startsWith("passport-local");
            String strategy = s.named() != null ? s.named() : local ? "local" : null;
            if (strategy == null || !strategy.equals(name)) continue;
            if (!local) return false;
            declared = true;
        }
        return declared || name.equals("local") && project.dependsOn("passport-local");
    }

    /**
     * A project class extending {@code PassportStrategy(Strategy, 'name')} (@nestjs/passport): where it is, the qualified
     * name of the Strategy it wraps ({@code passport-google-oauth20.Strategy}) and the name it registers, when the call
     * gives one (else the library's own name applies).
     */
    private record PassportStrategyClass(dev.backcheck.lang.facts.ClassInfo info, FileFacts file, String strategyPackage, String named) { }

    /** The project's passport strategy classes, found once per project (each AuthGuard the models meet asks). */
    private record PassportStrategies(List<PassportStrategyClass> classes) { }

    /** The project's passport strategy classes, in the project's file order. */
    private static List<PassportStrategyClass> passportStrategies(Project project) {
        return project.derived(PassportStrategies.class, p -> new PassportStrategies(findPassportStrategies(p))).classes();
    }

    private static List<PassportStrategyClass> findPassportStrategies(Project project) {
        List<PassportStrategyClass> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            for (dev.backcheck.lang.facts.ClassInfo ci : f.classes().values()) {
                if (!(ci.superClass() instanceof Call sc) || !"PassportStrategy".equals(Vals.lastName(sc.callee())) || sc.args().isEmpty()) continue;
                String q = project.qname(sc.args().get(0), f);
                String named = sc.args().size() > 1 ? Val.constString(project.resolve(sc.args().get(1), f).val()) : null;
                out.add(new PassportStrategyClass(ci, f, q, named));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The name a strategy class registers under: the one its {@code PassportStrategy(Strategy, 'name')} call gives, else
     * its library's own ({@code passport-google-oauth20} is 'google', {@code passport-jwt} 'jwt'), null when unknown.
     */
    private static String strategyName(PassportStrategyClass s) {
        if (s.named() != null) return s.named();
        String pkg = s.strategyPackage() == null ? null : s.strategyPackage().split("[#.:]")[0];
        return pkg != null && pkg.startsWith("passport-") ? pkg.substring("passport-".length()).replaceAll("(-oauth\\d*)?\\d*$", "") : null;
    }

    /**
     * The constructors of the project's passport strategy classes registered as {@code name} (what {@code AuthGuard(name)}
     * runs), in file order: where such a class hands its library the options, {@code jwtFromRequest} among them.
     */
    public static List<Fn> passportStrategyConstructors(Project project, String name) {
        if (name == null) return List.of();
        List<Fn> out = new ArrayList<>();
        for (PassportStrategyClass s : passportStrategies(project)) {
            if (!name.equals(strategyName(s)) || project.isTestPath(s.file().path())) continue;
            Fn ctor = s.info().method("constructor");
            if (ctor != null) out.add(ctor);
        }
        return out;
    }

    /**
     * Whether the passport strategy named {@code name} ({@code AuthGuard('google')}) is an OAuth sign-in: the project's
     * strategy class ({@code extends PassportStrategy(Strategy, 'google')}, named by its package when the call names
     * none: passport-google-oauth20 is 'google') hands its library a {@code callbackURL}, the option an OAuth 2 strategy
     * (passport-oauth2 and the provider strategies built on it) redirects the visitor back to. A guard running it sends an
     * anonymous visitor to the provider and signs in whoever comes back with a code: a login entry point, no check of a
     * signed-in caller.
     */
    public static boolean oauthSignInStrategy(Project project, String name) {
        if (name == null) return false;
        for (PassportStrategyClass s : passportStrategies(project)) {
            if (!name.equals(strategyName(s))) continue;
            Fn ctor = s.info().method("constructor");
            if (ctor == null) return false;
            for (CallSite cs : ctor.calls()) {
                for (Val a : cs.args()) {
                    if (project.resolve(a, s.file()).val() instanceof Obj o && (o.props().containsKey("callbackURL") || o.props().containsKey("callbackUrl"))) return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether every authentication control on the route is a shared-secret gate: a project middleware or guard that
     * compares a credential the request carries (a header, a query or body field) with a value the server holds
     * ({@code timingSafeEqual(sent, this.expected)}, {@code key !== env.WORKER_TOKEN}) and does nothing else with it: no
     * token verified, no session or user read, the credential looked up nowhere (a per-user API key names a user). Such
     * a route is called by a machine (a sidecar, a cron job, a worker) that holds the secret: no signed-in user, so no
     * per-user owner to check.
     */
    public static boolean sharedSecretOnly(Project project, Route r) {
        List<Control> auth = r.controls(ControlKind.AUTH);
        if (auth.isEmpty()) return false;
        for (Control c : auth) {
            List<Fn> fns = CsrfProtections.of(project).functionsOf(c);
            if (fns.isEmpty()) return false;
            for (Fn fn : fns) if (!secretGate(project, fn)) return false;
        }
        return true;
    }

    /**
     * {@link #secretGate(Fn)} per function, once per scan: asked for the authentication middleware of every route, and
     * an application's middleware is in every route's chain. The answer reads the function's own facts only.
     */
    private static final class SecretGates {
        final Map<Fn, Boolean> answers = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    }

    private static boolean secretGate(Project project, Fn fn) {
        SecretGates memo = project.derived(SecretGates.class, p -> new SecretGates());
        Boolean known = memo.answers.get(fn);
        if (known != null) return known;
        boolean answer = secretGate(fn);
        memo.answers.put(fn, answer);
        return answer;
    }

    /** Calls a shared-secret comparison hands the credential to: copies, encodings, hashes, the comparison itself. */
    private static final Set<String> SECRET_PLUMBING = Set.of("from", "trim", "toString", "toLowerCase", "String", "Buffer",
            "isArray", "timingSafeEqual", "safeEqual", "constantTimeEqual", "timingSafeCompare", "safeCompare", "compare",
            "createHash", "createHmac", "update", "digest", "encode", "slice", "replace", "startsWith", "split", "substring",
            "getRequest", "switchToHttp", "byteLength");

    private static boolean secretGate(Fn fn) {
        List<Fn> all = new ArrayList<>();
        Analysis.collect(fn, all, 0);
        boolean compared = false;
        for (Fn f : all) {
            for (Fn.Read rd : f.reads()) {
                String part = rd.part();
                if (part.equals("user") || part.equals("session") || part.equals("cookies") || part.equals("signedCookies")) return false;
            }
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (m != null && VERIFY.contains(m)) return false;
                boolean fromRequest = cs.args().stream().anyMatch(a -> Vals.anyPartDeep(a, x -> x instanceof Req, 200));
                if (m != null && Set.of("timingSafeEqual", "safeEqual", "constantTimeEqual", "timingSafeCompare", "safeCompare").contains(m)) compared = true;
                // the credential handed to anything else (a lookup, a project helper): it may name a user
                if (fromRequest && (m == null || !SECRET_PLUMBING.contains(m)) && !cs.isNew()) return false;
                for (CallSite.Guard g : cs.guards()) {
                    if (!g.op().equals("==") && !g.op().equals("!=")) continue;
                    boolean l = Vals.anyPartDeep(g.left(), x -> x instanceof Req, 100), rr = Vals.anyPartDeep(g.right(), x -> x instanceof Req, 100);
                    if (l != rr && g.left() != null && g.right() != null && !(g.left() instanceof Lit) && !(g.right() instanceof Lit)) compared = true;
                }
            }
        }
        return compared;
    }

    /** Why the handler of a mutation no authentication control runs on is public by design (see {@link #publicNote}), or null. */
    public static dev.backcheck.model.RouteBehaviour.Reason publicReason(Project project, Route r) {
        if (!r.isHttp() || !r.isMutation() || r.has(ControlKind.AUTH) || r.has(ControlKind.UNRESOLVED)) return null;
        dev.backcheck.model.RouteBehaviour.Verdict v = dev.backcheck.model.RouteBehaviour.of(project).of(r);
        return v.isPublic() ? v.publicBecause().reason() : null;
    }

    /**
     * Whether the handler of a route no authentication control runs on checks its caller itself: its own 401/403 after
     * reading who calls, a signed token it verifies, a shared secret or a signature it compares. A report that says the
     * route requires authentication is not contradicted by the missing control.
     */
    public static boolean checksCallerItself(Project project, Route r) {
        dev.backcheck.model.RouteBehaviour.Reason why = publicReason(project, r);
        return why == dev.backcheck.model.RouteBehaviour.Reason.REJECTS || why == dev.backcheck.model.RouteBehaviour.Reason.SIGNED_TOKEN
                || why == dev.backcheck.model.RouteBehaviour.Reason.SECRET_GATE || why == dev.backcheck.model.RouteBehaviour.Reason.SIGNATURE;
    }

    /**
     * The functions handed to the registration call at {@code at} (in {@code file}, the file of {@code at}), kept per
     * location: asked for every route under a global control, a walk of the file's calls per ask was routes x calls.
     */
    /**
     * The functions that run for the global control {@code c}: those handed to the registration at its location; for a
     * NestJS global guard (APP_GUARD, useGlobalGuards) the canActivate of its class, the nearest one up its superclasses
     * (the model keeps the class in the control's options).
     */
    private List<Project.FnRef> hooksOf(Application app, Control c, FileFacts file) {
        if (!"nestjs".equals(app.framework())) return hooksAt(file, c.location());
        if (c.options() == null || c.options().value() == null) return List.of();
        FileFacts cf = project.files().get(c.options().file());
        Project.ClassHit h = cf == null ? null : project.classOf(c.options().value(), cf);
        for (int i = 0; i < 6 && h != null; i++) {
            Fn can = h.info().method("canActivate");
            if (can != null) return List.of(new Project.FnRef(can, h.file()));
            Val sup = h.info().superClass();
            if (sup == null) break;
            Project.Resolved sr = project.resolve(sup, h.file());
            // (a library base class: passport's AuthGuard reads no path)
            if (project.rootModule(sr.val(), sr.file()) != null) break;
            h = project.classOf(sr.val(), sr.file());
        }
        return List.of();
    }

    private List<Project.FnRef> hooksAt(FileFacts file, Location at) {
        List<Project.FnRef> kept = hooks.get(at);
        if (kept != null) return kept;
        List<Project.FnRef> out = List.copyOf(hooksAt0(file, at));
        hooks.putIfAbsent(at, out);
        return out;
    }

    private final Map<Location, List<Project.FnRef>> hooks = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Project.FnRef> hooksAt0(FileFacts file, Location at) {
        List<Project.FnRef> out = new ArrayList<>();
        for (Fn fn : Analysis.functions(file)) {
            for (CallSite cs : fn.calls()) {
                if (!at.equals(cs.location())) continue;
                for (Val a : cs.args()) {
                    if (a instanceof Lit) continue;
                    Project.FnRef f = a instanceof FnVal fv ? new Project.FnRef(fv.fn(), file) : project.function(a, file);
                    if (f != null && out.stream().noneMatch(x -> x.fn() == f.fn())) out.add(f);
                }
            }
        }
        return out;
    }

    private static final Set<String> VERIFY = Set.of("jwtVerify", "verify", "verifyAsync", "verifyToken", "verifyIdToken",
            "verifySessionCookie", "authenticate", "getAuth", "requireAuth");
    private static final Set<String> STATUS = Set.of("status", "code", "sendStatus", "writeHead");
    private static final Set<String> HONO_ANSWERS = Set.of("json", "text", "body", "html");
    private static final Pattern REFUSAL = Pattern.compile("(?i).*(unauthori[sz]ed|forbidden|unauthenticated|authentication).*");

    /**
     * The calls of the hook that authenticate, each with the conditions it runs under (its if-guards, and the test of
     * a conditional expression returned whose branch it is); null when the hook has none backcheck can see.
     */
    private List<List<Cond>> authCalls(Project.FnRef hook) {
        return gatedCalls(hook, null);
    }

    /**
     * The calls of a hook that run the project rate limiter named {@code limiter} (ModelSupport.limiterName) with their
     * conditions; null when none is named so (a hand-written limiter's own 429 answer is not judged: its conditions read
     * its own policy tables and counters, which say nothing about a route being left out).
     */
    private List<List<Cond>> limitCalls(Project.FnRef hook, String limiter) {
        return limitGates.computeIfAbsent(hook.fn(), k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(limiter, k -> gatedCalls(hook, limiter));
    }

    /** {@link #authCalls}, or with {@code limiter} non-null the calls that run that rate limiter. */
    private List<List<Cond>> gatedCalls(Project.FnRef hook, String limiter) {
        boolean limits = limiter != null;
        List<Fn> all = new ArrayList<>();
        Analysis.collect(hook.fn(), all, 0);
        // calls chosen by a returned conditional: cond ? next() : requireAuth(req, res, next)
        Map<Location, Cond> branch = new LinkedHashMap<>();
        for (Val ret : hook.fn().returns()) {
            if (!(ret instanceof OneOf o) || o.test() == null || o.options().size() != 2) continue;
            for (int i = 0; i < 2; i++) {
                if (o.options().get(i) instanceof Call c && c.site() != null) {
                    Val.Test t = o.test();
                    branch.put(c.site(), new Cond(t.left(), t.op(), t.right(), i == 0 ? t.holds() : !t.holds(), hook.file(), Map.of()));
                }
            }
        }
        List<List<Cond>> out = new ArrayList<>();
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (limits ? !limits(cs, f, hook, limiter) : !authenticates(cs, f, hook.file())) continue;
                List<Cond> conds = new ArrayList<>();
                for (CallSite.Guard g : cs.guards()) conds.add(new Cond(g.left(), g.op(), g.right(), g.holds(), hook.file(), Map.of()));
                Cond b = branch.get(cs.location());
                if (b != null) conds.add(b);
                out.add(conds);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** A call that runs the project limiter named {@code limiter}. */
    private boolean limits(CallSite cs, Fn f, Project.FnRef hook, String limiter) {
        String name = dev.backcheck.frameworks.ModelSupport.limiterName(project, cs, f, hook.file(), hook.fn());
        return name != null && limiter.equals(name);
    }

    private boolean authenticates(CallSite cs, Fn f, FileFacts file) {
        String m = cs.methodName();
        if (cs.isNew()) {
            if (m == null) return false;
            if (REFUSAL.matcher(m).matches()) return true;
            // new ValidationError('Unauthorized access', details, 401): an error class handed a 401/403 literal
            if ((m.endsWith("Error") || m.endsWith("Exception")) && cs.args().stream().anyMatch(Authentication::refusalStatus)) return true;
            Integer made = analysis.errorStatus(cs, file);
            return made != null && (made == 401 || made == 403);
        }
        if (m != null && STATUS.contains(m) && cs.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Double d
                && (d == 401 || d == 403))) return true;
        // Hono's answer with its status: return c.json({ error: 'Unauthorized' }, 401)
        if (m != null && HONO_ANSWERS.contains(m) && cs.args().size() >= 2 && cs.args().subList(1, cs.args().size()).stream()
                .anyMatch(a -> a instanceof Lit l && l.value() instanceof Double d && (d == 401 || d == 403))) return true;
        if (m != null && (VERIFY.contains(m) || m.endsWith("JwtVerify"))) return true;
        // a stranger sent to the sign-in page: res.redirect('/login.html')
        if (Analysis.redirectsToLogin(cs)) return true;
        Project.FnRef target = analysis.resolveCallee(cs.callee(), file, f);
        if (target != null && target.fn() != f && analysis.summary(target.fn(), target.file()).isAuth()) return true;
        // await guard(c, next) where guard = createMiddleware(async (c, next) => verify(c, next)): the request handed on
        return MiddlewareDelegation.handsRequestOn(cs, f) && (target != null ? target.fn() != f && delegatesToAuth(target, 0) : wrappedAuth(cs.callee(), file, 0));
    }

    private static boolean refusalStatus(Val a) {
        return a instanceof Lit l && l.value() instanceof Double d && (d == 401 || d == 403);
    }

    /**
     * Whether the middleware function {@code mw} authenticates, or hands its request on to one that does
     * ({@code async (c, next) => verify(c, next)}), a few levels deep.
     */
    private boolean delegatesToAuth(Project.FnRef mw, int depth) {
        if (depth > 3) return false;
        if (analysis.summary(mw.fn(), mw.file()).isAuth()) return true;
        for (CallSite cs : MiddlewareDelegation.handOns(mw.fn())) {
            Project.FnRef t = analysis.resolveCallee(cs.callee(), mw.file(), mw.fn());
            if (t != null ? t.fn() != mw.fn() && delegatesToAuth(t, depth + 1) : wrappedAuth(cs.callee(), mw.file(), depth + 1)) return true;
        }
        return false;
    }

    /**
     * Hono's {@code createMiddleware(fn)} (hono/factory, {@link MiddlewareDelegation#honoWrapped}) judged by the function
     * it wraps (see {@link #delegatesToAuth}), as the Hono model classifies it.
     */
    private boolean wrappedAuth(Val v, FileFacts file, int depth) {
        if (depth > 3) return false;
        Project.Resolved r = project.resolve(v, file);
        if (!(r.val() instanceof Call c)) return false;
        if (MiddlewareDelegation.honoCreate(project, c, r.file())) {
            Project.FnRef inner = MiddlewareDelegation.honoWrapped(project, c, r.file());
            return inner != null && delegatesToAuth(inner, depth + 1);
        }
        // const verify = makeVerifier(): the middleware function the project factory returns
        Project.FnRef factory = project.function(c.callee(), r.file());
        if (factory == null) return false;
        for (Val ret : factory.fn().returns()) {
            Project.FnRef made = project.function(ret, factory.file());
            if (made != null && made.fn() != factory.fn() && delegatesToAuth(made, depth + 1)) return true;
        }
        return false;
    }

    /** What the route looks like to the hook: its full path, the path below the hook's mount, its options. */
    private record Ctx(String framework, Route route, String prefix, boolean nestOnFastify) { }

    /** The request's method ({@code req.method}, {@code c.req.method}, {@code request.method}). */
    private static boolean isMethod(Val v, Ctx ctx) {
        return honoRequest(v, ctx) instanceof Req q && q.part().equals("meta:method") && q.path().isEmpty();
    }

    /**
     * A Hono middleware's {@code c.req.method} / {@code c.req.path} (the context's request, kept as its first parameter's
     * path) as the request value it is; any other value as it is.
     */
    private static Val honoRequest(Val v, Ctx ctx) {
        if (ctx.framework().equals("hono") && v instanceof Param p && p.index() == 0 && p.path().size() >= 2 && p.path().get(0).equals("req")
                && (p.path().get(1).equals("method") || p.path().get(1).equals("path"))) {
            return new Req("meta:" + p.path().get(1), p.path().subList(2, p.path().size()));
        }
        return v;
    }

    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Whether the route answers method {@code m} only; null when the route takes any method (all, use) or m is no method. */
    private static Boolean methodIs(Ctx ctx, String m) {
        String rm = ctx.route().method() == null ? null : ctx.route().method().toUpperCase(java.util.Locale.ROOT);
        String want = m.toUpperCase(java.util.Locale.ROOT);
        if (rm == null || !HTTP_METHODS.contains(rm) || !HTTP_METHODS.contains(want)) return null;
        return rm.equals(want);
    }

    /** The path a request value holds for the route, or null when it is no path or unknown. */
    private static String pathOf(Val v0, Ctx ctx) {
        Val v = honoRequest(v0, ctx);
        // request.url.split('?')[0] ?? request.url: the path without its query, which a route's path has none of
        if (v instanceof OneOf o && o.test() == null && !o.options().isEmpty()) {
            String p = null;
            // request.path ?? '': the request's path (the literal is for a missing one, which a route's request never is)
            if (o.options().size() == 2 && o.options().stream().filter(x -> x instanceof Req).count() == 1
                    && o.options().stream().anyMatch(x -> x instanceof Lit l && "".equals(l.value()))) {
                return pathOf(o.options().stream().filter(x -> x instanceof Req).findFirst().orElseThrow(), ctx);
            }
            for (Val x : o.options()) {
                String px = pathOf(x, ctx);
                if (px == null || p != null && !p.equals(px)) return null;
                p = px;
            }
            return p;
        }
        if (v instanceof Member m && m.prop().equals("0") && m.object() instanceof Call c && c.callee() instanceof Req cq
                && cq.path().size() == 1 && cq.path().get(0).equals("split") && c.args().size() == 1 && "?".equals(Val.constString(c.args().get(0)))) {
            return pathOf(new Req(cq.part(), List.of()), ctx);
        }
        if (!(v instanceof Req q)) return null;
        String full = ctx.route().path();
        switch (q.part()) {
            case "meta:originalUrl":
                return q.path().isEmpty() ? full : null;
            case "meta:path", "meta:url":
                if (!q.path().isEmpty()) return null;
                // Express: below the mount path of the middleware; Fastify and Hono: the whole path
                if (ctx.framework().equals("express")) return relative(full, ctx.prefix());
                return full;
            case "meta:routeOptions":
                return q.path().equals(List.of("url")) ? full : null;
            case "raw":
                // NestJS (on Express): context.switchToHttp().getRequest().path, the route's whole path (the global
                // prefix included: Nest registers every route on the application itself)
                // (on Fastify, @nestjs/platform-fastify, the request has a url and no path)
                if (ctx.framework().equals("nestjs") && (q.path().equals(List.of("url")) || !ctx.nestOnFastify()
                        && (q.path().equals(List.of("path")) || q.path().equals(List.of("originalUrl"))))) return full;
                // Fastify's request.raw.url: node's request line, the route's whole path (with the query string, which
                // a route's path has none of)
                if (q.path().equals(List.of("raw", "url")) && ctx.framework().equals("fastify")) return full;
                return q.path().equals(List.of("routerPath")) || q.path().equals(List.of("routeOptions", "url")) ? full : null;
            default:
                return null;
        }
    }

    private static String relative(String full, String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) return full;
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (full.equals(p)) return "/";
        return full.startsWith(p + "/") ? full.substring(p.length()) : null;
    }

    /** The value of a condition's test for the route (true/false), or null when it cannot be told. */
    private Boolean eval(Cond g, Ctx ctx, int depth) {
        // a compound test after if (a && b) return next(): any (or all) of its parts as each must be
        if ((g.op().equals("any") || g.op().equals("all")) && g.left() instanceof Arr parts && depth < 8) {
            boolean any = g.op().equals("any"), unknown = false;
            for (Val it : parts.items()) {
                if (!(it instanceof OneOf o) || o.test() == null) return null;
                Val.Test t = o.test();
                Boolean v = eval(new Cond(t.left(), t.op(), t.right(), t.holds(), g.file(), g.bound()), ctx, depth + 1);
                Boolean sat = v == null ? null : v == t.holds();
                if (sat == null) unknown = true;
                else if (sat == any) return any;
            }
            return unknown ? null : !any;
        }
        if (g.op().equals("truthy")) return truth(g.left(), g.file(), g.bound(), ctx, depth, g.in(), g.sub());
        if (g.op().equals("==") || g.op().equals("!=")) {
            Boolean eq = equal(g.left(), g.right(), g.file(), g.bound(), ctx);
            return eq == null ? null : g.op().equals("==") == eq;
        }
        return null;
    }

    /**
     * What a list callback answers for {@code item}: its first return whose guards all hold (each evaluated with the
     * callback's parameter replaced by the item), evaluated so; null when a guard or the answer cannot be told.
     */
    private Boolean callbackAnswer(Fn cb, Val item, FileFacts file, Map<Integer, Val> bound, Ctx ctx, int depth) {
        Fn.Param own = cb.params().get(0);
        java.util.function.UnaryOperator<Val> sub = v -> substitute(v, own.name(), item, 0);
        for (int i = 0; i < cb.returns().size(); i++) {
            boolean reached = true;
            for (CallSite.Guard g : cb.returnGuards(i)) {
                Boolean v = eval(new Cond(sub.apply(g.left()), g.op(), g.right() == null ? null : sub.apply(g.right()), g.holds(), file, bound, cb, sub), ctx, depth + 1);
                if (v == null) return null;
                if (v != g.holds()) {
                    reached = false;
                    break;
                }
            }
            if (!reached) continue;
            return eval(new Cond(sub.apply(cb.returns().get(i)), "truthy", null, true, file, bound, cb, sub), ctx, depth + 1);
        }
        return null;
    }

    /** {@code v} with the parameter named {@code name} (a callback's own) replaced by {@code item}: open.endsWith('*') of a listed item. */
    private static Val substitute(Val v, String name, Val item, int depth) {
        if (v == null || depth > 12) return v;
        if (v instanceof Param p && p.name().equals(name)) {
            Val out = item;
            for (String seg : p.path()) out = new Member(out, seg);
            return out;
        }
        if (v instanceof Call c) {
            List<Val> args = new ArrayList<>(c.args().size());
            for (Val a : c.args()) args.add(substitute(a, name, item, depth + 1));
            return new Call(substitute(c.callee(), name, item, depth + 1), args, c.site());
        }
        if (v instanceof Member m) return new Member(substitute(m.object(), name, item, depth + 1), m.prop());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(x -> substitute(x, name, item, depth + 1)).toList());
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(x -> substitute(x, name, item, depth + 1)).toList());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(x -> substitute(x, name, item, depth + 1)).toList(), o.test());
        return v;
    }

    private Boolean equal(Val a, Val b, FileFacts file, Map<Integer, Val> bound, Ctx ctx) {
        a = bind(a, bound);
        b = bind(b, bound);
        String pa = pathOf(a, ctx), pb = pathOf(b, ctx);
        String la = str(a, file), lb = str(b, file);
        // req.method === 'GET': the route's own method
        if (isMethod(a, ctx) && lb != null) return methodIs(ctx, lb);
        if (isMethod(b, ctx) && la != null) return methodIs(ctx, la);
        if (pa != null && lb != null) return pathEquals(pa, lb, a);
        if (pb != null && la != null) return pathEquals(pb, la, b);
        return null;
    }

    private Boolean truth(Val v, FileFacts file, Map<Integer, Val> bound, Ctx ctx, int depth) {
        return truth(v, file, bound, ctx, depth, null, java.util.function.UnaryOperator.identity());
    }

    /**
     * {@link #truth(Val, FileFacts, Map, Ctx, int)} inside function {@code in} (a callback, its own parameter replaced by
     * {@code sub}): an equality it answers ({@code path === open}, kept by the facts only as a comparison of {@code in}) is
     * evaluated as that comparison when it is the function's only one of its kind.
     */
    private Boolean truth(Val v, FileFacts file, Map<Integer, Val> bound, Ctx ctx, int depth, Fn in, java.util.function.UnaryOperator<Val> sub) {
        v = bind(v, bound);
        if (depth > 6 || v == null) return null;
        if (v instanceof Unknown u && in != null && u.kind().startsWith("binary:")) {
            String op = u.kind().equals("binary:EqEqEq") || u.kind().equals("binary:EqEq") ? "=="
                    : u.kind().equals("binary:NotEqEq") || u.kind().equals("binary:NotEq") ? "!=" : null;
            if (op == null) return null;
            List<Fn.Compare> same = in.compares().stream().filter(c -> op.equals(c.op())).toList();
            if (same.size() != 1) return null;
            Fn.Compare c = same.get(0);
            return eval(new Cond(sub.apply(c.left()), op, sub.apply(c.right()), true, file, bound), ctx, depth + 1);
        }
        // a || b (the facts keep either value): true when one is, false when none is
        // (an option that is a comparison, url === p, is not evaluated: unknown, and true only where another option is)
        if (v instanceof OneOf o && o.test() == null && !o.options().isEmpty() && o.options().stream().allMatch(x -> x instanceof Call
                || x instanceof Unknown u && u.kind().startsWith("binary:")) && o.options().stream().anyMatch(x -> x instanceof Call)) {
            boolean unknown = false;
            for (Val x : o.options()) {
                Boolean t = truth(x, file, bound, ctx, depth + 1, in, sub);
                if (Boolean.TRUE.equals(t)) return true;
                if (t == null) unknown = true;
            }
            return unknown ? null : false;
        }
        // a route option the hook reads: request.routeOptions.config.public, request.routeConfig.public
        List<String> opt = v instanceof Req q ? configKey(q) : null;
        if (opt != null) return configFlag(ctx, opt);
        if (!(v instanceof Call c0)) return null;
        Call c = honoRequest(c0.callee(), ctx) instanceof Req hr ? new Call(hr, c0.args(), c0.site()) : c0;
        String m = Vals.lastName(c.callee());
        if (m == null) return null;
        Val recv = Analysis.receiver(c.callee());
        // path.startsWith('/health'), req.url.includes('/public/')
        if (c.callee() instanceof Req q && !q.path().isEmpty() && List.of("startsWith", "endsWith", "includes").contains(m)) {
            String p = pathOf(new Req(q.part(), q.path().subList(0, q.path().size() - 1)), ctx);
            String lit = c.args().isEmpty() ? null : str(bind(c.args().get(0), bound), file);
            if (p == null || lit == null) return null;
            return stringTest(p, m, lit);
        }
        // path.startsWith('/api/auth/') with path a helper's parameter handed the request's path (request.url.split('?')[0])
        if (c.callee() instanceof Param pp && pp.path().size() == 1 && bound.containsKey(pp.index()) && c.args().size() == 1
                && List.of("startsWith", "endsWith", "includes").contains(m)) {
            String p = pathOf(bound.get(pp.index()), ctx);
            String lit = str(bind(c.args().get(0), bound), file);
            if (p != null && lit != null) return stringTest(p, m, lit);
        }
        // '/api/auth/*'.endsWith('*'): a test of a listed item itself
        String recvText = recv instanceof Lit ? Val.constString(recv) : null;
        if (recvText != null && List.of("startsWith", "endsWith", "includes").contains(m) && c.args().size() == 1) {
            String lit = str(bind(c.args().get(0), bound), file);
            if (lit == null) return null;
            return m.equals("startsWith") ? recvText.startsWith(lit) : m.equals("endsWith") ? recvText.endsWith(lit) : recvText.contains(lit);
        }
        // PUBLIC.includes(url), OPEN.has(url), OPEN.some((p) => url.startsWith(p))
        List<String> items = recv == null ? null : constants(recv, file);
        if (items != null && !c.args().isEmpty()) {
            if (m.equals("includes") || m.equals("has")) {
                Val arg = bind(c.args().get(0), bound);
                // ['POST', 'PUT', 'PATCH', 'DELETE'].includes(c.req.method): a hook that only judges writes passes reads on
                if (isMethod(arg, ctx)) {
                    boolean unknown = false;
                    for (String it : items) {
                        Boolean e = methodIs(ctx, it);
                        if (Boolean.TRUE.equals(e)) return true;
                        if (e == null) unknown = true;
                    }
                    return unknown ? null : false;
                }
                String p = pathOf(arg, ctx);
                if (p == null) return null;
                boolean unknown = false;
                for (String it : items) {
                    Boolean e = pathEquals(p, it, arg);
                    if (Boolean.TRUE.equals(e)) return true;
                    if (e == null) unknown = true;
                }
                return unknown ? null : false;
            }
            // OPEN.some((open) => { if (open.endsWith('*')) return path.startsWith(open.slice(0, -1)); return path === open; })
            // inside a helper handed the path: the callback's answer for each listed item, its own parameter replaced by the
            // item (the helper's parameters stay bound to what the helper was handed)
            if ((m.equals("some") || m.equals("find")) && c.args().get(0) instanceof FnVal fv && !fv.fn().returns().isEmpty()
                    && !fv.fn().params().isEmpty()) {
                boolean unknown = false;
                for (String it : items) {
                    Boolean e = callbackAnswer(fv.fn(), new Lit(it), file, bound, ctx, depth + 1);
                    if (Boolean.TRUE.equals(e)) return true;
                    if (e == null) unknown = true;
                }
                return unknown ? null : false;
            }
        }
        // /^\/(health|auth)/.test(req.path)
        if (m.equals("test") && recv instanceof Regex rx && !c.args().isEmpty()) {
            String p = pathOf(bind(c.args().get(0), bound), ctx);
            if (p == null || p.contains("*")) return null;
            // a path parameter: the test as it goes for a plain id and a short token alike (/^\/quotations\/[A-Za-z0-9]+$/
            // for /quotations/:token), else unknown
            List<String> samples = hasParam(p) ? List.of(PARAM.matcher(p).replaceAll("1"), PARAM.matcher(p).replaceAll("a1")) : List.of(p);
            try {
                Pattern rp = Pattern.compile(rx.pattern());
                Boolean res = null;
                for (String sp : samples) {
                    boolean m2 = rp.matcher(sp).find();
                    if (res != null && res != m2) return null;
                    res = m2;
                }
                return res;
            } catch (RuntimeException e) {
                return null;
            }
        }
        // isPublic(req.path): a project helper whose answer is one test of its parameter
        Project.FnRef helper = recv == null ? project.function(c.callee(), file) : null;
        // (its facts keep only the right side of an a && b: a helper written with && is not judged)
        if (helper != null && helper.fn().returns().size() == 1 && helper.fn().params().size() >= c.args().size()
                && !writesAnd(helper)) {
            Map<Integer, Val> args = new LinkedHashMap<>();
            for (int i = 0; i < c.args().size(); i++) args.put(i, bind(c.args().get(i), bound));
            return eval(new Cond(helper.fn().returns().get(0), "truthy", null, true, helper.file(), args), ctx, depth + 1);
        }
        return null;
    }

    /** Whether the helper's source text holds a logical and (its answer may be the right side of one). */
    private boolean writesAnd(Project.FnRef helper) {
        Location at = helper.fn().location();
        if (at == null || helper.file() == null) return true;
        List<String> lines = SourceLines.read(project, helper.file().path());
        if (lines.isEmpty() || at.line() < 1) return true;
        for (int i = at.line() - 1; i < Math.min(lines.size(), Math.max(at.line(), at.endLine())); i++) {
            if (lines.get(i).contains("&&")) return true;
        }
        return false;
    }

    private static Val bind(Val v, Map<Integer, Val> bound) {
        if (v instanceof Param p && p.path().isEmpty() && bound.containsKey(p.index())) return bound.get(p.index());
        // path?.startsWith(x) with path bound to request.path ?? '': the request's path (the fallback is for a missing one)
        if (v instanceof Call c && c.callee() instanceof Param p && p.path().size() == 1 && bound.get(p.index()) instanceof OneOf o
                && o.test() == null && o.options().size() == 2 && o.options().stream().filter(x -> x instanceof Req).count() == 1
                && o.options().stream().anyMatch(x -> x instanceof Lit)) {
            Req q = (Req) o.options().stream().filter(x -> x instanceof Req).findFirst().orElseThrow();
            List<String> path = new ArrayList<>(q.path());
            path.add(p.path().get(0));
            return new Call(new Req(q.part(), path), c.args(), c.site());
        }
        // p + '/' with p bound to a listed prefix
        if (v instanceof Concat c && !bound.isEmpty()) return new Concat(c.parts().stream().map(x -> bind(x, bound)).toList());
        if (v instanceof Call c && c.callee() instanceof Param p && p.path().size() == 1 && bound.containsKey(p.index())
                && bound.get(p.index()) instanceof Req q) {
            // url.startsWith(p) with url bound to req.url
            List<String> path = new ArrayList<>(q.path());
            path.add(p.path().get(0));
            return new Call(new Req(q.part(), path), c.args(), c.site());
        }
        return v;
    }

    /** request.routeOptions.config.X, request.routeConfig.X, request.context.config.X: the option X, else null. */
    private static List<String> configKey(Req q) {
        List<String> p = q.path();
        if (q.part().equals("meta:routeOptions") && p.size() == 2 && p.get(0).equals("config")) return List.of(p.get(1));
        if (q.part().equals("raw") && p.size() == 2 && p.get(0).equals("routeConfig")) return List.of(p.get(1));
        if (q.part().equals("raw") && p.size() == 3 && p.get(0).equals("context") && p.get(1).equals("config")) return List.of(p.get(2));
        return null;
    }

    /** The route's own option {@code config.<key>}: true/false when written as a literal or absent, null otherwise. */
    private Boolean configFlag(Ctx ctx, List<String> key) {
        if (!ctx.framework().equals("fastify")) return null;
        Route r = ctx.route();
        FileFacts file = project.files().get(r.location().path());
        if (file == null) return null;
        for (Fn fn : Analysis.functions(file)) {
            for (CallSite cs : fn.calls()) {
                if (!r.location().equals(cs.location())) continue;
                Obj config = null;
                boolean sawOptions = false;
                for (Val a : cs.args()) {
                    Val av = project.resolve(a, file).val();
                    if (!(av instanceof Obj o)) continue;
                    sawOptions = true;
                    Val cv = o.props().get("config");
                    if (cv != null) {
                        Val cr = project.resolve(cv, file).val();
                        if (!(cr instanceof Obj co)) return null;
                        config = co;
                    }
                    if (o.props().keySet().stream().anyMatch(k -> k.startsWith("..."))) return null;
                }
                if (config == null) return cs.args().size() >= 2 || sawOptions ? Boolean.FALSE : null;
                if (config.props().keySet().stream().anyMatch(k -> k.startsWith("..."))) return null;
                Val v = config.props().get(key.get(0));
                if (v == null) return false;
                Val rv = project.resolve(v, file).val();
                if (rv instanceof Lit l && l.value() instanceof Boolean b) return b;
                return null;
            }
        }
        return null;
    }

    /** The constant strings of a list or set the code names ([..], new Set([..]), Object.values({..})), or null. */
    private List<String> constants(Val v, FileFacts file) {
        Val x = project.resolve(v, file).val();
        if (x instanceof New n && n.args().size() == 1) x = project.resolve(n.args().get(0), file).val();
        if (!(x instanceof Arr a) || a.items().isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (Val it : a.items()) {
            String s = str(it, file);
            if (s == null) return null;
            out.add(s);
        }
        return out;
    }

    private String str(Val v, FileFacts file) {
        if (v == null) return null;
        if (v instanceof Concat c) {
            StringBuilder sb = new StringBuilder();
            for (Val x : c.parts()) {
                String px = str(x, file);
                if (px == null) return null;
                sb.append(px);
            }
            return sb.toString();
        }
        String s = Val.constString(v);
        if (s != null) return s;
        // `${open}/` and open.slice(0, -1) of a listed item
        if (v instanceof Tpl t && t.quasis().size() == t.holes().size() + 1) {
            StringBuilder sb = new StringBuilder(t.quasis().get(0));
            for (int i = 0; i < t.holes().size(); i++) {
                String h = str(t.holes().get(i), file);
                if (h == null) return null;
                sb.append(h).append(t.quasis().get(i + 1));
            }
            return sb.toString();
        }
        if (v instanceof Call c && c.callee() instanceof Member m && m.prop().equals("slice") && m.object() instanceof Lit
                && Val.constString(m.object()) != null && !c.args().isEmpty() && c.args().size() <= 2) {
            String base = Val.constString(m.object());
            Integer from = intArg(c.args().get(0)), to = c.args().size() == 2 ? intArg(c.args().get(1)) : Integer.valueOf(base.length());
            if (from == null || to == null) return null;
            int a = from < 0 ? Math.max(0, base.length() + from) : Math.min(from, base.length());
            int b = to < 0 ? Math.max(0, base.length() + to) : Math.min(to, base.length());
            return a <= b ? base.substring(a, b) : "";
        }
        return file == null ? null : Val.constString(project.resolve(v, file).val());
    }

    private static Integer intArg(Val v) {
        return v instanceof Lit l && l.value() instanceof Double d && d == Math.floor(d) ? d.intValue() : null;
    }

    /** Whether the route's path (a pattern with :params) is the listed path; null when a parameter makes it unknown. */
    private static Boolean pathEquals(String routePath, String listed, Val how) {
        String a = trim(routePath), b = trim(listed.split("\\?")[0]);
        boolean pattern = how instanceof Req q && (q.part().equals("meta:routeOptions") || q.part().equals("raw"));
        if (pattern || !hasParam(a)) return a.equals(b);
        String[] sa = a.split("/"), sb = b.split("/");
        if (sa.length != sb.length) return false;
        for (int i = 0; i < sa.length; i++) {
            if (isParam(sa[i])) continue;
            if (!sa[i].equals(sb[i])) return false;
        }
        return null;
    }

    /** startsWith / endsWith / includes of a literal on the route's path; null when a parameter makes it unknown. */
    private static Boolean stringTest(String routePath, String m, String lit) {
        int firstParam = firstParam(routePath);
        String fixed = firstParam < 0 ? routePath : routePath.substring(0, firstParam);
        switch (m) {
            case "startsWith":
                if (lit.length() <= fixed.length() || firstParam < 0) return fixed.startsWith(lit);
                return lit.startsWith(fixed) ? null : false;
            case "endsWith":
                return firstParam < 0 ? routePath.endsWith(lit) : null;
            default:
                if (fixed.contains(lit)) return true;
                if (firstParam < 0) return false;
                // /connections/:id/webhooks includes '/webhook' whatever the id: a fixed part after a parameter holds it
                for (String piece : PARAM_OR_WILDCARD.split(routePath)) if (piece.contains(lit)) return true;
                return null;
        }
    }

    private static String trim(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static boolean hasParam(String p) {
        return firstParam(p) >= 0;
    }

    private static int firstParam(String p) {
        int i = -1;
        for (String mark : List.of(":", "*", "{")) {
            int j = p.indexOf(mark);
            if (j >= 0 && (i < 0 || j < i)) i = j;
        }
        return i;
    }

    /** A path parameter of a route pattern: :name, {name}. */
    private static final Pattern PARAM = Pattern.compile(":[A-Za-z0-9_]+\\??|\\{[^}/]+}");

    /** A path parameter or a wildcard: what a request's path may fill with any text. */
    private static final Pattern PARAM_OR_WILDCARD = Pattern.compile(":[A-Za-z0-9_]+\\??|\\{[^}/]+}|\\*");

    private static boolean isParam(String seg) {
        return seg.startsWith(":") || seg.startsWith("{") || seg.contains("*");
    }
}
