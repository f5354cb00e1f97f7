package dev.backcheck.model;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;

import java.util.*;

/**
 * What functions of the project do, followed across calls and files to a bounded depth:
 * whether they verify a token or reject unauthenticated requests, which request parts (or which
 * of their own parameters) they validate against a schema, and whether they apply a rate limiter.
 * Summaries are memoised per function.
 */
public final class Analysis {
    /** How many project-function calls deep validation and auth are followed. */
    public static final int MAX_CALL_DEPTH = 3;
    /** How many project calls deep a lookup key is followed (handler -> service -> usecase -> repository -> helper). */
    private static final int KEY_DEPTH = 6;

    public static final Set<String> SCHEMA_LIBS = Set.of("zod", "zod/v4", "zod/v3", "zod/mini", "zod/v4-mini", "joi", "@hapi/joi", "yup", "valibot", "ajv", "class-validator",
            "superstruct", "@sinclair/typebox", "@sinclair/typebox/value", "@sinclair/typebox/compiler", "io-ts",
            "@vinejs/vine", "runtypes", "arktype", "typia");
    private static final Set<String> VALIDATE_METHODS = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync",
            "validate", "validateAsync", "validateSync", "attempt", "assert", "cast", "decode", "Check", "Decode",
            "validateOrReject", "is", "create", "spa");
    private static final Set<String> NOT_SCHEMAS = Set.of("JSON", "Date", "Number", "path", "url", "qs", "querystring",
            "cookie", "URL", "Intl", "Math", "yaml", "YAML", "toml", "dayjs", "moment", "semver", "mime", "content-type",
            "node:path", "node:url", "Buffer", "parseInt", "parseFloat", "BigInt");
    private static final Set<String> AUTH_PACKAGES = Set.of("jsonwebtoken", "jose", "passport", "express-jwt",
            "@fastify/jwt", "hono/jwt", "firebase-admin", "firebase-admin/auth", "@clerk/express", "@clerk/backend",
            "@clerk/clerk-sdk-node", "@clerk/fastify", "@hono/clerk-auth", "express-openid-connect", "@supabase/supabase-js", "jwks-rsa", "hono/bearer-auth",
            "hono/basic-auth", "express-basic-auth", "better-auth", "lucia", "next-auth", "@auth/express");
    private static final Set<String> VERIFY_METHODS = Set.of("verify", "jwtVerify", "authenticate", "verifyIdToken",
            "verifySessionCookie", "verifyToken", "expressjwt", "getUser", "requiresAuth", "requireAuth", "getSession",
            "validateSession", "validateRequest", "bearerAuth", "basicAuth", "jwt",
            // Clerk: getAuth(request) reads the session its plugin verified (@clerk/fastify, @clerk/express, @hono/clerk-auth)
            "getAuth");

    /** Calls that check a webhook payload against its signature (by name: a library's or a project helper's). */
    /** Methods of a schema object that check what they are handed (zod's parse, Joi's validate, yup's validateSync). */
    private static final Set<String> PARSE_METHODS = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateAsync",
            "validateSync");
    /** (Every match starts with verify or validate: the callers test that first.) */
    static final java.util.regex.Pattern WEBHOOK_SIGNATURE = java.util.regex.Pattern.compile(
            "verifyAndReceive|verify\\w*(Signature|Webhook)\\w*|validate\\w*WebhookSignature\\w*");

    /** Calls that verify a sender's signature (webhooks, HMAC compared in constant time). */
    static final Set<String> SIGNATURE_CHECKS = Set.of("timingSafeEqual", "constructEvent", "constructEventAsync",
            "constructWebhookEvent", "verifySignature", "verifyWebhook", "verifyWebhookSignature", "verifyRequestSignature");

    /**
     * A function's summary. {@code validatedParams}: parameter index → parts ("" = the whole value).
     * {@code checkedFields}: request part → fields ("*" = the whole part) that a rejecting guard checks
     * by type, format or range (hand validation; presence alone is not counted); {@code checkedParams}
     * the same for the function's own parameters (index → "" or the property checked).
     */
    public record Summary(boolean verifiesToken, boolean rejectsUnauthenticated, Set<String> validatedParts,
                          Map<Integer, Set<String>> validatedParams, Set<String> validationLibs, boolean rateLimits,
                          boolean comparesPassword, boolean issuesToken, Location evidence,
                          Map<String, Set<String>> checkedFields, Map<Integer, Set<String>> checkedParams,
                          Map<String, Set<String>> existsFields, Map<Integer, Set<String>> existsParams,
                          boolean identifiesCaller) {
        /** {@code existsFields}/{@code existsParams}: id-like values whose record lookup answers 4xx when missing ("exists" checks). */
        public Summary(boolean verifiesToken, boolean rejectsUnauthenticated, Set<String> validatedParts,
                       Map<Integer, Set<String>> validatedParams, Set<String> validationLibs, boolean rateLimits,
                       boolean comparesPassword, boolean issuesToken, Location evidence,
                       Map<String, Set<String>> checkedFields, Map<Integer, Set<String>> checkedParams) {
            this(verifiesToken, rejectsUnauthenticated, validatedParts, validatedParams, validationLibs, rateLimits, comparesPassword,
                    issuesToken, evidence, checkedFields, checkedParams, Map.of(), Map.of(), false);
        }

        public boolean isAuth() {
            return verifiesToken || rejectsUnauthenticated;
        }
    }

    private static final Summary EMPTY = new Summary(false, false, Set.of(), Map.of(), Set.of(), false, false, false, null,
            Map.of(), Map.of());

    private final Project project;
    // shared by the rule threads: the memo behind a lock held only for a get or a put (never while computing); what
    // is in progress is per thread (another thread computing the same function does not make it look recursive)
    // What a summary may be reused for must not depend on who asked first (the rule threads ask in a racing order): a
    // summary that met no recursion guard is stored with its height (the levels of calls it followed) and reused only
    // where a fresh computation would follow as many (depth + height - 1 <= MAX_CALL_DEPTH), so it is what the ask
    // would have computed; one that met a guard or the depth bound is kept only for asks from the top (depth 0), which
    // always start the same way. Both are functions of the function alone, whatever the order of asks.
    private record Memo(Summary summary, int height) { }
    private final Map<Fn, Memo> memo = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Fn, Summary> topMemo = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final ThreadLocal<IdentityHashMap<Fn, Boolean>> inProgressByThread = ThreadLocal.withInitial(IdentityHashMap::new);
    /** Per thread: [0] guards met (recursion or depth) so far, [1] the largest height met among the current call's callees. */
    private final ThreadLocal<int[]> walkState = ThreadLocal.withInitial(() -> new int[2]);
    private IdentityHashMap<Fn, ClassInfo> ownerClass;
    private IdentityHashMap<Fn, FileFacts> fnFile;

    public Analysis(Project project) {
        this.project = project;
    }

    public Project project() {
        return project;
    }


    /**
     * True when {@code cs} signs a token (asked lazily: the concept indexes every call once). While the framework models
     * are built, the signing set that reads no application ({@link dev.backcheck.concepts.Tokens#issuers}: what the
     * project's Tokens answered then, computed from no applications, and a value the summaries beside the models may
     * read); after them, the project's one Tokens.
     */
    private boolean signs(CallSite cs) {
        return project.modelComplete() ? dev.backcheck.concepts.Tokens.of(project).issues(cs)
                : dev.backcheck.concepts.Tokens.issuers(project).issues(cs);
    }

    public Summary summary(Fn fn, FileFacts file) {
        // order-free (see memo, SummaryOrderTest): asked early beside the model too (EarlySummaries), never on a thread
        // of a closed set of early values
        Project.refuseEarlyNarrow();
        return summary(fn, file, 0);
    }

    private Summary summary(Fn fn, FileFacts file, int depth) {
        if (fn == null) return EMPTY;
        int[] st = walkState.get();
        Memo m = memo.get(fn);
        if (m != null && depth + m.height() - 1 <= MAX_CALL_DEPTH) {
            st[1] = Math.max(st[1], m.height());
            return m.summary();
        }
        if (depth == 0) {
            Summary top = topMemo.get(fn);
            if (top != null) {
                st[0]++; // it met a guard: an ask made inside another's computation must not make that one look clean
                return top;
            }
        }
        IdentityHashMap<Fn, Boolean> inProgress = inProgressByThread.get();
        if (depth > MAX_CALL_DEPTH || inProgress.containsKey(fn)) {
            st[0]++;
            return EMPTY;
        }
        int guardsBefore = st[0], outerHeight = st[1];
        st[1] = 0;
        Summary s;
        inProgress.put(fn, true);
        try {
            s = compute(fn, file, depth);
        } finally {
            inProgress.remove(fn);
        }
        int height = st[1] + 1;
        st[1] = Math.max(outerHeight, height);
        if (st[0] == guardsBefore) memo.put(fn, new Memo(s, height));
        else if (depth == 0) topMemo.put(fn, s);
        return s;
    }

    private Summary compute(Fn fn, FileFacts file, int depth) {
        boolean verifies = false, rateLimits = false, comparesPassword = false, issuesToken = false;
        // a token verified only when the request sends one (if (token) { payload = verify(token) }): see the end
        Location verifiedIfSent = null;
        Set<String> parts = new TreeSet<>();
        Map<Integer, Set<String>> params = new TreeMap<>();
        Set<String> libs = new TreeSet<>();
        Location evidence = null;
        boolean readsUser = false, usesCredential = false, redirectsToLogin = false, redirects = false, asksPassport = false;
        boolean answers429Conditionally = false, conditional = false, helperRejects = false;
        Location lookup = null;
        Set<Integer> statuses = new HashSet<>(fn.statuses());
        Map<String, Set<String>> checked = new TreeMap<>();
        Map<Integer, Set<String>> checkedParams = new TreeMap<>();
        Map<String, Set<String>> exists = new TreeMap<>();
        Map<Integer, Set<String>> existsParams = new TreeMap<>();
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        // a nested function's (a lambda's) own parameters share indexes with fn's: checks of them are not of fn's
        Set<String> nestedParams = nestedParams(fn, all);
        // an anti-forgery check (double-submit cookie against header, a token against the secret in the session): the
        // cookies it hashes or compares in constant time are the token's binding, not who the caller is
        boolean csrfCheck = false;
        for (Fn f : all) if (dev.backcheck.concepts.CsrfProtections.readsCsrfValue(f)) csrfCheck = true;
        for (Fn f : all) {
            statuses.addAll(f.statuses());
            for (Fn.Check c : f.checks()) {
                if (nestedParam(c.subject(), nestedParams)) continue;
                if (c.kind().equals("exists")) markChecked(c.subject(), exists, existsParams);
                else if (!c.kind().equals("presence")) markChecked(c.subject(), checked, checkedParams);
            }
            // a path built from the value proven inside its base before the file system sees it, a strict parse whose
            // invalid result is dropped: hand checks the rejecting guards alone do not show
            Fn caller = f;
            for (Val v : containedValues(f, c -> containmentHelper(c, file, caller))) if (!nestedParam(v, nestedParams)) markChecked(v, checked, checkedParams);
            for (Val v : discardedParses(f, all)) if (!nestedParam(v, nestedParams)) markChecked(v, checked, checkedParams);
            // a message whose HMAC is compared with the signature sent beside it, refused on a mismatch (HmacSignatures)
            for (Val v : dev.backcheck.concepts.HmacSignatures.signedValues(f)) if (!nestedParam(v, nestedParams)) markChecked(v, checked, checkedParams);
            // the test of a check that answers 401/403: if (!key || key !== env.API_KEY) return res.status(401)...
            // (or a constant-time compare of the two: if (!timingSafeEqual(Buffer.from(sent), Buffer.from(expected))) throw 401)
            for (CallSite.Guard g : f.authTests()) if (secretTest(g)) usesCredential = true;
            for (Fn.Read r : f.reads()) {
                if ((r.part().equals("user") || r.part().equals("session")) && !dev.backcheck.concepts.CsrfProtections.csrfValue(r.value())) readsUser = true;
            }
            // an identity an earlier middleware attached to the request, required here: if (!req.userId) return 401
            for (CallSite.Guard g : f.authTests()) {
                if (g.op().equals("truthy") && g.holds() && (isAttachedIdentity(g.left()) || isContextIdentity(g.left()))) readsUser = true;
            }
            for (CallSite cs : f.calls()) {
                String method = cs.methodName();
                String root = project.rootModule(cs.callee(), file);
                // a server-rendered app turns the caller away to its sign-in page: res.redirect('/login')
                if ("redirect".equals(method)) redirects = true;
                // a hand-written limiter that sends the client over its limit to a too-many-requests page: redirect('/429')
                if ("redirect".equals(method) && !cs.guards().isEmpty() && cs.args().stream().anyMatch(a -> {
                    String to = Val.constString(a);
                    return to != null && TOO_MANY_PAGE.matcher(to).find();
                })) answers429Conditionally = true;
                if (!cs.guards().isEmpty() || f != fn) conditional = true;
                if ("isAuthenticated".equals(method)) asksPassport = true;
                if ("redirect".equals(method) && cs.args().stream().anyMatch(a -> {
                    String to = leadingText(a);
                    return to != null && LOGIN_PAGE.matcher(to).find();
                })) redirectsToLogin = true;
                if (method != null && (method.equals("isAuthenticated") || method.equals("isUnauthenticated"))) readsUser = true;
                // Hono: c.get('user') / c.get('session') / c.get('jwtPayload') on the context
                // ... or c.set('session', ...) / c.set('auth', ...): the middleware establishes who the caller is
                if (("get".equals(method) || "set".equals(method)) && receiver(cs.callee()) instanceof Param cp && cp.path().isEmpty()
                        && CONTEXT_NAMES.contains(cp.name()) && !cs.args().isEmpty()
                        && CONTEXT_IDENTITY_KEYS.contains(String.valueOf(Val.constString(cs.arg(0))))) {
                    readsUser = true;
                }
                // ... or read through c.var and tested before a call (if (user) { .. return next() } return unauthorized(),
                // a refusal through a project helper the extractor cannot see answer 401): as c.get('currentUser') is
                if (!readsUser) {
                    for (CallSite.Guard g : cs.guards()) {
                        if ("truthy".equals(g.op()) && isContextIdentity(g.left())) {
                            readsUser = true;
                            break;
                        }
                    }
                }
                // (the tests below only set a flag: once it is set, a call's arguments need not be walked again)
                if (!readsUser) {
                    for (Val a : cs.args()) {
                        if (Vals.anyPart(a, Analysis::isUserOrSession)) {
                            readsUser = true;
                            break;
                        }
                    }
                }
                // a cookie or an API-key header looked up (sessions.get(sid), keys.has(key)) or compared with a
                // configured value (key !== env.API_KEY): the caller is identified by it
                boolean csrfCrypto = csrfCheck && (root != null && (root.equals("crypto") || root.equals("node:crypto"))
                        || method != null && CSRF_CRYPTO.contains(method));
                if (!usesCredential && method != null && !CREDENTIAL_NEUTRAL.contains(method) && !csrfCrypto
                        && !(cs.callee() instanceof Global g && g.name().equals("console"))) {
                    for (Val a : cs.args()) {
                        if (Vals.anyPart(a, Analysis::isCredentialOrCut) || credentialFromHelper(a, file, f)) {
                            usesCredential = true;
                            break;
                        }
                    }
                }
                if (!usesCredential) for (CallSite.Guard g : cs.guards()) if (comparesCredential(g)) usesCredential = true;
                // a verification whose failure a catch swallows lets the request through: optional authentication
                // (or one whose catch serves the request another way: optional authentication)
                boolean lenient = f.inLenientTry(cs.location()) || failureServedInCatch(f, cs);
                // token verification
                // a webhook or API-key check: the sender is authenticated by a signature or a constant-time compare
                // (a constant-time compare of an anti-forgery token with its cookie verifies no sender)
                boolean csrfCompare = method != null && method.equals("timingSafeEqual")
                        && (csrfCheck || cs.args().stream().anyMatch(dev.backcheck.concepts.CsrfProtections::fromCsrfValue) || doubleSubmit(cs));
                // (WebCrypto's crypto.subtle.verify(alg, key, signature, data): the sender's signature checked)
                if (method != null && (SIGNATURE_CHECKS.contains(method) || dev.backcheck.concepts.HmacSignatures.webCryptoVerify(cs)) && !lenient && !csrfCompare) {
                    verifies = true;
                    if (evidence == null) evidence = cs.location();
                    // stripe constructEvent, creem constructWebhookEvent: the event is parsed from the verified raw body
                    if (method.startsWith("construct")) {
                        parts.add("body");
                        libs.add(method.startsWith("constructEvent") ? "stripe" : root == null ? "webhook signature" : root);
                    }
                }
                // svix (Clerk, Resend webhooks): new Webhook(secret).verify(payload, headers) answers the event only when the
                // signature over the raw body holds, and throws otherwise
                if ("verify".equals(method) && "svix".equals(root) && !lenient) {
                    verifies = true;
                    if (evidence == null) evidence = cs.location();
                    parts.add("body");
                    libs.add("svix");
                }
                // a session lookup handed the request's headers (the cookie and authorization they carry), whatever
                // made the object it is called on: better-auth's auth.api.getSession({ headers: c.req.raw.headers })
                // with auth = c.get('betterAuth')
                if (lookup == null && method != null && LOOKUP_METHODS.contains(method) && !lenient
                        && cs.args().stream().anyMatch(a -> Vals.anyPart(a, Analysis::isRequestHeaders))) lookup = cs.location();
                if (isVerification(cs, method, root, file) && !lenient) {
                    // a session lookup answers null for a stranger: it verifies only where the caller is then turned away
                    if (LOOKUP_METHODS.contains(method)) {
                        if (lookup == null) lookup = cs.location();
                    } else if (onlyIfSent(cs, all)) {
                        if (verifiedIfSent == null) verifiedIfSent = cs.location();
                    } else {
                        verifies = true;
                        if (evidence == null) evidence = cs.location();
                    }
                }
                // throw createUnauthorizedError(): an error made by a project factory configured with its status
                Integer made = madeErrorStatus(cs, method, file);
                if (made != null) statuses.add(made);
                // rate limiter use (rate-limiter-flexible style: limiter.consume(key))
                // (limiter = auth ? authenticatedLimiter : anonymousLimiter: either one, both of the library)
                String limiterRoot = root == null && method != null && (method.equals("consume") || method.equals("limit"))
                        ? sharedRoot(receiver(cs.callee()), file) : root;
                if (limiterRoot != null && (limiterRoot.equals("rate-limiter-flexible") || limiterRoot.equals("@upstash/ratelimit"))
                        && method != null && (method.equals("consume") || method.equals("limit"))) rateLimits = true;
                // await mw(c, next) with mw = rateLimiter({...}) of hono-rate-limiter (limiter(req, res, next) of
                // express-rate-limit): a limiter library's middleware run on this request
                if (!rateLimits && root != null && !cs.isNew() && Classifier.kindOfPackage(root) == ControlKind.RATE_LIMIT
                        && (cs.callee() instanceof Call || cs.callee() instanceof Local)
                        && cs.args().stream().anyMatch(a -> a instanceof Req q && q.part().equals("raw") && q.path().isEmpty()
                        || a instanceof Param cp && cp.path().isEmpty() && CONTEXT_NAMES.contains(cp.name()))) rateLimits = true;
                if (method != null && (method.equals("compare") || method.equals("verify") && root != null && root.startsWith("argon2"))
                        && root != null && (root.startsWith("bcrypt") || root.startsWith("argon2"))) comparesPassword = true;
                if (signs(cs)) issuesToken = true;
                // schema validation of request data or of own parameters
                // a webhook's payload checked against its sender's signature (verifyGiteaSignature(rawBody, secret, sig),
                // webhooks.verifyAndReceive({ payload, signature })): the bytes are the sender's, and a schema would break the check
                if (method != null && !lenient && (method.startsWith("verify") || method.startsWith("validate"))
                        && WEBHOOK_SIGNATURE.matcher(method).matches()) {
                    boolean any = false;
                    for (Val a : cs.args()) any |= markValidated(a, parts, params);
                    if (any) libs.add("webhook signature");
                }
                // a library that validates what it is handed (the MCP SDK's transports parse each JSON-RPC message)
                int sinkArg = lenient ? -1 : dev.backcheck.concepts.ValidatingSinks.validatedArg(project, cs, method, root, file);
                if (sinkArg >= 0 && markValidated(cs.arg(sinkArg), parts, params)) libs.add(dev.backcheck.concepts.ValidatingSinks.library());
                String lib = validationLib(cs, method, root, file);
                if (lib != null) {
                    boolean any = false;
                    for (Val a : cs.args()) {
                        // zod's versioned entry points (import { z } from 'zod/v4'): a parse of what a call answered
                        // (EdgeJobSchema.parse(await api(payload))) checks that answer, not what the call was handed
                        if (lib.startsWith("zod/") && (a instanceof Call || a instanceof New)) continue;
                        // a schema built from a table (drizzle-zod) given an object gathered field by field: those fields
                        // are checked, not the whole part (a field left out of the object is not)
                        if (a instanceof Obj o && dev.backcheck.concepts.SchemaBuilders.library(lib) != null) {
                            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                                // { ...req.body, ucpId }: the whole part, unless a field of it read apart stays out of the object
                                // (const { fromPositionId } = req.body used beside the parse: the schema strips what is no column)
                                if (e.getKey().startsWith("...") && e.getValue() instanceof Req q && q.path().isEmpty() && readApart(all, q.part(), o)) continue;
                                markChecked(beforeConversion(e.getValue()), checked, checkedParams);
                            }
                            continue;
                        }
                        any |= markValidated(a, parts, params);
                    }
                    if (any) libs.add(lib);
                }
                // return limiter(req, res, next) with limiter = table[routeKey] || generalLimiter: one of the project's
                // limiters picked per route from a table, a limiter as the fallback: the request is limited either way
                if (!rateLimits && cs.callee() instanceof OneOf pick && pick.test() == null
                        && cs.args().stream().anyMatch(a -> a instanceof Req q && q.part().equals("raw") && q.path().isEmpty())
                        && limiterPick(pick, file, fn, f, depth)) rateLimits = true;
                // follow calls into project functions
                Project.FnRef target = resolveMadeCallee(cs.callee(), file, f);
                // a middleware the enclosing function was handed, run on the request: await apiRateLimit(request, reply)
                if (target == null && cs.callee() instanceof Param && cs.args().stream().anyMatch(a -> a instanceof Req q && q.part().equals("raw"))) {
                    target = handedFunction((Param) cs.callee(), f);
                }
                // api.cards.get({ cardId }) on a tRPC server-side caller: the procedure's .input() parser checks the argument
                // before its resolver runs (a failure throws TRPCError BAD_REQUEST)
                if (target == null && !cs.args().isEmpty()) {
                    var called = dev.backcheck.concepts.TrpcRouters.called(project, cs.callee(), file);
                    String inputLib = called == null ? null : called.validatedBy();
                    if (inputLib != null && markValidated(cs.arg(0), parts, params)) libs.add(inputLib);
                }
                // store.remove(id) where store = this.storage() answers one of several injected services: an argument
                // whose record lookup answers 4xx when missing in every one of them names an existing record
                if (target == null) {
                    List<Project.FnRef> alternatives = providerAlternatives(cs.callee(), file, f);
                    Map<Integer, Set<String>> common = null;
                    for (Project.FnRef alt : alternatives) {
                        if (alt.fn() == fn) {
                            common = null;
                            break;
                        }
                        Map<Integer, Set<String>> ex = summary(alt.fn(), alt.file(), depth + 1).existsParams();
                        if (common == null) {
                            common = new TreeMap<>();
                            for (Map.Entry<Integer, Set<String>> e : ex.entrySet()) common.put(e.getKey(), new TreeSet<>(e.getValue()));
                        } else {
                            common.keySet().retainAll(ex.keySet());
                            for (Map.Entry<Integer, Set<String>> e : common.entrySet()) e.getValue().retainAll(ex.get(e.getKey()));
                        }
                    }
                    if (common != null) {
                        for (Map.Entry<Integer, Set<String>> e : common.entrySet()) {
                            Val a = cs.arg(e.getKey());
                            if (a == null || nestedParam(a, nestedParams)) continue;
                            for (String sub : e.getValue()) markChecked(sub.isEmpty() ? a : Val.member(a, sub), exists, existsParams);
                        }
                    }
                }
                // status.unauthorizedResponse(res, 'No token'): a project helper handed the response object that answers one
                // status of its own (through its own helper: responseStatus(res, 401, message)): that status
                if (target != null && target.fn() != fn && target.file() != null
                        && cs.args().stream().anyMatch(a -> a instanceof Param pa && pa.path().isEmpty())) {
                    dev.backcheck.concepts.ResponseStatuses rs = dev.backcheck.concepts.ResponseStatuses.of(project);
                    if (rs.statusParams(target.fn(), target.file()).isEmpty()) {
                        Set<Integer> fixed = rs.statuses(target.fn(), target.file());
                        if (fixed.size() == 1 && !statuses.containsAll(fixed)) {
                            statuses.addAll(fixed);
                            if (f != fn || !cs.guards().isEmpty()) conditional = true;
                        }
                    }
                }
                // createErrorResponse(c, 'Rate limit exceeded', code, 429): a helper that answers with the status it is
                // handed (c.json(body, status)) answers with the literal given
                if (target != null && target.fn() != fn) {
                    for (int i : dev.backcheck.concepts.ResponseStatuses.ownStatusParams(target.fn())) {
                        Val a = cs.arg(i);
                        if (a instanceof Lit l && l.value() instanceof Double d && d >= 100 && d < 600 && d == Math.floor(d)) {
                            statuses.add(d.intValue());
                            if (f != fn || !cs.guards().isEmpty()) conditional = true;
                        }
                    }
                    // apiError(c, 'FORBIDDEN', msg) answering c.json(body, STATUS_MAP[code]): the status its table holds for
                    // the code handed to it
                    for (Obj table : dev.backcheck.concepts.ResponseStatuses.ownStatusTables(target.fn())) {
                        for (Val a : cs.args()) {
                            String code = a instanceof Lit ? Val.constString(a) : null;
                            if (code != null && table.props().get(code) instanceof Lit l && l.value() instanceof Double d && d >= 100 && d < 600 && d == Math.floor(d)) {
                                statuses.add(d.intValue());
                                if (f != fn || !cs.guards().isEmpty()) conditional = true;
                            }
                        }
                    }
                }
                // const email = decryptLinkData(req.query.data); if (!email) return res.status(400): a value the client sends in
                // its link, header or cookie, opened with the server's key by a project function (createDecipheriv inside), the
                // request refused when it does not open: a sealed credential verified, as a signed token is
                if (!verifies && !lenient && target != null && target.fn() != fn && sealedCredential(cs) && RouteBehaviour.decrypts(target.fn())
                        && refusedWhenFalsy(f, cs, false)) {
                    verifies = true;
                    if (evidence == null) evidence = cs.location();
                }
                // const ok = await verifyInternalRequestSignature({ body, signature: c.req.header('x-signature'), secret }); if (!ok)
                // return c.json(.., 401): a project verifier of the request's signature by its name, handed what the request
                // carries, the caller turned away 401/403 when it answers false (a service-to-service HMAC, a webhook)
                if (!verifies && !lenient && target != null && target.fn() != fn && method != null && SIGNATURE_VERIFIER.matcher(method).matches()
                        && cs.args().stream().anyMatch(a -> Vals.anyPartDeep(a, x -> x instanceof Req, 200)) && refusedWhenFalsy(f, cs, true)) {
                    verifies = true;
                    if (evidence == null) evidence = cs.location();
                }
                if (target != null && target.fn() != fn) {
                    Summary ts = summary(target.fn(), target.file(), depth + 1);
                    boolean nullToStranger = false;
                    // timingSafeCompare(headerToken, cookieToken): a project compare handed a cookie and another request
                    // value, nothing the server holds, checks a double-submit token (anti-forgery), not who the caller is
                    if (ts.verifiesToken() && doubleSubmit(cs)) {
                        // (no verification)
                    } else if (ts.verifiesToken() && !lenient && onlyIfSent(cs, all)) {
                        if (verifiedIfSent == null) verifiedIfSent = cs.location();
                    } else if (ts.verifiesToken() && !lenient && (nullToStranger = answersNullToStranger(target))) {
                        // getAuthUser(req): a helper that verifies a token when one is sent and answers null otherwise
                        // is a session lookup: it verifies only where the caller is then turned away
                        if (lookup == null) lookup = cs.location();
                    } else if (ts.verifiesToken() && !lenient) {
                        verifies = true;
                        if (evidence == null) evidence = cs.location();
                    }
                    rateLimits |= ts.rateLimits();
                    comparesPassword |= ts.comparesPassword();
                    issuesToken |= ts.issuesToken();
                    for (Map.Entry<Integer, Set<String>> e : ts.validatedParams().entrySet()) {
                        Val a = cs.arg(e.getKey());
                        if (a == null) continue;
                        for (String sub : e.getValue()) {
                            Val av = sub.isEmpty() ? a : Val.member(a, sub);
                            if (markValidated(av, parts, params)) libs.addAll(ts.validationLibs());
                        }
                    }
                    // a signature predicate (answers whether the HMAC of a parameter matches the signature sent beside it)
                    // whose true answer the rest of this function runs under: the message handed to it is its sender's
                    Set<Integer> signedArgs = dev.backcheck.concepts.HmacSignatures.predicateParams(target.fn());
                    if (!signedArgs.isEmpty() && !lenient && dev.backcheck.concepts.HmacSignatures.gates(f, new Call(cs.callee(), cs.args(), cs.location()))) {
                        for (int i : signedArgs) {
                            for (Val v : dev.backcheck.concepts.HmacSignatures.signedData(cs.arg(i))) if (!nestedParam(v, nestedParams)) markChecked(v, checked, checkedParams);
                        }
                    }
                    // the callee checks its own parameters by hand: the arguments handed to it are checked
                    // (getVerseByDay(Number(day)) with if (day < 1 || day > 366) throw 400 there: the value converted is checked)
                    for (Map.Entry<Integer, Set<String>> e : ts.checkedParams().entrySet()) {
                        Val a = cs.arg(e.getKey());
                        if (a == null || nestedParam(a, nestedParams)) continue;
                        for (String sub : e.getValue()) markChecked(sub.isEmpty() ? beforeConversion(a) : Val.member(a, sub), checked, checkedParams);
                    }
                    for (Map.Entry<Integer, Set<String>> e : ts.existsParams().entrySet()) {
                        Val a = cs.arg(e.getKey());
                        if (a == null || nestedParam(a, nestedParams)) continue;
                        for (String sub : e.getValue()) markChecked(sub.isEmpty() ? a : Val.member(a, sub), exists, existsParams);
                    }
                    boolean passesReq = false;
                    for (Val a : cs.args()) if (a instanceof Req q && q.part().equals("raw")) passesReq = true;
                    // Hono: the context handed whole to a helper (getActorFromContext(c) reads c.get('actor'))
                    boolean passesContext = cs.args().stream().anyMatch(a -> a instanceof Param cp && cp.path().isEmpty() && CONTEXT_NAMES.contains(cp.name()));
                    if (passesContext && ts.identifiesCaller() && !lenient) readsUser = true;
                    // a helper handed the request that reads who the caller is (its session, user or a credential
                    // header): const ctx = await contextOf(request); if (ctx.isErr()) return reply.status(401)...
                    if (passesReq && ts.identifiesCaller() && !lenient) readsUser = true;
                    // a helper handed the request that turns the stranger away itself (authenticateRequest(request, reply)
                    // answering 401 without a valid bearer): the caller turns them away through it
                    // (not one that answers a stranger null, refusing only a credential that fails: getAuthUser above)
                    if (passesReq && ts.rejectsUnauthenticated() && !lenient && !nullToStranger) helperRejects = true;
                    // const auth = await authenticateVaultRequest(c); if (!auth.ok) return auth.response: a helper handed the
                    // request that identifies the caller and answers a result object whose failure carries the 401 to
                    // send; returned here, it turns the stranger away as a middleware would
                    if ((passesReq || passesContext) && !lenient && !nullToStranger && (ts.verifiesToken() || ts.identifiesCaller())
                            && returnsRefusalOf(f, cs, target)) {
                        helperRejects = true;
                        readsUser = true;
                    }
                    // return removeNote(c, id) of a helper handed the context that answers the refusal itself: its answer is this one
                    if (passesContext && !lenient && !nullToStranger && ts.rejectsUnauthenticated() && returnsCallResult(f, cs)) helperRejects = true;
                    if (passesReq) {
                        // the callee validates request parts itself when it is handed the request
                        parts.addAll(ts.validatedParts());
                        if (!ts.validatedParts().isEmpty()) libs.addAll(ts.validationLibs());
                        ts.checkedFields().forEach((k, v) -> checked.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                        ts.existsFields().forEach((k, v) -> exists.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                    }
                }
            }
        }
        // a token verified only when one is sent, by a function that turns no one away itself: optional authentication
        // (a caller with none goes on); one that also answers 401/403 verifies as any other
        if (!verifies && verifiedIfSent != null && (statuses.contains(401) || statuses.contains(403) || throwsInText(fn))) {
            verifies = true;
            if (evidence == null) evidence = verifiedIfSent;
        }
        if (!verifies && lookup != null && (statuses.contains(401) || statuses.contains(403) || redirectsToLogin || turnsAway(all))) {
            verifies = true;
            if (evidence == null) evidence = lookup;
        }
        // if (!req.headers['x-view-as']) return true / return next(): a caller who does not send that value goes on untouched,
        // so what is verified or refused after the test concerns only callers who send it (an impersonation switch, an
        // optional token): the function authenticates no one
        // ... or every check that turns a caller away runs only where the caller sent some value (a header, a cookie, a
        // query parameter) it may as well leave out: if (!relayed) return; with relayed = typeof headers['x-relay'] === 'string'
        boolean gated = (verifies || readsUser || usesCredential || helperRejects) && (passesWithout(fn) || optInOnly(fn, all, file, depth, statuses));
        if (gated) {
            verifies = false;
            helperRejects = false;
        }
        boolean strangerPasses = gated || !verifies && (readsUser || usesCredential || helperRejects) && passesStranger(fn, all, file, depth);
        boolean rejects = !strangerPasses && ((readsUser || usesCredential) && (statuses.contains(401) || statuses.contains(403) || redirectsToLogin
                // passport's req.isAuthenticated() tested, the stranger redirected elsewhere (res.redirect('/'))
                || asksPassport && redirects) || helperRejects);
        // a hand-written limiter is known by what it answers: 429 Too Many Requests, under some test (a handler that
        // always answers 429 is the too-many-requests page, not a limiter)
        if (statuses.contains(429) && conditional || answers429Conditionally) rateLimits = true;
        decoratorValidation(fn, file, depth, parts, libs);
        return new Summary(verifies, rejects, Set.copyOf(parts), Map.copyOf(params), Set.copyOf(libs), rateLimits,
                comparesPassword, issuesToken, evidence, Map.copyOf(checked), Map.copyOf(checkedParams), Map.copyOf(exists),
                Map.copyOf(existsParams), readsUser || usesCredential);
    }

    /** A signature verifier by its name: verifyInternalRequestSignature, verifyWebhookSignature, isValidSignature, validateHmac. */
    public static final java.util.regex.Pattern SIGNATURE_VERIFIER = java.util.regex.Pattern.compile("(?i)(verify|validate|check|isValid)\\w*(signature|hmac|webhook)\\w*");

    /** An argument carrying a value of the request's query, path, headers or cookies (where a link or a client keeps a credential). */
    private static boolean sealedCredential(CallSite cs) {
        return cs.args().stream().anyMatch(a -> Vals.anyPart(a, x -> x instanceof Req q && !q.path().isEmpty()
                && Set.of("query", "params", "headers", "cookies").contains(q.part())));
    }

    /** A 4xx answer or a thrown error in {@code f} under the test that the answer of {@code cs} is falsy ({@code if (!email) return 400}). */
    private static boolean refusedWhenFalsy(Fn f, CallSite cs, boolean unauthorized) {
        Val made = new Call(cs.callee(), cs.args(), cs.location());
        for (CallSite rc : f.calls()) {
            String n = rc.methodName();
            if (n == null || rc == cs) continue;
            boolean refusal = !unauthorized && rc.isNew() && (n.endsWith("Error") || n.endsWith("Exception"))
                    || rc.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Number num
                    && (unauthorized ? num.intValue() == 401 || num.intValue() == 403 : num.intValue() >= 400 && num.intValue() < 500));
            if (refusal && rc.guards().stream().anyMatch(g -> "truthy".equals(g.op()) && !g.holds() && made.equals(g.left()))) return true;
        }
        return false;
    }

    /**
     * A method decorator of the project that replaces the method with a wrapper validating a request part before it
     * calls the original ({@code @ValidateBody(CreateDto)}: {@code descriptor.value = async function (req, res, next) {
     * const errors = await validate(plainToInstance(dto, req.body)); if (errors.length) throw ..; return original.apply(..) }}):
     * the parts its wrapper validates are validated for the method.
     */
    private void decoratorValidation(Fn fn, FileFacts file, int depth, Set<String> parts, Set<String> libs) {
        if (fn.decorators().isEmpty() || depth > MAX_CALL_DEPTH) return;
        for (Decorator d : fn.decorators()) {
            Project.FnRef factory;
            try {
                factory = project.function(d.callee(), file);
            } catch (RuntimeException e) {
                continue;
            }
            if (factory == null) continue;
            List<Fn> inner = new ArrayList<>();
            collect(factory.fn(), inner, 0);
            for (Fn w : inner) {
                if (w == factory.fn() || w.params().isEmpty()) continue;
                Summary ws = summary(w, factory.file(), depth + 1);
                parts.addAll(ws.validatedParts());
                libs.addAll(ws.validationLibs());
            }
        }
    }

    /**
     * Session lookups that answer null (or no user) for a caller without a valid session instead of failing: better-auth
     * and next-auth {@code getSession}, lucia {@code validateSession}, Supabase {@code getUser}. A function that calls one
     * and lets the stranger through (a middleware that only puts the session on the context) authenticates no one.
     */
    private static final Set<String> LOOKUP_METHODS = Set.of("getSession", "validateSession", "getUser");

    /** All the request's headers: {@code req.headers}, Hono's {@code c.req.raw.headers}. */
    /**
     * A call that runs only when the request carries a credential: under {@code if (token)} for a token read from a header,
     * cookie or query ({@code const token = c.req.header('Authorization')?.slice(7) ?? c.req.query('token')}).
     */
    /** Whether the function's source holds a throw statement (if (!header) throw problem('NOT_SIGNED_IN')): it can refuse. */
    private boolean throwsInText(Fn fn) {
        Location at = fn.location();
        if (at == null) return true;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, at.path());
        if (lines.isEmpty() || at.endLine() > lines.size() || at.endLine() < at.line()) return true;
        for (int i = at.line() - 1; i < at.endLine(); i++) if (lines.get(i).matches(".*\\bthrow\\b.*")) return true;
        return false;
    }

    /**
     * Whether {@code f} returns the failure answer of the project function {@code target} that call {@code cs} makes:
     * {@code return auth.response} of {@code const auth = await authenticate(c)}, where authenticate answers
     * {@code { ok: false, response: c.json(.., 401) }} ({@link #refusalProps}).
     */
    private boolean returnsRefusalOf(Fn f, CallSite cs, Project.FnRef target) {
        Set<String> props = null;
        for (Val r : f.returns()) {
            if (!(r instanceof Member m) || !(m.object() instanceof Call c) || !sameCall(c, cs)) continue;
            if (props == null) props = refusalProps(target, 0);
            if (props.contains(m.prop())) return true;
        }
        return false;
    }

    /** Whether {@code f} returns what call {@code cs} answers, as it is: {@code return removeNote(c, id)}, {@code return auth}. */
    private static boolean returnsCallResult(Fn f, CallSite cs) {
        for (Val r : f.returns()) if (r instanceof Call c && sameCall(c, cs)) return true;
        return false;
    }

    private static boolean sameCall(Call c, CallSite cs) {
        if (c.site() != null && cs.location() != null) return c.site().equals(cs.location());
        return c.callee().equals(cs.callee()) && c.args().equals(cs.args());
    }

    /**
     * The fields of the result objects project function {@code t} answers whose value is a 401/403 answer ({@code return
     * { ok: false, response: c.json(err, 401) }}), also through what it returns of another such function ({@code return
     * authenticateWithToken(c, token)}, {@code if (!auth.ok) return auth} of {@code auth = await authenticate(c)}).
     */
    private Set<String> refusalProps(Project.FnRef t, int depth) {
        Set<String> out = new TreeSet<>();
        if (t == null || depth > 3) return out;
        for (Val r : t.fn().returns()) {
            if (r instanceof Obj o) {
                for (Map.Entry<String, Val> e : o.props().entrySet()) if (refusalAnswer(e.getValue())) out.add(e.getKey());
            } else if (r instanceof Call c) {
                Project.FnRef u = resolveCallee(c.callee(), t.file(), t.fn());
                if (u != null && u.fn() != t.fn()) out.addAll(refusalProps(u, depth + 1));
            }
        }
        return out;
    }

    /** A 401/403 answer built in place: {@code c.json(body, 401)}, {@code Response.json(body, { status: 403 })}, {@code new Response(body, { status: 401 })}. */
    private static boolean refusalAnswer(Val v) {
        List<Val> args;
        String m;
        if (v instanceof Call c) {
            args = c.args();
            m = Vals.lastName(c.callee());
        } else if (v instanceof New n) {
            args = n.args();
            m = Vals.lastName(n.callee());
            if (!"Response".equals(m)) return false;
        } else {
            return false;
        }
        if (m == null || !REFUSAL_ANSWERS.contains(m) || args.size() < 2) return false;
        for (Val a : args.subList(1, args.size())) {
            Val st = a instanceof Obj init && init.props().get("status") != null ? init.props().get("status") : a;
            if (st instanceof Lit l && l.value() instanceof Double d && (d == 401 || d == 403)) return true;
        }
        return false;
    }

    private static final Set<String> REFUSAL_ANSWERS = Set.of("json", "text", "body", "html", "newResponse", "Response");

    /**
     * Whether {@code fn} (a handler or a function it hands the request to) returns the refusal of a project helper that
     * identifies its caller ({@link #returnsRefusalOf}): {@code const auth = await authenticateVaultRequest(c); if
     * (!auth.ok) return auth.response}. The route serves a signed-in caller only.
     */
    public boolean returnsHelperRefusal(Fn fn, FileFacts file) {
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.isNew() || f.inLenientTry(cs.location())) continue;
                boolean returned = false;
                for (Val r : f.returns()) if (r instanceof Member m && m.object() instanceof Call c && sameCall(c, cs)) returned = true;
                if (!returned) continue;
                Project.FnRef t = resolveMadeCallee(cs.callee(), file, f);
                if (t == null || t.fn() == fn || t.file() == null) continue;
                Summary ts = summary(t.fn(), t.file());
                if ((ts.verifiesToken() || ts.identifiesCaller()) && returnsRefusalOf(f, cs, t)) return true;
            }
        }
        return false;
    }

    /**
     * Whether every option of a callee chosen at run time is a project rate limiter or an element read of a table
     * ({@code limits[key]}, the value of an {@code Object.entries(limits)} pair), and one at least is a limiter that
     * resolves: the middleware hands the request to a limiter whichever it picks (datingapp's dynamicRateLimiter).
     */
    private boolean limiterPick(OneOf pick, FileFacts file, Fn fn, Fn caller, int depth) {
        boolean limiter = false;
        for (Val opt : pick.options()) {
            Project.FnRef t = resolveMadeCallee(opt, file, caller);
            if (t != null) {
                if (t.fn() == fn || t.fn() == caller || !summary(t.fn(), t.file(), depth + 1).rateLimits()) return false;
                limiter = true;
            } else if (!Vals.anyPart(opt, x -> x instanceof Member m && m.prop().equals("*"))) {
                return false;
            }
        }
        return limiter;
    }

    private static final java.util.regex.Pattern REFUSING_ERROR = java.util.regex.Pattern.compile("(?i).*(unauthori[sz]ed|forbidden|unauthenticated).*");

    /**
     * Whether the project function {@code t} answers null to a caller with no credential: it returns the literal null (or
     * undefined) itself, and every refusal it makes (an Unauthorized/Forbidden error constructed, a 401/403 answer) lies in
     * a catch: only a credential that fails verification is refused ({@code if (bearer) return jwt.verify(bearer); ..
     * catch { throw new UnauthorizedError() } return null}). Optional authentication: a stranger is answered null.
     */
    private boolean answersNullToStranger(Project.FnRef t) {
        boolean nullReturn = false;
        for (Val r : t.fn().returns()) if (r instanceof Lit l && l.value() == null) nullReturn = true;
        if (!nullReturn) return false;
        List<Fn> inner = new ArrayList<>();
        collect(t.fn(), inner, 0);
        for (Fn f : inner) {
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (m == null) continue;
                boolean refuses;
                if (cs.isNew()) {
                    Integer made = REFUSING_ERROR.matcher(m).matches() ? null : madeErrorStatus(cs, m, t.file());
                    refuses = REFUSING_ERROR.matcher(m).matches() || made != null && (made == 401 || made == 403);
                } else {
                    refuses = Set.of("status", "code", "sendStatus").contains(m) && cs.args().stream()
                            .anyMatch(a -> a instanceof Lit l && l.value() instanceof Double d && (d == 401 || d == 403));
                    if (!refuses) {
                        Integer made = madeErrorStatus(cs, m, t.file());
                        refuses = made != null && (made == 401 || made == 403);
                    }
                }
                if (refuses && f.catches().stream().noneMatch(c -> c.inBody(cs.location()))) return false;
            }
        }
        return true;
    }

    private static boolean onlyIfSent(CallSite cs, List<Fn> all) {
        for (CallSite.Guard g : cs.guards()) {
            if (!"truthy".equals(g.op()) || !g.holds() || g.left() == null) continue;
            if (!Vals.anyPartDeep(g.left(), x -> x instanceof Req q && Set.of("headers", "cookies", "signedCookies", "query").contains(q.part()), 100)) continue;
            // if (!header) throw problem('NOT_SIGNED_IN'): the test is an early exit that turns the tokenless caller away
            // (anything done where it fails, other than passing on, is no optional path)
            boolean elsewhere = false;
            for (Fn f : all) {
                for (CallSite o : f.calls()) {
                    if (o.callee() instanceof Param p && p.path().isEmpty()) continue; // next()
                    for (CallSite.Guard og : o.guards()) {
                        if ("truthy".equals(og.op()) && !og.holds() && java.util.Objects.equals(og.left(), g.left())) elsewhere = true;
                    }
                }
                for (int i = 0; i < f.returns().size(); i++) {
                    // if (!viewAs) return true (a Nest guard letting the request through), return next(): a pass, no refusal
                    if (passes(f.returns().get(i))) continue;
                    for (CallSite.Guard og : f.returnGuards(i)) {
                        if ("truthy".equals(og.op()) && !og.holds() && java.util.Objects.equals(og.left(), g.left())) elsewhere = true;
                    }
                }
            }
            if (!elsewhere) return true;
        }
        return false;
    }

    /**
     * Whether every check of {@code fn} that authenticates (a 401/403 answer, an Unauthorized error, a token or signature
     * verification, a project function that verifies or refuses) runs under a test that the request carries a value
     * the caller chooses to send: a header, cookie or query value present, or equal to a literal ({@link #callerSends}).
     * {@code const relayed = typeof req.headers['x-relay'] === 'string' || req.headers['x-mode'] === 'fallback'; if
     * (!relayed) return; .. if (sent !== expected) return reply.code(401)}: a caller who sends none of those values is
     * never turned away, whatever follows. Only the function's own calls carry its tests: a check in a nested function,
     * or a refusal no call shows (a status assigned), keeps the function authenticating.
     */
    private boolean optInOnly(Fn fn, List<Fn> all, FileFacts file, int depth, Set<Integer> answered401) {
        boolean candidate = false;
        for (CallSite cs : fn.calls()) {
            for (CallSite.Guard g : cs.guards()) {
                if (callerSends(g)) {
                    candidate = true;
                    break;
                }
            }
            if (candidate) break;
        }
        if (!candidate) return false;
        int checks = 0, answered = 0;
        // (the statuses the function answers, through its helpers too: status.unauthorizedResponse(res, ..))
        boolean refusalStatus = answered401.contains(401) || answered401.contains(403);
        for (Fn f : all) {
            if (f.statuses().contains(401) || f.statuses().contains(403)) refusalStatus = true;
            // an error thrown (throw problem('NOT_SIGNED_IN')): where it is thrown, and under what, the facts do not keep
            if (!f.throwsTypes().isEmpty() || !f.thrown().isEmpty()) return false;
            for (CallSite cs : f.calls()) {
                boolean answers = cs.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Double d && (d == 401 || d == 403))
                        || refusesThroughHelper(cs, f, fn, file);
                if (!answers && !authenticates(cs, f, fn, file, depth)) continue;
                if (cs.guards().stream().noneMatch(Analysis::callerSends)) return false;
                checks++;
                if (answers) answered++;
            }
        }
        return checks > 0 && (!refusalStatus || answered > 0);
    }

    /** A call of a project helper that answers 401 or 403 itself ({@code status.unauthorizedResponse(res, 'No token')}). */
    private boolean refusesThroughHelper(CallSite cs, Fn f, Fn fn, FileFacts file) {
        if (cs.isNew() || cs.args().stream().noneMatch(a -> a instanceof Param pa && pa.path().isEmpty())) return false;
        Project.FnRef target = resolveMadeCallee(cs.callee(), file, f);
        if (target == null || target.fn() == fn || target.fn() == f || target.file() == null) return false;
        Set<Integer> st = dev.backcheck.concepts.ResponseStatuses.of(project).statuses(target.fn(), target.file());
        return st.contains(401) || st.contains(403);
    }

    /** Whether {@code cs} (in {@code f}, inside {@code fn}) refuses by an error or verifies the caller, itself or through a project function. */
    private boolean authenticates(CallSite cs, Fn f, Fn fn, FileFacts file, int depth) {
        String m = cs.methodName();
        if (m == null) return false;
        if (cs.isNew()) {
            Integer made = madeErrorStatus(cs, m, file);
            return REFUSING_ERROR.matcher(m).matches() || made != null && (made == 401 || made == 403);
        }
        Integer made = madeErrorStatus(cs, m, file);
        if (made == null) made = errorStatus(cs, file);
        if (made != null && (made == 401 || made == 403)) return true;
        if (SIGNATURE_CHECKS.contains(m) || isVerification(cs, m, project.rootModule(cs.callee(), file), file)) return true;
        Project.FnRef target = resolveMadeCallee(cs.callee(), file, f);
        if (target == null || target.fn() == fn || target.fn() == f) return false;
        Summary ts = summary(target.fn(), target.file(), depth + 1);
        return ts.verifiesToken() || ts.rejectsUnauthenticated();
    }

    /**
     * A test that holds only where the request carries a value its sender chose to send: a header, cookie or query value
     * present ({@code if (req.headers['x-relay'])}), equal to a literal ({@code mode === 'fallback'}), or any of such
     * tests joined by || (all parts of it such; one part of an && is enough).
     */
    static boolean callerSends(CallSite.Guard g) {
        return g.left() != null && callerSends(g.left(), g.op(), g.right(), g.holds(), 0);
    }

    private static boolean callerSends(Val left, String op, Val right, boolean holds, int depth) {
        if (depth > 6 || left == null) return false;
        if ("truthy".equals(op)) return holds && sentValue(left);
        if ("==".equals(op) || "!=".equals(op)) {
            if (holds != "==".equals(op)) return false;
            return sentValue(left) && literal(right) || sentValue(right) && literal(left);
        }
        if (("any".equals(op) || "all".equals(op)) && holds && left instanceof Arr parts && !parts.items().isEmpty()) {
            boolean every = true, some = false;
            for (Val p : parts.items()) {
                boolean sends = p instanceof OneOf o && o.test() != null && callerSends(o.test().left(), o.test().op(), o.test().right(), o.test().holds(), depth + 1);
                every &= sends;
                some |= sends;
            }
            return "any".equals(op) ? every : some;
        }
        return false;
    }

    /** A named header, cookie or query value of the request (or one of several such: {@code a || b}). */
    private static boolean sentValue(Val v) {
        if (v instanceof Req q) return !q.path().isEmpty() && Set.of("headers", "cookies", "signedCookies", "query").contains(q.part());
        if (v instanceof OneOf o && o.test() == null && !o.options().isEmpty()) return o.options().stream().allMatch(Analysis::sentValue);
        // Boolean(request.cookies.accessToken || request.cookies.refreshToken): whether such a value was sent
        if (v instanceof Call c && c.callee() instanceof Global g && g.name().equals("Boolean") && g.path().isEmpty() && c.args().size() == 1) return sentValue(c.args().get(0));
        return false;
    }

    private static boolean literal(Val v) {
        return v instanceof Lit l && (l.value() instanceof String || l.value() instanceof Double || l.value() instanceof Boolean);
    }

    /**
     * Whether {@code fn} lets the request go on at once when a value of its headers, cookies or query is absent: a
     * return of {@code true} or {@code next()} (or a bare {@code next()} call) under the test that the value is missing,
     * and no other test.
     */
    private static boolean passesWithout(Fn fn) {
        for (int i = 0; i < fn.returns().size(); i++) {
            if (passes(fn.returns().get(i)) && onlyWhenAbsent(fn.returnGuards(i))) return true;
        }
        for (CallSite cs : fn.calls()) {
            if (passes(new Call(cs.callee(), cs.args(), cs.location())) && onlyWhenAbsent(cs.guards())) return true;
        }
        return false;
    }

    /** Guards that all test a request value missing, and nothing else (if (!required) .. is an option's choice, not the caller's). */
    private static boolean onlyWhenAbsent(List<CallSite.Guard> guards) {
        return !guards.isEmpty() && guards.stream().allMatch(Analysis::absentRequestValue);
    }

    private static boolean absentRequestValue(CallSite.Guard g) {
        return "truthy".equals(g.op()) && !g.holds() && g.left() != null
                && Vals.anyPartDeep(g.left(), x -> x instanceof Req q && !q.path().isEmpty()
                && Set.of("headers", "cookies", "signedCookies", "query").contains(q.part()), 100);
    }

    /** The package every option of a choice ({@code a ? x : y}) comes from, when they agree; else null. */
    private String sharedRoot(Val v, FileFacts file) {
        if (v == null || file == null) return null;
        Project.Resolved r = project.resolve(v, file);
        if (!(r.val() instanceof Val.OneOf o) || o.options().isEmpty() || r.file() == null) return null;
        String shared = null;
        for (Val opt : o.options()) {
            String root = project.rootModule(opt, r.file());
            if (root == null || shared != null && !shared.equals(root)) return null;
            shared = root;
        }
        return shared;
    }

    /** A returned value that lets the request go on: {@code true} (a Nest guard's canActivate), {@code next()} / {@code await next()}. */
    private static boolean passes(Val v) {
        if (v instanceof Lit l) return Boolean.TRUE.equals(l.value());
        return v instanceof Call c && c.args().isEmpty() && c.callee() instanceof Param p && p.path().isEmpty() && NEXT_NAMES.contains(p.name());
    }

    private static boolean isRequestHeaders(Val v) {
        if (v instanceof Req q) return q.part().equals("headers") && q.path().isEmpty() || q.part().equals("raw") && q.path().equals(List.of("headers"));
        return v instanceof Param p && CONTEXT_NAMES.contains(p.name()) && p.path().equals(List.of("req", "raw", "headers"));
    }

    /** Whether one of the functions throws an error, or answers a client error (a lookup's stranger turned away). */
    private static boolean turnsAway(List<Fn> all) {
        for (Fn f : all) {
            if (!f.throwsTypes().isEmpty()) return true;
            // (429: a limiter's answer, no caller turned away for who they are)
            for (int st : f.statuses()) if (st >= 400 && st < 500 && st != 429) return true;
        }
        return false;
    }

    /** A name ending in error or exception in any case of ASCII letters: what {@code (?i).*(error|exception)} matches. */
    static boolean errorName(String s) {
        return endsWithAscii(s, "error") || endsWithAscii(s, "exception");
    }

    /**
     * {@code s} ends with {@code lower} (lower-case ASCII letters) in either case of ASCII letters only: what the pattern
     * {@code (?i).*(lower)} matches, without a matcher (asked of every call's method name in the handler summaries).
     */
    static boolean endsWithAscii(String s, String lower) {
        int off = s.length() - lower.length();
        if (off < 0) return false;
        // the pattern's dot does not match a line terminator
        for (int i = 0; i < off; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = s.charAt(off + i), l = lower.charAt(i);
            if (c != l && c != (char) (l - 32)) return false;
        }
        return true;
    }

    private static final Set<String> STATUS_KEYS = Set.of("status", "statusCode", "httpStatus", "code");

    /**
     * The status of an error made by a call of a project error maker configured with it: {@code createUnauthorizedError()}
     * where {@code createUnauthorizedError = createErrorFactory({ ..., statusCode: 401 })}, or
     * {@code makeError({ status: 403 })}: a 4xx/5xx literal under a status key of an object literal handed to the maker
     * or to the factory that made it. Null when the callee is not named as an error maker or no status is known.
     */
    private Integer madeErrorStatus(CallSite cs, String method, FileFacts file) {
        if (method == null) return null;
        boolean named = errorName(method);
        if (named) {
            Integer own = statusIn(cs.args(), file);
            if (own != null) return own;
        }
        // a maker is called by its name: unauthorized(), not svc.load() nor a call's result
        boolean plain = cs.callee() instanceof Ref r && r.path().isEmpty() || cs.callee() instanceof Local l && l.path().isEmpty();
        if (cs.isNew()) return projectErrorStatus(cs, named, file);
        if (!plain) return null;
        Project.Resolved callee = project.resolve(cs.callee(), file);
        // err('UNAUTHORIZED', msg) where err(code, message) answers new AppError(code, message) of a project error
        // class: the error it makes with the caller's arguments
        if (callee.val() instanceof FnVal maker && callee.file() != null) return makerStatus(maker.fn(), callee.file(), cs, file);
        if (!(callee.val() instanceof Call made)) return null;
        Project.FnRef factory = project.function(made.callee(), callee.file());
        if (factory == null) return null;
        if (!named) {
            Boolean known = errorMakers.get(factory.fn());
            if (known == null) {
                known = makesError(factory.fn(), factory.file(), 0);
                errorMakers.put(factory.fn(), known);
            }
            if (!known) return null;
        }
        return statusIn(made.args(), callee.file());
    }

    /**
     * The status of the error a project function answers, called at {@code cs}: {@code return new AppError(code, ..)} of
     * a project error class, its parameters read as the caller's arguments (their constants). Null when it answers none.
     */
    private Integer makerStatus(Fn maker, FileFacts makerFile, CallSite cs, FileFacts file) {
        // (also what it throws: unauthorized = (o) => { throw new DashboardError({ statusCode: o?.statusCode ?? 401 }) },
        // called as return unauthorized() or forbidden() alone, refuses the request as throw new .. would)
        // (only a function that always throws it: it returns nothing, and the error is made under no test and outside a
        // catch; verifyToken throwing 401 on a bad signature and answering the payload otherwise refuses only what fails)
        List<Val> made = maker.returns();
        if (made.isEmpty() && !maker.thrown().isEmpty()) {
            made = new ArrayList<>();
            for (Val t : maker.thrown()) if (t instanceof New n && alwaysMade(maker, n)) made.add(t);
        }
        for (Val ret : made) {
            if (!(ret instanceof New n)) continue;
            List<Val> args = new ArrayList<>();
            for (Val a : n.args()) {
                Fn.Param own = a instanceof Param p && p.path().isEmpty() ? maker.param(p.index()) : null;
                Val given = own != null && own.name().equals(((Param) a).name()) ? cs.arg(((Param) a).index()) : null;
                Val lit = given == null ? null : project.resolve(given, file).val();
                args.add(lit instanceof Lit ? lit : a);
            }
            boolean named = errorName(String.valueOf(Vals.lastName(n.callee())));
            // new DashboardError({ statusCode: .. }) of a class named as an error: the status handed to it
            Integer st = named ? statusIn(args, makerFile) : null;
            if (st == null) st = projectErrorStatus(new CallSite(n.callee(), args, true, cs.location(), cs.calleeLocation(), List.of(), false, cs.guards()),
                    named, makerFile);
            if (st != null) return st;
        }
        return null;
    }

    /** Whether {@code n}, thrown by {@code maker}, is made on every run of it: its call site under no test, in no catch. */
    private static boolean alwaysMade(Fn maker, New n) {
        if (n.site() == null) return false;
        for (CallSite cs : maker.calls()) {
            if (cs.isNew() && n.site().equals(cs.location())) {
                return cs.guards().isEmpty() && maker.catches().stream().noneMatch(c -> c.inBody(cs.location()) || c.inBlock(cs.location()));
            }
        }
        return false;
    }

    /**
     * The status a project helper answers with for this call: the literal handed to its status parameter
     * ({@code sendError(res, 401, ..)}), or its table's entry for the code handed to it ({@code apiError(c, 'UNAUTHORIZED', ..)}
     * answering {@code c.json(body, STATUS_MAP[code])}); null when none is known.
     */
    public Integer helperAnswerStatus(CallSite cs, FileFacts file, Fn caller) {
        Project.FnRef target = resolveMadeCallee(cs.callee(), file, caller);
        if (target == null || target.fn() == caller) return null;
        for (int i : dev.backcheck.concepts.ResponseStatuses.ownStatusParams(target.fn())) {
            if (cs.arg(i) instanceof Lit l && l.value() instanceof Double d && d >= 100 && d < 600 && d == Math.floor(d)) return d.intValue();
        }
        for (Obj table : dev.backcheck.concepts.ResponseStatuses.ownStatusTables(target.fn())) {
            for (Val a : cs.args()) {
                String code = a instanceof Lit ? Val.constString(a) : null;
                if (code != null && table.props().get(code) instanceof Lit l && l.value() instanceof Double d && d >= 100 && d < 600 && d == Math.floor(d)) return d.intValue();
            }
        }
        return null;
    }

    /** The status of the error a call makes (a project error class, a project error maker), or null: {@link #madeErrorStatus}. */
    public Integer errorStatus(CallSite cs, FileFacts file) {
        return madeErrorStatus(cs, cs.methodName(), file);
    }

    /**
     * The status of {@code new E(..)} of a project error class (one that extends Error, or an error class of the project,
     * within three classes up): an object literal with a status key handed to it ({@code new HttpFailure({ status: 429 })}),
     * or the 4xx/5xx literal its constructor, or an ancestor's, hands its super call ({@code class TooManyRequests extends
     * AppError { constructor(m) { super(m, 429) } }}). Null when the class is no project error class or no status is known.
     */
    private Integer projectErrorStatus(CallSite cs, boolean named, FileFacts file) {
        Project.ClassHit c = project.classOf(cs.callee(), file);
        if (c == null) return null;
        List<Project.ClassHit> chain = new ArrayList<>();
        boolean error = named;
        for (Project.ClassHit k = c; k != null && chain.size() < 4; ) {
            chain.add(k);
            Val sup = k.info().superClass();
            String sn = sup == null ? null : Vals.lastName(sup);
            if (sn != null && errorName(sn)) error = true;
            k = sup == null ? null : project.classOf(sup, k.file());
        }
        if (!error) return null;
        if (!named) {
            Integer own = statusIn(cs.args(), file);
            if (own != null) return own;
        }
        for (Project.ClassHit k : chain) {
            Fn ctor = k.info().method("constructor");
            if (ctor == null) continue;
            for (CallSite sc : ctor.calls()) {
                if (!(sc.callee() instanceof Unknown u && u.kind().equals("super"))) continue;
                for (Val a : sc.args()) {
                    if (a instanceof Lit l && l.value() instanceof Double d && d >= 400 && d < 600 && d == Math.floor(d)) return d.intValue();
                }
                Integer inObj = statusIn(sc.args(), k.file());
                if (inObj != null) return inObj;
            }
        }
        // new AppError(ErrorCode.UNAUTHORIZED) / new ApiError('FORBIDDEN') whose constructor looks the status up in a table of
        // codes (this.status = STATUS_BY_CODE[code]): the code names it; a status given as a number (new AppError(msg, 401)) is it
        for (Val a : cs.args()) {
            Val v = project.resolve(a, file).val();
            if (v instanceof Lit l && l.value() instanceof Double d && d >= 400 && d < 600 && d == Math.floor(d)) return d.intValue();
            String code = Val.constString(v);
            // an enum member named for the status: HttpStatus.UNAUTHORIZED, ErrorCode.FORBIDDEN (TS enums the model does not read)
            if (code == null && (v instanceof Member || v instanceof Ref || v instanceof Local) && !(a instanceof Lit)) {
                String n = Vals.lastName(a);
                if (n != null && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter)) code = n;
            }
            if (code == null) continue;
            if (UNAUTHORIZED_CODE.matcher(code).matches()) return 401;
            if (FORBIDDEN_CODE.matcher(code).matches()) return 403;
        }
        return null;
    }

    private static final java.util.regex.Pattern UNAUTHORIZED_CODE = java.util.regex.Pattern.compile("(?i)(e_|err_|error_)?(unauthori[sz]ed|unauthenticated|not_?authenticated|auth(entication)?_?required)");
    private static final java.util.regex.Pattern FORBIDDEN_CODE = java.util.regex.Pattern.compile("(?i)(e_|err_|error_)?forbidden");

    /**
     * Per factory: whether what it makes makes an Error ({@link #makesError}). Order-independent by construction: the
     * value is always computed from the top (depth 0) with no guard shared with the asking computation, so it is a
     * function of the factory alone; two threads asking at once compute the same value.
     */
    private final Map<Fn, Boolean> errorMakers = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    /** Whether a factory answers a function that answers {@code new E(...)} of an Error class (or a project function that does). */
    private boolean makesError(Fn fn, FileFacts file, int depth) {
        if (depth > 2) return false;
        for (Val r : fn.returns()) {
            Project.Resolved rr = project.resolve(r, file);
            Val x = rr.val();
            if (x instanceof New n) {
                String name = Vals.lastName(n.callee());
                if (name != null && errorName(name)) return true;
                Project.ClassHit c = project.classOf(n.callee(), rr.file());
                Val sup = c == null ? null : c.info().superClass();
                String sn = sup == null ? null : Vals.lastName(sup);
                if (sn != null && errorName(sn)) return true;
            } else if (x instanceof FnVal fv && makesError(fv.fn(), rr.file(), depth + 1)) return true;
            else if (x instanceof Call c) {
                Project.FnRef g = project.function(c.callee(), rr.file());
                if (g != null && g.fn() != fn && makesError(g.fn(), g.file(), depth + 1)) return true;
            }
        }
        return false;
    }

    private Integer statusIn(List<Val> args, FileFacts file) {
        for (Val a : args) {
            if (!(project.resolve(a, file).val() instanceof Obj o)) continue;
            for (String k : STATUS_KEYS) {
                Val v = o.props().get(k);
                // statusCode: options?.statusCode ?? 401: the status a caller handing no other gets
                if (v instanceof OneOf one && one.options().size() == 2 && !(one.options().get(0) instanceof Lit)) v = one.options().get(1);
                if (v instanceof Lit l && l.value() instanceof Double d && d >= 400 && d < 600 && d == Math.floor(d)) return d.intValue();
            }
        }
        return null;
    }

    /**
     * Hono's context parameter, and the keys under which an authentication middleware sets the caller on it (also its id
     * or role: adminOnly reading c.get('userRole') and answering 403 without it fails closed for a stranger).
     */
    private static final Set<String> CONTEXT_NAMES = Set.of("c", "ctx", "context");
    private static final Set<String> CONTEXT_IDENTITY_KEYS = Set.of("user", "session", "jwtPayload", "currentUser", "auth", "actor",
            "principal", "identity", "authUser", "claims", "userId", "userRole", "role", "uid");

    /**
     * Hono: the caller an earlier middleware put on the context, read through {@code c.var}: {@code c.var.user},
     * {@code c.var.ctx.user} (a context object carrying the signed-in user).
     */
    /**
     * Whether {@code v}, tested in a check that answers 401/403, is who the caller is: the request's user or session, an
     * identity an earlier middleware attached ({@code req.userId}, Hono's {@code c.get('user')} / {@code c.var.user}), or
     * what a project function that identifies the caller from the request or a token answers ({@code await
     * resolveUserFromToken(token)}). A secret compared, a password, a record's flag are not.
     */
    public boolean identityValue(Val v, FileFacts file, Fn f) {
        // c.get('user')?.id: a field of the caller
        if (v instanceof Member m && m.object() != null) return identityValue(m.object(), file, f);
        // const userId = resolveUserIdFromRequest(req) ?? (devFallback() ? await devUserId() : null): the caller, or what a
        // fallback gives where the caller is unknown (tested whole: if (!userId) throw 401)
        if (v instanceof OneOf o && o.test() == null) {
            for (Val x : o.options()) if (identityValue(x, file, f)) return true;
            return false;
        }
        if (isUserOrSession(v) || isAttachedIdentity(v) || isContextIdentity(v)) return true;
        if (v instanceof Req q && (q.part().equals("user") || q.part().equals("session"))) return true;
        if (!(v instanceof Call c)) return false;
        // userOfSession(db, sessionId) with sessionId = sessionIdOf(c), the session cookie: a lookup by the caller's own
        // credential answers who the caller is
        for (Val a : c.args()) if (isCredentialOrCut(a) || credentialFromHelper(a, file, f)) return true;
        String m = Vals.lastName(c.callee());
        if ("get".equals(m) && receiver(c.callee()) instanceof Param cp && cp.path().isEmpty() && CONTEXT_NAMES.contains(cp.name())
                && !c.args().isEmpty() && CONTEXT_IDENTITY_KEYS.contains(String.valueOf(Val.constString(c.args().get(0))))) return true;
        Project.FnRef t = resolveCallee(c.callee(), file, f);
        if (t == null || t.fn() == f) return false;
        Summary ts = summary(t.fn(), t.file());
        return ts.identifiesCaller() || ts.verifiesToken();
    }

    private static boolean isContextIdentity(Val v) {
        if (!(v instanceof Param p) || !CONTEXT_NAMES.contains(p.name()) || p.path().size() < 2 || !p.path().get(0).equals("var")) return false;
        for (String k : p.path().subList(1, p.path().size())) if (CONTEXT_IDENTITY_KEYS.contains(k)) return true;
        return false;
    }

    /** The request's user or session: req.user, req.session (not the anti-forgery secret kept in it: req.session.csrfSecret). */
    private static boolean isUserOrSession(Val x) {
        return x instanceof Req q && (q.part().equals("user") || q.part().equals("session")) && !dev.backcheck.concepts.CsrfProtections.csrfValue(q);
    }

    /**
     * A constant-time compare of two values the request carries, one of them a cookie, and nothing the server holds
     * (timingSafeEqual(Buffer.from(req.cookies[name]), Buffer.from(req.headers[header]))): a double-submit anti-forgery
     * token, which says nothing of who the caller is (a secret or an HMAC of the server is on one side of a sender's check).
     */
    static boolean doubleSubmit(CallSite cs) {
        if (cs.args().size() != 2) return false;
        boolean cookie = false;
        for (Val a : cs.args()) {
            if (!Vals.anyPartDeep(a, x -> x instanceof Req, 64)) return false;
            if (Vals.anyPartDeep(a, x -> x instanceof Ref || x instanceof Local || x instanceof This || x instanceof Param
                    || x instanceof Global g && !DOUBLE_SUBMIT_PLUMBING.contains(g.name()), 64)) return false;
            if (Vals.anyPartDeep(a, x -> x instanceof Req q && (q.part().equals("cookies") || q.part().equals("signedCookies")), 64)) cookie = true;
        }
        return cookie;
    }

    private static final Set<String> DOUBLE_SUBMIT_PLUMBING = Set.of("Buffer", "String");

    /**
     * Whether {@code fn} (a middleware) calls its next function with nothing, under a test that holds when the caller
     * has no identity: {@code if (!req.user) return next()}, {@code if (!hasSessionCookie(req, name)) return next()},
     * or after {@code if (req.user) return check(req, res, next)}. A stranger is handed on, so it authenticates no one.
     */
    private boolean passesStranger(Fn fn, List<Fn> all, FileFacts file, int depth) {
        if (fn.params().size() < 2) return false;
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (!cs.args().isEmpty() || !(cs.callee() instanceof Param p) || !p.path().isEmpty() || !NEXT_NAMES.contains(p.name())) continue;
                for (CallSite.Guard g : cs.guards()) {
                    if (!g.op().equals("truthy") || g.holds() || g.left() == null) continue;
                    Val l = g.left();
                    if (isUserOrSession(l) || isAttachedIdentity(l) || isContextIdentity(l) || isCredential(l)) return true;
                    // a helper handed the request that reads who the caller is (a session cookie, the user)
                    if (l instanceof Call c && c.args().stream().anyMatch(a -> a instanceof Req q && q.part().equals("raw") && q.path().isEmpty())) {
                        Project.FnRef t = project.function(c.callee(), file);
                        if (t != null && t.fn() != fn && summary(t.fn(), t.file(), depth + 1).identifiesCaller()) return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> NEXT_NAMES = Set.of("next", "done");

    /** Calls that hash, encode or compare in constant time: in an anti-forgery check, the cookies they take bind the token. */
    private static final Set<String> CSRF_CRYPTO = Set.of("createHmac", "createHash", "update", "digest", "timingSafeEqual", "from");

    /** Calls that only convert, test the type of, log or echo a value: they do not check a credential. */
    private static final Set<String> CREDENTIAL_NEUTRAL = Set.of("Number", "parseInt", "parseFloat", "String", "toString",
            "trim", "toLowerCase", "toUpperCase", "isArray", "startsWith", "endsWith", "split", "slice", "substring", "replace",
            "json", "jsonp", "send", "status", "text", "log", "info", "warn", "error", "debug", "trace", "fatal", "set", "header",
            "setHeader", "cookie", "from");

    private static final java.util.regex.Pattern TOO_MANY_PAGE = java.util.regex.Pattern.compile("(?i)(^|/)(429|too-?many-?requests|rate-?limit(ed)?)(/|$|\\?|\\.)");

    /**
     * The text a string value starts with: the string itself, or the fixed head of a template or concatenation
     * ({@code `/auth/signin?returnTo=${url}`}, {@code '/login?next=' + url}): where a redirect goes.
     */
    private static String leadingText(Val v) {
        String s = Val.constString(v);
        if (s != null) return s;
        if (v instanceof Tpl t && !t.quasis().isEmpty()) return t.quasis().get(0);
        if (v instanceof Concat c && !c.parts().isEmpty()) return Val.constString(c.parts().get(0));
        return null;
    }

    /**
     * Whether {@code cs} sits in a try whose catch serves the request when the call fails: the catch throws nothing, hands
     * the caught error to nothing, answers no 401/403 and returns an answer that is no error ({@code try { await app.authenticate(req, reply) } catch { return
     * publicList(req.query.tenantId) }}: a caller with no token gets the public answer). A guard run so is optional
     * authentication: the route is open, its handler only reads the user when one is signed in.
     */
    public static boolean failureServedInCatch(Fn f, CallSite cs) {
        for (Fn.Catch c : f.catches()) {
            if (!c.inBlock(cs.location()) || c.rethrows()) continue;
            boolean refuses = false;
            for (CallSite x : f.calls()) {
                if (!c.inBody(x.location())) continue;
                String m = x.methodName();
                if (m != null && (m.equals("unauthorized") || m.equals("forbidden")) || redirectsToLogin(x)
                        || x.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Double d && (d == 401 || d == 403)
                        || a instanceof Unknown u && "error".equals(u.kind()))) {
                    refuses = true;
                    break;
                }
            }
            if (!refuses && servesInCatch(f, c)) return true;
        }
        return false;
    }

    /** Whether the catch returns an answer that is no error: a value, a lookup's result (not {@code reply.status(400).send(..)}). */
    private static boolean servesInCatch(Fn f, Fn.Catch c) {
        for (Val v : f.returns()) {
            if (v instanceof Call call && call.site() != null && c.inBody(call.site()) && !errorAnswer(call)) return true;
        }
        return false;
    }

    /** An answer with an error status: a 4xx/5xx literal handed to it or to a call it is made on ({@code reply.status(400).send(..)}). */
    private static boolean errorAnswer(Val v) {
        for (int hop = 0; hop < 6 && v instanceof Call c; hop++) {
            for (Val a : c.args()) if (a instanceof Lit l && l.value() instanceof Double d && d >= 400 && d < 600) return true;
            v = c.callee() instanceof Member m ? m.object() : null;
        }
        return false;
    }

    /** Whether {@code cs} sends the caller to a sign-in page: {@code res.redirect('/login.html')}. */
    public static boolean redirectsToLogin(CallSite cs) {
        return "redirect".equals(cs.methodName()) && cs.args().stream().anyMatch(a -> {
            String to = leadingText(a);
            return to != null && LOGIN_PAGE.matcher(to).find();
        });
    }

    private static final java.util.regex.Pattern LOGIN_PAGE = java.util.regex.Pattern.compile("(?i)/(login|log-in|signin|sign-in|auth/login)\\b");

    private static final java.util.regex.Pattern IDENTITY_FIELD = java.util.regex.Pattern.compile(
            "(user|current_?user|auth|account|principal|identity|claims|uid|wallet_?address|caller)(_?(id|address|info|data))?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A field an authentication middleware sets on the request (req.userId, req.userAddress, req.auth), not a request part. */
    private static boolean isAttachedIdentity(Val v) {
        return v instanceof Req q && q.part().equals("raw") && !q.path().isEmpty() && IDENTITY_FIELD.matcher(q.path().get(0)).matches();
    }

    /** A request value that identifies the caller: a cookie, or a header named like a key, token or session. */
    private static boolean isCredential(Val v) {
        if (!(v instanceof Req q)) return false;
        // an anti-forgery token (X-CSRF-Token, a csrf cookie) says nothing of who the caller is
        if (dev.backcheck.concepts.CsrfProtections.csrfValue(q)) return false;
        if (q.part().equals("cookies") || q.part().equals("signedCookies")) return true;
        if (!q.part().equals("headers") || q.path().isEmpty()) return false;
        String h = q.path().get(0).toLowerCase(java.util.Locale.ROOT);
        // the Cookie header carries the session cookie (Hono's c.req.header('Cookie') matched for sid=...)
        return h.equals("cookie") || h.contains("key") || h.contains("token") || h.contains("auth") || h.contains("secret") || h.contains("session");
    }

    /**
     * A cookie or key header found equal to a configured value where the guard holds (key === env.API_KEY,
     * or key !== env.API_KEY false): the request is let through only with the right key. A mismatch alone
     * proves nothing: if (key && key !== env.API_KEY) return res.status(401)... lets a request without a key in.
     */
    static boolean comparesCredential(CallSite.Guard g) {
        if (!g.op().equals("==") && !g.op().equals("!=")) return false;
        if (g.op().equals("==") != g.holds()) return false;
        return (isCredentialOrCut(g.left()) || isSecretField(g.left())) && isConfigured(g.right())
                || (isCredentialOrCut(g.right()) || isSecretField(g.right())) && isConfigured(g.left());
    }

    /**
     * A body or query field named like a shared secret: { token, ... } of a service callback, ?apiKey=, an operator's
     * { adminKey } (a key named for who holds it: admin, operator, master, internal, service, seed).
     */
    private static boolean isSecretField(Val x) {
        if (!(x instanceof Req q) || q.path().size() != 1 || !(q.part().equals("body") || q.part().equals("query"))) return false;
        return SECRET_FIELD.matcher(q.path().get(0)).matches();
    }

    private static final java.util.regex.Pattern SECRET_FIELD = java.util.regex.Pattern.compile(
            "(?i)(.*_)?(token|secret|api_?key|access_?key|shared_?secret|webhook_?secret)|(admin|operator|master|internal|service|seed)_?key");

    /** Constant-time comparisons, the library's and the projects' own: timingSafeEqual, safeCompare, constantTimeEquals. */
    private static final java.util.regex.Pattern SAFE_COMPARE = java.util.regex.Pattern.compile(
            "(?i)(timing_?safe|constant_?time|safe|secure)_?(equals?|compare|match(es)?)");

    /**
     * A test a request passes only with a configured secret in it: a credential (a key or token header, its cut, a secret
     * field) found equal to a value the server holds ({@link #comparesCredential}), or a constant-time comparison of the
     * two holding ({@code await timingSafeEqual(header, `Bearer ${env.HOOK_KEY}`)}, {@code timingSafeEqual(Buffer.from(got),
     * Buffer.from(expected))}). What a shared-secret check in a handler asks of its caller.
     */
    public static boolean secretTest(CallSite.Guard g) {
        if (comparesCredential(g)) return true;
        if (!"truthy".equals(g.op()) || !g.holds() || !(g.left() instanceof Call c) || c.args().size() < 2) return false;
        String m = Vals.lastName(c.callee());
        if (m == null || !SAFE_COMPARE.matcher(m).matches()) return false;
        boolean sent = false, held = false;
        for (Val a : c.args()) {
            if (Vals.anyPartDeep(a, x -> isCredentialOrCut(x) || isSecretField(x), 100)) sent = true;
            else if (isConfigured(a) && !Vals.anyPartDeep(a, x -> x instanceof Req q && !q.part().equals("env"), 100)) held = true;
        }
        return sent && held;
    }

    /** A credential, or the token cut out of it: header.slice(7), header.split(' ')[1]. */
    static boolean isCredentialOrCut(Val x) {
        // down the receivers of the calls made on it: header.trim().split(' ')[1] is cut from the header
        Val v = x;
        for (int hop = 0; hop < 6 && v != null; hop++) {
            if (isCredential(v)) return true;
            // (c.req.header('Cookie') || ''): the header, or nothing
            if (v instanceof OneOf o && o.test() == null) return o.options().stream().anyMatch(Analysis::isCredential);
            if (v instanceof Call c) v = c.callee() instanceof Member m ? m.object() : c.callee();
            else if (v instanceof Member m && m.object() instanceof Call) v = m.object();
            else return false;
        }
        return false;
    }

    /**
     * A credential a project helper cuts out of the request it is handed: {@code getAccessKey(req)} with
     * {@code return req.headers.authorization?.split('Bearer ')[1]}, looked up by the caller as the helper's answer.
     */
    private boolean credentialFromHelper(Val a, FileFacts file, Fn caller) {
        if (!(a instanceof Call c) || c.args().isEmpty()) return false;
        boolean handsRequest = false;
        for (Val x : c.args()) if (x instanceof Req q && q.part().equals("raw") && q.path().isEmpty()) handsRequest = true;
        // (Hono: the context handed whole, sessionIdOf(c) answering getCookie(c, 'sid'))
        for (Val x : c.args()) if (x instanceof Param p && p.path().isEmpty() && CONTEXT_NAMES.contains(p.name())) handsRequest = true;
        if (!handsRequest) return false;
        // (a method of the same class too: this.extractApiKey(req) in a Nest middleware's use)
        Project.FnRef helper = resolveCallee(c.callee(), file, caller);
        if (helper == null) return false;
        for (Val r : helper.fn().returns()) if (isCredentialOrCut(r)) return true;
        return false;
    }

    /**
     * A value a credential can be compared with to identify the caller: not a literal, not the request itself (a
     * Worker's bindings, Hono's {@code c.env.API_KEY}, are the deployment's configuration, not what the client sends).
     */
    private static boolean isConfigured(Val v) {
        return v != null && !(v instanceof Lit) && !(v instanceof Req q && !q.part().equals("env"));
    }

    /** "index:name" of the parameters nested functions declare where {@code fn}'s parameter of that index is named otherwise. */
    private static Set<String> nestedParams(Fn fn, List<Fn> all) {
        Set<String> out = new HashSet<>();
        for (Fn f : all) {
            if (f == fn) continue;
            for (int i = 0; i < f.params().size(); i++) {
                String n = f.params().get(i).name();
                if (n == null) continue;
                if (i < fn.params().size() && n.equals(fn.params().get(i).name())) continue;
                out.add(i + ":" + n);
            }
        }
        return out;
    }

    /** A parameter of a nested function (see {@link #nestedParams}), not of the function summarised. */
    private static boolean nestedParam(Val v, Set<String> nested) {
        return v instanceof Param p && nested.contains(p.index() + ":" + p.name());
    }

    /** Records a hand-checked request field or own parameter. */
    private static void markChecked(Val v, Map<String, Set<String>> fields, Map<Integer, Set<String>> params) {
        // (Java) change.getNewPassword() handed to a method that checks it: the getter's field of the parameter;
        // body.get("newPassword") of a Map: that key of it
        if (v instanceof Call c && c.callee() instanceof Param gp && !gp.path().isEmpty()) {
            String last = gp.path().get(gp.path().size() - 1);
            if (c.args().isEmpty() && last.matches("(get|is)[A-Z]\\w*|[a-z]\\w*") && !Set.of("trim", "toString", "strip", "toLowerCase", "toUpperCase").contains(last)) {
                v = gp;
            } else if (c.args().size() == 1 && last.equals("get") && Val.constString(c.args().get(0)) != null) {
                v = new Param(gp.index(), gp.name(), Val.append(gp.path().subList(0, gp.path().size() - 1), Val.constString(c.args().get(0))));
            }
        }
        if (v instanceof Req q && !q.part().equals("raw") && !q.part().startsWith("valid:")) {
            fields.computeIfAbsent(q.part(), k -> new TreeSet<>()).add(q.path().isEmpty() ? "*" : q.path().get(0));
        } else if (v instanceof Param p) {
            params.computeIfAbsent(p.index(), k -> new TreeSet<>()).add(p.path().isEmpty() ? "" : p.path().get(0));
        } else if (v instanceof Obj o) {
            // validate({ shopName: req.body.shopName, ... }, rules): each value handed over is checked
            for (Val x : o.props().values()) markChecked(x, fields, params);
        } else if (v instanceof OneOf o) {
            // req.params.folder || 'default' handed to a function that checks it: whichever it is, it is checked
            for (Val x : o.options()) markChecked(x, fields, params);
        }
    }

    // ------------------------------------------------------------------ containment and discarded parses

    /** Predicates that tell whether a path lies inside a base folder: isWithin(base, p), isPathInside(p, base), isSubPath(..). */
    private static final java.util.regex.Pattern CONTAINMENT = java.util.regex.Pattern.compile(
            "(?i)(is|path)?_?(within|inside|containedin|contained|subpath|subdirectory|subdir|safepath|insidedir|underdir|underroot|underbase)\\w*");
    private static final Set<String> PATH_MODULES = Set.of("path", "node:path", "path/posix", "node:path/posix", "upath");
    private static final Set<String> PATH_BUILDERS = Set.of("join", "resolve", "normalize");
    /** Calls that only test or convert a value (the value goes nowhere through them). */
    private static final Set<String> TESTS_ONLY = Set.of("includes", "startsWith", "endsWith", "test", "match", "indexOf",
            "trim", "toLowerCase", "toUpperCase", "toString", "String", "isNaN", "isFinite", "isInteger", "isSafeInteger", "log",
            "info", "warn", "debug", "error", "trace");

    /** {@code path.join(..)}, {@code resolve(..)} from the path module. */
    private static boolean pathBuilt(Val v) {
        if (!(v instanceof Call c)) return false;
        String m = Vals.lastName(c.callee());
        if (m == null || !PATH_BUILDERS.contains(m)) return false;
        Val root = c.callee();
        while (root instanceof Member mm) root = mm.object();
        return root instanceof Ref r && r.module() != null && PATH_MODULES.contains(r.module());
    }

    /** A request value or own parameter (not the request object, not a validated value). */
    private static boolean subject(Val v) {
        if (v instanceof Req q) return !q.part().equals("raw") && !q.part().startsWith("valid:") && !q.part().startsWith("meta:");
        return v instanceof Param;
    }

    /** Every request value or parameter anywhere in {@code v}, through calls of any kind (a bounded walk). */
    private static void deepSubjects(Val v, Set<Val> out, int depth, int[] budget) {
        if (v == null || depth > 24 || --budget[0] < 0) return;
        if (subject(v)) {
            out.add(v);
            return;
        }
        if (v instanceof Call c) {
            deepSubjects(c.callee(), out, depth + 1, budget);
            for (Val a : c.args()) deepSubjects(a, out, depth + 1, budget);
        } else if (v instanceof New n) {
            for (Val a : n.args()) deepSubjects(a, out, depth + 1, budget);
        } else if (v instanceof Member m) deepSubjects(m.object(), out, depth + 1, budget);
        else if (v instanceof OneOf o) for (Val x : o.options()) deepSubjects(x, out, depth + 1, budget);
        else if (v instanceof Obj o) for (Val x : o.props().values()) deepSubjects(x, out, depth + 1, budget);
        else if (v instanceof Arr a) for (Val x : a.items()) deepSubjects(x, out, depth + 1, budget);
        else if (v instanceof Concat c) for (Val x : c.parts()) deepSubjects(x, out, depth + 1, budget);
        else if (v instanceof Tpl t) for (Val x : t.holes()) deepSubjects(x, out, depth + 1, budget);
    }

    private static Set<Val> deepSubjects(Val v) {
        Set<Val> out = new HashSet<>();
        deepSubjects(v, out, 0, new int[]{400});
        return out;
    }

    /** The sites of every call and construction inside {@code v}. */
    private static void sites(Val v, Set<Location> out, int depth) {
        sites(v, out, depth, new int[]{400});
    }

    private static void sites(Val v, Set<Location> out, int depth, int[] budget) {
        if (v == null || depth > 24 || out.size() > 200 || --budget[0] < 0) return;
        if (v instanceof Call c) {
            if (c.site() != null) out.add(c.site());
            sites(c.callee(), out, depth + 1, budget);
            for (Val a : c.args()) sites(a, out, depth + 1, budget);
        } else if (v instanceof New n) {
            if (n.site() != null) out.add(n.site());
            for (Val a : n.args()) sites(a, out, depth + 1, budget);
        } else if (v instanceof Member m) sites(m.object(), out, depth + 1, budget);
        else if (v instanceof OneOf o) for (Val x : o.options()) sites(x, out, depth + 1, budget);
    }

    /**
     * Values a containment test guards in {@code f}: {@code if (!isWithin(base, path.resolve(path.join(base, name))))
     * throw ...} (or {@code if (!full.startsWith(base)) return 403}) where the path tested is built by the path module from
     * the value and the base is not. Credited when every call that is handed the value is part of the path tested, only
     * tests it, or runs only where the test held: the value reaches the file system only as a path proven inside its base.
     */
    private static Set<Val> containedValues(Fn f, java.util.function.Predicate<Call> helper) {
        Set<Val> out = new HashSet<>();
        Map<Val, List<CallSite.Guard>> tests = new HashMap<>();
        Map<Val, Set<Location>> parts = new HashMap<>();
        for (CallSite cs : f.calls()) {
            for (CallSite.Guard g : cs.guards()) {
                if (!g.op().equals("truthy") || !g.holds() || !(g.left() instanceof Call c)) continue;
                String m = Vals.lastName(c.callee());
                if (m == null) continue;
                List<Val> tested = new ArrayList<>();
                if (m.equals("startsWith") && c.callee() instanceof Member mm && c.args().size() == 1) {
                    tested.add(mm.object());
                    tested.add(c.args().get(0));
                } else if (CONTAINMENT.matcher(m).matches() && c.args().size() >= 2) {
                    tested.addAll(c.args());
                } else if (c.args().size() == 1 && pathBuilt(c.args().get(0)) && helper.test(c)) {
                    // this.usable(file): a project helper that answers whether its path lies inside a base it holds itself
                    tested.add(c.args().get(0));
                } else continue;
                boolean ownBase = tested.size() == 1;
                List<Set<Val>> in = new ArrayList<>();
                for (Val a : tested) in.add(deepSubjects(a));
                for (int k = 0; k < tested.size(); k++) {
                    // the path tested is built from the value, and the base it is tested against is not
                    if (!pathBuilt(tested.get(k)) || m.equals("startsWith") && k != 0) continue;
                    for (Val s : in.get(k)) {
                        boolean base = ownBase;
                        for (int j = 0; j < tested.size(); j++) if (j != k && !in.get(j).contains(s)) base = true;
                        if (!base) continue;
                        tests.computeIfAbsent(s, x -> new ArrayList<>()).add(g);
                        Set<Location> at = parts.computeIfAbsent(s, x -> new HashSet<>());
                        sites(c, at, 0);
                    }
                }
            }
        }
        for (Map.Entry<Val, List<CallSite.Guard>> e : tests.entrySet()) {
            Val s = e.getKey();
            boolean ok = true;
            for (CallSite cs : f.calls()) {
                Set<Val> in = new HashSet<>(deepSubjects(cs.callee()));
                for (Val a : cs.args()) in.addAll(deepSubjects(a));
                if (!in.contains(s)) continue;
                if (cs.location() != null && parts.get(s).contains(cs.location())) continue;
                String m = cs.methodName();
                if (m != null && TESTS_ONLY.contains(m)) continue;
                if (pathBuilt(new Call(cs.callee(), cs.args(), cs.location()))) continue;
                if (cs.guards().stream().anyMatch(e.getValue()::contains)) continue;
                ok = false;
                break;
            }
            for (Fn.Write w : f.writes()) if (deepSubjects(w.value()).contains(s)) ok = false;
            if (ok) out.add(s);
        }
        return out;
    }

    /**
     * {@code c} calls a project function that answers whether its one parameter is a path inside a base folder: it tests
     * the parameter itself with a containment predicate ({@code isWithin(BASE, target)}) against a base not made from
     * it, and answers only boolean literals or that test ({@code if (!isWithin(BASE, p)) return false; ... return true}).
     */
    private boolean containmentHelper(Call c, FileFacts file, Fn caller) {
        Project.FnRef t;
        try {
            t = resolveCallee(c.callee(), file, caller);
        } catch (RuntimeException e) {
            return false;
        }
        if (t == null || t.fn() == caller || t.fn().params().isEmpty() || t.fn().async()) return false;
        String name = t.fn().params().get(0).name();
        java.util.function.Predicate<Val> whole = v -> v instanceof Param p && p.index() == 0 && p.path().isEmpty() && Objects.equals(name, p.name());
        boolean tests = false;
        for (CallSite cs : t.fn().calls()) {
            String m = cs.methodName();
            if (m == null || !CONTAINMENT.matcher(m).matches() || cs.args().size() < 2) continue;
            boolean it = false, base = false;
            for (Val a : cs.args()) {
                if (whole.test(a)) it = true;
                else if (!Vals.anyPart(a, x -> x instanceof Param)) base = true;
            }
            if (it && base) tests = true;
        }
        if (!tests) return false;
        boolean yes = false, no = false;
        for (Val r : t.fn().returns()) {
            if (r instanceof Lit l && l.value() instanceof Boolean b) {
                if (b) yes = true;
                else no = true;
            } else if (r instanceof Call rc && CONTAINMENT.matcher(String.valueOf(Vals.lastName(rc.callee()))).matches()) yes = no = true;
            else return false;
        }
        return yes && no;
    }

    /** Tests of a parsed value that fail for an invalid parse: isNaN(d.getTime()), Number.isFinite(n), isValid(d). */
    private static final Set<String> VALIDITY = Set.of("isNaN", "isFinite", "isInteger", "isSafeInteger", "isValid");
    private static final Set<String> NUMBER_PARSE = Set.of("Number", "parseInt", "parseFloat");

    /**
     * {@code s.split(sep).map(Number)[k]}, a piece of the text as a number (NaN when it is none), as a destructured
     * {@code const [a, b] = s.split('-').map(Number)} reads it: the {@code map} call, or null.
     */
    private static Call numberPieces(Val v) {
        if (!(v instanceof Member m) || !m.prop().matches("\\d") || !(m.object() instanceof Call mc) || mc.args().size() != 1
                || !"map".equals(Vals.lastName(mc.callee())) || !(mc.args().get(0) instanceof Global g) || !g.path().isEmpty()
                || !NUMBER_PARSE.contains(g.name()) || !(receiver(mc.callee()) instanceof Call sc) || !"split".equals(Vals.lastName(sc.callee()))
                || sc.args().size() != 1 || !(sc.args().get(0) instanceof Lit) || receiver(sc.callee()) == null) return null;
        return mc;
    }

    /** The value a strict parse reads: {@code new Date(x)}, {@code Number(x)}, {@code parseInt(x)}, {@code Number.parseFloat(x)}; else null. */
    private static Val parsed(Val v) {
        if (v instanceof New n && n.callee() instanceof Global g && g.path().isEmpty() && g.name().equals("Date") && n.args().size() == 1) {
            return n.args().get(0);
        }
        if (v instanceof Call c && !c.args().isEmpty() && c.callee() instanceof Global g
                && (g.path().isEmpty() && NUMBER_PARSE.contains(g.name())
                || g.name().equals("Number") && g.path().size() == 1 && NUMBER_PARSE.contains(g.path().get(0)))) return c.args().get(0);
        return null;
    }

    /** True when {@code v} holds {@code s} other than inside a strict parse of it (a bounded walk: too big a value holds it). */
    private static boolean rawIn(Val v, Val s, int depth) {
        return rawIn(v, s, depth, new int[]{2000});
    }

    private static boolean rawIn(Val v, Val s, int depth, int[] budget) {
        if (v == null) return false;
        if (depth > 24 || --budget[0] < 0) return true;
        if (v.equals(s)) return true;
        Val p = parsed(v);
        if (p != null && (p.equals(s) || unconverted(p).equals(s))) return false;
        if (v instanceof Call c) {
            if (rawIn(c.callee(), s, depth + 1, budget)) return true;
            for (Val a : c.args()) if (rawIn(a, s, depth + 1, budget)) return true;
            return false;
        }
        if (v instanceof New n) {
            for (Val a : n.args()) if (rawIn(a, s, depth + 1, budget)) return true;
            return false;
        }
        if (v instanceof Member m) return rawIn(m.object(), s, depth + 1, budget);
        List<Val> parts = v instanceof OneOf o ? o.options() : v instanceof Obj o ? List.copyOf(o.props().values())
                : v instanceof Arr a ? a.items() : v instanceof Concat c ? c.parts() : v instanceof Tpl t ? t.holes() : List.of();
        for (Val x : parts) if (rawIn(x, s, depth + 1, budget)) return true;
        return false;
    }

    /** A field of request part {@code part} read in {@code all} that object {@code o} does not hold under its own value. */
    private static boolean readApart(List<Fn> all, String part, Obj o) {
        for (Fn f : all) {
            for (Fn.Read r : f.reads()) {
                if (!r.part().equals(part) || !(r.value() instanceof Req q) || q.path().isEmpty()) continue;
                Req field = new Req(part, List.of(q.path().get(0)));
                // (parentId: req.body.parentId || null: the field handed into the object with a fallback is in it too)
                if (o.props().values().stream().noneMatch(x -> beforeConversion(x).equals(field)
                        || Vals.anyPart(beforeConversion(x), y -> y.equals(field)))) return true;
            }
        }
        return false;
    }

    /**
     * The value a conversion was made from, for a check made on the converted value: {@code Number(x)}, {@code parseInt(x, 10)},
     * {@code Number.parseFloat(x)}, {@code new Date(x)} stand for {@code x} (a range, NaN or invalid-date test); each option of a choice
     * ({@code day ? Number(day) : undefined}) is taken alike.
     */
    private static Val beforeConversion(Val v) {
        if (v instanceof OneOf o) {
            List<Val> opts = new ArrayList<>();
            for (Val x : o.options()) opts.add(beforeConversion(x));
            return opts.equals(o.options()) ? v : new OneOf(List.copyOf(opts), o.test());
        }
        for (int i = 0; i < 4; i++) {
            if (v instanceof Call c && !c.args().isEmpty() && c.callee() instanceof Global g
                    && (g.path().isEmpty() && NUMBER_CONVERSIONS.contains(g.name())
                        || g.name().equals("Number") && g.path().size() == 1 && Set.of("parseInt", "parseFloat").contains(g.path().get(0)))) {
                v = c.args().get(0);
            } else if (v instanceof New n && n.args().size() == 1 && dateClass(n.callee())) {
                // new Date(x): a check of the date (isNaN(d.getTime()), a zod date) is about x
                v = n.args().get(0);
            } else break;
            // (not String(x) or x.trim(): a typeof or string-schema check of text made from x says nothing of x)
        }
        return v;
    }

    /** x, String(x), x.trim(), String(x).trim(): the value itself. */
    private static Val unconverted(Val v) {
        for (int i = 0; i < 4; i++) {
            if (v instanceof Call c && c.callee() instanceof Global g && g.path().isEmpty() && g.name().equals("String") && c.args().size() == 1) v = c.args().get(0);
            else if (v instanceof OneOf o && o.options().stream().filter(x -> !Vals.isData(x)).count() == 1) {
                // from || '': the value or a fixed fallback
                v = o.options().stream().filter(x -> !Vals.isData(x)).findFirst().orElse(v);
            }
            else if (v instanceof Call c && c.args().isEmpty() && c.callee() instanceof Member m && Set.of("trim", "toString").contains(m.prop())) v = m.object();
            else if (v instanceof Call c && c.args().isEmpty() && (c.callee() instanceof Req || c.callee() instanceof Param)) {
                Val callee = c.callee();
                List<String> path = callee instanceof Req q ? q.path() : ((Param) callee).path();
                if (path.isEmpty() || !Set.of("trim", "toString").contains(path.get(path.size() - 1))) break;
                v = callee instanceof Req q ? new Req(q.part(), path.subList(0, path.size() - 1))
                        : new Param(((Param) callee).index(), ((Param) callee).name(), path.subList(0, path.size() - 1));
            } else break;
        }
        return v;
    }

    /**
     * Values {@code f} parses strictly and uses only when the parse is valid: {@code const d = new Date(s); if
     * (!isNaN(d.getTime())) { filter.from = d; }} with {@code d} named nowhere else in the function and {@code s} used
     * nowhere but in the parse. An invalid value is dropped, a valid one goes on as a Date or number, never as sent.
     * The parsed local's uses are read from the source (the facts do not say which branch an assignment sits in).
     */
    private Set<Val> discardedParses(Fn f, List<Fn> all) {
        Set<Val> out = new HashSet<>();
        if (f.location() == null || f.location().path() == null) return out;
        for (CallSite cs : f.calls()) {
            String m = Vals.lastName(cs.callee());
            if (m == null || !VALIDITY.contains(m) || cs.args().isEmpty() || cs.location() == null) continue;
            if (!m.equals("isValid") && !(cs.callee() instanceof Global g && (g.path().isEmpty() || g.name().equals("Number")))) continue;
            Val a = cs.args().get(0);
            if (a instanceof Call gc && gc.args().isEmpty() && gc.callee() instanceof Member gm && Set.of("getTime", "valueOf").contains(gm.prop())) a = gm.object();
            // const [year, month] = s.split('-').map(Number); if (!isNaN(year) && !isNaN(month)) { ... }: the pieces of
            // the text as numbers, each used only when the test holds
            Call pieces = numberPieces(a);
            Val x = pieces != null ? receiver(((Call) receiver(pieces.callee())).callee()) : parsed(a);
            if (x == null) continue;
            Val s = unconverted(x);
            if (!subject(s) || out.contains(s)) continue;
            Location parseAt = pieces != null ? pieces.site() : a instanceof New n ? n.site() : ((Call) a).site();
            if (parseAt == null) continue;
            try {
                if (!usedOnlyWhenValid(f, parseAt, cs.location(), m.equals("isNaN"))) continue;
            } catch (RuntimeException e) {
                continue;
            }
            // the value itself goes nowhere but into the parse (compared, tested for presence, or parsed)
            boolean raw = false;
            for (Fn g : all) {
                for (CallSite c : g.calls()) {
                    if (parsed(new New(c.callee(), c.args(), c.location())) != null || parsed(new Call(c.callee(), c.args(), c.location())) != null) {
                        if (c.args().size() >= 1 && !rawIn(c.args().get(0), s, 0) || c.args().size() >= 1 && unconverted(c.args().get(0)).equals(s)) continue;
                    }
                    String cm = c.methodName();
                    if (cm != null && Set.of("trim", "toString", "String").contains(cm)) continue;
                    if (rawIn(c.callee(), s, 0) || c.args().stream().anyMatch(v -> rawIn(v, s, 0))) raw = true;
                }
                for (Val r : g.returns()) if (rawIn(r, s, 0)) raw = true;
                for (Fn.Write w : g.writes()) if (rawIn(w.value(), s, 0) || w.keys().stream().anyMatch(k -> rawIn(k, s, 0))) raw = true;
                for (Fn.Loop l : g.loops()) if (rawIn(l.over(), s, 0)) raw = true;
            }
            if (!raw) out.add(s);
        }
        return out;
    }

    /**
     * The local the parse at {@code parseAt} is bound to ({@code const d = new Date(s)}) is named, in {@code f}'s source,
     * only in its declaration, in the test of the {@code if} holding the validity call at {@code test}, and in that if's
     * consequent, which runs only for a valid parse (a negated isNaN, an isFinite/isInteger/isValid not negated, no ||).
     */
    private boolean usedOnlyWhenValid(Fn f, Location parseAt, Location test, boolean nanTest) {
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, f.location().path());
        if (lines.isEmpty() || f.location().endLine() > lines.size() || !parseAt.path().equals(f.location().path())) return false;
        int first = f.location().line() - 1;
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[f.location().endLine() - first + 1];
        for (int i = first; i < f.location().endLine(); i++) {
            starts[i - first] = sb.length();
            sb.append(lines.get(i)).append('\n');
        }
        String text = sb.toString();
        java.util.function.BiFunction<Integer, Integer, Integer> offset = (line, col) ->
                line - 1 < first || line - 1 >= f.location().endLine() ? -1 : starts[line - 1 - first] + Math.max(0, col - 1);
        int parse = offset.apply(parseAt.line(), parseAt.column()), call = offset.apply(test.line(), test.column());
        if (parse < 0 || call < 0 || call <= parse) return false;
        int lineStart = text.lastIndexOf('\n', parse - 1) + 1;
        java.util.regex.Matcher decl = java.util.regex.Pattern.compile("(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*$")
                .matcher(text.substring(lineStart, parse));
        // const [year, month] = ...: each name bound by the pattern
        java.util.regex.Matcher pattern = java.util.regex.Pattern.compile(
                "(?:const|let|var)\\s*\\[\\s*([A-Za-z_$][\\w$]*(?:\\s*,\\s*[A-Za-z_$][\\w$]*)*)\\s*\\]\\s*=\\s*$")
                .matcher(text.substring(lineStart, parse));
        List<String> names;
        if (decl.find()) names = List.of(decl.group(1));
        else if (pattern.find()) names = List.of(pattern.group(1).split("\\s*,\\s*"));
        else return false;
        int declEnd = text.indexOf('\n', parse);
        // the if whose test holds the validity call
        java.util.regex.Matcher ifs = java.util.regex.Pattern.compile("\\bif\\s*\\(").matcher(text);
        int open = -1;
        while (ifs.find() && ifs.end() - 1 <= call) open = ifs.end() - 1;
        if (open < 0 || open < declEnd) return false;
        int close = open, depth = 0;
        for (; close < text.length(); close++) {
            char c = text.charAt(close);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) break;
        }
        if (close >= text.length() || close < call) return false;
        String cond = text.substring(open + 1, close);
        if (cond.contains("||")) return false;
        int before = call - 1;
        while (before > open && Character.isWhitespace(text.charAt(before))) before--;
        boolean negated = text.charAt(before) == '!';
        if (negated != nanTest) return false;
        int body = close + 1;
        while (body < text.length() && Character.isWhitespace(text.charAt(body))) body++;
        if (body >= text.length() || text.charAt(body) != '{') return false;
        int end = body;
        depth = 0;
        for (; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) break;
        }
        if (end >= text.length()) return false;
        for (String name : names) {
            java.util.regex.Matcher use = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])").matcher(text);
            boolean declared = false;
            while (use.find()) {
                int at = use.start();
                if (at >= lineStart && at < parse) {
                    declared = true;
                    continue;
                }
                if (at > open && at < close || at > body && at < end) continue;
                return false;
            }
            if (!declared) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ lookup keys

    /** Methods that take a key directly: findById(id), findByPk(id), where('id', id), eq(users.id, id). */
    private static final Set<String> DIRECT_KEY = Set.of("findById", "findByIdAndUpdate", "findByIdAndDelete",
            "findByIdAndRemove", "findByPk", "findOneById", "where", "andWhere", "orWhere", "whereIn", "whereNot", "eq",
            "inArray", "doc", "delete", "softDelete", "restore", "exists", "getById", "findOne", "findOneOrFail",
            "getJob"); // getJob: a Bull/BullMQ queue looks the job up by id
    /** Methods whose first argument is a filter object: findOne({ _id: id }), findOneBy({ id }), deleteOne({ _id }). */
    private static final Set<String> FILTER_ARG0 = Set.of("find", "findOne", "findOneBy", "findBy", "findOneByOrFail",
            "findOneOrFail", "findAll", "findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow",
            "findAndCountAll", "count", "countBy", "countDocuments", "exists", "existsBy", "deleteOne", "deleteMany",
            "delete", "destroy", "remove", "softDelete", "findOneAndUpdate", "findOneAndDelete", "findOneAndRemove",
            "findOneAndReplace", "updateOne", "updateMany", "update", "replaceOne", "distinct", "aggregate");
    /** ORM and collection writes: a key stored in a field of the written object is a reference. */
    private static final Set<String> STORE_METHODS = Set.of("create", "createMany", "insert", "insertOne", "insertMany",
            "save", "build", "upsert", "update", "updateOne", "updateMany", "findByIdAndUpdate", "findOneAndUpdate",
            "values", "set", "push", "unshift", "add");
    /** Keys under which a value is written, not looked up. */
    private static final Set<String> WRITE_KEYS = Set.of("data", "values", "$set", "$push", "$addToSet", "$inc",
            "$setOnInsert", "create", "update", "set", "select", "include", "orderBy", "order", "sort", "limit", "take", "skip");
    /** Drivers that bind parameters given beside the SQL text: query(sql, [id]), db.get(sql, id). */
    private static final Set<String> BOUND_SQL = Set.of("query", "execute", "run", "get", "all", "raw", "any", "one",
            "oneOrNone", "many", "manyOrNone", "none", "each", "result", "prepare", "$queryRaw", "$executeRaw");
    /** Calls that only convert or compare a value, or send it back as JSON, or log it. */
    private static final Set<String> NEUTRAL = Set.of("Number", "parseInt", "parseFloat", "String", "BigInt", "toString",
            "trim", "toLowerCase", "toUpperCase", "ObjectId", "isValidObjectId", "isValid", "includes", "indexOf",
            "lastIndexOf", "has", "equals", "localeCompare", "startsWith", "endsWith", "json", "jsonp", "status",
            "render", "log", "info", "warn", "error", "debug", "trace", "fatal", "isInteger", "isNaN", "isFinite", "test",
            "decodeURIComponent", "decodeURI",
            // Boolean(nn) && nn === other: a truth test, the value goes nowhere
            "Boolean",
            // lodash's predicates: isEmpty(items) answers a boolean, the items go nowhere
            "isEmpty", "isNil",
            // Array.isArray(data): a type test
            "isArray");
    /** Conversions whose result is a number (or NaN), never text or an object. */
    private static final Set<String> NUMBER_CONVERSIONS = Set.of("Number", "parseInt", "parseFloat", "BigInt");
    private static final Set<String> CONVERSIONS = Set.of("Number", "parseInt", "parseFloat", "String", "BigInt",
            "toString", "trim", "decodeURIComponent", "decodeURI", "ObjectId", "Types", "toLowerCase", "toUpperCase");

    /**
     * How a request value is used: only as a parameterized lookup key (and where), or also elsewhere. {@code operators}
     * names the library (Prisma) when some lookup puts the value as it is where an object would be read as a filter
     * ({@code findFirst({ where: { token } })} with {@code { "not": "" }}): a key only when the value cannot be an object.
     * {@code via}: the method of every lookup the value reaches (execute, query, findUnique...), here or in a callee.
     */
    /**
     * {@code seen}: when not key-only, whether the walk saw what the value becomes (text built with it, a write of it, a use
     * it knows), not only a call it could not follow or classify (an unresolved or too-deep callee, an unknown library).
     */
    /**
     * {@code asSent}: some lookup got the value as the request sent it, not through a conversion (parseInt(id), String(id),
     * id.trim()): false when every lookup got a number or a string whatever was sent, so no object can reach one as operators.
     */
    public record KeyUse(boolean keyOnly, String lookup, Location where, String operators, Set<String> via, boolean seen, boolean asSent) {
        public KeyUse(boolean keyOnly, String lookup, Location where) {
            this(keyOnly, lookup, where, null, Set.of(), true, true);
        }

        public KeyUse(boolean keyOnly, String lookup, Location where, String operators, Set<String> via) {
            this(keyOnly, lookup, where, operators, via, true, true);
        }

        public KeyUse(boolean keyOnly, String lookup, Location where, String operators, Set<String> via, boolean seen) {
            this(keyOnly, lookup, where, operators, via, seen, true);
        }
    }

    /** Methods that store or send the value they are handed: create, insertMany, updateOne, save, set, push, write. */
    private static final java.util.regex.Pattern STORES = java.util.regex.Pattern.compile(
            "(create|insert|update|upsert|save|set|put|add|push|write|append|replace|persist|store|emit|publish|send)\\w*", java.util.regex.Pattern.CASE_INSENSITIVE);

    // The lookup-key walks (keyUse, lookupOnlyUse, builtIntoText) keep, while one ask is followed, a memo of parameter
    // answers with "recursion: assume the worst" placeholders and answers cut at KEY_DEPTH, and what the calls followed
    // handed each function (actuals, the factories' objects, the functions nesting others). Those depend on where the
    // walk entered a chain, so none of it outlives its ask: each ask starts from nothing (newKeyWalk), and its answer is
    // a function of the function and the subject alone, whatever the rule threads asked before it. The asks of the
    // three validation rules are serialised on keyLock (the walk's maps are not thread-safe).
    private final Object keyLock = new Object();
    private IdentityHashMap<Fn, Map<String, KeyUse>> keyMemo = new IdentityHashMap<>();

    /** Walks in progress on the thread holding keyLock (an ask made from inside a walk continues it). */
    private int keyWalks;

    /** A new ask of a lookup-key walk: nothing an earlier ask followed is reused (see keyLock). */
    private void newKeyWalk() {
        if (keyWalks > 0) return;
        keyMemo = new IdentityHashMap<>();
        actuals = new IdentityHashMap<>();
        enclosing = new IdentityHashMap<>();
        factoryObj = new IdentityHashMap<>();
        factoryThis = new IdentityHashMap<>();
    }

    /**
     * Whether every use of the request values {@code subject} accepts in {@code fn} (and the project
     * functions it hands them to, a few calls deep) is a parameterized lookup key: an ORM lookup by id
     * or filter, a query-builder where, a bound SQL parameter, or a conversion, comparison, JSON
     * answer or log line. Anything else (a string built into a URL or SQL text, a write, an unknown
     * call) makes it false.
     */
    public KeyUse keyUse(Fn fn, FileFacts file, java.util.function.Predicate<Val> subject) {
        return topKeyUse(fn, file, subject, false);
    }

    /** One top-level key walk ({@link #keyUse}, {@link #lookupOnlyUse}): a fresh walk, serialised on the key lock. */
    private KeyUse topKeyUse(Fn fn, FileFacts file, java.util.function.Predicate<Val> subject, boolean lookupOnly) {
        Project.refuseEarly(); // a memo with placeholders, as summary's
        synchronized (keyLock) { // its memo holds "recursion: assume the worst" placeholders while a chain is followed
            newKeyWalk();
            keyWalks++;
            try {
                return keyUse(fn, file, subject, List.of(), 0, lookupOnly, false, false, true);
            } finally {
                keyWalks--;
            }
        }
    }

    /**
     * {@link #keyUse} for a free-form value (a body or query field): only a lookup counts, not a store. Storing it in a
     * record (create({ data: { name } })), writing it to an object, returning it or broadcasting it is a use as it is.
     */
    public KeyUse lookupOnlyUse(Fn fn, FileFacts file, java.util.function.Predicate<Val> subject) {
        return topKeyUse(fn, file, subject, true);
    }

    /**
     * {@code within}: the object keys the subject sits under in what the caller handed over; {@code number}: the caller
     * handed the value over as a number it converted ({@code removeJob(Number(req.params.id))}), no text or object.
     */
    private KeyUse keyUse(Fn fn, FileFacts file, java.util.function.Predicate<Val> subject, List<String> within, int depth, boolean strict,
                          boolean number, boolean dated, boolean answered) {
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        // the lookups added for TypeScript/JavaScript (factories, SDKs, redirects, error texts) stay out of Java
        boolean ts = file != null && !"java".equals(file.language());
        String lookup = null;
        Location where = null;
        // the first use the walk lost (a call it could not follow or classify), while it looks on for one it can name
        Location lostAt = null;
        String operators = null;
        Set<String> via = new TreeSet<>();
        // a lookup got the value as sent (see KeyUse.asSent); a lookup the walk does not tell apart counts as one
        boolean asSent = false;
        if (strict) {
            // a free-form value written into an object, or handed back to the caller as it is, goes on unchecked
            for (Fn f : all) {
                for (Fn.Write w : f.writes()) {
                    List<Occurrence> occs = new ArrayList<>();
                    occurrences(w.value(), subject, new ArrayList<>(), false, occs, 0);
                    for (Val k : w.keys()) occurrences(k, subject, new ArrayList<>(), false, occs, 0);
                    // where.createdAt[Op.gte] = new Date(from): a Sequelize where compares a Date made of the value (Invalid
                    // Date at worst), never the text or an object sent in its place
                    if (!occs.isEmpty() && datedComparison(w, subject)
                            && occs.stream().allMatch(oc -> oc.dated() || dated && heldAsHanded(oc, within))) {
                        via.add("a Date");
                        if (lookup == null) {
                            lookup = "a Date";
                            where = w.location();
                        }
                        continue;
                    }
                    if (!occs.isEmpty()) return new KeyUse(false, null, w.location());
                }
                for (Val r : f.returns()) {
                    // what the handler itself returns is its answer (NestJS, Fastify, Hono): the value echoed back; so is
                    // what a service returns whose answer the handler returns as it is (return this.reports.golf(from, to))
                    if (answered || r instanceof Call || r instanceof New) continue;
                    List<Occurrence> occs = new ArrayList<>();
                    occurrences(r, subject, new ArrayList<>(), false, occs, 0);
                    // a Date the caller made of the value (periodStart echoed in the metrics answered): a date, whatever was sent
                    if (dated) occs.removeIf(oc -> heldAsHanded(oc, within));
                    if (!occs.isEmpty()) return new KeyUse(false, null, f.location());
                }
            }
        }
        // switch (origin) { case Origin.ADMIN: ... }, if (mode === 'dark'): the value decides which branch runs
        boolean compared = false;
        if (strict) {
            for (Fn f : all) {
                for (Fn.Compare c : f.compares()) compared |= comparedWith(c.left(), c.right(), subject) || comparedWith(c.right(), c.left(), subject);
                for (CallSite cs : f.calls()) {
                    // ids.includes(role.id): the value is searched for a stored one, the test answers a boolean
                    if (cs.args().size() == 1 && Set.of("includes", "has", "indexOf").contains(String.valueOf(cs.methodName()))
                            && inMemoryCopy(receiver(cs.callee()), subject, 0)) compared = true;
                    for (CallSite.Guard g : cs.guards()) {
                        if ((g.op().equals("==") || g.op().equals("!=")) && g.right() != null) {
                            compared |= comparedWith(g.left(), g.right(), subject) || comparedWith(g.right(), g.left(), subject);
                        }
                    }
                }
            }
        }
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                for (int i = 0; i < cs.args().size(); i++) {
                    List<Occurrence> occs = new ArrayList<>();
                    occurrences(cs.arg(i), subject, new ArrayList<>(), false, occs, 0);
                    for (Occurrence oc : occs) {
                        List<String> kp = new ArrayList<>(oc.keys());
                        // the whole object the caller handed over: its keys are where the subject sits
                        if (oc.value() instanceof Param pv && pv.path().isEmpty()) kp.addAll(within);
                        boolean str = oc.inString();
                        // the value as a number (Number(id) here, or as the caller converted it before handing it on)
                        boolean num = oc.numeric() || number && oc.value() instanceof Param np && (np.path().isEmpty() || np.path().equals(within));
                        // the value as a Date (new Date(from) here, or as the caller made it before handing it on)
                        boolean dt = oc.dated() || dated && heldAsHanded(oc, within);
                        // an audit or system-log entry (SystemLog.createLog({ message: `.. ${id}`, metadata: { n: parseInt(id) } })):
                        // text of its message or a number converted first is a note, as a log line is (AuditRecords); the raw
                        // value kept as a field of the record is stored as sent
                        if (ts && (str || num) && dev.backcheck.concepts.AuditRecords.isAuditWrite(cs)) continue;
                        // key.replace(`${group}.`, ''): the value is only the text searched for in another string (a plain
                        // string, not a RegExp); the answer holds none of it
                        if (ts && i == 0 && ("replace".equals(m) || "replaceAll".equals(m)) && cs.args().size() == 2
                                && (cs.arg(0) instanceof Tpl || cs.arg(0) instanceof Concat) && Val.constString(cs.arg(1)) != null) continue;
                        // a free-form value bound beside SQL text: a lookup when its placeholder filters (SELECT, DELETE, an
                        // UPDATE's WHERE), a store when it is a value written (INSERT, an UPDATE's SET)
                        if (strict && ts && !str) {
                            Boolean listed = boundCallerList(cs, m, i, f);
                            Boolean bound = listed != null ? listed : boundSql(cs, m, i, subject);
                            if (bound != null) {
                                if (!bound) return new KeyUse(false, null, cs.location());
                                via.add(boundThrough(cs, m, f, file));
                                asSent = true;
                                if (lookup == null) {
                                    lookup = m;
                                    where = cs.location();
                                }
                                continue;
                            }
                        }
                        // params.push(`%${search}%`), andWhere('x LIKE :q', { q: `%${q}%` }): a LIKE pattern bound as a parameter (LikePatterns)
                        if (strict && ts && str && (LikePatterns.boundPattern(cs, m, i, subject)
                                || LikePatterns.boundList(cs, i, m != null && BOUND_SQL.contains(m), subject)
                                || LikePatterns.namedParameter(cs, m, i, oc.keys(), subject))) {
                            via.add("a LIKE pattern");
                            asSent = true;
                            if (lookup == null) {
                                lookup = "a LIKE pattern";
                                where = cs.location();
                            }
                            continue;
                        }
                        // ilike(banners.title, `%${q}%`) of drizzle-orm: the value, or its LIKE pattern, is bound as a parameter;
                        // find({ where: { id: In(ids) } }), ILike(`%${q}%`) of TypeORM: a find operator, whose value the where
                        // binds as parameters (an array item by item), never SQL text
                        if (ts && (LikePatterns.drizzleLike(cs, m, i, subject, rootOf(cs, file))
                                || i == 0 && cs.args().size() == 1 && m != null && TYPEORM_FIND_OPERATORS.contains(m)
                                        && "typeorm".equals(rootOf(cs, file)))) {
                            String op = str ? "a LIKE pattern" : m;
                            via.add(op);
                            asSent = true;
                            if (lookup == null) {
                                lookup = op;
                                where = cs.location();
                            }
                            continue;
                        }
                        // a credential handed to the party that checks it (CredentialVerifiers: an OAuth code exchange, a token
                        // request, openid-client's callback): the issuer answers, nothing of it is kept
                        if (strict && ts && !str && dev.backcheck.concepts.CredentialVerifiers.credentialArg(project, file, cs, i, kp)) continue;
                        // a value built into text (`${day} 00:00:00`) that is itself an item of the bound list beside SQL
                        // text: the text travels as one bound value, never as SQL
                        if (strict && ts && str && i >= 1 && Boolean.TRUE.equals(boundSql(cs, m, i, subject))) {
                            via.add(m);
                            asSent = true;
                            if (lookup == null) {
                                lookup = m;
                                where = cs.location();
                            }
                            continue;
                        }
                        // params.push(status) onto a local list that is then handed on whole (pool.query(sql, params)): the
                        // facts carry the list with its items into that call, which decides what the value is (the pushed
                        // text itself, params.push(`${day} 00:00:00`), when the value is built into it)
                        if (ts && ("push".equals(m) || "unshift".equals(m)) && receiver(cs.callee()) instanceof Arr
                                && (!str ? listHandedOnWhole(all, subject)
                                        : cs.args().size() == 1 && listHandedOnWhole(all, x -> x.equals(cs.arg(0))))) continue;
                        // conditions.push({ id: { equals: n } }) onto a local list that then sits in an object handed on
                        // (where.OR = conditions; findMany({ where })): the facts carry the list with the item into that
                        // call, whose argument the walk reads as well
                        if (ts && !str && ("push".equals(m) || "unshift".equals(m)) && cs.args().size() == 1 && i == 0
                                && receiver(cs.callee()) instanceof Arr && itemCarried(all, cs.arg(0))) continue;
                        // a project function: what does it do with the parameter it receives?
                        // [useInstr ? q : `%${q}%`] handed to a project function: a list of the value or its LIKE pattern, which
                        // that function binds or not (see boundCallerList)
                        // new NotFoundError('property', id) of a project error class: the value is text of an error answer,
                        // as with a library's error class below (its constructor only builds the message)
                        if (ts && cs.isNew() && m != null && m.matches("[A-Z]\\w*(Exception|Error)") && !m.equals("Error")) continue;
                        boolean likeList = str && strict && ts && kp.isEmpty() && LikePatterns.valueOrPatternItems(cs.arg(i), subject);
                        Project.FnRef target = str && !likeList || depth >= KEY_DEPTH ? null : (ts ? keyCallee(cs.callee(), file, f) : resolveCallee(cs.callee(), file, f));
                        // new PortfolioChanged({ userId }): the constructor of a project class decides what the value is
                        if (target == null && ts && !str && depth < KEY_DEPTH && cs.isNew()) {
                            target = constructorOf(cs.callee(), file);
                            // a field it keeps the value in as built text (this.path = '/files/' + id) is read later as such
                            if (target != null && i < target.fn().params().size() && builtIntoField(cs.callee(), file, target.fn(), i)) {
                                return new KeyUse(false, null, cs.location());
                            }
                        }
                        // api.cards.get({ cardId }) on a tRPC server-side caller: the procedure's resolver reads it as input.cardId
                        // (without an .input() parser the resolver's input is undefined: the value is left unfollowed)
                        if (target == null && ts && !str && i == 0 && depth < KEY_DEPTH) {
                            var called = dev.backcheck.concepts.TrpcRouters.called(project, cs.callee(), file);
                            Fn resolver = called == null || called.procedure().inputs().isEmpty() ? null : called.procedure().resolver();
                            if (resolver != null && resolver != fn && called.resolverFile() != null && !resolver.params().isEmpty()) {
                                List<String> inInput = new ArrayList<>();
                                inInput.add("input");
                                inInput.addAll(kp);
                                KeyUse inner = paramKeyUse(new Project.FnRef(resolver, called.resolverFile()), 0, inInput, depth + 1, strict, num, dt, false);
                                if (!inner.keyOnly() && inner.seen()) return new KeyUse(false, null, inner.where() != null ? inner.where() : cs.location());
                                if (!inner.keyOnly()) {
                                    if (lostAt == null) lostAt = inner.where() != null ? inner.where() : cs.location();
                                    continue;
                                }
                                if (lookup == null && inner.lookup() != null) {
                                    lookup = inner.lookup();
                                    where = inner.where();
                                }
                                if (operators == null && !oc.converted()) operators = inner.operators();
                                if (inner.asSent() && !oc.converted() && !num) asSent = true;
                                continue;
                            }
                        }
                        if (target != null && target.fn() != fn && i < target.fn().params().size()) {
                            if (ts) actuals.put(target.fn(), new Object[]{cs.args(), file, f});
                            KeyUse inner = paramKeyUse(target, i, kp, depth + 1, strict, num, dt, answered && f == fn && returnedAsIs(fn, cs));
                            // escapeLike(q) => q.replace(...): a helper that only hands the text back; where its result goes decides
                            // (a path id too: getParamAsString(req.params.id) => Array.isArray(p) ? p[0] : p || '')
                            // (whatever the walk made of the helper's own body: a type test there, Array.isArray(p), is no use)
                            if (ts && kp.isEmpty() && textPassThrough(target, i) && (!inner.keyOnly() || inner.lookup() == null)) {
                                inner = keyUse(f, file, v -> v instanceof Call rc && rc.callee().equals(cs.callee()) && rc.args().equals(cs.args()),
                                        List.of(), depth + 1, strict, false, false, answered);
                            }
                            // foldName(name) => name.normalize('NFD').toLowerCase()...: a helper that neither looks the value up
                            // nor hands it anywhere, only computes an answer from it; where that answer goes decides (compared
                            // in memory with the stored names, or written into a record)
                            else if (inner.keyOnly() && inner.lookup() == null && strict && ts && kp.isEmpty() && !cs.isNew()
                                    && computesFrom(target, i)) {
                                inner = keyUse(f, file, v -> v instanceof Call rc && rc.callee().equals(cs.callee()) && rc.args().equals(cs.args()),
                                        List.of(), depth + 1, strict, false, false, answered);
                            }
                            if (!inner.keyOnly() && inner.seen()) return new KeyUse(false, null, inner.where() != null ? inner.where() : cs.location());
                            if (!inner.keyOnly()) {
                                if (lostAt == null) lostAt = inner.where() != null ? inner.where() : cs.location();
                                continue;
                            }
                            via.addAll(inner.via());
                            if (inner.asSent() && !oc.converted() && !num) asSent = true;
                            if (lookup == null && inner.lookup() != null) {
                                lookup = inner.lookup();
                                where = inner.where();
                            }
                            // String(token) handed on: whatever the callee does with it, it is no object
                            if (operators == null && !oc.converted()) operators = inner.operators();
                            continue;
                        }
                        if (isKeyPosition(cs, str && whereHole(cs, oc.value()) && sqlTagClient(cs, file, f) ? "sql" : m, i, kp, str, ts && stripeSdk(cs, file), ts, strict)
                                // (a key built as text, `${userId}-${threadId}`, is still only a key of the in-memory map)
                                || ts && kp.isEmpty() && i == 0 && (cs.args().size() == 1 || cs.args().size() == 2 && "set".equals(m))
                                   // (or a number: Number(id) as the key of a Map field holds no text a schema would bound)
                                && mapLookup(cs, m, file, f, str || num && oc.keys().isEmpty())
                                // visited.add(id), seen.add(data) of an in-memory set, whatever holds the value (a path id: a
                                // free-form body value kept in a module's set is stored as sent)
                                || ts && i == 0 && !strict && setMember(cs, m, file, f)) {
                            // (a Prisma model call is named as such: the SQL drivers beside it in the project never see the value)
                            via.add(ts && m != null && dev.backcheck.concepts.DbClients.of(project).prismaModelCall(f, file, cs) ? "prisma." + m : m);
                            if (!oc.converted() && !num) asSent = true;
                            if (lookup == null) {
                                lookup = m;
                                where = cs.location();
                            }
                            // prisma.token.updateMany({ where: { token } }): an object in its place is a filter
                            if (operators == null && strict && ts && !str && !oc.converted() && i == 0
                                    && dev.backcheck.concepts.DbClients.prismaFilterPosition(m, kp)
                                    // where: type ? { type } : {}: the caller may leave the filter out, an operator in its place
                                    // selects no row that leaving it out would not
                                    && !optionalFilter(cs.arg(i), subject)
                                    && dev.backcheck.concepts.DbClients.of(project).prismaModelCall(f, file, cs)) operators = "Prisma";
                            continue;
                        }
                        // files.find(f => f.startsWith(id)) then unlink: the value is a prefix that picks whichever item starts
                        // with it (a one-letter id names the first file), not a key that must name one exactly
                        if (ts && i == 0 && "startsWith".equals(m) && prefixPick(all, f, cs)) return new KeyUse(false, null, cs.location());
                        if (!str && m != null && NEUTRAL.contains(m)) continue;
                        // res.json({ message: `Alert ${name} resolved` }), c.json(..): text of a JSON answer, which the serializer
                        // escapes, goes back to its sender and nowhere else, as the value itself would
                        if (ts && str && ("json".equals(m) || "jsonp".equals(m)) && !cs.isNew()) continue;
                        // new Date(from): a conversion; where the date goes is followed through its uses (see occurrences)
                        if (cs.isNew() && dateClass(cs.callee())) continue;
                        // new TextEncoder().encode(query).length > 50: the bytes are measured, handed nowhere
                        if (ts && !str && "encode".equals(m) && receiver(cs.callee()) instanceof New te && "TextEncoder".equals(Vals.lastName(te.callee()))
                                && cs.location() != null && !handedOn(all, cs.location())) continue;
                        // Object.entries(ctx), Object.values(ctx): reads the entries out; where they go is followed through
                        // the loop items and calls made of them (see occurrences)
                        if (!str && objectReader(cs.callee())) continue;
                        // new NotFoundException(`Profile ${id} not found`): the value is only text of an error answer
                        if (ts && m != null && m.matches("[A-Z]\\w*(Exception|Error)") && !m.equals("Error") || "Error".equals(m) && cs.callee() instanceof Global) continue;
                        // throw new Error(`Expected integer, got ${JSON.stringify(v)}`): the JSON text only goes into an error's message
                        if (ts && !str && "stringify".equals(m) && cs.callee() instanceof Global jg && jg.name().equals("JSON")
                                && onlyInErrorText(f, cs)) continue;
                        // JSON.stringify(input.metadata) holding a path id the caller converted with Number() (the value
                        // itself or an object it sits in): the number is written as digits (NaN as null) into the JSON text
                        if (ts && !str && !strict && (num || number) && "stringify".equals(m) && cs.callee() instanceof Global jn && jn.name().equals("JSON")
                                && jn.path().size() == 1) continue;
                        // JSON.stringify({ fingerprint, ...result }) printed in a log line: the JSON text of an object literal
                        // holding the value carries it as data; where that text goes decides (only log lines: no use; a query,
                        // a record, a request: a use of the value as sent)
                        if (ts && "stringify".equals(m) && cs.callee() instanceof Global js && js.name().equals("JSON") && js.path().size() == 1
                                && (cs.arg(i) instanceof Obj || cs.arg(i) instanceof Arr) && depth < KEY_DEPTH + 2) {
                            KeyUse text = keyUse(f, file, v -> v instanceof Call rc && rc.callee().equals(cs.callee()) && rc.args().equals(cs.args()),
                                    List.of(), depth + 1, strict, false, false, answered);
                            if (!text.keyOnly() && text.seen()) return new KeyUse(false, null, text.where() != null ? text.where() : cs.location());
                            if (!text.keyOnly()) {
                                if (lostAt == null) lostAt = text.where() != null ? text.where() : cs.location();
                                continue;
                            }
                            // the JSON text handed to a query is a document kept or matched as sent (SET tags = tags ||
                            // ${JSON.stringify([tag])}::jsonb, an activity record's details)
                            if (text.lookup() != null) return new KeyUse(false, null, cs.location());
                            via.addAll(text.via());
                            asSent = true;
                            if (lookup == null && text.lookup() != null) {
                                lookup = text.lookup();
                                where = text.where();
                            }
                            continue;
                        }
                        // jwt.decode(token): reads the claims of a token (null when it is no JWT), the token goes nowhere
                        if (ts && !str && "decode".equals(m) && ("jsonwebtoken".equals(rootOf(cs, file)) || receiverMentions(cs.callee(), "jwt"))) continue;
                        // uuid's validate(id), validator's isUUID(id): a predicate, the value itself goes nowhere
                        if (ts && !str && m != null && (m.equals("validate") || m.equals("version")) && "uuid".equals(rootOf(cs, file))) continue;
                        if (ts && !str && m != null && m.matches("is(UUID|Uuid|MongoId|Numeric|Int|Alphanumeric|Slug)")) continue;
                        // SqlString.escape(id), connection.escape(id) of sqlstring/mysql: the value goes into the SQL text as
                        // one quoted literal (a string, a number or a list of them), as a bound parameter would
                        if (ts && !str && !strict && kp.isEmpty() && "escape".equals(m) && SQL_ESCAPERS.contains(String.valueOf(rootOf(cs, file)))) {
                            via.add(m);
                            asSent = true;
                            if (lookup == null) {
                                lookup = m;
                                where = cs.location();
                            }
                            continue;
                        }
                        // idSchema.safeParse(id) of zod (joi, yup...): the value is checked against a schema, nothing else
                        if (ts && !str && m != null && SCHEMA_CALLS.contains(m) && SCHEMA_LIBS.contains(String.valueOf(rootOf(cs, file)))) continue;
                        // res.redirect(`${FRONTEND}/done?id=${id}`), '/users/' + id: a fixed host and path before the value
                        if (ts && str && "redirect".equals(m) && fixedPrefix(cs.arg(i), subject)) continue;
                        if (!str && "update".equals(m) && receiver(cs.callee()) instanceof Call hc
                                && Set.of("createHash", "createHmac").contains(String.valueOf(Vals.lastName(hc.callee())))) {
                            // a PKCE verifier: createHash('sha256').update(verifier).digest() compared with the stored challenge
                            if (strict && ts && "createHash".equals(Vals.lastName(hc.callee())) && cs.location() != null && digestCompared(all, cs.location())) compared = true;
                            continue;
                        }
                        // res.send({ id }) is JSON; an event sent to clients carries the id as data
                        if (!str && m != null && !kp.isEmpty() && (strict ? Set.of("send") : Set.of("send", "emit", "publish", "broadcast", "write")).contains(m)) continue;
                        // a debug or log line that prints the value (this.debug(`getting '${name}'`)) does not use it
                        if (ts && m != null && LOG_LINE.contains(m) && logger(cs.callee())) continue;
                        if (!str && m != null && Set.of("to", "in", "join", "leave").contains(m) && receiverMentions(cs.callee(), "io")) continue; // socket.io rooms
                        // svc.log(`dropped router ${id}`) with the project's log(text) { console.log(`${PREFIX} ${text}`) }: text
                        // handed to a project function that only prints it
                        if (ts && str && depth < KEY_DEPTH && logOnly(keyCallee(cs.callee(), file, f), i)) continue;
                        // seen: built into text, handed to a call that stores or sends it, to a global (fetch, RegExp), or to
                        // a file, path, process or HTTP API (path.resolve, fs.readFile, axios.get, Model.distinct); otherwise a
                        // call the walk could not follow or classify (an in-memory map, a service it could not resolve, a
                        // library lookup it does not know, past the depth)
                        // maskData(value, seen) inside maskData: the function handed the value to itself does again what this
                        // walk finds; its way is lost there, so the other uses decide
                        if (!str && target != null && target.fn() == fn) {
                            if (lostAt == null) lostAt = cs.location();
                            continue;
                        }
                        boolean seenHere = str || target != null || cs.callee() instanceof Global g && !Set.of("global", "globalThis", "window").contains(g.name())
                                || m != null && (STORES.matcher(m).matches() || dev.backcheck.concepts.LibrarySinks.METHODS.contains(m))
                                || dev.backcheck.concepts.LibrarySinks.module(rootOf(cs, file));
                        if (seenHere) return new KeyUse(false, null, cs.location());
                        // (a use the walk lost: the others may still show what the value becomes)
                        if (lostAt == null) lostAt = cs.location();
                    }
                }
            }
        }
        if (lostAt != null) return new KeyUse(false, null, lostAt, null, Set.of(), false);
        return new KeyUse(true, lookup == null && compared ? "comparison" : lookup, where, operators, Set.copyOf(via), true, asSent);
    }

    /**
     * Some use of the request values {@code subject} accepts, in {@code fn} or the project functions it hands them to (a
     * few calls deep), splices them into SQL text handed to a call or written: an occurrence inside a template or a
     * concatenation whose literal text is SQL, other than in a log line, an error's message, a JSON answer or a tagged
     * template that binds its holes. A lookup that proves the value names a stored record says nothing of such text
     * (MySQL matches '5 OR 1=1' to the row 5).
     */
    public boolean builtIntoText(Fn fn, FileFacts file, java.util.function.Predicate<Val> subject) {
        Project.refuseEarly();
        synchronized (keyLock) {
            newKeyWalk();
            keyWalks++;
            try {
                return builtIntoText(fn, file, subject, 0, new HashSet<>());
            } finally {
                keyWalks--;
            }
        }
    }

    /** SQL text: a statement's keywords around the holes the value fills. */
    private static final java.util.regex.Pattern SPLICED_SQL = java.util.regex.Pattern.compile(
            "(?is)\\b(select\\s.*\\sfrom|insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from|where)\\b");

    /** The literal pieces of text built from {@code v} (a template's quasis, a concatenation's strings), joined. */
    private static String literalText(Val v, int depth) {
        if (v == null || depth > 8) return "";
        if (v instanceof Lit l && l.value() instanceof String str) return str;
        StringBuilder sb = new StringBuilder();
        if (v instanceof Tpl t) {
            for (int k = 0; k < t.quasis().size(); k++) {
                sb.append(t.quasis().get(k)).append(' ');
                if (k < t.holes().size()) sb.append(literalText(t.holes().get(k), depth + 1)).append(' ');
            }
        } else if (v instanceof Concat c) {
            for (Val x : c.parts()) sb.append(literalText(x, depth + 1)).append(' ');
        } else if (v instanceof OneOf o) {
            for (Val x : o.options()) sb.append(literalText(x, depth + 1)).append(' ');
        } else if (v instanceof Obj o) {
            // clickhouse.command({ query: `DELETE ... ${id}` }): the text sits in the object handed over
            for (Val x : o.props().values()) sb.append(literalText(x, depth + 1)).append(' ');
        } else if (v instanceof Arr a) {
            for (Val x : a.items()) sb.append(literalText(x, depth + 1)).append(' ');
        }
        return sb.toString();
    }

    private boolean builtIntoText(Fn fn, FileFacts file, java.util.function.Predicate<Val> subject, int depth, Set<String> seen) {
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        boolean ts = file != null && !"java".equals(file.language());
        for (Fn f : all) {
            for (Fn.Write w : f.writes()) {
                List<Occurrence> occs = new ArrayList<>();
                occurrences(w.value(), subject, new ArrayList<>(), false, occs, 0);
                for (Occurrence oc : occs) if (oc.inString() && SPLICED_SQL.matcher(literalText(w.value(), 0)).find()) return true;
            }
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                for (int i = 0; i < cs.args().size(); i++) {
                    List<Occurrence> occs = new ArrayList<>();
                    occurrences(cs.arg(i), subject, new ArrayList<>(), false, occs, 0);
                    for (Occurrence oc : occs) {
                        if (oc.inString()) {
                            if (m != null && (NEUTRAL.contains(m) || "send".equals(m) || LOG_LINE.contains(m) && logger(cs.callee())
                                    || m.matches("[A-Z]\\w*(Exception|Error)"))) continue;
                            if (isKeyPosition(cs, whereHole(cs, oc.value()) && sqlTagClient(cs, file, f) ? "sql" : m, i, oc.keys(), true, false, ts, false)) continue;
                            if (SPLICED_SQL.matcher(literalText(cs.arg(i), 0)).find()) return true;
                            continue;
                        }
                        if (depth >= KEY_DEPTH) continue;
                        Project.FnRef target;
                        try {
                            target = ts ? keyCallee(cs.callee(), file, f) : resolveCallee(cs.callee(), file, f);
                        } catch (RuntimeException e) {
                            target = null;
                        }
                        if (target == null || target.fn() == fn || i >= target.fn().params().size()) continue;
                        String name = target.fn().params().get(i).name();
                        int index = i;
                        List<String> path = oc.keys();
                        if (!seen.add(System.identityHashCode(target.fn()) + ":" + index + ":" + String.join(".", path))) continue;
                        if (builtIntoText(target.fn(), target.file(), v -> v instanceof Param p && p.index() == index && p.name().equals(name)
                                && (path.isEmpty() || p.path().isEmpty() || p.path().get(0).equals(path.get(0))), depth + 1, seen)) return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * {@code cs} is {@code item.startsWith(x)} inside the callback {@code f} of a {@code find}/{@code findIndex}/{@code findLast}
     * run by one of {@code all}, {@code item} the callback's own parameter: the first item with that prefix is picked.
     */
    private static boolean prefixPick(List<Fn> all, Fn f, CallSite cs) {
        if (!(receiver(cs.callee()) instanceof Param p) || !p.path().isEmpty() || p.index() >= f.params().size()
                || !p.name().equals(f.params().get(p.index()).name())) return false;
        for (Fn g : all) {
            if (g == f) continue;
            for (CallSite c : g.calls()) {
                if (!Set.of("find", "findIndex", "findLast").contains(String.valueOf(c.methodName()))) continue;
                for (Val a : c.args()) if (a instanceof FnVal fv && fv.fn() == f) return true;
            }
        }
        return false;
    }

    /**
     * A local list holding the subject as one of its items is handed whole to some call ({@code pool.query(sql, params)}),
     * and no call runs on the list itself ({@code params.join(',')} would build its items into text the facts do not
     * follow; {@code push} and {@code unshift} only add to it).
     */
    private static boolean listHandedOnWhole(List<Fn> all, java.util.function.Predicate<Val> subject) {
        boolean handed = false;
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (receiver(cs.callee()) instanceof Arr ra && holdsItem(ra, subject) && !"push".equals(m) && !"unshift".equals(m)
                        && sliceFromStart(cs.callee(), cs.args()) == null) return false;
                for (Val a : cs.args()) {
                    List<Val> items = boundItems(a);
                    if (items != null && items.stream().anyMatch(subject)) handed = true;
                    else if (a instanceof Arr aa && holdsItem(aa, subject)) handed = true;
                    else if (a instanceof Member mm && mm.object() instanceof Arr ma && holdsItem(ma, subject)) return false;
                }
            }
            for (Val r : f.returns()) if (r instanceof Arr ra && holdsItem(ra, subject)) return false;
            for (Fn.Write w : f.writes()) if (w.value() instanceof Arr wa && holdsItem(wa, subject)) return false;
        }
        return handed;
    }

    /**
     * {@code item}, pushed onto a local list, reaches a call inside that list (or an object holding it) handed over to
     * something other than another push; no call runs on the list itself and it is not returned or written whole.
     */
    private static boolean itemCarried(List<Fn> all, Val item) {
        java.util.function.Predicate<Val> held = x -> x instanceof Arr xa && xa.items().contains(item);
        boolean handed = false;
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (receiver(cs.callee()) instanceof Arr ra && held.test(ra) && !"push".equals(m) && !"unshift".equals(m)) return false;
                for (Val a : cs.args()) {
                    if (a == item) continue;
                    // conditions[0], conditions.length: an item or a count read out of the list, not the list handed on
                    if (Vals.anyPart(a, x -> x instanceof Member mm && held.test(mm.object()))) return false;
                    if (Vals.anyPart(a, held)) {
                        if (("push".equals(m) || "unshift".equals(m)) && receiver(cs.callee()) instanceof Arr) continue;
                        handed = true;
                    }
                }
            }
            for (Val r : f.returns()) if (Vals.anyPart(r, held)) return false;
            for (Fn.Write w : f.writes()) if (Vals.anyPart(w.value(), held)) return false;
        }
        return handed;
    }

    private static boolean holdsItem(Arr a, java.util.function.Predicate<Val> subject) {
        for (Val item : a.items()) if (subject.test(item)) return true;
        return false;
    }

    /** {@code v} is the subject (as it is) and {@code other} a value without it. */
    private static boolean comparedWith(Val v, Val other, java.util.function.Predicate<Val> subject) {
        // (req.query.status as string) || undefined, status ?? 'all': the value or a fixed fallback; req.query.token ||
        // req.headers['x-token']: the value or another request value, compared alike whichever was sent
        if (v instanceof OneOf o && o.options().stream().anyMatch(subject) && o.options().stream().allMatch(x -> subject.test(x)
                || x instanceof Lit || x instanceof Req || x instanceof Global g && g.name().equals("undefined") && g.path().isEmpty())) {
            v = o.options().stream().filter(subject).findFirst().orElse(v);
        }
        if (v == null || other == null || !inMemoryCopy(v, subject, 0)) return false;
        List<Occurrence> occs = new ArrayList<>();
        occurrences(other, subject, new ArrayList<>(), false, occs, 0);
        return occs.isEmpty();
    }

    /** Methods whose answer is a copy of the text or list they are called on, cut apart, trimmed or filtered, in memory. */
    private static final Set<String> COPYING_METHODS = Set.of("split", "filter", "map", "slice", "trim", "trimStart", "trimEnd",
            "toLowerCase", "toUpperCase", "normalize", "replace", "replaceAll", "substring");

    /**
     * {@code v} is the subject, or a copy of it made in memory by text and list methods whose arguments do not carry it
     * ({@code (ids ?? '').split(',').map((x) => x.trim()).filter(Boolean)}, {@code name.trim().toLowerCase()}): a test of
     * that copy is a test of the value. A {@code map} counts when its callback only calls text methods.
     */
    private static boolean inMemoryCopy(Val v, java.util.function.Predicate<Val> subject, int depth) {
        if (v == null || depth > 12) return false;
        if (subject.test(v)) return true;
        // ids ?? '': the value or a fixed fallback
        if (v instanceof OneOf o) {
            boolean any = false;
            for (Val x : o.options()) {
                if (inMemoryCopy(x, subject, depth + 1)) any = true;
                else if (!(x instanceof Lit || x instanceof Global g && g.name().equals("undefined") && g.path().isEmpty())) return false;
            }
            return any;
        }
        if (!(v instanceof Call c) || !COPYING_METHODS.contains(String.valueOf(Vals.lastName(c.callee())))) return false;
        for (Val a : c.args()) {
            if (Vals.anyPart(a, subject)) return false;
            if (a instanceof FnVal cb) {
                List<Fn> inside = new ArrayList<>();
                collect(cb.fn(), inside, 0);
                for (Fn x : inside) for (CallSite in : x.calls()) if (!TEXT_METHODS.contains(String.valueOf(in.methodName()))) return false;
            }
        }
        return inMemoryCopy(receiver(c.callee()), subject, depth + 1);
    }

    /** Object-literal methods reached through a factory's returned object: {@code this.x()} inside them is that object's x. */
    private IdentityHashMap<Fn, Project.FnRef[]> factoryThis = new IdentityHashMap<>();
    private IdentityHashMap<Fn, Obj> factoryObj = new IdentityHashMap<>();

    /**
     * The project function a call runs, for following a lookup key: {@link #resolveCallee}, else a method of the object
     * a project factory returns ({@code require('./models/articles')(knex).update(...)}, {@code module.exports = (knex)
     * => ({ update })}), or a sibling method called through {@code this} inside such an object.
     */
    private Project.FnRef keyCallee(Val callee, FileFacts file, Fn caller) {
        Project.FnRef direct = resolveCallee(callee, file, caller);
        if (direct != null) return direct;
        // getAccess({ userId, projectId }) with getAccess = cacheable('k', async ({ userId, projectId }) => ...): where the key goes
        Project.FnRef wrapped = project.wrappedFunction(callee, file);
        if (wrapped != null) return wrapped;
        // verifyFileExists(fileId, new FilesService(db)) => filesService.get(fileId): a method of what the caller handed over
        Project.FnRef handed = handedMethod(callee, caller);
        if (handed != null) return handed;
        Val aliased = aliasFallback(callee, file);
        if (aliased != null) {
            try {
                Project.FnRef f = project.function(aliased, file);
                if (f != null) return f;
            } catch (RuntimeException e) {
                // fall through
            }
        }
        try {
            String method = Vals.lastName(callee);
            if (method == null) return null;
            // const Memory = { validations: { id: (v) => toInt(v) }, update(id) { ... this.validations.id(id) } }: a method
            // of the file-level object literal the calling method belongs to
            // (this.get(clause) in a sibling method of the same object: const Workspace = { get(clause) {...}, getWithUser() {...} })
            if (callee instanceof This t && t.path().size() >= 1 && file != null && caller != null && factoryObj.get(caller) == null) {
                Project.FnRef owned = ownedMethod(t, method, file, caller);
                if (owned != null) return owned;
            }
            if (callee instanceof This t && t.path().size() == 1) {
                Obj o = factoryObj.get(caller);
                Project.FnRef[] at = factoryThis.get(caller);
                return o == null || at == null ? null : objectMethod(o, method, at[0].file());
            }
            Val recv = receiver(callee);
            if (recv == null) return null;
            // Hono: c.var.h.deleteItem(...), c.get('h').deleteItem(...): what a middleware of the file set with c.set('h', ...)
            Val set = honoVar(recv, file);
            if (set != null) return madeMethod(set, file, method);
            Project.Resolved r = project.resolve(recv, file);
            return madeMethod(r.val(), r.file(), method);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The result of {@code made} is used in {@code f} only inside the arguments of a {@code new ...Error(...)}. */
    private static boolean onlyInErrorText(Fn f, CallSite made) {
        java.util.function.Predicate<Val> result = v -> v instanceof Call c && c.callee().equals(made.callee()) && c.args().equals(made.args());
        boolean inError = false;
        for (CallSite cs : f.calls()) {
            if (cs == made) continue;
            boolean has = cs.args().stream().anyMatch(a -> Vals.anyPart(a, result));
            if (!has) continue;
            String n = cs.methodName();
            if (!cs.isNew() || n == null || !n.matches("([A-Z]\\w*)?(Exception|Error)")) return false;
            inError = true;
        }
        for (Val r : f.returns()) if (Vals.anyPart(r, result)) return false;
        for (Fn.Write w : f.writes()) if (Vals.anyPart(w.value(), result)) return false;
        return inError;
    }

    /** {@code this.a.b} called in a method of a file-level object literal: {@code b} of that object's {@code a}, or null. */
    private Project.FnRef ownedMethod(This t, String method, FileFacts file, Fn caller) {
        Obj owner = null;
        for (Val sv : file.symbols().values()) {
            if (sv instanceof Obj o && o.props().values().stream().anyMatch(x -> x instanceof FnVal fv && fv.fn() == caller)) {
                owner = o;
                break;
            }
        }
        if (owner == null) return null;
        Val v = owner;
        for (int k = 0; k < t.path().size() - 1; k++) {
            if (!(v instanceof Obj o)) return null;
            Val next = o.props().get(t.path().get(k));
            if (next == null) return null;
            v = project.resolve(next, file).val();
        }
        if (!(v instanceof Obj o) || !o.props().containsKey(method)) return null;
        return project.function(o.props().get(method), file);
    }

    /** A constructor that writes its parameter {@code index} into a field inside built text. */
    private boolean builtIntoField(Val callee, FileFacts file, Fn ctor, int index) {
        List<Val> values = new ArrayList<>();
        for (Fn.Write w : ctor.writes()) values.add(w.value());
        // this.location = '/exports/' + id: the fields a constructor assigns are the class's properties with that value
        Project.ClassHit hit = project.classOf(callee, file);
        if (hit != null) for (ClassInfo.Prop p : hit.info().props()) if (p.value() != null) values.add(p.value());
        for (Val v : values) {
            List<Occurrence> occs = new ArrayList<>();
            occurrences(v, x -> x instanceof Param p && p.index() == index, new ArrayList<>(), false, occs, 0);
            for (Occurrence oc : occs) if (oc.inString()) return true;
        }
        return false;
    }

    /** The declared constructor of the project class {@code new callee(...)} builds, or null. */
    private Project.FnRef constructorOf(Val callee, FileFacts file) {
        try {
            Project.ClassHit hit = project.classOf(callee, file);
            Fn ctor = hit == null || hit.file() == null ? null : hit.info().method("constructor");
            return ctor == null ? null : new Project.FnRef(ctor, hit.file());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A method of what {@code made} builds: a project factory's returned object or class instance, or a new project class. */
    private Project.FnRef madeMethod(Val made, FileFacts file, String method) {
        return madeMethod(made, file, method, null, 0);
    }

    /**
     * {@code caller}: the factory whose body makes {@code made} (null at the call site); a factory that returns what
     * another factory makes (resolveHandler(c) { ...; return newHandler(userUc, subscriptionUc) }) is followed a few
     * factories deep, each one's parameters bound to what the one before hands it.
     */
    private Project.FnRef madeMethod(Val made, FileFacts file, String method, Fn caller, int depth) {
        if (made instanceof New n) {
            Project.ClassHit hit = project.classOf(n.callee(), file);
            Fn m = hit == null ? null : hit.info().method(method);
            return m == null ? null : new Project.FnRef(m, hit.file());
        }
        if (!(made instanceof Call c)) return null;
        Project.FnRef factory = project.function(c.callee(), file);
        if (factory == null) return null;
        // newHandler(uc) => ({ remove: remove(uc) }): the factory's parameters are what this call hands it
        actuals.put(factory.fn(), new Object[]{c.args(), file, caller});
        nesting(factory.fn(), 0);
        for (Val ret : factory.fn().returns()) {
            Project.Resolved rr = project.resolve(ret, factory.file());
            if (rr.val() instanceof Obj o) {
                Project.FnRef m = objectMethod(o, method, rr.file(), factory.fn());
                if (m != null) return m;
            } else if (rr.val() instanceof New n) {
                Project.ClassHit hit = project.classOf(n.callee(), rr.file());
                Fn m = hit == null ? null : hit.info().method(method);
                if (m != null) return new Project.FnRef(m, hit.file());
            } else if (rr.val() instanceof Call inner && depth < 3) {
                Project.FnRef m = madeMethod(inner, rr.file(), method, factory.fn(), depth + 1);
                if (m != null) return m;
            }
        }
        return null;
    }

    /** The functions each nested function sits in (for parameters of an enclosing function used by a closure). */
    private IdentityHashMap<Fn, Fn> enclosing = new IdentityHashMap<>();

    private void nesting(Fn outer, int depth) {
        if (depth > 4) return;
        for (Fn n : outer.nested()) {
            enclosing.putIfAbsent(n, outer);
            nesting(n, depth + 1);
        }
    }

    /**
     * Hono: the value a middleware in {@code file} stores with {@code c.set('name', value)}, for a receiver
     * {@code c.var.name} or {@code c.get('name')}; null when it is neither or no single such set is found.
     */
    private Val honoVar(Val recv, FileFacts file) {
        String name = null;
        if (recv instanceof Param p && p.path().size() == 2 && p.path().get(0).equals("var")) name = p.path().get(1);
        else if (recv instanceof Call c && c.args().size() == 1 && c.callee() instanceof Param p && p.path().size() == 1
                && p.path().get(0).equals("get")) name = Val.constString(c.args().get(0));
        if (name == null || file == null) return null;
        Val found = null;
        for (Fn f : functions(file)) {
            for (CallSite cs : f.calls()) {
                if (cs.args().size() != 2 || !(cs.callee() instanceof Param p) || !p.path().equals(List.of("set"))) continue;
                if (!name.equals(Val.constString(cs.arg(0)))) continue;
                if (found != null && !found.equals(cs.arg(1))) return null;
                found = cs.arg(1);
            }
        }
        return found;
    }

    /** The arguments (and their file) of the call a lookup key was last followed through into each function. */
    private IdentityHashMap<Fn, Object[]> actuals = new IdentityHashMap<>();

    /**
     * A method called on a parameter ({@code service.get(id)}) whose argument, at the call the key came through, is a new
     * instance of a project class ({@code new FilesService(db)}): that class's method.
     */
    private Project.FnRef handedMethod(Val callee, Fn caller) {
        if (!(callee instanceof Param p) || p.path().size() != 1 || caller == null) return null;
        try {
            Object[] v = handedValue(new Param(p.index(), p.name(), List.of()), caller, 0);
            return v == null ? null : madeMethod((Val) v[0], (FileFacts) v[1], p.path().get(0));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What parameter {@code p} of {@code in} (or of a function enclosing it) was handed at the call a key came through:
     * the argument and its file, followed through the caller's own parameters; null when unknown.
     */
    @SuppressWarnings("unchecked")
    private Object[] handedValue(Param p, Fn in, int depth) {
        if (depth > 6 || in == null) return null;
        Fn f = in;
        for (int up = 0; f != null && up < 6; up++, f = enclosing.get(f)) {
            if (p.index() >= f.params().size() || !p.name().equals(f.params().get(p.index()).name())) continue;
            Object[] a = actuals.get(f);
            if (a == null) return null;
            List<Val> args = (List<Val>) a[0];
            if (p.index() >= args.size()) return null;
            Project.Resolved r = project.resolve(args.get(p.index()), (FileFacts) a[1]);
            if (r.val() instanceof Param q && q.path().isEmpty()) return handedValue(q, (Fn) a[2], depth + 1);
            return new Object[]{r.val(), r.file()};
        }
        return null;
    }

    /**
     * {@code import { x } from '@/handler/x'} in a tree whose tsconfig (with its paths) is not in the repository: the
     * alias names the source folder by convention ({@code src/} beside the package, else the package folder). The same
     * reference with a relative specifier to the file it finds there, or null.
     */
    private Val aliasFallback(Val callee, FileFacts file) {
        if (!(callee instanceof Ref r) || r.module() == null || file == null || !(r.module().startsWith("@/") || r.module().startsWith("~/"))) return null;
        try {
            if (project.resolveModule(file.path(), r.module()) != null) return null;
            String rest = r.module().substring(2);
            String dir = file.path();
            for (int slash = dir.lastIndexOf('/'); ; slash = dir.lastIndexOf('/')) {
                dir = slash < 0 ? "" : dir.substring(0, slash);
                for (String base : List.of(dir.isEmpty() ? "src/" : dir + "/src/", dir.isEmpty() ? "" : dir + "/")) {
                    String cand = base + rest;
                    for (String ext : List.of(".ts", ".tsx", ".js", ".mjs", ".cjs", "/index.ts", "/index.js")) {
                        if (!project.files().containsKey(cand + ext)) continue;
                        String from = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/')) : "";
                        String rel = java.nio.file.Path.of(from.isEmpty() ? "." : from).relativize(java.nio.file.Path.of(cand)).toString()
                                .replace('\\', '/');
                        return new Ref(rel.startsWith(".") ? rel : "./" + rel, r.export(), r.path());
                    }
                }
                if (slash < 0) return null;
            }
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Project.FnRef objectMethod(Obj o, String method, FileFacts file) {
        return objectMethod(o, method, file, null);
    }

    private Project.FnRef objectMethod(Obj o, String method, FileFacts file, Fn owner) {
        Val mv = o.props().get(method);
        Project.FnRef m = mv == null ? null : project.function(mv, file);
        if (m == null && mv instanceof Call pc) {
            // { remove: remove(repo) } with function remove(repo) { return async (id) => ... }: the function it returns,
            // whose closure sees the arguments of this call
            Project.FnRef made = project.function(pc.callee(), file);
            if (made != null) {
                for (Val ret : made.fn().returns()) {
                    Project.FnRef inner = ret instanceof FnVal ? project.function(ret, made.file()) : null;
                    if (inner == null || !made.fn().nested().contains(inner.fn())) continue;
                    actuals.put(made.fn(), new Object[]{pc.args(), file, owner});
                    nesting(made.fn(), 0);
                    return inner;
                }
            }
        }
        if (m != null) {
            factoryObj.put(m.fn(), o);
            factoryThis.put(m.fn(), new Project.FnRef[]{m});
            for (Fn n : m.fn().nested()) {
                factoryObj.putIfAbsent(n, o);
                factoryThis.putIfAbsent(n, new Project.FnRef[]{m});
            }
        }
        return m;
    }

    /**
     * Text that starts with a fixed origin and path before {@code subject}: a literal path of its own ("/users/" + id,
     * not "/" + id, which may become //evil.example), an absolute URL with its host, or an env value followed by a path.
     */
    private static boolean fixedPrefix(Val v, java.util.function.Predicate<Val> subject) {
        String lit = null;
        if (v instanceof Tpl t) {
            if (!t.quasis().isEmpty() && !t.quasis().get(0).isEmpty()) lit = t.quasis().get(0);
            else if (!t.holes().isEmpty() && t.holes().get(0) instanceof Global g && g.name().equals("process")
                    && t.quasis().size() > 1 && t.quasis().get(1).startsWith("/")) return true;
        } else if (v instanceof Concat c && !c.parts().isEmpty()) {
            Val first = c.parts().get(0);
            if (first instanceof Lit l && l.value() instanceof String str) lit = str;
            else if (first instanceof Global g && g.name().equals("process") && c.parts().size() > 1
                    && c.parts().get(1) instanceof Lit l2 && l2.value() instanceof String s2 && s2.startsWith("/")) return true;
        }
        if (lit == null) return false;
        if (lit.matches("https?://[^/?#]+/.*")) return true;
        return lit.length() >= 2 && lit.startsWith("/") && lit.charAt(1) != '/' && lit.charAt(1) != '\\';
    }

    private KeyUse paramKeyUse(Project.FnRef target, int index, List<String> path, int depth, boolean strict, boolean number, boolean dated,
                               boolean answered) {
        String key = (strict ? "L" : "") + (number ? "N" : "") + (dated ? "D" : "") + (answered ? "A" : "") + index + ":" + String.join(".", path);
        // a helper that binds a list its caller built beside the caller's text (see boundCallerList) answers per call
        Object[] handed = strict && bindsHandedList(target.fn()) ? actuals.get(target.fn()) : null;
        if (handed != null) key += "@" + System.identityHashCode(handed[0]);
        Map<String, KeyUse> m = keyMemo.computeIfAbsent(target.fn(), k -> new HashMap<>());
        KeyUse known = m.get(key);
        if (known != null) return known;
        // recursion (maskData(value, seen) inside maskData): the call does again what this walk finds; until it is known, the
        // value's way is lost there (not key-only, nothing seen), so the other uses decide whether it is seen
        m.put(key, new KeyUse(false, null, null, null, Set.of(), false));
        String name = target.fn().params().get(index).name();
        // params.length counts the values, it does not carry one
        KeyUse r = keyUse(target.fn(), target.file(), v -> v instanceof Param p && p.index() == index && p.name().equals(name)
                && !(p.path().size() == 1 && p.path().get(0).equals("length"))
                // fn({ password: id, salt }) → createHmac(alg, salt): another field of the object handed over is not the value
                && (path.isEmpty() || p.path().isEmpty() || p.path().get(0).equals(path.get(0))), path, depth, strict, number, dated, answered);
        // review.title = data.title?.trim(): the facts keep an assignment's place, not its value; one whose text names the
        // value stores it in the object assigned to (a loaded record then saved), whatever else looks it up
        if (strict && r.keyOnly()) {
            Location stored = assignedFrom(target, name, path);
            if (stored != null) r = new KeyUse(false, null, stored);
        }
        m.put(key, r);
        return r;
    }

    /**
     * {@code fn} returns the answer of call {@code cs} as it is ({@code return this.reports.golf(tenantId, from, to)}, also
     * awaited): what the callee returns goes where fn's own answer goes.
     */
    private static boolean returnedAsIs(Fn fn, CallSite cs) {
        if (cs.location() == null) return false;
        for (Val r : fn.returns()) if (r instanceof Call c && cs.location().equals(c.site())) return true;
        return false;
    }

    /** {@code .includes(}, {@code .has(}, {@code .indexOf(} right after a name: a test of membership in it, answering a boolean or an index. */
    private static final java.util.regex.Pattern MEMBERSHIP_TEST = java.util.regex.Pattern.compile("\\s*\\??\\.\\s*(includes|has|indexOf)\\s*\\(");

    /** An assignment in {@code target} (or a function nested in it) whose text reads {@code name.path[0]} (or {@code name}). */
    private Location assignedFrom(Project.FnRef target, String name, List<String> path) {
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*") || target.fn().location() == null) return null;
        List<Fn> all = new ArrayList<>();
        collect(target.fn(), all, 0);
        String at = path.isEmpty() ? "" : "\\s*\\??\\.\\s*" + java.util.regex.Pattern.quote(path.get(0)) + "(?![\\w$])";
        java.util.regex.Pattern read = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(name) + (path.isEmpty() ? "(?![\\w$])" : at));
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, target.fn().location().path());
        for (Fn f : all) {
            for (Location mu : f.mutations()) {
                if (mu == null || mu.line() < 1 || mu.endLine() > lines.size()) continue;
                String text = String.join("\n", lines.subList(mu.line() - 1, mu.endLine()));
                int eq = text.indexOf('=', Math.max(0, mu.line() == mu.endLine() ? mu.column() - 1 : 0));
                // the value side only: what comes after the assignment's '='; a membership test of the value
                // (m.groups = m.groups.filter((g) => !ids.includes(g.id))) answers a boolean and keeps none of it
                if (eq < 0) continue;
                String value = text.substring(eq + 1);
                java.util.regex.Matcher rm = read.matcher(value);
                while (rm.find()) {
                    if (!MEMBERSHIP_TEST.matcher(value.substring(rm.end())).lookingAt()) return mu;
                }
            }
        }
        return null;
    }

    /** String methods whose result is the text they are called on, changed. */
    private static final Set<String> TEXT_METHODS = Set.of("replace", "replaceAll", "trim", "trimStart", "trimEnd",
            "toLowerCase", "toUpperCase", "normalize", "slice", "substring");

    /**
     * Parameter {@code index} of {@code target} is only handed back, as it is or changed by a string method
     * ({@code return str.replace(/[%_]/g, '\\$&')}): no call, write or other return takes it.
     */
    /**
     * Parameter {@code index} of {@code target} goes only into log lines ({@code console.log(`${this.prefix} ${text}`)}):
     * no other call, write or return takes it.
     */
    private static boolean logOnly(Project.FnRef target, int index) {
        if (target == null || index >= target.fn().params().size()) return false;
        Fn fn = target.fn();
        String name = fn.params().get(index).name();
        java.util.function.Predicate<Val> param = v -> v instanceof Param p && p.index() == index && p.name().equals(name);
        boolean logged = false;
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            for (Val r : f.returns()) if (Vals.anyPart(r, param)) return false;
            for (Fn.Write w : f.writes()) {
                if (Vals.anyPart(w.value(), param)) return false;
                for (Val k : w.keys()) if (Vals.anyPart(k, param)) return false;
            }
            for (CallSite cs : f.calls()) {
                if (Vals.anyPart(cs.callee(), param)) return false;
                for (Val a : cs.args()) {
                    if (!Vals.anyPart(a, param)) continue;
                    if (!LOG_LINE.contains(String.valueOf(cs.methodName())) || !logger(cs.callee())) return false;
                    logged = true;
                }
            }
        }
        return logged;
    }

    /**
     * {@code target} answers something computed from parameter {@code index}: a return of it, of text or a list made of it, or
     * of a local (a value the function computed step by step, {@code let out = fold(v); ... return out}).
     */
    private static boolean computesFrom(Project.FnRef target, int index) {
        Fn fn = target.fn();
        if (index >= fn.params().size()) return false;
        String name = fn.params().get(index).name();
        for (Val r : fn.returns()) {
            if (r instanceof Local || Vals.anyPartDeep(r, x -> x instanceof Param p && p.index() == index && p.name().equals(name), 200)) return true;
        }
        return false;
    }

    /**
     * A return of the parameter as it came, its text through a text method (param.trim()), or the first item of it
     * (param[0] of a string-or-list parameter).
     */
    private static boolean handedBack(Val r, int index, String name, java.util.function.Predicate<Val> param) {
        if (param.test(r)) return true;
        if (r instanceof Param p && p.index() == index && p.name().equals(name) && p.path().equals(List.of("0"))) return true;
        return r instanceof Call c && c.callee() instanceof Param p && p.index() == index && p.name().equals(name)
                && p.path().size() == 1 && TEXT_METHODS.contains(p.path().get(0)) && c.args().stream().noneMatch(a -> Vals.anyPart(a, param));
    }

    private static boolean textPassThrough(Project.FnRef target, int index) {
        Fn fn = target.fn();
        if (index >= fn.params().size()) return false;
        String name = fn.params().get(index).name();
        java.util.function.Predicate<Val> param = v -> v instanceof Param p && p.index() == index && p.name().equals(name) && p.path().isEmpty();
        boolean handedBack = false;
        for (Val r : fn.returns()) {
            if (handedBack(r, index, name, param)) {
                handedBack = true;
                continue;
            }
            // (param || '', Array.isArray(param) ? param[0] : param: the value, its first item, or a constant in its place)
            if (r instanceof OneOf o && !o.options().isEmpty() && o.options().stream().allMatch(x -> x instanceof Lit || handedBack(x, index, name, param))
                    && o.options().stream().anyMatch(x -> !(x instanceof Lit))) {
                handedBack = true;
                continue;
            }
            if (Vals.anyPart(r, x -> x instanceof Param p && p.index() == index && p.name().equals(name))) return false;
        }
        if (!handedBack) return false;
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                // Array.isArray(param): a test of its shape, the value goes nowhere
                if (cs.callee() instanceof Global g && g.name().equals("Array") && g.path().equals(List.of("isArray"))) continue;
                for (Val a : cs.args()) if (Vals.anyPart(a, param)) return false;
            }
            for (Fn.Write w : f.writes()) if (Vals.anyPart(w.value(), param)) return false;
            if (f != fn) for (Val r : f.returns()) if (Vals.anyPart(r, param)) return false;
        }
        return true;
    }

    /**
     * A choice on the way to {@code subject} in {@code v} ({@code x ? { x } : {}}, {@code x ?? undefined}) has an option
     * that leaves the filter out (an object without it, or undefined).
     */
    private static boolean optionalFilter(Val v, java.util.function.Predicate<Val> subject) {
        return optionalFilter(v, subject, 0);
    }

    private static boolean optionalFilter(Val v, java.util.function.Predicate<Val> subject, int depth) {
        if (v == null || depth > 12 || subject.test(v)) return false;
        if (v instanceof OneOf o) {
            boolean with = false, without = false;
            for (Val x : o.options()) {
                List<Occurrence> occs = new ArrayList<>();
                occurrences(x, subject, new ArrayList<>(), false, occs, 0);
                // {} or undefined leaves the filter out; '' or null in its place is a filter of its own (token = '')
                if (occs.isEmpty()) without |= x instanceof Obj || x instanceof Global g && g.name().equals("undefined") && g.path().isEmpty();
                else with = true;
            }
            if (with && without) return true;
            for (Val x : o.options()) if (optionalFilter(x, subject, depth + 1)) return true;
            return false;
        }
        if (v instanceof Obj o) {
            for (Val x : o.props().values()) if (optionalFilter(x, subject, depth + 1)) return true;
        } else if (v instanceof Arr a) {
            for (Val x : a.items()) if (optionalFilter(x, subject, depth + 1)) return true;
        }
        return false;
    }

    /** Collects where {@code subject} occurs in {@code v}: the object keys on the way, and whether inside built text. */
    /** {@code converted}: reached through a conversion (String(x), Number(x), x.trim()), so a scalar whatever x was. */
    /** {@code numeric}: the value sits inside a conversion to a number (Number(x), parseInt(x)). */
    /** The occurrence is the parameter as the caller handed it over (whole, or at the keys it sat under). */
    private static boolean heldAsHanded(Occurrence oc, List<String> within) {
        return oc.value() instanceof Param p && (p.path().isEmpty() || p.path().equals(within));
    }

    /**
     * {@code where.createdAt[Op.gte] = new Date(from)}: a write under a Sequelize comparison operator whose value holds
     * {@code subject} only inside Dates made of it (or not at all), and no key made of it.
     */
    public static boolean datedComparison(Fn.Write w, java.util.function.Predicate<Val> subject) {
        if (w.keys().stream().anyMatch(k -> Vals.anyPart(k, subject)) || w.keys().stream().noneMatch(Analysis::sequelizeComparison)) return false;
        List<Occurrence> occs = new ArrayList<>();
        occurrences(w.value(), subject, new ArrayList<>(), false, occs, 0);
        return !occs.isEmpty() && occs.stream().allMatch(Occurrence::dated);
    }

    /** A Sequelize operator key ({@code [Op.gte]}) other than a pattern one: what sits under it is compared in a where. */
    private static boolean sequelizeComparison(Val key) {
        if (!(key instanceof Ref r)) return false;
        String op = dev.backcheck.concepts.SequelizeOperators.key(r.module(), r.export(), r.path());
        return op != null && !dev.backcheck.concepts.SequelizeOperators.runsValue(op);
    }

    private record Occurrence(List<String> keys, boolean inString, Val value, boolean converted, boolean numeric, boolean dated) { }

    private static void occurrences(Val v, java.util.function.Predicate<Val> subject, List<String> keys, boolean inString,
                                    List<Occurrence> out, int depth) {
        occurrences(v, subject, keys, inString, false, false, false, out, depth);
    }

    private static void occurrences(Val v, java.util.function.Predicate<Val> subject, List<String> keys, boolean inString,
                                    boolean converted, boolean numeric, List<Occurrence> out, int depth) {
        occurrences(v, subject, keys, inString, converted, numeric, false, out, depth);
    }

    /** {@code dated}: the value sits inside a {@code new Date(..)} made of it (a Date, Invalid Date at worst). */
    private static void occurrences(Val v, java.util.function.Predicate<Val> subject, List<String> keys, boolean inString,
                                    boolean converted, boolean numeric, boolean dated, List<Occurrence> out, int depth) {
        if (v == null || depth > 24 || out.size() > 32) return;
        if (subject.test(v)) {
            out.add(new Occurrence(List.copyOf(keys), inString, v, converted, numeric, dated));
            return;
        }
        if (v instanceof Obj o) {
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                List<String> k2 = new ArrayList<>(keys);
                if (!e.getKey().startsWith("...")) k2.add(e.getKey());
                occurrences(e.getValue(), subject, k2, inString, converted, numeric, dated, out, depth + 1);
            }
        } else if (v instanceof Arr a) {
            for (Val x : a.items()) occurrences(x, subject, keys, inString, converted, numeric, dated, out, depth + 1);
        } else if (v instanceof OneOf o) {
            for (Val x : o.options()) occurrences(x, subject, keys, inString, converted, numeric, dated, out, depth + 1);
        } else if (v instanceof Tpl t) {
            for (Val x : t.holes()) occurrences(x, subject, keys, true, converted, numeric, dated, out, depth + 1);
        } else if (v instanceof Concat c) {
            for (Val x : c.parts()) occurrences(x, subject, keys, true, converted, numeric, dated, out, depth + 1);
        } else if (v instanceof Call c && CONVERSIONS.contains(String.valueOf(Vals.lastName(c.callee())))) {
            Val recv = receiver(c.callee());
            if (recv != null) occurrences(recv, subject, keys, inString, true, numeric, dated, out, depth + 1);
            boolean toNumber = numeric || c.callee() instanceof Global ng && NUMBER_CONVERSIONS.contains(Vals.lastName(c.callee()))
                    && (ng.path().isEmpty() || ng.name().equals("Number"));
            for (Val x : c.args()) occurrences(x, subject, keys, inString, true, toNumber, dated, out, depth + 1);
        } else if (v instanceof Call c && dateMade(c) != null) {
            // new Date(from).toISOString().slice(0, 10): text made from a date, in a fixed format
            for (Val x : dateMade(c)) occurrences(x, subject, keys, inString, true, numeric, false, out, depth + 1);
        } else if (v instanceof Member mb && mb.object() instanceof Call mc && dateMade(mc) != null) {
            // new Date(from).toISOString().split('T')[0]: a piece of that text
            for (Val x : dateMade(mc)) occurrences(x, subject, keys, inString, true, numeric, false, out, depth + 1);
        } else if (v instanceof Call c && boundItems(c) != null) {
            // params.slice(0, -2): the items it keeps
            for (Val x : boundItems(c)) occurrences(x, subject, keys, inString, converted, numeric, dated, out, depth + 1);
        } else if (v instanceof New n && ("ObjectId".equals(Vals.lastName(n.callee())) || dateClass(n.callee()))) {
            // new ObjectId(id), new Date(from): a value of its own type whatever was sent (an invalid one throws or is
            // Invalid Date, whose text is fixed)
            for (Val x : n.args()) occurrences(x, subject, keys, inString, true, numeric, dated || dateClass(n.callee()), out, depth + 1);
        } else if (v instanceof Member mb && objectRead(mb) != null) {
            // for (const [k, value] of Object.entries(ctx)): an item of what Object.entries read carries the value
            for (Val x : objectRead(mb).args()) occurrences(x, subject, keys, inString, converted, numeric, dated, out, depth + 1);
        } else if (v instanceof Req q && !q.path().isEmpty() && CONVERSIONS.contains(q.path().get(q.path().size() - 1))) {
            // req.params.id.toString as a callee
            occurrences(new Req(q.part(), q.path().subList(0, q.path().size() - 1)), subject, keys, inString, true, numeric, dated, out, depth + 1);
        }
    }

    /**
     * The arguments of the {@code new Date(...)} a chain of calls starts from ({@code new Date(x).toISOString().slice(0, 10)}),
     * or of each one when the chain starts from a choice of dates ({@code (x ? new Date(x) : new Date()).toISOString()}); null
     * when it does not start from dates.
     */
    private static List<Val> dateMade(Call c) {
        Val r = receiver(c.callee());
        for (int i = 0; i < 6 && r instanceof Call rc; i++) r = receiver(rc.callee());
        List<Val> args = new ArrayList<>();
        for (Val d : r instanceof OneOf o ? o.options() : r == null ? List.<Val>of() : List.of(r)) {
            if (!(d instanceof New n && dateClass(n.callee()))) return null;
            args.addAll(n.args());
        }
        return args.isEmpty() && !(r instanceof New) && !(r instanceof OneOf) ? null : args;
    }

    /** The global {@code Date} class. */
    private static boolean dateClass(Val callee) {
        return callee instanceof Global g && g.name().equals("Date") && g.path().isEmpty();
    }

    /** Modules whose {@code escape(value)} quotes a value as one SQL literal. */
    private static final Set<String> SQL_ESCAPERS = Set.of("sqlstring", "mysql", "mysql2", "mysql2/promise");

    private static final Set<String> OBJECT_READERS = Set.of("entries", "values", "keys");
    /** A schema library's check of a value. */
    private static final Set<String> SCHEMA_CALLS = Set.of("parse", "safeParse", "parseAsync", "safeParseAsync", "validate",
            "validateSync", "validateAsync", "is", "assert", "check");

    /** {@code Object.entries}, {@code Object.values}, {@code Object.keys}: read an object's entries, hand them nowhere. */
    private static boolean objectReader(Val callee) {
        return callee instanceof Global g && g.name().equals("Object") && g.path().size() == 1 && OBJECT_READERS.contains(g.path().get(0));
    }

    /** The {@code Object.entries(x)} call an item path ({@code Object.entries(x)[*][1]}) starts from, or null. */
    private static Call objectRead(Member m) {
        Val v = m;
        for (int i = 0; i < 8 && v instanceof Member mm; i++) v = mm.object();
        return v instanceof Call c && objectReader(c.callee()) ? c : null;
    }

    private boolean stripeSdk(CallSite cs, FileFacts file) {
        if ("stripe".equals(rootOf(cs, file))) return true;
        // this.stripe.checkout.sessions.retrieve(id): a client held in a field named for the SDK
        return cs.callee() instanceof This t && t.path().size() >= 2 && t.path().get(0).equalsIgnoreCase("stripe")
                && project.dependsOn("stripe");
    }

    private String rootOf(CallSite cs, FileFacts file) {
        try {
            return project.rootModule(cs.callee(), file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A tagged template whose tag is a client of a library that binds every hole as a parameter, whatever the local is
     * called: postgres.js ({@code const db = postgres(url); db`... ${id}`}), Neon's and Vercel's {@code sql} tags, also
     * when a project function makes the client ({@code const sql = getDb(c)} with {@code return postgres(..)}).
     */
    private boolean sqlTagClient(CallSite cs, FileFacts file, Fn fn) {
        if (!(cs.arg(0) instanceof Unknown u) || !u.kind().equals("tagged-template")) return false;
        String root = rootOf(cs, file);
        if (root != null) return SQL_TAG_MODULES.contains(root);
        Val tag = cs.callee();
        try {
            tag = project.resolve(tag, file).val();
        } catch (RuntimeException e) {
            return false;
        }
        if (!(tag instanceof Call made)) return false;
        Project.FnRef t;
        try {
            t = resolveCallee(made.callee(), file, fn);
        } catch (RuntimeException e) {
            return false;
        }
        if (t == null || t.file() == null || t.fn().returns().isEmpty()) return false;
        for (Val r : t.fn().returns()) {
            String rr;
            try {
                rr = r instanceof Call rc ? project.rootModule(rc.callee(), t.file()) : null;
            } catch (RuntimeException e) {
                rr = null;
            }
            if (rr == null || !SQL_TAG_MODULES.contains(rr)) return false;
        }
        return true;
    }

    /**
     * Every hole of the tagged template {@code cs} that holds {@code v} follows a WHERE of the text with no SET or VALUES
     * after it: the value is a bound lookup key ({@code WHERE id = ${id}}), not a value written ({@code SET name = ${name}}).
     */
    private static boolean whereHole(CallSite cs, Val v) {
        if (v == null || cs.args().size() < 2 || !(cs.arg(1) instanceof Tpl t)) return false;
        StringBuilder text = new StringBuilder();
        boolean any = false;
        for (int j = 0; j < t.holes().size() && j < t.quasis().size(); j++) {
            text.append(t.quasis().get(j).toUpperCase(Locale.ROOT));
            if (!Vals.anyPart(t.holes().get(j), x -> x.equals(v))) continue;
            any = true;
            int where = text.lastIndexOf("WHERE");
            int write = Math.max(text.lastIndexOf(" SET "), Math.max(text.lastIndexOf("VALUES"), text.lastIndexOf("\nSET ")));
            if (where < 0 || write > where) return false;
        }
        return any;
    }

    private static final Set<String> SQL_TAG_MODULES = Set.of("postgres", "@neondatabase/serverless", "@vercel/postgres", "slonik");

    private static boolean isKeyPosition(CallSite cs, String m, int i, List<String> kp, boolean inString, boolean stripeCall, boolean ts,
                                         boolean strict) {
        if (m == null) return false;
        if (inString) {
            // sql`... ${id}`: a tagged template binds its holes
            return cs.arg(0) instanceof Unknown u && u.kind().equals("tagged-template")
                    && (m.toLowerCase(Locale.ROOT).contains("sql") || dev.backcheck.concepts.DbClients.prismaBoundTag(m));
        }
        // TypeORM's EntityManager takes the entity class first and the criteria second: manager.delete(Board, { id }),
        // tx.findOneBy(Board, { id }), update(Board, { id }, changes) (the third argument is written, see below)
        if (ts && i == 1 && cs.args().size() >= 2 && MANAGER_CRITERIA.contains(m) && entityClass(cs.arg(0))) {
            for (String k : kp) if (WRITE_KEYS.contains(k)) return false;
            return true;
        }
        // @clickhouse/client: query({ query: 'SELECT ... WHERE user_id = {userId:String}', query_params: { userId } }) binds
        // each value on the server by its typed placeholder; a free-form value inserted (INSERT ... VALUES) is written
        if (ts && i == 0 && kp.size() == 2 && kp.get(0).equals("query_params") && cs.arg(0) instanceof Obj qo) {
            Val text = qo.props().get("query");
            String sql = text instanceof Lit l && l.value() instanceof String str ? str
                    : text instanceof Tpl t ? String.join(" ", t.quasis()) : null;
            if (sql != null && sql.matches("(?is)\\s*(select|with)\\s.*")) return true;
            // a path id written beside other values is a reference to the record, as create({ data: { postId } }) is; the
            // text need not be known for that (query built by a project function): the value is bound either way
            return !strict && qo.props().containsKey("query");
        }
        // stored as a reference to another record: create({ data: { projectId } }), insert({ post: id }), push({ id })
        if (!strict && !kp.isEmpty() && STORE_METHODS.contains(m)) return true;
        // Prisma data: { friends: { connect: { id } } }: a relation to an existing record, found by its key
        if (strict && (kp.contains("connect") || kp.contains("disconnect")) && kp.get(kp.size() - 1).matches("(?i)id|\\w*_?id")) return true;
        if (strict && !kp.isEmpty() && STORE_METHODS.contains(m) && !kp.contains("where")) return false;
        // db.first('SELECT value FROM secrets WHERE name = ?', [name]): any call whose first argument is SQL text binds the rest
        if (ts && i >= 1 && cs.arg(0) instanceof Lit sl && sl.value() instanceof String st && SQL_TEXT.matcher(st).find()) return true;
        // include: { transactions: { where: { date: { gte: from } } } } of Prisma: the where filters the related rows that
        // are read with the record; only what comes after it says how the value is used
        List<String> used = kp;
        int w = kp.lastIndexOf("where");
        if (w > 0 && kp.subList(0, w).stream().allMatch(k -> k.equals("include") || k.equals("select") || !WRITE_KEYS.contains(k))) {
            used = kp.subList(w + 1, kp.size());
        }
        for (String k : used) if (WRITE_KEYS.contains(k)) return false;
        // { title: { $regex: search } }: the value is a pattern the database runs (wildcards, catastrophic backtracking),
        // $where and $function run it as code: not a key
        for (String k : kp) if (dev.backcheck.concepts.MongoOperators.runsValue(k) || dev.backcheck.concepts.SequelizeOperators.runsValue(k)) return false;
        if (kp.contains("where")) return true;
        // query builders: knex where({ id }) / where('id', id), drizzle eq(users.id, id)
        if (Set.of("where", "andWhere", "orWhere", "whereIn", "whereNot", "eq", "inArray").contains(m)) return true;
        // the other column comparisons of those builders: supabase-js/PostgREST neq('id', id), gt, in; drizzle ne(col, id)
        if (i == 1 && cs.args().size() == 2 && kp.isEmpty() && COLUMN_FILTERS.contains(m)) return true;
        if (kp.isEmpty() && DIRECT_KEY.contains(m)) return true;
        // stripe.customers.retrieve(id): the SDK encodes each path parameter into its request URL
        if (kp.isEmpty() && i == 0 && Set.of("retrieve", "del", "cancel", "capture", "listLineItems").contains(m) && stripeCall) return true;
        // TypeORM repository.update(id, changes) / Mongoose Model.updateOne(id ...): the id selects the row
        if (kp.isEmpty() && i == 0 && cs.args().size() >= 2 && (m.equals("update") || m.equals("replace"))) return true;
        // Mongoose / MongoDB distinct(field, filter): the filter is the second argument
        if (i == 1 && !kp.isEmpty() && m.equals("distinct") && cs.arg(0) instanceof Lit dl && dl.value() instanceof String) return true;
        if (i == 0 && !kp.isEmpty() && FILTER_ARG0.contains(m)) {
            // Sequelize update(values, { where }): the first argument is written, not matched
            if ((m.equals("update") || m.equals("updateOne")) && cs.arg(1) instanceof Obj o && o.props().containsKey("where")) return false;
            return true;
        }
        // Cloudflare D1 / better-sqlite3 style: db.prepare(`... WHERE id = ?`).bind(id, userId): every argument is bound
        // (better-sqlite3 binds the arguments of the statement's get/all/run/iterate the same way)
        if (ts && !strict && kp.isEmpty() && preparedStatement(cs, m) != null) return true;
        if (BOUND_SQL.contains(m)) {
            Val sql = cs.arg(0);
            boolean text = sql instanceof Lit || sql instanceof Tpl || sql instanceof Concat;
            if (i >= 1 && text) return true;                                   // query(sql, [id]) / get(sql, id)
            // @libsql/client execute({ sql, args: [id] }) (an InStatement): the args are bound to the text's placeholders
            if (i == 0 && !kp.isEmpty() && kp.get(0).equals("args") && sql instanceof Obj st && statementText(st.props().get("sql"))) return true;
            // a project wrapper query(text, params) => pool.query(text, params): the values still travel apart from the text
            // (the text rewritten on the way, sqliteQuery = text.replace(...)): the values still travel apart from the text
            if (strict) return false;
            if (ts && i >= 1 && kp.isEmpty() && sql != null && !(sql instanceof Obj) && !(sql instanceof Arr) && !(sql instanceof FnVal)
                    && !(sql instanceof Unknown)) return true;
            if (i == 0 && !kp.isEmpty() && kp.get(0).equals("values")) return true; // query({ text, values: [id] })
        }
        return false;
    }

    /** SQL text written in the code: a literal, a template or concatenation, or a choice of those (a clause added under an if). */
    private static boolean statementText(Val v) {
        if (v instanceof Lit l) return l.value() instanceof String;
        if (v instanceof Tpl || v instanceof Concat) return true;
        return v instanceof OneOf o && !o.options().isEmpty() && o.options().size() <= 8 && o.options().stream().allMatch(x -> x instanceof Lit
                || x instanceof Tpl || x instanceof Concat);
    }

    /**
     * Comparisons of a column with a value, the column named first: supabase-js (PostgREST) filters, drizzle operators,
     * knex's whereNotIn. The value is sent apart from the statement (a URL-encoded filter, a bound parameter).
     */
    private static final Set<String> COLUMN_FILTERS = Set.of("neq", "ne", "gt", "gte", "lt", "lte", "in", "notIn",
            "notInArray", "whereNotIn", "orWhereIn", "orWhereNot", "andWhereNot",
            // knex whereBetween('col', [from, to]): both ends are bound
            "whereBetween", "orWhereBetween", "andWhereBetween", "whereNotBetween", "orWhereNotBetween");

    /** Methods of a D1 / better-sqlite3 prepared statement that bind their arguments to its placeholders. */
    private static final Set<String> STATEMENT_METHODS = Set.of("bind", "get", "all", "run", "iterate");

    /** The {@code prepare(sql)} call that {@code cs} ({@code .bind(...)}, {@code .get(...)}, ...) is a statement method of, or null. */
    private static Call preparedStatement(CallSite cs, String m) {
        return m != null && STATEMENT_METHODS.contains(m) && cs.callee() instanceof Member bm && bm.object() instanceof Call pc
                && "prepare".equals(Vals.lastName(pc.callee())) ? pc : null;
    }

    /** EntityManager methods whose second argument selects rows when the first is the entity class. */
    /** TypeORM's find operators: the value they wrap is bound as a parameter of the where they sit in. */
    private static final Set<String> TYPEORM_FIND_OPERATORS = Set.of("In", "Not", "Equal", "Any", "Like", "ILike", "LessThan",
            "LessThanOrEqual", "MoreThan", "MoreThanOrEqual", "ArrayContains", "ArrayContainedBy", "ArrayOverlap");

    private static final Set<String> MANAGER_CRITERIA = Set.of("find", "findBy", "findOne", "findOneBy", "findOneOrFail",
            "findOneByOrFail", "findAndCount", "findAndCountBy", "count", "countBy", "exists", "existsBy", "delete",
            "softDelete", "restore", "update", "increment", "decrement");

    /** An entity class named as a value: an imported or file-level binding with a capitalised name and no member path. */
    private static boolean entityClass(Val v) {
        String name = v instanceof Ref r && r.path().isEmpty() ? r.export()
                : v instanceof Local l && l.path().isEmpty() ? l.name() : null;
        return name != null && name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** {@code fn} and the functions nested in it, four levels deep (callbacks, closures): where its body's facts are. */
    public static void collect(Fn fn, List<Fn> out, int depth) {
        out.add(fn);
        if (depth > 3) return;
        for (Fn n : fn.nested()) collect(n, out, depth + 1);
    }

    /**
     * For a value handed beside SQL text (query(sql, [a, b]), db.get(sql, a), prepare(sql).bind(a)): true when its placeholder
     * filters rows, false when it is written, null when the call carries no SQL text.
     */
    /**
     * The driver method a bound-parameter call ends in: {@code m} itself, or, for a project helper whose body hands its
     * SQL text and its values on as they are to one driver method ({@code query(sql, params)} calling
     * {@code pool.execute(sql, params)}), that method's name (what decides whether mysql2 reads an object as SQL; see
     * {@link dev.backcheck.concepts.DbClients#mysqlReads}). Two different methods, or none: {@code m}.
     */
    private String boundThrough(CallSite cs, String m, Fn caller, FileFacts file) {
        Project.FnRef t;
        try {
            t = resolveCallee(cs.callee(), file, caller);
        } catch (RuntimeException e) {
            return m;
        }
        if (t == null || t.fn() == caller || t.fn().params().size() < 2) return m;
        String through = null;
        for (CallSite c : t.fn().calls()) {
            if (c.args().size() < 2 || !(c.arg(0) instanceof Param p0) || p0.index() != 0 || !p0.path().isEmpty()
                    || !(c.arg(1) instanceof Param p1) || p1.index() != 1 || !p1.path().isEmpty()) continue;
            String cm = c.methodName();
            if (cm == null || through != null && !through.equals(cm)) return m;
            through = cm;
        }
        return through == null ? m : through;
    }

    private static Boolean boundSql(CallSite cs, String m, int i, java.util.function.Predicate<Val> subject) {
        if (m == null) return null;
        // @libsql/client execute({ sql, args }) (an InStatement): read as execute(sql, args), the args bound to the text's
        // placeholders in order
        Val text0 = i == 0 && cs.arg(0) instanceof Obj st ? st.props().get("sql") : null;
        Val args0 = i == 0 && cs.arg(0) instanceof Obj st ? st.props().get("args") : null;
        if (text0 != null && args0 != null && !(text0 instanceof Unknown)) {
            return boundSql(new CallSite(cs.callee(), List.of(text0, args0), cs.isNew(), cs.location(), cs.calleeLocation(), List.of(),
                    cs.awaited(), cs.guards()), m, 1, subject);
        }
        String text;
        int position;
        List<Val> items = null;
        // D1 prepare(sql).bind(...); better-sqlite3 prepare(sql).get(...) / .all(...) / .run(...): every argument is bound
        Call pc = preparedStatement(cs, m);
        if (pc != null && !pc.args().isEmpty()) {
            text = sqlText(pc.args().get(0));
            position = i;
        } else {
            if (i < 1) return null;
            // let sql = 'SELECT ... WHERE 1=1'; if (status) { params.push(status); sql += ` AND status = $${params.length}` }
            items = boundItems(cs.arg(i));
            if (cs.arg(0) instanceof OneOf pieces && items != null) return boundInPieces(pieces, items, subject);
            text = sqlText(cs.arg(0));
            position = i - 1;
            // let where = 'WHERE a = ?'; if (status) { where += ' AND status = ?'; params.push(status) }: the facts give the
            // clause's pieces as its alternatives; read them in order when that, and only that, accounts for every value bound
            if (items != null && text != null && cs.arg(0) instanceof Tpl tpl && placeholders(text) != items.size()) {
                String joined = holeText(tpl, 0, true);
                if (placeholders(joined) == items.size()) text = joined;
            }
            if (items != null) {
                position = -1;
                for (int k = 0; k < items.size() && position < 0; k++) {
                    List<Occurrence> occs = new ArrayList<>();
                    occurrences(items.get(k), subject, new ArrayList<>(), false, occs, 0);
                    if (!occs.isEmpty()) position = k;
                }
                if (position < 0) return false;
            } else if (cs.args().size() > 2 && i == cs.args().size() - 1 && !(cs.arg(i) instanceof Lit)) {
                position = i - 1;
            }
        }
        if (text == null || !SQL_TEXT.matcher(text).find()) return null;
        // WHERE kind = $${n} AND owner = $${n} LIMIT $${n} OFFSET $${n + 1}, n a counter stepped (n++) as each filter is
        // added: the facts keep its first value, so the text shows fewer distinct numbers than values bound and the numbers
        // say nothing of order; in a SELECT whose LIMIT and OFFSET take the last values of the list, each earlier one filters
        int numbers = distinctNumbers(text);
        if (items != null && position >= 0 && numbers > 0 && numbers < items.size() && repeatedNumber(text) && selectText(text)) {
            return leadingItemsFilter(text, items.size(), position, cs.args().size() - 1 - i);
        }
        // WHERE t.tenant_id = $1 ${where} LIMIT $${params.length + 1}, the filters pushed with $${params.length}: numbered
        // and counted placeholders mixed cannot be counted in order, but in a SELECT whose page size and offset are the
        // values handed after the list, every item of the list filters
        if (items != null && position >= 0 && placeholderAt(text, position) < 0) return listFiltersSelect(text, cs, i) ? Boolean.TRUE : false;
        return filterAt(text, position);
    }

    /** How many distinct numbered placeholders ({@code $1}, {@code $2}) SQL text holds. */
    private static int distinctNumbers(String text) {
        Set<String> seen = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(text);
        while (m.find()) seen.add(m.group(1));
        return seen.size();
    }

    /**
     * SQL text that is a SELECT binding a list of {@code size} values whose LIMIT and OFFSET placeholders take its last
     * ones: true when the value at {@code position} comes before those (it filters rows), false otherwise.
     */
    private static boolean selectText(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").matches("(?s)select\\s.*\\sfrom\\s.*");
    }

    /** Some numbered placeholder ({@code $1}) stands more than once in SQL text. */
    private static boolean repeatedNumber(String text) {
        Set<String> seen = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(text);
        while (m.find()) if (!seen.add(m.group(1))) return true;
        return false;
    }

    private static boolean leadingItemsFilter(String text, int size, int position, int after) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        java.util.regex.Matcher pg = java.util.regex.Pattern.compile("\\b(limit|offset) (\\?|\\$(\\d+|[" + HOLE_COUNT + HOLE_OPAQUE + "]))").matcher(t);
        int paging = 0;
        // LIMIT $1 OFFSET $2 written as such, each number once in the text, with the filters counted from $3 on: the
        // paging values are the ones those numbers name
        Set<Integer> named = new HashSet<>();
        boolean allNamed = true;
        while (pg.find()) {
            paging++;
            String n = pg.group(3);
            if (n != null && n.matches("\\d+") && t.split("\\$" + n + "(?!\\d)", -1).length == 2 && Integer.parseInt(n) <= size) named.add(Integer.parseInt(n) - 1);
            else allNamed = false;
        }
        if (paging > 0 && allNamed) return !named.contains(position);
        // (the values handed after the list, findAll(sql, ...list, limit, offset), take the paging placeholders first)
        return position < size - Math.max(0, paging - after);
    }

    /**
     * SQL text that is a SELECT whose LIMIT and OFFSET placeholders are no more than the values {@code cs} binds after
     * the list at argument {@code i} ({@code $queryRawUnsafe(sql, ...params, limit, offset)}): the list's items then sit
     * at placeholders that filter rows, whatever their order.
     */
    private static boolean listFiltersSelect(String text, CallSite cs, int i) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!t.matches("(?s)select\\s.*\\sfrom\\s.*")) return false;
        java.util.regex.Matcher pg = java.util.regex.Pattern.compile("\\b(limit|offset) (\\?|\\$(\\d+|[" + HOLE_COUNT + HOLE_OPAQUE + "]))").matcher(t);
        int paging = 0;
        while (pg.find()) paging++;
        int after = 0;
        for (int k = i + 1; k < cs.args().size(); k++) {
            if (cs.arg(k) instanceof Arr) return false;
            after++;
        }
        return paging <= after;
    }

    /**
     * A helper's {@code prepare(`${sql} ORDER BY id LIMIT ? OFFSET ?`).bind(...params, limit, offset)} (Cloudflare D1,
     * better-sqlite3), where {@code params} is a list its caller built and handed over, and the text (or its head) is the
     * caller's too: with the caller's text and list in place, true when every item of the list sits at a placeholder that
     * filters rows (see {@link #filterAt}), false when one is written; null when the call is no such bind, the list or the
     * text is not known, or the placeholders cannot be counted against the values.
     */
    private Boolean boundCallerList(CallSite cs, String m, int i, Fn f) {
        Call pc = preparedStatement(cs, m);
        if (pc == null || pc.args().isEmpty()) return null;
        if (!(cs.arg(i) instanceof Param lp) || !lp.path().isEmpty()) return null;
        List<Val> list = handedList(lp, f);
        if (list == null || list.isEmpty()) return null;
        Val tv = pc.args().get(0);
        if (tv instanceof Param tp && tp.path().isEmpty()) tv = handedText(tp, f);
        else if (tv instanceof Tpl tt) {
            List<Val> holes = new ArrayList<>();
            for (Val h : tt.holes()) holes.add(h instanceof Param hp && hp.path().isEmpty() && handedText(hp, f) != null ? handedText(hp, f) : h);
            tv = new Tpl(tt.quasis(), holes);
        }
        String text = tv instanceof Lit || tv instanceof Tpl || tv instanceof Concat ? holeText(tv, 0) : null;
        // (a hole whose text is not known, ORDER BY ${orderBy}, may stand anywhere the placeholders still add up)
        if (text == null || !SQL_TEXT.matcher(text).find()) return null;
        int start = 0, total = 0;
        for (int k = 0; k < cs.args().size(); k++) {
            Val a = cs.arg(k);
            List<Val> items = a instanceof Arr aa ? aa.items() : a instanceof Param ap && ap.path().isEmpty() ? handedList(ap, f) : null;
            int n = items != null ? items.size() : 1;
            if (k < i) start += n;
            total += n;
        }
        if (placeholders(text) != total) return null;
        for (int k = start; k < start + list.size(); k++) if (!filterAt(text, k)) return false;
        return true;
    }

    /** The result of the call made at {@code site} (or a call chained on it, .digest()) is one side of a comparison in {@code all}. */
    private static boolean digestCompared(List<Fn> all, Location site) {
        for (Fn f : all) {
            for (Fn.Compare c : f.compares()) if (holdsCallAt(c.left(), site, 0) || holdsCallAt(c.right(), site, 0)) return true;
        }
        return false;
    }

    private static boolean holdsCallAt(Val v, Location site, int depth) {
        if (v == null || depth > 12) return false;
        if (v instanceof Call c) {
            if (site.equals(c.site())) return true;
            if (holdsCallAt(c.callee(), site, depth + 1)) return true;
            for (Val a : c.args()) if (holdsCallAt(a, site, depth + 1)) return true;
            return false;
        }
        if (v instanceof Member m) return holdsCallAt(m.object(), site, depth + 1);
        if (v instanceof OneOf o) return o.options().stream().anyMatch(x -> holdsCallAt(x, site, depth + 1));
        return false;
    }

    /** The value of the call made at {@code site} is handed to a call, returned or written somewhere in {@code all}. */
    private static boolean handedOn(List<Fn> all, Location site) {
        java.util.function.Predicate<Val> made = x -> x instanceof Call c && site.equals(c.site());
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (Vals.anyPart(cs.callee(), made)) return true;
                for (Val a : cs.args()) if (Vals.anyPart(a, made)) return true;
            }
            for (Val r : f.returns()) if (Vals.anyPart(r, made)) return true;
            for (Fn.Write w : f.writes()) if (Vals.anyPart(w.value(), made)) return true;
        }
        return false;
    }

    /** {@code fn} (or a function in it) binds a parameter of its own as a list: prepare(sql).bind(...params). */
    private static boolean bindsHandedList(Fn fn) {
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.callee() instanceof Member bm && bm.object() instanceof Call pc && "prepare".equals(Vals.lastName(pc.callee()))
                        && cs.args().stream().anyMatch(a -> a instanceof Param p && p.path().isEmpty())) return true;
            }
        }
        return false;
    }

    /** The items of the list literal the caller handed as parameter {@code p} of {@code f}, or null. */
    private List<Val> handedList(Param p, Fn f) {
        Object[] v;
        try {
            v = handedValue(p, f, 0);
        } catch (RuntimeException e) {
            return null;
        }
        if (v != null && v[0] instanceof Arr a) return a.items();
        // owner ? [owner] : []: the items of the one list that has any (the placeholders are counted against the text that
        // holds most)
        if (v != null && v[0] instanceof OneOf o && !o.options().isEmpty() && o.options().stream().allMatch(x -> x instanceof Arr)
                && o.options().stream().filter(x -> !((Arr) x).items().isEmpty()).count() == 1) {
            return o.options().stream().map(x -> ((Arr) x).items()).filter(x -> !x.isEmpty()).findFirst().orElse(null);
        }
        return null;
    }

    /** The text (a literal, a template, a concatenation) the caller handed as parameter {@code p} of {@code f}, or null. */
    private Val handedText(Param p, Fn f) {
        Object[] v;
        try {
            v = handedValue(p, f, 0);
        } catch (RuntimeException e) {
            return null;
        }
        return v != null && (v[0] instanceof Lit || v[0] instanceof Tpl || v[0] instanceof Concat) ? (Val) v[0] : null;
    }

    /**
     * Whether the placeholder at {@code position} (0-based) of SQL {@code text} filters rows: true in a SELECT or DELETE
     * (a LIMIT or OFFSET excepted) and in an UPDATE's WHERE, false elsewhere or when there is no such placeholder.
     */
    private static boolean filterAt(String text, int position) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int at = placeholderAt(t, position);
        if (at < 0) return false;
        // a page size or offset is a number the query trusts as it is, not a key
        if (paging(t.substring(0, at).stripTrailing())) return false;
        if (t.startsWith("select") || t.startsWith("delete")) return true;
        if (!t.startsWith("update")) return false;
        int whereAt = t.lastIndexOf(" where ");
        return whereAt >= 0 && at > whereAt;
    }

    /** Where the placeholder at {@code position} (0-based) of SQL {@code text} sits, or -1 when it cannot be told. */
    private static int placeholderAt(String text, int position) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int at = -1;
        java.util.regex.Matcher dollar = java.util.regex.Pattern.compile("\\$" + (position + 1) + "(?!\\d)").matcher(t);
        if (dollar.find()) at = dollar.start();
        else if (!t.matches("(?s).*\\$\\d.*")) {
            // ? placeholders, or $ before a count the code fills in ($${params.length}), in order
            int n = -1;
            for (int k = 0; k < t.length(); k++) {
                if ((t.charAt(k) == '?' || t.charAt(k) == '$' && k + 1 < t.length() && t.charAt(k + 1) == HOLE_COUNT) && ++n == position) {
                    at = k;
                    break;
                }
            }
        }
        return at;
    }

    /**
     * SQL text built in pieces ({@code sql +=} under conditions, which the facts give as the pieces' alternatives) with
     * its values pushed onto the bound list as the pieces are added: a lookup when the statement (its first piece) is a
     * SELECT or DELETE and the subject's placeholder, the one at its place in the list when every placeholder can be
     * counted, is not a LIMIT or OFFSET; null when the text is not such a statement.
     */
    private static Boolean boundInPieces(OneOf pieces, List<Val> list, java.util.function.Predicate<Val> subject) {
        if (pieces.options().isEmpty() || pieces.options().size() > 32) return null;
        List<String> texts = new ArrayList<>();
        for (Val o : pieces.options()) {
            String t = o instanceof Lit || o instanceof Tpl ? sqlText(o) : null;
            if (t == null) return null;
            texts.add(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        String head = texts.get(0).strip();
        if (!head.matches("(?s)(select\\s.*\\sfrom\\s|delete\\s+from\\s).*")) return null;
        int position = -1;
        // (the value, or a constant in its place: a value kept only when it passes a test, q.s && OK.includes(q.s) ? q.s : undefined)
        for (int k = 0; k < list.size() && position < 0; k++) {
            Val item = list.get(k);
            if (subject.test(item) || item instanceof OneOf io && io.options().stream().anyMatch(subject)
                    && io.options().stream().allMatch(y -> subject.test(y) || y instanceof Lit)) position = k;
        }
        if (position < 0) return false;
        // the placeholders in piece order: ? , $1, or $ before a hole ($${params.length})
        List<String> before = new ArrayList<>();
        java.util.regex.Matcher ph = java.util.regex.Pattern.compile("\\?|\\$(\\d+|" + HOLE_COUNT + ")").matcher("");
        for (String t : texts) {
            ph.reset(t);
            while (ph.find()) before.add(t.substring(0, ph.start()).stripTrailing());
        }
        if (before.size() == list.size()) return !paging(before.get(position));
        // not countable: a lookup only when no placeholder of the text is a page size or offset
        return before.stream().noneMatch(Analysis::paging) ? Boolean.TRUE : null;
    }

    /** SQL text (lower case, trailing space stripped) that ends where a LIMIT or OFFSET value goes. */
    private static boolean paging(String before) {
        return before.endsWith(" limit") || before.endsWith(" offset") || before.equals("limit") || before.equals("offset")
                || before.endsWith(",") && before.matches(".* limit [^ ]+,");
    }

    /** Stands in SQL text for a hole that fills in a count ({@code $${params.length}}): a placeholder's number. */
    private static final char HOLE_COUNT = '\u0000';
    /** Stands in SQL text for a hole whose text is not known. */
    private static final char HOLE_OPAQUE = '\u0001';

    /**
     * The text of SQL given as a literal or a template, with the holes whose text is fixed filled in: a literal, a
     * condition list of literals joined ({@code WHERE ${conditions.join(' AND ')}}), a nested template, one of such
     * texts (the one with the most placeholders, as every value is pushed in the facts); a count stands as
     * {@link #HOLE_COUNT}, anything else as {@link #HOLE_OPAQUE}.
     */
    private static String sqlText(Val v) {
        if (v instanceof Lit l && l.value() instanceof String str) return str;
        if (v instanceof Tpl t) return holeText(t, 0);
        return null;
    }

    /** The placeholders of SQL text: ? marks, $ before a count the code fills in, distinct $n. */
    private static int placeholders(String text) {
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '?' || c == '$' && k + 1 < text.length() && text.charAt(k + 1) == HOLE_COUNT) n++;
        }
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(text);
        Set<String> numbered = new HashSet<>();
        while (d.find()) numbered.add(d.group(1));
        return n + numbered.size();
    }

    private static String holeText(Val v, int depth) {
        return holeText(v, depth, false);
    }

    /** {@code pieces}: a hole's alternatives are the pieces of text added to it in order (where += ' AND x = ?'). */
    private static String holeText(Val v, int depth, boolean pieces) {
        if (depth > 6) return String.valueOf(HOLE_OPAQUE);
        if (v instanceof Lit l) return l.value() instanceof String str ? str : l.value() instanceof Double ? "0" : String.valueOf(HOLE_OPAQUE);
        if (v instanceof Tpl t) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < t.quasis().size(); k++) {
                b.append(t.quasis().get(k));
                if (k < t.holes().size()) b.append(holeText(t.holes().get(k), depth + 1, pieces));
            }
            return b.toString();
        }
        if (v instanceof OneOf o && !o.options().isEmpty() && o.options().size() <= 8) {
            if (pieces) {
                StringBuilder b = new StringBuilder();
                for (Val x : o.options()) b.append(holeText(x, depth + 1, true));
                return b.toString();
            }
            String best = null;
            int most = -1;
            for (Val x : o.options()) {
                String t = holeText(x, depth + 1, pieces);
                int n = (int) t.chars().filter(c -> c == '?' || c == '$').count();
                if (n > most) {
                    most = n;
                    best = t;
                }
            }
            return best;
        }
        if (v instanceof Member m && m.object() instanceof Arr && "length".equals(m.prop())) return String.valueOf(HOLE_COUNT);
        // where.replace('LIMIT ? OFFSET ?', ''), where.trim(): the text with that done to it
        if (v instanceof Call c && receiver(c.callee()) != null) {
            String n = Vals.lastName(c.callee());
            if (("replace".equals(n) || "replaceAll".equals(n)) && c.args().size() == 2 && c.args().get(0) instanceof Lit a
                    && a.value() instanceof String from && !from.isEmpty() && c.args().get(1) instanceof Lit b && b.value() instanceof String to) {
                String base = holeText(receiver(c.callee()), depth + 1, pieces);
                return "replace".equals(n) ? base.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                        : base.replace(from, to);
            }
            if ("trim".equals(n) && c.args().isEmpty()) return holeText(receiver(c.callee()), depth + 1, pieces).strip();
        }
        // where += ' AND status = ?': the pieces in order
        if (v instanceof Concat c && !c.parts().isEmpty() && c.parts().size() <= 16) {
            StringBuilder b = new StringBuilder();
            for (Val x : c.parts()) b.append(holeText(x, depth + 1, pieces));
            return b.toString();
        }
        // [clause].filter((x) => x).join(' and '): the clauses that are not empty
        Val joined = v instanceof Call c ? receiver(c.callee()) : null;
        boolean kept = joined instanceof Call fc && "filter".equals(Vals.lastName(fc.callee())) && fc.args().size() == 1
                && fc.args().get(0) instanceof FnVal pf && pf.fn().params().size() == 1 && pf.fn().calls().isEmpty()
                && pf.fn().returns().size() == 1 && pf.fn().returns().get(0) instanceof Param kp && kp.index() == 0 && kp.path().isEmpty();
        if (kept) joined = receiver(((Call) joined).callee());
        if (v instanceof Call c && "join".equals(Vals.lastName(c.callee())) && joined instanceof Arr a && a.items().size() <= 64
                && (c.args().isEmpty() || c.args().size() == 1 && c.args().get(0) instanceof Lit sep && sep.value() instanceof String)) {
            String sep = c.args().isEmpty() ? "," : (String) ((Lit) c.args().get(0)).value();
            List<String> parts = new ArrayList<>();
            for (Val item : a.items()) {
                // (a clause or nothing: the longer one, the empty one being filtered out)
                boolean choice = kept && item instanceof OneOf io && io.options().stream().allMatch(x -> x instanceof Lit || x instanceof Tpl);
                if (!(item instanceof Lit || item instanceof Tpl || choice)) return String.valueOf(HOLE_OPAQUE);
                String part = holeText(item, depth + 1, pieces);
                if (kept && part.isEmpty()) continue;
                parts.add(part);
            }
            return String.join(sep, parts);
        }
        return String.valueOf(HOLE_OPAQUE);
    }

    /**
     * The values of a bound parameter list: an array, or a slice of one from the start ({@code params.slice(0, -2)}, the
     * list without its page size and offset); null when it is neither.
     */
    private static List<Val> boundItems(Val v) {
        if (v instanceof Arr a) return a.items();
        return v instanceof Call c ? sliceFromStart(c.callee(), c.args()) : null;
    }

    /**
     * The items {@code list.slice()}, {@code list.slice(k)} or {@code list.slice(k, n)} (k a whole number, 0 or more) of a
     * list literal keeps, else null ({@code params.slice(2)}: the filters after a page size and offset, for a count).
     */
    private static List<Val> sliceFromStart(Val callee, List<Val> args) {
        if (!"slice".equals(Vals.lastName(callee)) || !(receiver(callee) instanceof Arr a) || args.size() > 2) return null;
        int start = 0;
        if (!args.isEmpty()) {
            if (!(args.get(0) instanceof Lit l0) || !(l0.value() instanceof Double d0) || d0 != Math.rint(d0) || d0 < 0) return null;
            start = Math.min(a.items().size(), d0.intValue());
        }
        int end = a.items().size();
        if (args.size() == 2) {
            if (!(args.get(1) instanceof Lit l1) || !(l1.value() instanceof Double d) || d != Math.rint(d)) return null;
            end = d < 0 ? end + d.intValue() : Math.min(end, d.intValue());
        }
        return end <= start ? List.of() : a.items().subList(start, end);
    }

    private static final java.util.regex.Pattern SQL_TEXT = java.util.regex.Pattern.compile(
            "^\\s*(?i:select\\s[\\s\\S]*\\sfrom\\s|delete\\s+from\\s|update\\s+\\S+\\s+set\\s|insert\\s+(or\\s+\\w+\\s+)?into\\s)[\\s\\S]*(\\?|\\$\\d|:\\w)");
    private static final Set<String> LOG_LINE = Set.of("log", "info", "warn", "error", "fatal", "debug", "trace", "verbose", "silly");

    /** A console, a logger or a debug printer: console.log, this.logger.info, this.debug (the debug package). */
    private static boolean logger(Val callee) {
        if (callee instanceof This t) {
            if (t.path().size() == 1) return t.path().get(0).equals("debug");
            String owner = t.path().size() >= 2 ? t.path().get(t.path().size() - 2).toLowerCase(Locale.ROOT) : "";
            return owner.contains("log");
        }
        Val recv = receiver(callee);
        String n = recv == null ? null : Vals.lastName(recv);
        if (n == null && callee instanceof This t && t.path().size() == 1) return t.path().get(0).equals("debug");
        if (n == null) return callee instanceof Local l && l.path().isEmpty() && Set.of("debug", "log").contains(l.name());
        String ln = n.toLowerCase(Locale.ROOT);
        return ln.equals("console") || ln.contains("log");
    }

    /** A lookup in an in-memory map: {@code cache.get(id)}, {@code seen.has(id)} on a Map, WeakMap, Set or LRU cache. */
    private boolean mapLookup(CallSite cs, String m, FileFacts file, Fn in, boolean textKey) {
        if (m == null) return false;
        // c.env.SESSION_KV.get(`oauth_state:${state}`): a Workers KV namespace names one entry by a key of any text
        if (dev.backcheck.concepts.KvNamespaces.KEY_METHODS.contains(m) && dev.backcheck.concepts.KvNamespaces.of(project).namespace(receiver(cs.callee()))) return true;
        if (!Set.of("get", "has", "delete", "peek", "set", "del").contains(m)) return false;
        Val recv = receiver(cs.callee());
        if (recv == null) return false;
        // this.keyCache.has(id), userMap.get(id), this.cacheManager.del(`users_${id}`) (Nest's cache-manager): named for
        // what it is
        String rn = Vals.lastName(recv);
        if (rn != null && rn.matches("(?i)\\w*(cache|map|memo|registry)(manager)?")) return true;
        if ("del".equals(m)) return false;
        // this.timers.has(`${userId}-${threadId}`): a key built as text for a field the class assigns a new Map (a plain
        // value used as a key of such a field stays reported, as the NestJS fixture bad-nestjs-no-pipe expects)
        if (textKey && recv instanceof This t && t.path().size() == 1 && file != null) {
            for (dev.backcheck.lang.facts.ClassInfo c : file.classes().values()) {
                if (c.methods().stream().noneMatch(x -> x == in || x.nested().contains(in))) continue;
                for (dev.backcheck.lang.facts.ClassInfo.Prop p : c.props()) if (p.name().equals(t.path().get(0)) && isMapNew(p.value())) return true;
            }
        }
        try {
            Project.Resolved r = project.resolve(recv, file);
            Val v = r.val();
            if (isMapNew(v)) return true;
            // buildIndex(list).get(id): a project function that answers a new Map
            if (v instanceof Call c) {
                Project.FnRef made = project.function(c.callee(), r.file());
                if (made != null && !made.fn().returns().isEmpty()) {
                    for (Val ret : made.fn().returns()) if (!isMapNew(project.resolve(ret, made.file()).val())) return false;
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * {@code visited.add(id)}, {@code seen.has(obj)} on a new Set or WeakSet (a local, a field, or a parameter defaulting to one,
     * {@code maskData(data, seen = new WeakSet())}): the value, or an object holding it, is a member of an in-memory set.
     */
    private boolean setMember(CallSite cs, String m, FileFacts file, Fn in) {
        if (!("add".equals(m) || "has".equals(m) || "delete".equals(m)) || cs.args().size() != 1) return false;
        Val recv = receiver(cs.callee());
        if (recv instanceof Param sp && sp.path().isEmpty() && in.param(sp.index()) != null
                && isSetNew(in.param(sp.index()).defaultValue())) return true;
        if (recv == null) return false;
        try {
            return isSetNew(project.resolve(recv, file).val());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A new Set or WeakSet: its add(x) keeps x as a member, never as text or a record. */
    private static boolean isSetNew(Val v) {
        return v instanceof New n && String.valueOf(Vals.lastName(n.callee())).matches("(Weak)?Set");
    }

    private static boolean isMapNew(Val v) {
        if (!(v instanceof New n)) return false;
        String c = Vals.lastName(n.callee());
        return c != null && (c.matches("(Weak)?(Map|Set)") || c.matches("LRU\\w*|\\w*Cache"));
    }

    private boolean receiverMentions(Val callee, String word) {
        Val obj = receiver(callee);
        String n = obj == null ? null : Vals.lastName(obj);
        return n != null && n.toLowerCase(Locale.ROOT).contains(word);
    }

    /** The object a method is called on: {@code a.b.c()} → {@code a.b}. */
    public static Val receiver(Val callee) {
        return Vals.receiver(callee);
    }

    /**
     * Whether {@code cs} verifies a token: a token library's verification ({@code jwt.verify(token, secret)}), or a call of a
     * project function whose summary verifies one ({@code authService.currentUser(token)} calling the app's verifier).
     */
    public boolean verifiesTokenAt(CallSite cs, FileFacts file, Fn caller) {
        String m = cs.methodName();
        if (isVerification(cs, m, project.rootModule(cs.callee(), file), file) && !LOOKUP_METHODS.contains(m)) return true;
        Project.FnRef t = resolveMadeCallee(cs.callee(), file, caller);
        return t != null && t.fn() != caller && t.file() != null && summary(t.fn(), t.file()).verifiesToken();
    }

    private boolean isVerification(CallSite cs, String method, String root, FileFacts file) {
        if (method == null) return false;
        if (method.equals("jwtVerify")) return true; // Fastify request.jwtVerify(), jose.jwtVerify
        // @fastify/jwt registered with a namespace decorates the request with `${namespace}JwtVerify` (index.js jwtVerifyName)
        if (method.endsWith("JwtVerify") && method.length() > 9 && receiver(cs.callee()) instanceof Req) return true;
        if (root != null && AUTH_PACKAGES.contains(root) && VERIFY_METHODS.contains(method)) return true;
        if ((method.equals("verify") || method.equals("verifyAsync")) && receiverMentions(cs.callee(), "jwt")) return true;
        if (method.equals("verifyIdToken") || method.equals("verifySessionCookie")) return true;
        return false;
    }

    private String validationLib(CallSite cs, String method, String root, FileFacts file) {
        if (method == null) return null;
        // insertXSchema.parse(data), insertXSchema = createInsertSchema(table) of drizzle-zod: a zod object of the table's columns
        if (dev.backcheck.concepts.SchemaBuilders.library(root) != null) return VALIDATE_METHODS.contains(method) ? root : null;
        // SyncRequest.deserializeBinary(bytes) (google-protobuf), Message.fromBinary(bytes) (protobuf-es): bytes decoded
        // against a message schema, which throws on a malformed message
        if ((method.equals("deserializeBinary") || method.equals("fromBinary")) && cs.args().size() == 1) return "protobuf";
        if (root != null && SCHEMA_LIBS.contains(root)) {
            // z.object(...).parse(x), v.parse(schema, x), Joi.attempt(x, schema), validate(dto) from class-validator
            if (VALIDATE_METHODS.contains(method) || root.equals("ajv") || root.equals("class-validator")) return libName(root);
            return null;
        }
        Val recv = receiver(cs.callee());
        String recvName = recv == null ? null : Vals.lastName(recv);
        if (recvName != null && NOT_SCHEMAS.contains(recvName)) return null;
        if (root != null && !root.startsWith(".")) {
            // another npm package: only ajv-compiled validators and known libs count
            return null;
        }
        if (recv == null) {
            // a bare call: validate(data) where validate = ajv.compile(schema)
            Project.Resolved r = project.resolve(cs.callee(), file);
            if (r.val() instanceof Call c && "compile".equals(Vals.lastName(c.callee()))) {
                String rr = project.rootModule(c.callee(), r.file());
                if (rr != null && (rr.equals("ajv") || rr.startsWith("@sinclair/typebox"))) return libName(rr);
            }
            return null;
        }
        // schema.parse(x) with a schema defined elsewhere: find what the receiver is
        Project.Resolved rv = project.resolve(recv, file);
        String rr = project.rootModule(rv.val(), rv.file());
        if (rr != null && SCHEMA_LIBS.contains(rr)) return VALIDATE_METHODS.contains(method) ? libName(rr) : null;
        if (rv.val() instanceof Call c && "compile".equals(Vals.lastName(c.callee()))) {
            String cr = project.rootModule(c.callee(), rv.file());
            if (cr != null && (cr.equals("ajv") || cr.startsWith("@sinclair/typebox"))) return libName(cr);
        }
        if (!PARSE_METHODS.contains(method)) {
            return null;
        }
        // an unresolved receiver (a parameter, a field): judge by the libraries the project depends on
        if (method.contains("arse")) {
            if (project.dependsOn("zod")) return "zod";
            if (project.dependsOn("valibot")) return "valibot";
            return null;
        }
        if (project.dependsOn("joi")) return "joi";
        if (project.dependsOn("yup")) return "yup";
        if (project.dependsOn("zod")) return null;
        return null;
    }

    private static String libName(String root) {
        return root.startsWith("@sinclair/typebox") ? "typebox" : root;
    }

    /** Marks request parts or own parameters found in {@code a} as validated; true when anything was. */
    private static boolean markValidated(Val a, Set<String> parts, Map<Integer, Set<String>> params) {
        boolean[] any = {false};
        Vals.anyPart(a, x -> {
            if (x instanceof Req q) {
                if (q.part().equals("raw")) parts.add(q.path().isEmpty() ? "*" : q.path().get(0).equals("*") ? "*" : q.path().get(0));
                else parts.add(q.part());
                any[0] = true;
            } else if (x instanceof Param p) {
                params.computeIfAbsent(p.index(), k -> new TreeSet<>()).add(p.path().isEmpty() ? "" : p.path().get(0));
                any[0] = true;
            }
            return false;
        });
        // class-validator: validate(plainToInstance(Dto, req.body))
        if (!any[0] && a instanceof Call c) {
            for (Val x : c.args()) any[0] |= markValidated(x, parts, params);
            // Buffer.from(bytes).toString('utf8'): the same data as text
            if (!any[0] && c.callee() instanceof Member m && Set.of("toString", "trim", "slice").contains(m.prop())) {
                any[0] |= markValidated(m.object(), parts, params);
            }
            // (request.body as Buffer).toString('utf8'): the method read off the request value itself
            if (!any[0] && c.callee() instanceof Req q && !q.path().isEmpty()
                    && Set.of("toString", "trim", "slice").contains(q.path().get(q.path().size() - 1))) {
                any[0] |= markValidated(new Req(q.part(), q.path().subList(0, q.path().size() - 1)), parts, params);
            }
        }
        // JSON.parse(body.toString() || '{}'): either the request's text or a literal fallback
        if (!any[0] && a instanceof OneOf o) for (Val x : o.options()) any[0] |= markValidated(x, parts, params);
        return any[0];
    }

    /** Resolves a callee to a project function: plain functions, object-literal methods, class methods via this/instances. */
    public Project.FnRef resolveCallee(Val callee, FileFacts file, Fn caller) {
        Project.FnRef f = project.function(callee, file);
        if (f != null) return f;
        if (callee instanceof OneOf o) return defaultCallee(o, file);
        // super.findAll(..) in a method of a subclass: the method as the class it extends declares or inherits it
        if (callee instanceof Member sm && sm.object() instanceof Unknown su && su.kind().equals("super")) {
            ClassInfo owner = owner(caller);
            FileFacts of = fnFile(caller);
            return owner == null ? null : inherited(owner, of == null ? file : of, sm.prop());
        }
        if (callee instanceof This t && !t.path().isEmpty()) {
            ClassInfo owner = owner(caller);
            FileFacts of = fnFile(caller);
            if (owner == null) return null;
            if (t.path().size() == 1) {
                Fn m = owner.method(t.path().get(0));
                if (m != null) return new Project.FnRef(m, of == null ? file : of);
                // a method the class inherits (this.nextCode(..) in a subclass of the base class that declares it)
                return inherited(owner, of == null ? file : of, t.path().get(0));
            }
            // this.service.method(): a constructor-injected or property-typed dependency
            String field = t.path().get(0);
            Project.ClassHit hit = project.classNamed(fieldType(owner, field), of == null ? file : of);
            if (hit != null && t.path().size() == 2) hit = project.implementation(hit, t.path().get(1));
            if (hit != null && t.path().size() == 2) {
                Fn m = hit.info().method(t.path().get(1));
                if (m != null) return new Project.FnRef(m, hit.file());
            }
            return null;
        }
        Val recv = receiver(callee);
        String method = Vals.lastName(callee);
        if (recv == null || method == null) return null;
        Project.Resolved r = project.resolve(recv, file);
        Val v = r.val();
        // stripe ? new AnalyticsService(prisma, stripe) : null: an instance made only when configured (a call on the null
        // throws before anything runs), so a call on it is a call of the class's method
        if (v instanceof OneOf o) v = onlyInstance(o);
        Project.ClassHit hit = null;
        if (v instanceof New n) hit = project.classOf(n.callee(), r.file());
        else if (v instanceof ClassRef) hit = project.classOf(v, r.file());
        else if (v instanceof Call c) hit = project.singletonOf(c, r.file()); // Cache.getInstance().drop(id)
        if (hit != null) {
            hit = project.implementation(hit, method);
            Fn m = hit.info().method(method);
            if (m != null) return new Project.FnRef(m, hit.file());
        }
        // server.requireAuthUser(req) on the Fastify instance a plugin is handed: the function decorated under that name
        if (v instanceof Param p && p.path().isEmpty() && FASTIFY_INSTANCE_NAMES.contains(p.name())) {
            return dev.backcheck.concepts.FastifyDecorations.of(project).function(method);
        }
        return null;
    }

    private static final Set<String> FASTIFY_INSTANCE_NAMES = Set.of("fastify", "server", "app", "instance", "f");

    /** The one {@code new X(..)} among the options, the others null or undefined; else the value as it was. */
    private static Val onlyInstance(OneOf o) {
        New only = null;
        for (Val x : o.options()) {
            if (x instanceof Lit l && l.value() == null || x instanceof Global g && g.name().equals("undefined") && g.path().isEmpty()) continue;
            if (!(x instanceof New n) || only != null) return o;
            only = n;
        }
        return only != null ? only : o;
    }

    /** The method {@code name} a project class declaring none of its own inherits from its project base classes, or null. */
    private Project.FnRef inherited(ClassInfo c, FileFacts file, String name) {
        ClassInfo cur = c;
        FileFacts at = file;
        for (int i = 0; i < 4 && cur != null && cur.superClass() != null; i++) {
            Project.ClassHit up;
            try {
                up = project.classOf(cur.superClass(), at);
            } catch (RuntimeException e) {
                return null;
            }
            if (up == null) return null;
            Fn m = up.info().method(name);
            if (m != null) return new Project.FnRef(m, up.file());
            cur = up.info();
            at = up.file();
        }
        return null;
    }

    /**
     * The function a choice between a parameter's value and one project function falls back to:
     * {@code const verify = options.verifyToken ?? ((t) => jwtHandler.verifyToken(t))} lets a caller (a test) hand its own,
     * and runs the module's default otherwise. Null when more than one project function or anything else is in the choice.
     */
    private Project.FnRef defaultCallee(OneOf o, FileFacts file) {
        Project.FnRef only = null;
        for (Val opt : o.options()) {
            if (opt instanceof Param) continue;
            Project.FnRef r = project.function(opt, file);
            if (r == null || only != null && r.fn() != only.fn()) return null;
            only = r;
        }
        return only;
    }

    /**
     * {@link #resolveCallee}, else a method of what a project factory made ({@link #madeCallee}): what a summary follows
     * to see the checks a service makes. (The write and reach walks keep to {@link #resolveCallee}: a use case reached
     * this way may wrap its writes in callbacks of values they cannot resolve, tracer.span(name, () => repo.create(..)).)
     */
    public Project.FnRef resolveMadeCallee(Val callee, FileFacts file, Fn caller) {
        Project.FnRef direct = resolveCallee(callee, file, caller);
        if (direct != null || file == null || "java".equals(file.language())) return direct;
        // the function a project factory answers, called in place: authMiddleware(req, reply) with
        // const authMiddleware = createAuthMiddleware(config) in the enclosing function
        if (callee instanceof Call || callee instanceof Local) {
            Project.Resolved made = project.resolve(callee, file);
            if (made.val() instanceof Call mc && made.file() != null) {
                Project.FnRef factory = project.function(mc.callee(), made.file());
                if (factory != null && factory.fn() != caller) {
                    for (Val ret : factory.fn().returns()) {
                        Project.Resolved rr = project.resolve(ret, factory.file());
                        if (rr.val() instanceof FnVal fv && rr.file() != null) return new Project.FnRef(fv.fn(), rr.file());
                    }
                    // requireSignature()(request, reply) with requireSignature answering createSignatureCheck({ required: true }):
                    // the function the inner factory answers
                    for (Val ret : factory.fn().returns()) {
                        Project.Resolved rr = project.resolve(ret, factory.file());
                        if (!(rr.val() instanceof Call) || rr.file() == null) continue;
                        Project.FnRef inner = madeFunction(rr.val(), rr.file(), 1);
                        if (inner != null && inner.fn() != factory.fn() && inner.fn() != caller) return inner;
                    }
                }
            }
        }
        Val recv = receiver(callee);
        String method = Vals.lastName(callee);
        return recv == null || method == null ? null : madeCallee(recv, method, file, caller);
    }

    /**
     * The function a closure calls through a parameter of a function around it, when every call of that function by its
     * name hands the same one ({@code setupGlobalAuth(app, apiRateLimit)} with {@code apiRateLimit =
     * createApiRateLimiter(redis)}, whose hook runs {@code await apiRateLimit(request, reply)}): a project function, or the
     * function a project factory call answers. Null for the caller's own parameter, and when the calls disagree or none
     * can be named.
     */
    public Project.FnRef handedFunction(Param p, Fn caller) {
        if (!p.path().isEmpty() || caller == null
                || p.index() < caller.params().size() && p.name().equals(caller.params().get(p.index()).name())) return null;
        index();
        Fn f = parentFn.get(caller);
        for (int up = 0; f != null && up < 6; up++, f = parentFn.get(f)) {
            if (p.index() >= f.params().size() || !p.name().equals(f.params().get(p.index()).name())) continue;
            List<Object[]> sites = plainCallSites(f);
            Project.FnRef found = null;
            for (Object[] site : sites) {
                CallSite cs = (CallSite) site[0];
                Val a = cs.arg(p.index());
                if (a == null) return null;
                Project.FnRef one = madeFunction(a, (FileFacts) site[1], 0);
                if (one == null || one.fn() == caller || found != null && found.fn() != one.fn()) return null;
                found = one;
            }
            return found;
        }
        return null;
    }

    /**
     * A method of what a project factory made, reached without the call it was made at: Hono's {@code c.var.h.remove(id)}
     * (or {@code c.get('h')}) with one {@code c.set('h', newHandler(...))} in the file, or {@code uc.remove(id)} inside
     * the object a factory answers, {@code uc} that factory's parameter and the factory called at one place of the
     * project only (newHandler(uc) => ({ remove: (id) => uc.remove(id) }), newHandler(newUsecase(repo)) in the DI file).
     */
    private Project.FnRef madeCallee(Val recv, String method, FileFacts file, Fn caller) {
        Val set = honoVar(recv, file);
        if (set != null) return madeBy(set, file, method);
        if (!(recv instanceof Param p) || !p.path().isEmpty() || caller == null) return null;
        index();
        Fn f = caller;
        for (int up = 0; f != null && up < 6; up++, f = parentFn.get(f)) {
            if (p.index() >= f.params().size() || !p.name().equals(f.params().get(p.index()).name())) continue;
            if (f == caller) return null; // its own parameter: whatever each call hands it
            // only a factory answers what it closes over (an object of functions, a function, an instance): a handler that
            // answers res.json(..) is no factory, and searching the project for its one call site costs a pass over every file
            if (!answersMade(f)) return null;
            List<Object[]> sites = plainCallSites(f);
            if (sites.size() != 1) return null;
            CallSite cs = (CallSite) sites.get(0)[0];
            return p.index() < cs.args().size() ? madeBy(cs.arg(p.index()), (FileFacts) sites.get(0)[1], method) : null;
        }
        return null;
    }

    /**
     * The function a value is: a project function, or the one a project factory call answers, through factories that
     * answer another factory's call ({@code createApiRateLimiter(redis)} answering {@code createRateLimiter(redis, cfg)}).
     */
    private Project.FnRef madeFunction(Val v, FileFacts file, int depth) {
        Project.Resolved r = project.resolve(v, file);
        if (r.val() instanceof FnVal fv) return new Project.FnRef(fv.fn(), r.file() != null ? r.file() : file);
        if (!(r.val() instanceof Call mc) || r.file() == null || depth > 3) return null;
        Project.FnRef factory = project.function(mc.callee(), r.file());
        if (factory == null) return null;
        for (Val ret : factory.fn().returns()) {
            Project.Resolved rr = project.resolve(ret, factory.file());
            if (rr.val() instanceof FnVal fv && rr.file() != null) return new Project.FnRef(fv.fn(), rr.file());
            if (rr.val() instanceof Call && rr.file() != null) {
                Project.FnRef inner = madeFunction(rr.val(), rr.file(), depth + 1);
                if (inner != null && inner.fn() != factory.fn()) return inner;
            }
        }
        return null;
    }

    /** Whether {@code f} answers an object literal, a function or an instance it makes (what a factory answers). */
    private static boolean answersMade(Fn f) {
        for (Val r : f.returns()) if (r instanceof Obj || r instanceof FnVal || r instanceof New) return true;
        return false;
    }

    /**
     * {@link Project#factoryMethod} of a value a factory call or a constructor made (an object literal of callbacks handed
     * in, { getIntegration: (...) => ... }, is left alone: the functions declared in it are not all run where it goes).
     */
    private Project.FnRef madeBy(Val made, FileFacts file, String method) {
        Project.Resolved r = project.resolve(made, file);
        return r.val() instanceof Call || r.val() instanceof New ? project.factoryMethod(r.val(), r.file(), method) : null;
    }

    /** Each function's parent (the function it is declared in), built with {@link #index}. */
    private IdentityHashMap<Fn, Fn> parentFn;
    // order-independent by construction: the calls of a function by its name, read from every file's facts and
    // imports, never from what an earlier ask followed (two threads asking at once compute the same list)
    private final Map<Fn, List<Object[]>> plainSites = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * The calls of {@code target} by its name ({@code newHandler(a, b)} in its own file or where it is imported), each with
     * its file; empty when it is also imported whole ({@code import * as h}) or has no name, whose calls the names miss.
     */
    private List<Object[]> plainCallSites(Fn target) {
        List<Object[]> known = plainSites.get(target);
        if (known != null) return known;
        FileFacts tf = fnFile(target);
        String name = target.name();
        List<Object[]> out = new ArrayList<>();
        if (tf != null && name != null && name.matches("[A-Za-z_$][\\w$]*")) {
            search:
            for (FileFacts f : project.files().values()) {
                Set<String> locals = new HashSet<>();
                if (f == tf) locals.add(name);
                for (Import imp : f.imports().values()) {
                    if (name.equals(imp.export())) locals.add(imp.local());
                    else if ("*".equals(imp.export()) && tf.path().equals(project.resolveModule(f.path(), imp.module()))) {
                        out.clear();
                        break search;
                    }
                }
                if (locals.isEmpty()) continue;
                for (Fn fn : functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        boolean named = cs.callee() instanceof Local l && l.path().isEmpty() && locals.contains(l.name())
                                || cs.callee() instanceof Ref r && r.path().isEmpty() && name.equals(r.export());
                        if (!named) continue;
                        Project.FnRef t = project.function(cs.callee(), f);
                        if (t != null && t.fn() == target) out.add(new Object[]{cs, f});
                    }
                }
            }
        }
        List<Object[]> done = List.copyOf(out);
        plainSites.put(target, done);
        return done;
    }

    /**
     * The methods {@code callee} may run when its receiver is what a method of the caller's own class answers, one of
     * several injected services ({@code const store = this.storage(); store.remove(id)} with {@code storage()} returning
     * {@code this.s3 } or {@code this.disk}): the method of each service, or an empty list when any one is unknown.
     */
    public List<Project.FnRef> providerAlternatives(Val callee, FileFacts file, Fn caller) {
        try {
            Val recv = receiver(callee);
            String method = Vals.lastName(callee);
            ClassInfo owner = caller == null ? null : owner(caller);
            if (recv == null || method == null || owner == null) return List.of();
            FileFacts of = fnFile(caller);
            if (of == null) of = file;
            Val v = project.resolve(recv, file).val();
            List<Val> options = new ArrayList<>();
            if (v instanceof Call c && c.callee() instanceof This t && t.path().size() == 1 && c.args().isEmpty()) {
                Fn m = owner.method(t.path().get(0));
                if (m == null || m.returns().isEmpty()) return List.of();
                for (Val r : m.returns()) flattenOptions(r, options, 0);
            } else flattenOptions(v, options, 0);
            if (options.size() < 2) return List.of();
            List<Project.FnRef> out = new ArrayList<>();
            for (Val o : options) {
                if (!(o instanceof This t) || t.path().size() != 1) return List.of();
                String type = fieldType(owner, t.path().get(0));
                Project.ClassHit hit = type == null ? null : project.classNamed(type, of);
                if (hit != null) hit = project.implementation(hit, method);
                Fn m = hit == null ? null : hit.info().method(method);
                if (m == null) return List.of();
                out.add(new Project.FnRef(m, hit.file()));
            }
            return out;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The declared type of a field of {@code owner}: a constructor-injected parameter's, or a typed property's (which wins). */
    private static String fieldType(ClassInfo owner, String field) {
        String type = null;
        for (Fn.Param p : owner.ctorParams()) if (p.name().equals(field)) type = p.type();
        for (ClassInfo.Prop p : owner.props()) if (p.name().equals(field) && p.type() != null) type = p.type();
        return type;
    }

    private static void flattenOptions(Val v, List<Val> out, int depth) {
        if (depth > 4 || out.size() > 8) return;
        if (v instanceof OneOf o) for (Val x : o.options()) flattenOptions(x, out, depth + 1);
        else if (v != null && !out.contains(v)) out.add(v);
    }

    private ClassInfo owner(Fn fn) {
        index();
        return ownerClass.get(fn);
    }

    public FileFacts fnFile(Fn fn) {
        index();
        return fnFile.get(fn);
    }

    private synchronized void index() {
        if (ownerClass != null) return;
        ownerClass = new IdentityHashMap<>();
        fnFile = new IdentityHashMap<>();
        parentFn = new IdentityHashMap<>();
        for (FileFacts f : project.files().values()) {
            indexFn(f.main(), f, 0);
            for (Fn top : topLevelFunctions(f)) indexFn(top, f, 0);
            for (ClassInfo c : f.classes().values()) {
                for (Fn m : c.methods()) {
                    ownerClass.put(m, c);
                    indexFn(m, f, 0);
                    for (Fn n : m.nested()) ownerClass.put(n, c);
                }
            }
        }
    }

    private void indexFn(Fn fn, FileFacts f, int depth) {
        fnFile.put(fn, f);
        if (depth > 50) return;
        for (Fn n : fn.nested()) {
            parentFn.putIfAbsent(n, fn);
            indexFn(n, f, depth + 1);
        }
    }

    /** Functions bound at module level (declarations, const arrows, default export). */
    public static List<Fn> topLevelFunctions(FileFacts f) {
        List<Fn> out = new ArrayList<>();
        for (Val v : f.symbols().values()) if (v instanceof FnVal fv) out.add(fv.fn());
        for (Val v : f.exports().values()) if (v instanceof FnVal fv && !out.contains(fv.fn())) out.add(fv.fn());
        return out;
    }

    /** Every function of a file (module body, nested functions, class methods), for site rules. */
    public static List<Fn> functions(FileFacts f) {
        // asked for every file by most concepts and rules: computed once per file (facts never change), one
        // unmodifiable list shared by every caller (all of them only read it)
        List<Fn> memo = FUNCTIONS.get(f);
        if (memo == null) {
            memo = List.copyOf(computeFunctions(f));
            FUNCTIONS.put(f, memo);
        }
        return memo;
    }

    /** {@link #functions} by file, held while the file's facts are in use (weak, by identity). */
    private static final dev.backcheck.model.IdentityMemo<FileFacts, List<Fn>> FUNCTIONS = new dev.backcheck.model.IdentityMemo<>();

    private static List<Fn> computeFunctions(FileFacts f) {
        List<Fn> out = new ArrayList<>();
        Deque<Fn> stack = new ArrayDeque<>();
        stack.push(f.main());
        for (Fn top : topLevelFunctions(f)) stack.push(top);
        for (ClassInfo c : f.classes().values()) for (Fn m : c.methods()) stack.push(m);
        IdentityHashMap<Fn, Boolean> seen = new IdentityHashMap<>();
        while (!stack.isEmpty()) {
            Fn fn = stack.pop();
            if (seen.put(fn, true) != null) continue;
            out.add(fn);
            for (Fn n : fn.nested()) stack.push(n);
        }
        out.sort(Comparator.comparingInt((Fn x) -> x.location().line()).thenComparingInt(x -> x.location().column()));
        return out;
    }
}

