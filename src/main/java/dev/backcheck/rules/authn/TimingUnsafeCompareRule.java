package dev.backcheck.rules.authn;

import dev.backcheck.concepts.PasswordHashers;
import dev.backcheck.concepts.RandomSources;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ===}/{@code ==}/{@code !==}/{@code !=} between a secret (a token, API key, password or its hash, HMAC
 * signature, one-time code, a secret from the environment or config) and a value that is not a constant
 * ({@link Fn#compares()}). Not reported: comparisons with null, undefined, '' or constants, {@code typeof} and
 * lengths, two values of the same input ({@code password !== confirmPassword}), a value compared after the record
 * was looked up by it ({@code findOne({ token })}) or inside a lookup callback ({@code keys.find(k => k.key === key)}),
 * test files.
 */
@RuleId("authn/timing-unsafe-compare")
public final class TimingUnsafeCompareRule implements Rule {

    @Override
    public void check(Project project, RuleContext ctx) {
        CallIndex index = CallIndex.of(project);
        java.util.IdentityHashMap<Fn, List<dev.backcheck.model.Route>> routesOf = new java.util.IdentityHashMap<>();
        for (FileFacts f : project.files().values()) {
            // tests, browser code and tooling scripts answer no request an attacker times
            if (project.isTestPath(f.path()) || RandomSources.isUiPath(f.path()) || RandomSources.isToolingPath(f.path())
                    || dev.backcheck.concepts.ServerCode.of(project).outsideServer(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                // a function no running code calls (a controller no route wires, a domain method never used, a helper
                // only tests call): the liveness concept's answer
                if (!fn.compares().isEmpty() && dev.backcheck.concepts.ImportIndex.of(project).neverRuns(f, fn)) continue;
                // the same two values compared again in the function (the outcome repeated in a log message after the
                // decision): one timing leak, reported at its first comparison
                Set<Set<Val>> seen = new java.util.HashSet<>();
                for (Fn.Compare c : fn.compares()) {
                    if (c.caseTest()) continue; // a switch case: the value is matched against fixed cases
                    String secret = judge(project, f, fn, index, c);
                    if (secret == null) continue;
                    if (c.left() != null && c.right() != null && !seen.add(new java.util.HashSet<>(List.of(c.left(), c.right())))) continue;
                    // a debugging route that answers 404 in production (its handler is this function or holds it): no
                    // deployment answers it, whatever it compares
                    if (devOnlyHandler(project, fn, routesOf)) continue;
                    String l = shown(c.left(), c.leftName()), r = shown(c.right(), c.rightName());
                    String fw = TaintRule.frameworkOf(project, f.path());
                    ctx.report(c.location(), "`" + l + "` is compared with `" + r + "` using " + (c.op().equals("==") ? "===" : "!==")
                            + ", and " + secret + " is a secret: the comparison stops at the first differing character, so the"
                            + " response time tells an attacker how much of a guess is right. Compare in constant time.")
                            .fix(ctx.meta().fixText(fw, "default")).add();
                }
            }
        }
    }

    /**
     * True when {@code fn} serves routes (as their handler or inside it) and every one of them is development-only;
     * {@code routesOf} (empty on the first ask of a scan) is filled with the routes of each such function.
     */
    private static boolean devOnlyHandler(Project project, Fn fn, java.util.IdentityHashMap<Fn, List<dev.backcheck.model.Route>> routesOf) {
        if (routesOf.isEmpty()) {
            routesOf.put(fn, new java.util.ArrayList<>()); // (marks the map built, also when no route has a handler)
            for (dev.backcheck.model.Application a : project.applications()) {
                for (dev.backcheck.model.Route r : a.routes()) {
                    Fn h = r.handler();
                    if (h == null) continue;
                    routesOf.computeIfAbsent(h, k -> new java.util.ArrayList<>()).add(r);
                    for (Fn n : h.nested()) routesOf.computeIfAbsent(n, k -> new java.util.ArrayList<>()).add(r);
                }
            }
        }
        List<dev.backcheck.model.Route> rs = routesOf.get(fn);
        if (rs == null || rs.isEmpty()) return false;
        dev.backcheck.model.RouteBehaviour b = dev.backcheck.model.RouteBehaviour.of(project);
        for (dev.backcheck.model.Route r : rs) if (!b.devOnly(r)) return false;
        return true;
    }

    /** The secret side's description when the comparison leaks a secret through timing, else null. */
    static String judge(Project project, FileFacts f, Fn fn, CallIndex index, Fn.Compare c) {
        if (c.leftKind() != null || c.rightKind() != null) return null;
        Val l = c.left(), r = c.right();
        if (constant(project, f, l, c.leftName()) || constant(project, f, r, c.rightName())) return null;
        // a digest of the input compared with a stored digest: the attacker cannot steer the digest's bytes
        if (inputDigest(l) || inputDigest(r)) return null;
        boolean ls = secret(l, c.leftName()), rs = secret(r, c.rightName());
        if (!ls && !rs) return null;
        // const signature = err instanceof Error ? `${err.name}:${err.message}` : String(err): a key made of a caught error's
        // text (to log each distinct failure once), whatever its name; nothing a client guesses
        if (errorText(l) || errorText(r)) return null;
        // two values of the same input, or a confirmation field: nothing secret is guessed
        if (sameInput(l, r)) return null;
        String[] again = {"confirm", "confirmation", "comfirm", "repeat", "retype", "again", "old", "previous", "current", "new", "next"};
        if (mentions(c.leftName(), again) || mentions(c.rightName(), again)) return null;
        // normalizedToken === invoiceCurrency: a payment token is an asset (USDC) matched with a currency or symbol, not a
        // credential
        String[] asset = {"currency", "currencies", "symbol", "ticker", "coin", "denom", "denomination"};
        if (mentions(c.leftName(), asset) || mentions(c.rightName(), asset)) return null;
        // password and password2: the same field typed twice
        if (c.leftName() != null && c.rightName() != null && !c.leftName().equals(c.rightName())
                && c.leftName().replaceAll("\\d+$", "").equalsIgnoreCase(c.rightName().replaceAll("\\d+$", ""))) return null;
        // one side computed from the other (const split = full.split('.')[0] || full; split !== full): two forms of the
        // same value, the caller's own; a lookup elsewhere does the matching
        if (derivedFrom(l, r) || derivedFrom(r, l)) return null;
        // a memo's key: if (cached?.key === apiKey) return cached.client; the process compares its own values to reuse
        // an object, no request is answered by it
        if (cachedCopy(project, f, c)) return null;
        // both sides from the environment or config: configuration, not a guess
        if (isEnv(l) && isEnv(r)) return null;
        // the key the front end is built with too (VITE_ANALYTICS_API_KEY beside ANALYTICS_API_KEY): every browser has it
        if (ls && !rs && shippedKey(project, l) || rs && !ls && shippedKey(project, r)) return null;
        // a lookup: the record was found by the value compared (the lookup is the check), or a find() callback
        if (lookedUpBy(l, r) || lookedUpBy(r, l)) return null;
        CallIndex.Callback cb = index.callback(fn);
        if (cb != null && LOOKUPS.contains(String.valueOf(cb.site().cs().methodName()))) return null;
        // a validator callback (express-validator custom, zod refine): comparing two fields of the input
        if (cb != null && VALIDATORS.contains(String.valueOf(cb.site().cs().methodName()))) return null;
        // change detection before a save: if (user.accessToken !== accessToken) { user.accessToken = accessToken }
        if (changeDetection(project, f, c)) return null;
        // the value was verified as a signed token first (jwt.verify, or a helper that verifies): a guess fails the
        // signature check before it reaches the comparison, so its timing tells nothing
        if (verifiedFirst(project, f, fn, index, l, c) || verifiedFirst(project, f, fn, index, r, c)) return null;
        // validateSession(decoded.userId, decoded.sessionToken) with decoded = verifyToken(token): the parameter compared
        // is, at every call, a claim of a token whose signature was verified there; a client cannot send a guess of it
        if (claimOfVerifiedToken(project, fn, index, l) || claimOfVerifiedToken(project, fn, index, r)) return null;
        // a one-time code behind a lockout: each mismatch bumps a stored attempt counter and the function leaves earlier
        // once that counter reached its limit; a handful of guesses per code measures no timing
        if (attemptLimited(fn, c)) return null;
        // the secret is the side the attacker does not send (a request header named x-signature is the guess)
        boolean pickLeft = l instanceof Req != r instanceof Req ? r instanceof Req : ls;
        return "`" + shown(pickLeft ? l : r, pickLeft ? c.leftName() : c.rightName()) + "`";
    }

    /**
     * The comparison's mismatch branch writes an attempt counter ({@code redis.set(`otp_attempts:${phone}`, n + 1)},
     * {@code $inc: { failedAttempts: 1 }}: a write call whose key or fields name attempts, tries or failures) and that
     * call runs only past an earlier exit taken on a relational test ({@code if (attempts >= 5) throw ..}): the guesses
     * at the secret are capped at a handful, far too few to read a timing difference.
     */
    static boolean attemptLimited(Fn fn, Fn.Compare c) {
        if (c.left() == null || c.right() == null) return false;
        Set<Val> pair = Set.of(c.left(), c.right());
        if (pair.size() != 2) return false;
        for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
            if (!COUNTER_WRITES.contains(String.valueOf(cs.methodName()))) continue;
            boolean mismatch = false, limit = false;
            for (dev.backcheck.lang.facts.CallSite.Guard g : cs.guards()) {
                if (g.left() != null && g.right() != null && Set.of(g.left(), g.right()).equals(pair)
                        && ("!=".equals(g.op()) && g.holds() || "==".equals(g.op()) && !g.holds())) mismatch = true;
                if ("truthy".equals(g.op()) && !g.holds() && g.left() instanceof Unknown u
                        && (u.kind().startsWith("binary:Gt") || u.kind().startsWith("binary:Lt"))) limit = true;
            }
            if (!mismatch || !limit) continue;
            boolean[] named = {false};
            for (Val a : cs.args()) {
                Vals.anyPart(a, x -> {
                    if (x instanceof Lit l && l.value() instanceof String str && ATTEMPTS.matcher(str).find()
                            || x instanceof Tpl t && t.quasis().stream().anyMatch(q -> ATTEMPTS.matcher(q).find())
                            || x instanceof Obj o && o.props().keySet().stream().anyMatch(k -> ATTEMPTS.matcher(k).find())) named[0] = true;
                    return named[0];
                });
            }
            if (named[0]) return true;
        }
        return false;
    }

    private static final Set<String> COUNTER_WRITES = Set.of("set", "setex", "setEx", "incr", "incrby", "incrBy", "hset", "hSet", "hincrby",
            "hIncrBy", "increment", "update", "updateOne", "findOneAndUpdate", "findByIdAndUpdate", "upsert");
    private static final java.util.regex.Pattern ATTEMPTS = java.util.regex.Pattern.compile("(?i)attempt|tries|retr(y|ies)|fail");

    /** The fields only an error has: its message and stack. */
    private static final Set<String> ERROR_FIELDS = Set.of("message", "stack");

    /**
     * A value built only from an error's describing fields ({@code `${e.name}:${e.message}`}), the same error turned to
     * text ({@code String(e)}) and literals, in a template, concatenation or choice: at least one such field read.
     */
    static boolean errorText(Val v) {
        if (!(v instanceof Tpl || v instanceof Val.Concat || v instanceof Val.OneOf)) return false;
        Set<Val> errors = new java.util.HashSet<>();
        List<Val> others = new java.util.ArrayList<>();
        if (!errorLeaves(v, errors, others, 0) || errors.isEmpty()) return false;
        for (Val o : others) {
            if (o instanceof Lit) continue;
            // e.name, e.code beside e.message: the same error described
            if (o instanceof Val.Member m && Set.of("name", "code").contains(m.prop()) && errors.contains(m.object())) continue;
            // String(e), e.toString() of an error whose fields are read beside it
            if (o instanceof Val.Call c && c.args().size() == 1 && c.callee() instanceof Val.Global g && g.name().equals("String")
                    && g.path().isEmpty() && errors.contains(c.args().get(0))) continue;
            return false;
        }
        return true;
    }

    private static boolean errorLeaves(Val v, Set<Val> errors, List<Val> others, int depth) {
        if (depth > 8) return false;
        if (v instanceof Tpl t) {
            for (Val h : t.holes()) if (!errorLeaves(h, errors, others, depth + 1)) return false;
            return true;
        }
        if (v instanceof Val.Concat c) {
            for (Val h : c.parts()) if (!errorLeaves(h, errors, others, depth + 1)) return false;
            return true;
        }
        if (v instanceof Val.OneOf o) {
            for (Val h : o.options()) if (!errorLeaves(h, errors, others, depth + 1)) return false;
            return true;
        }
        if (v instanceof Val.Member m && ERROR_FIELDS.contains(m.prop()) && !(m.object() instanceof Val.Req)) {
            errors.add(m.object());
            return true;
        }
        others.add(v);
        return true;
    }

    private static boolean shippedKey(Project project, Val v) {
        return dev.backcheck.concepts.EnvValidation.shippedToBrowser(project, dev.backcheck.concepts.EnvValidation.envName(v));
    }

    /**
     * {@code a !== b} whose next lines assign {@code b} to {@code a} (or the reverse): the code checks whether a stored
     * value changed before it saves the new one, it answers no guess.
     */
    private static boolean changeDetection(Project project, FileFacts f, Fn.Compare c) {
        if (!c.op().equals("!=") || c.leftName() == null || c.rightName() == null || c.location() == null) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, f.path());
        if (lines == null) return false;
        String l = java.util.regex.Pattern.quote(c.leftName()), r = java.util.regex.Pattern.quote(c.rightName());
        java.util.regex.Pattern assign = java.util.regex.Pattern.compile("(^|[.\\s])(" + l + "\\s*=\\s*(\\w+\\.)*" + r + "|" + r + "\\s*=\\s*(\\w+\\.)*" + l + ")\\s*;?\\s*$");
        for (int i = c.location().line() - 1; i < Math.min(lines.size(), c.location().line() + 2); i++) {
            String line = lines.get(i);
            // the comparison's own line: only what follows its opening brace
            if (i == c.location().line() - 1) {
                int b = line.indexOf('{');
                if (b < 0) continue;
                line = line.substring(b + 1);
            }
            if (assign.matcher(line.strip()).find()) return true;
        }
        return false;
    }

    /**
     * True when {@code v} is passed, before the comparison in the same function, to a call that verifies a signed token
     * ({@link dev.backcheck.concepts.Tokens#verifiers()}): the verification itself, or a call of a project function
     * holding one ({@code verifyRefreshToken(token)} wrapping jwt.verify).
     */
    private static boolean verifiedFirst(Project project, FileFacts f, Fn fn, CallIndex index, Val v, Fn.Compare c) {
        if (v == null || v instanceof Lit || c.location() == null) return false;
        List<dev.backcheck.concepts.Tokens.Verifier> verifiers = dev.backcheck.concepts.Tokens.of(project).verifiers();
        if (verifiers.isEmpty()) return false;
        for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
            if (cs.location() == null || !before(cs.location(), c.location()) || !cs.args().contains(v)) continue;
            for (dev.backcheck.concepts.Tokens.Verifier ver : verifiers) {
                if (ver.call() != null && ver.call().path().equals(cs.location().path()) && ver.call().line() == cs.location().line()
                        && ver.call().column() == cs.location().column()) return true;
            }
            Project.FnRef target = index.resolve(cs, f, fn);
            if (target == null || target.fn() == null || target.file() == null) continue;
            dev.backcheck.findings.Location span = target.fn().location();
            for (dev.backcheck.concepts.Tokens.Verifier ver : verifiers) {
                if (ver.call() != null && span != null && ver.call().path().equals(target.file().path()) && ver.call().line() >= span.line()
                        && ver.call().line() <= span.endLine()) return true;
            }
        }
        return false;
    }

    /**
     * {@code v} is a parameter of {@code fn} and every call of {@code fn} (at least one) hands in for it a field of what a
     * token verification answered ({@code verifyToken(token).sessionToken}, {@code jwt.verify(..).sid}): the verifier's
     * own call or a project function holding one (see {@link #verifiedFirst}).
     */
    private static boolean claimOfVerifiedToken(Project project, Fn fn, CallIndex index, Val v) {
        if (!(v instanceof dev.backcheck.lang.facts.Val.Param p) || !p.path().isEmpty()) return false;
        List<CallIndex.Site> callers = index.callers(fn);
        if (callers.isEmpty()) return false;
        List<dev.backcheck.concepts.Tokens.Verifier> verifiers = dev.backcheck.concepts.Tokens.of(project).verifiers();
        if (verifiers.isEmpty()) return false;
        for (CallIndex.Site site : callers) {
            if (p.index() >= site.cs().args().size()) return false;
            Val a = site.cs().arg(p.index());
            if (!(a instanceof dev.backcheck.lang.facts.Val.Member)) return false;
            while (a instanceof dev.backcheck.lang.facts.Val.Member m) a = m.object();
            if (!(a instanceof dev.backcheck.lang.facts.Val.Call call) || call.site() == null) return false;
            boolean verified = false;
            for (dev.backcheck.concepts.Tokens.Verifier ver : verifiers) {
                if (ver.call() != null && ver.call().path().equals(call.site().path()) && ver.call().line() == call.site().line()
                        && ver.call().column() == call.site().column()) verified = true;
            }
            if (!verified) {
                Project.FnRef target = index.resolve(call.callee(), false, site.file(), site.fn());
                dev.backcheck.findings.Location span = target == null || target.fn() == null || target.file() == null ? null : target.fn().location();
                for (dev.backcheck.concepts.Tokens.Verifier ver : verifiers) {
                    if (ver.call() != null && span != null && ver.call().path().equals(target.file().path()) && ver.call().line() >= span.line()
                            && ver.call().line() <= span.endLine()) verified = true;
                }
            }
            if (!verified) return false;
        }
        return true;
    }

    private static boolean before(dev.backcheck.findings.Location a, dev.backcheck.findings.Location b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    private static final Set<String> LOOKUPS = Set.of("find", "findIndex", "filter", "some", "every", "findLast", "findLastIndex", "has",
            "get", "includes");

    private static final Set<String> VALIDATORS = Set.of("custom", "refine", "superRefine", "validator", "equals", "addMethod", "test",
            "when", "matches", "check");

    private static boolean constant(Project project, FileFacts f, Val v, String name) {
        if (v instanceof Lit || v instanceof Tpl t && t.holes().isEmpty() || v instanceof Regex) return true;
        if (v instanceof Global g && g.path().isEmpty() && (g.name().equals("undefined") || g.name().equals("NaN"))) return true;
        if (v instanceof Unknown u && u.kind().startsWith("binary")) return true; // arithmetic, negation: not a secret string
        // an enum member or exported constant: TokenType.REFRESH, ROLE_ADMIN
        if ((v instanceof Local || v instanceof Ref) && name != null && name.equals(name.toUpperCase(Locale.ROOT))
                && name.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        try {
            Val x = project.resolve(v, f).val();
            if (x instanceof Lit || x instanceof Tpl t && t.holes().isEmpty()) return true;
        } catch (RuntimeException e) {
            // unresolvable: not a constant
        }
        return false;
    }

    private static final Set<String> SECRET_LAST = Set.of("token", "secret", "apikey", "password", "passwd", "pwd", "passphrase",
            "signature", "sig", "hmac", "otp", "totp", "passcode", "pin", "csrf", "xsrf");
    private static final Set<String> KEY_PREFIX = Set.of("api", "secret", "private", "access", "signing", "webhook", "auth", "hmac",
            "admin", "master", "client", "internal", "service", "x");
    private static final Set<String> CODE_PREFIX = Set.of("verification", "verify", "reset", "otp", "auth", "confirm", "confirmation",
            "activation", "security", "mfa", "2fa", "twofa", "login", "sms", "email", "one", "recovery", "backup");

    /** True when a value is a secret by its name or by what it is (an HMAC digest, a secret env var). */
    static boolean secret(Val v, String name) {
        if (secretName(name)) return true;
        if (v instanceof Global g && g.name().equals("process") && g.path().size() == 2 && secretName(g.path().get(1))) return true;
        if (v instanceof Call call && "digest".equals(Vals.lastName(call.callee()))) {
            // crypto.createHmac(...).update(x).digest('hex')
            return Vals.anyPart(call.callee(), p -> p instanceof Call cc && "createHmac".equals(Vals.lastName(cc.callee())));
        }
        return false;
    }

    private static final Set<String> PREDICATE_FIRST = Set.of("is", "has", "should", "requires", "needs", "can", "show", "was");

    static boolean secretName(String name) {
        List<String> w = PasswordHashers.words(name);
        if (w.isEmpty()) return false;
        // isSecret, hasPassword, requiresToken: a yes/no flag about a secret, not the secret
        if (w.size() > 1 && PREDICATE_FIRST.contains(w.get(0))) return false;
        String last = w.get(w.size() - 1), prev = w.size() > 1 ? w.get(w.size() - 2) : "";
        if (SECRET_LAST.contains(last)) return !(last.equals("password") && w.contains("reset") && w.contains("token"));
        if (last.equals("key") || last.equals("keys")) return KEY_PREFIX.contains(prev);
        if (last.equals("code")) return CODE_PREFIX.contains(prev);
        // tokenHash, passwordHash, signatureDigest: a hash of a secret
        if ((last.equals("hash") || last.equals("digest") || last.equals("hashed")) && w.size() > 1) {
            return w.stream().anyMatch(x -> SECRET_LAST.contains(x) || x.equals("key"));
        }
        return false;
    }

    /** {@code sha256(token)}, {@code hashToken(x)}, {@code createHash('sha256').update(x).digest('hex')}; not an HMAC. */
    private static boolean inputDigest(Val v) {
        if (!(v instanceof Call c)) return false;
        if (Vals.anyPart(c.callee(), p -> p instanceof Call cc && "createHmac".equals(Vals.lastName(cc.callee())))
                || inChain(c.callee(), "createHmac")) return false;
        String n = String.valueOf(Vals.lastName(c.callee())).toLowerCase(Locale.ROOT);
        if (n.equals("digest")) return Vals.anyPart(c.callee(), p -> p instanceof Call cc && "createHash".equals(Vals.lastName(cc.callee())))
                || inChain(c.callee(), "createHash");
        return n.startsWith("hash") || n.startsWith("sha") || n.equals("md5") || n.endsWith("hash") && !n.endsWith("passwordhash");
    }

    /** Whether a call named {@code name} is down the receivers of a call chain: createHash('sha256').update(token).digest('hex'). */
    private static boolean inChain(Val callee, String name) {
        Val cur = callee;
        for (int hop = 0; hop < 8 && cur != null; hop++) {
            if (cur instanceof Call cc) {
                if (name.equals(Vals.lastName(cc.callee()))) return true;
                cur = cc.callee();
            } else if (cur instanceof Member m) {
                cur = m.object();
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean mentions(String name, String... words) {
        List<String> w = PasswordHashers.words(name);
        for (String x : words) if (w.contains(x)) return true;
        return false;
    }

    private static boolean isEnv(Val v) {
        if (v instanceof Global g && g.name().equals("process")) return true;
        if (v instanceof Call c && Set.of("get", "getOrThrow").contains(String.valueOf(Vals.lastName(c.callee())))
                && !c.args().isEmpty() && Val.constString(c.args().get(0)) != null) {
            // configService.get('API_KEY'), config.get('x'), env.get('x'); not req.get('x-api-key')
            Val recv = Analysis.receiver(c.callee());
            String n = recv == null ? "" : String.valueOf(Vals.lastName(recv)).toLowerCase(Locale.ROOT);
            return n.contains("config") || n.contains("env") || n.contains("settings") || n.contains("secrets");
        }
        return false;
    }

    /** True when {@code whole} is built from {@code part} (a call on it, a fallback to it), and {@code part} is a named value. */
    private static boolean derivedFrom(Val whole, Val part) {
        if (whole == null || part == null || whole.equals(part)) return false;
        if (part instanceof Lit || part instanceof Unknown || part instanceof Global g && g.path().isEmpty()) return false;
        return Vals.anyPartDeep(whole, x -> x != whole && x.equals(part), 400);
    }

    private static final Set<String> CACHE_WORDS = Set.of("cache", "cached", "memo", "memoized", "memoised");

    /** An operand as written: an object path ({@code cachedStripe?.key}, {@code this.clientCache.key}). */
    private static final java.util.regex.Pattern OPERAND = java.util.regex.Pattern.compile(
            "\\s*(?:this\\.)?([A-Za-z_$][\\w$]*)((?:\\??\\.[A-Za-z_$][\\w$]*)+)\\s*");

    /**
     * One side of the comparison, as written, is a field of an object the module or class keeps as its own cache
     * ({@code cachedStripe?.key}, {@code this.clientCache.key}): not a value fetched from a store (a
     * {@code cache.get(..)} call's answer is a stored secret like any other).
     */
    private static boolean cachedCopy(Project project, FileFacts f, Fn.Compare c) {
        dev.backcheck.findings.Location at = c.location();
        if (at == null || at.line() != at.endLine()) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, f.path());
        if (lines == null || at.line() > lines.size()) return false;
        String line = lines.get(at.line() - 1);
        if (at.column() < 1 || at.endColumn() - 1 > line.length() || at.endColumn() <= at.column()) return false;
        String text = line.substring(at.column() - 1, at.endColumn() - 1);
        String[] sides = text.split("[!=]==?", 2);
        if (sides.length != 2) return false;
        for (String side : sides) {
            java.util.regex.Matcher m = OPERAND.matcher(side);
            if (!m.matches()) continue;
            List<String> parts = new java.util.ArrayList<>();
            parts.add(m.group(1));
            String[] props = m.group(2).replace("?.", ".").substring(1).split("\\.");
            for (int i = 0; i < props.length - 1; i++) parts.add(props[i]);
            for (String part : parts) if (PasswordHashers.words(part).stream().anyMatch(CACHE_WORDS::contains)) return true;
        }
        return false;
    }

    /** Two values of the same request part or the same parameter ({@code dto.password} and {@code dto.confirm}). */
    private static boolean sameInput(Val a, Val b) {
        if (a instanceof Req && b instanceof Req) return true;
        if (a instanceof Param pa && b instanceof Param pb) return pa.index() == pb.index() && !pa.path().isEmpty() && !pb.path().isEmpty();
        return false;
    }

    /** True when {@code stored} is a field of a record fetched by a query that mentions {@code by}. */
    private static boolean lookedUpBy(Val stored, Val by) {
        Val cur = stored;
        for (int i = 0; i < 6 && cur instanceof Member m; i++) {
            cur = m.object();
            if (cur instanceof Call c) {
                for (Val a : c.args()) if (Vals.anyPart(a, p -> p.equals(by))) return true;
                Val recv = Analysis.receiver(c.callee());
                if (recv instanceof Call rc) for (Val a : rc.args()) if (Vals.anyPart(a, p -> p.equals(by))) return true;
                return false;
            }
        }
        return false;
    }

    private static String shown(Val v, String name) {
        if (v instanceof Global g && g.name().equals("process")) return "process." + String.join(".", g.path());
        if (v instanceof Req q) return "req." + q.part() + (q.path().isEmpty() ? "" : "." + String.join(".", q.path()));
        if (v instanceof This t) return "this." + String.join(".", t.path());
        if (v instanceof Param p) return p.path().isEmpty() ? p.name() : p.name() + "." + String.join(".", p.path());
        if (isEnv(v) && v instanceof Call c) return Vals.lastName(c.callee()) + "('" + Val.constString(c.args().get(0)) + "')";
        return name != null ? name : "a computed value";
    }
}
