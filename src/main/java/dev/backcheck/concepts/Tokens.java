package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.report.SourceText;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every place the project signs, verifies or decodes a JWT, with what the library does there: the
 * algorithm, the key and where it comes from, the lifetime (parsed the way the library parses it),
 * the verification options, and whether the token is an access or a refresh token.
 *
 * <p>Libraries: jsonwebtoken ({@code sign}, {@code verify}, {@code decode}; {@code expiresIn} strings
 * through vercel/ms, numbers as seconds; {@code verify} without {@code algorithms} picks them from the key
 * in 9.x but falls back to HS* and to {@code none} for a missing secret in 8.x), jose ({@code new SignJWT()
 * ...setExpirationTime('2h').sign(key)}: a number there is an absolute time; {@code jwtVerify},
 * {@code decodeJwt}), {@code @fastify/jwt} (register options {@code secret}, {@code sign}, {@code verify};
 * {@code reply.jwtSign}, {@code fastify.jwt.sign}, {@code request.jwtVerify}; numbers in seconds, strings
 * through @lukeed/ms; fast-jwt picks algorithms from the key), {@code @nestjs/jwt} ({@code JwtModule.register}
 * / {@code registerAsync} options are the defaults of every {@code JwtService} call, call options override
 * them), passport-jwt ({@code new Strategy(options)}, Nest {@code PassportStrategy(Strategy)} classes'
 * {@code super(options)}), {@code hono/jwt} ({@code sign}, {@code verify}, {@code decode}, {@code jwt()}
 * middleware; the lifetime is the payload's {@code exp}) and express-jwt ({@code expressjwt(options)}).
 */
public final class Tokens {

    /**
     * What a token is for. ACCESS and REFRESH tokens carry a session; ONE_TIME tokens are handed to a person once
     * (mailed, or put in a verification, password-reset, invitation, magic-sign-in or unsubscribe link) and spent
     * on one action; OTHER tokens grant something else (a download, a share, an upload, a ticket).
     */
    public enum Purpose {
        ACCESS, REFRESH, ONE_TIME, OTHER;

        /** True for the tokens of a signed-in session (access and refresh tokens): the ones lifetime claims speak of. */
        public boolean session() {
            return this == ACCESS || this == REFRESH;
        }
    }

    /** A signing or verification key: where its value comes from, whether it is asymmetric, where it is written. */
    public record Key(ConfigValues.Value value, boolean asymmetric, Location at) {
        /** A secret written in code: a literal, or the fallback of an environment/config read. */
        public boolean hardcoded() {
            return value != null && (value.kind() == ConfigValues.Kind.LITERAL || value.kind() == ConfigValues.Kind.ENV_DEFAULT)
                    && value.text() != null && !value.text().isBlank() && !asymmetric;
        }
    }

    public enum ExpiryState { SET, NONE, UNKNOWN }

    /**
     * A token lifetime. {@code seconds} is the lifetime the library computes (-1 when set but not known statically);
     * {@code written} as in the code ('30d', 3600); {@code at} where it is written (the option or the literal);
     * {@code source} what it is read from (option, payload exp, module default, config key).
     */
    public record Expiry(ExpiryState state, long seconds, String written, Location at, String source) {
        static final Expiry UNKNOWN = new Expiry(ExpiryState.UNKNOWN, -1, null, null, null);
    }

    /** One call that signs a token. {@code defaults}: where module/plugin defaults came from (null when none). */
    public record Issuer(String library, Location call, String file, Fn fn, String algorithm, boolean algorithmDefault,
                         Location algorithmAt, Key key, Expiry expiry, Purpose purpose, String purposeWhy, Location defaults,
                         boolean test) {
        /**
         * True when no algorithm is written and the library picks one from the key: jjwt (0.10 and later) signs with
         * {@code signWith(key)} using the strongest HMAC the secret's length allows (HS256 for 32 bytes, HS384 for 48,
         * HS512 for 64 or more), so the HMAC variant is not known from the code; {@link #algorithm} then holds the
         * weakest of them.
         */
        public boolean algorithmFromKey() {
            return algorithmDefault && "jjwt".equals(library) && algorithm != null && algorithm.startsWith("HS");
        }
    }

    /**
     * One place that verifies tokens. {@code algorithms} null when none are given; {@code unsafeDefault} says what the
     * library accepts then, when that is unsafe (null when the library pins the algorithms from the key itself).
     * {@code legacy} is set when the library underneath does not tie the algorithm to the key type (jsonwebtoken
     * before 9): what it accepts without a list. {@code toleranceSeconds} is -1 when none is set.
     */
    public record Verifier(String library, Location call, String file, List<String> algorithms, Location algorithmsAt,
                           String unsafeDefault, String legacy, Key key, boolean ignoreExpiration, Location ignoreAt, long toleranceSeconds,
                           String toleranceWritten, Location toleranceAt, boolean test) {
        Verifier withKey(Key k) {
            return new Verifier(library, call, file, algorithms, algorithmsAt, unsafeDefault, legacy, k, ignoreExpiration, ignoreAt,
                    toleranceSeconds, toleranceWritten, toleranceAt, test);
        }
    }

    /** A call that reads a token's claims without checking its signature. */
    public record Decode(String library, Location call, FileFacts file, Fn fn, CallSite cs, boolean test) { }

    private final Project project;
    private final CallIndex index;
    private final ConfigValues config;
    private final SourceText source;
    private final List<Issuer> issuers = new ArrayList<>();
    private final List<Verifier> verifiers = new ArrayList<>();
    private final List<Decode> decodes = new ArrayList<>();
    private final Set<CallSite> issuing = Collections.newSetFromMap(new IdentityHashMap<>());

    public static Tokens of(Project p) {
        return p.derived(Tokens.class, Tokens::new);
    }

    /**
     * The calls that sign a token, as the framework models' handler summaries see them while the models are being built
     * ({@link dev.backcheck.model.Analysis}): which calls sign depends on the call sites, their libraries and names only,
     * never on which code runs in a server, so this is the signing set of a Tokens collected without the liveness of
     * the files (what {@link #test} reads through the applications, which are not built yet: with none, no file is
     * outside the server) and without the environment's validation (a verifier's key risk). Computed without the
     * applications, so the summaries that read it can be computed beside the models (EarlySummaries) instead of
     * dropped; the rules' Tokens, after the models, is the whole one.
     */
    public static Issuers issuers(Project p) {
        return p.derived(Issuers.class, pp -> new Issuers(new Tokens(pp, true).issuing));
    }

    /** The signing calls of {@link #issuers}. */
    public static final class Issuers {
        private final Set<CallSite> issuing;

        private Issuers(Set<CallSite> issuing) {
            this.issuing = issuing;
        }

        /** True when {@code cs} signs a token (as {@link Tokens#issues}). */
        public boolean issues(CallSite cs) {
            return issuing.contains(cs);
        }
    }

    /** True for the collection of {@link #issuers}: no file's liveness, no environment validation read. */
    private final boolean issuersOnly;

    private Tokens(Project project) {
        this(project, false);
    }

    private Tokens(Project project, boolean issuersOnly) {
        this.project = project;
        this.issuersOnly = issuersOnly;
        this.index = CallIndex.of(project);
        this.config = ConfigValues.of(project);
        this.source = new SourceText(project.root() == null ? java.nio.file.Path.of(".") : project.root());
        try {
            collect();
        } catch (RuntimeException e) {
            // a shape the concept does not expect: what was collected so far stands
        }
        Comparator<Location> order = Location.ORDER;
        issuers.sort(Comparator.comparing(Issuer::call, order));
        verifiers.sort(Comparator.comparing(Verifier::call, order));
        decodes.sort(Comparator.comparing(Decode::call, order));
    }

    public List<Issuer> issuers() {
        return Collections.unmodifiableList(issuers);
    }

    public List<Verifier> verifiers() {
        return Collections.unmodifiableList(verifiers);
    }

    public List<Decode> decodes() {
        return Collections.unmodifiableList(decodes);
    }

    /** True when {@code cs} signs a token (any library above, or a {@code sign} on a receiver named like a JWT service). */
    public boolean issues(CallSite cs) {
        return issuing.contains(cs);
    }

    /**
     * True when the decode's result is thrown away: the call is a statement of its own ({@code jwt.decode(token, cb);}).
     * jsonwebtoken's {@code decode(token, options)} is synchronous and never calls a function handed to it, so a
     * callback there never runs and what it would do with the claims never happens.
     */
    public boolean discarded(Decode d) {
        if (d.file() == null || d.call() == null) return false;
        String text = source.text(d.file().path());
        if (text.isEmpty()) return false;
        int[] starts = lineStarts(d.file().path(), text);
        int from = offset(starts, d.call().line(), d.call().column(), text.length());
        int to = offset(starts, d.call().endLine(), d.call().endColumn(), text.length());
        if (from < 0 || to < from) return false;
        String before = text.substring(starts[d.call().line() - 1], from).strip();
        if (!(before.isEmpty() || before.endsWith(";") || before.endsWith("{") || before.endsWith("}"))) return false;
        int i = to;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i >= text.length() || text.charAt(i) == ';' || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '}';
    }

    /** True when {@code fn} is a callback handed to jsonwebtoken's {@code decode}, which never calls it. */
    public boolean deadCallback(Decode d, Fn fn) {
        if (!d.library().equals("jsonwebtoken")) return false;
        for (Val a : d.cs().args()) if (a instanceof FnVal fv && fv.fn() == fn) return true;
        return false;
    }

    private static final Pattern LOOKUP = Pattern.compile("(?i)^(eq|equals|where|find.*|get|hget|getItem|exists|count.*|lookup.*|"
            + "sismember|zscore|some|includes|has)$");
    private static final Pattern DENY = Pattern.compile("(?i)(black|block|revok|deny|denied|banned|invalidat|blacklist|logout|expired)");

    /**
     * Where the token a decode reads is matched against a stored copy, which is how the code verifies it: the raw
     * token compared with a value that is not the request's ({@code user.refreshToken !== token}), or handed to a
     * lookup ({@code where(eq(users.refreshToken, token))}, {@code findOne({ refreshToken: token })},
     * {@code redis.get(`session:${token}`)}) in the function that decodes it or the one it is written in. A lookup
     * in a deny-list (blacklist, revoked) is no verification: a forged token is in no such list. Null when none.
     */
    public Location storedMatch(Decode d) {
        Val token = d.cs().arg(0);
        if (token == null || token instanceof Lit) return null;
        for (Fn fn : new Fn[]{d.fn(), index.parentOf(d.fn())}) {
            if (fn == null) continue;
            for (Fn.Compare c : fn.compares()) {
                if (c.caseTest()) continue;
                Val other = token.equals(c.left()) ? c.right() : token.equals(c.right()) ? c.left() : null;
                if (other == null || other instanceof Lit || other.equals(token) || Vals.isRequestDerived(other)) continue;
                if (other instanceof Unknown || fromDecode(other)) continue;
                if (DENY.matcher(String.valueOf(c.leftName()) + " " + c.rightName()).find()) continue;
                return c.location();
            }
            List<CallSite> calls = new ArrayList<>(fn.calls());
            for (Fn n : fn.nested()) calls.addAll(n.calls());
            for (CallSite cs : calls) {
                if (cs == d.cs()) continue;
                String m = cs.methodName();
                if (m == null || !LOOKUP.matcher(m).matches() || DENY.matcher(m).find()) continue;
                Val recv = Analysis.receiver(cs.callee());
                if (recv != null && DENY.matcher(String.valueOf(Vals.lastName(recv))).find()) continue;
                boolean holds = false;
                for (Val a : cs.args()) {
                    if (Vals.anyPart(a, x -> x.equals(token))) holds = true;
                    if (Vals.anyPart(a, x -> x instanceof Lit l && l.value() instanceof String s && DENY.matcher(s).find()
                            || x instanceof Tpl t && DENY.matcher(String.join("", t.quasis())).find())) {
                        holds = false;
                        break;
                    }
                }
                if (holds) return cs.location();
            }
        }
        return null;
    }

    /** A value read off a decode's result ({@code jwt.decode(t).sub}): not a stored copy. */
    private static boolean fromDecode(Val v) {
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Member m) v = m.object();
            else if (v instanceof Call c) {
                String n = Vals.lastName(c.callee());
                if (n != null && n.toLowerCase(Locale.ROOT).contains("decode")) return true;
                v = c.callee() instanceof Member m ? m.object() : null;
            } else return false;
        }
        return false;
    }

    /**
     * A refresh token that is no JWT: an opaque value the server keeps and looks up again. {@code at} is where it is written
     * to its store, {@code how} says what shows it (a write to a refresh-token table, entity or repository, or a random value
     * assigned to a refresh-token name).
     */
    public record StoredRefresh(Location at, String how, boolean test) { }

    private List<StoredRefresh> stored;

    /** Methods that write a record or a key: create, save, insert, set ... */
    private static final Set<String> STORE_WRITES = Set.of("create", "createMany", "insert", "insertOne", "insertMany", "save", "saveAndFlush",
            "persist", "add", "upsert", "set", "setex", "setEx", "hset", "hSet", "put");
    /** A name that is a refresh-token store or record: refreshToken, refresh_tokens, RefreshTokenRepository, refreshTokenDao. */
    private static final Pattern REFRESH_STORE_NAME = Pattern.compile("(?i)^refresh_?tokens?(?:_?(?:repo|repository|dao|store|model|entity|table|records?))?$");
    /** A store of issued sign-in credentials: refresh tokens or server sessions (refresh_tokens, UserSession, auth_sessions). */
    private static final Pattern CREDENTIAL_STORE_NAME = Pattern.compile("(?i)^(?:(?:user|auth|login)_?)?(?:refresh_?tokens?|sessions?)(?:_?(?:repo|repository|dao|store|model|entity|table|records?))?$");

    /**
     * True when a table, model or repository name ({@code refreshTokens}, {@code session}, {@code user_sessions}, a model
     * file {@code Session.js}) holds the sign-in credentials a login or sign-up issues: a row there is the session
     * handed out, not part of the account's own data.
     */
    public static boolean credentialStore(String store) {
        if (store == null) return false;
        String n = store.replaceAll("(?i)[.](js|ts|mjs|cjs)$", "");
        int dot = n.lastIndexOf('.');
        if (dot >= 0) n = n.substring(dot + 1);
        return CREDENTIAL_STORE_NAME.matcher(n).matches();
    }

    private static final Pattern REFRESH_FIELD = Pattern.compile("(?i)(?:current_?|hashed_?)*refresh_?token(?:_?(?:hash|hashed|digest|expires?(?:_?at)?|expiry|exp))?");

    /**
     * The values a write stores when all it sets is a refresh token kept on the account's row (and clock stamps beside
     * it): {@code prisma.user.update({ where, data: { refreshToken: hash } })}, {@code repo.update(id, { refreshToken })},
     * {@code User.findByIdAndUpdate(id, { $set: { refreshToken } })}, drizzle {@code .set({ refreshToken })}; null when
     * the write sets anything else. Storing a newly issued token is the sign-in's hand-out of a credential, like a row
     * added to a refresh-token table ({@link #credentialStore}); storing null revokes, and the caller tells which.
     */
    public static List<Val> refreshFieldValues(Fn fn, CallSite cs, DbClients.Op op) {
        if (op == null || op.method() == null || cs == null) return null;
        String m = op.method().toLowerCase(Locale.ROOT);
        if (!m.contains("update") && !m.equals("set")) return null;
        Obj set = null;
        for (Val a : cs.args()) {
            if (a instanceof Obj o && o.props().get("data") instanceof Obj d) set = d;
            else if (a instanceof Obj o && o.props().get("$set") instanceof Obj d && o.props().size() == 1) set = d;
        }
        // repo.update(id, { refreshToken }), Model.updateOne(filter, { refreshToken }), findByIdAndUpdate(id, {..})
        if (set == null && cs.args().size() >= 2 && cs.args().get(1) instanceof Obj o && !o.props().containsKey("$set")) set = o;
        if (set == null) {
            // drizzle: db.update(users).set({ refreshToken }).where(..)
            for (CallSite c : fn.calls()) {
                if ("set".equals(c.methodName()) && c.args().size() == 1 && c.args().get(0) instanceof Obj o
                        && Vals.receiver(c.callee()) instanceof Call u && "update".equals(Vals.lastName(u.callee())) && u.site() != null
                        && u.site().equals(cs.location())) set = o;
            }
        }
        if (set == null || set.props().isEmpty()) return null;
        List<Val> out = new ArrayList<>();
        for (Map.Entry<String, Val> e : set.props().entrySet()) {
            if (REFRESH_FIELD.matcher(e.getKey()).matches()) out.add(e.getValue());
            else if (!clockValue(e.getValue())) return null;
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean clockValue(Val v) {
        if (v instanceof New n && n.callee() instanceof Global g && g.name().equals("Date") && g.path().isEmpty()) return true;
        return v instanceof Call c && c.callee() instanceof Global g && g.name().equals("Date") && g.path().equals(List.of("now"));
    }

    /** Calls that make a random value: crypto.randomBytes, randomUUID, uuid v4, nanoid, SecureRandom. */
    private static final Pattern RANDOM_CALL = Pattern.compile("^(randomBytes|randomUUID|v4|uuid|uuidv4|nanoid|customAlphabet|generateSecureToken|nextBytes|randomAlphanumeric)$");
    private static final Pattern REFRESH_NAME = Pattern.compile("(?i)refresh");

    /**
     * The refresh tokens the code issues without signing them (JWT refresh tokens are {@link #issuers()} of purpose REFRESH):
     * a record written to a refresh-token table, entity or repository ({@code prisma.refreshToken.create},
     * {@code refreshTokenRepository.save(t)}, {@code db.insert(refreshTokens)}), a key named for refresh tokens set in a store
     * ({@code redis.set(`refresh:${id}`, ...)}), or a random value assigned to a refresh-token name
     * ({@code const refreshToken = crypto.randomBytes(32).toString('hex')}, {@code refreshToken.setToken(UUID.randomUUID()...)}).
     * TypeScript, JavaScript and Java alike.
     */
    public synchronized List<StoredRefresh> storedRefreshTokens() {
        if (stored != null) return stored;
        List<StoredRefresh> out = new ArrayList<>();
        try {
            for (FileFacts f : project.files().values()) {
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        String how = storedRefresh(f, cs);
                        if (how != null) out.add(new StoredRefresh(cs.location(), how, test(f)));
                    }
                }
            }
        } catch (RuntimeException e) {
            // a shape this reading does not expect: what was found so far stands
        }
        out.sort(Comparator.comparing(StoredRefresh::at, Location.ORDER));
        stored = List.copyOf(out);
        return stored;
    }

    private String storedRefresh(FileFacts f, CallSite cs) {
        String m = cs.methodName();
        if (m == null) return null;
        if (STORE_WRITES.contains(m)) {
            for (String n : receiverNames(Analysis.receiver(cs.callee()))) {
                if (REFRESH_STORE_NAME.matcher(n).matches()) return "refresh token written with " + n + "." + m + "(..)";
            }
            Val a0 = cs.arg(0);
            String first = a0 == null ? null : Vals.lastName(a0);
            // db.insert(refreshTokens), repository.save(refreshToken)
            if (first != null && REFRESH_STORE_NAME.matcher(first).matches() && !(a0 instanceof Call)) {
                return "refresh token written with " + m + "(" + first + ")";
            }
            if ((m.equalsIgnoreCase("set") || m.equalsIgnoreCase("setex") || m.equalsIgnoreCase("hset")) && a0 != null) {
                String key = a0 instanceof Tpl t ? String.join("", t.quasis()) : Val.constString(a0);
                if (key != null && key.toLowerCase(Locale.ROOT).matches("(?s).*refresh[_:-]?(tokens?)?[:_-].*")) {
                    return "refresh token kept under the key '" + key + "'";
                }
            }
        }
        if (RANDOM_CALL.matcher(m).matches()) {
            String prefix = linePrefix(f, cs.location());
            if (prefix != null && REFRESH_NAME.matcher(prefix).find()) return "random refresh token assigned to '" + prefix.strip() + "'";
        }
        if (m.equals("setToken") || m.equals("setValue")) {
            Val recv = Analysis.receiver(cs.callee());
            String r = recv == null ? null : Vals.lastName(recv);
            if (r != null && REFRESH_NAME.matcher(r).find() && cs.args().stream().anyMatch(a -> Vals.anyPart(a, x -> x instanceof Call k
                    && k.callee() != null && Vals.lastName(k.callee()) != null && RANDOM_CALL.matcher(Vals.lastName(k.callee())).matches()))) {
                return "random refresh token set on " + r;
            }
        }
        return null;
    }

    /** The names along a receiver chain: {@code this.prisma.refreshToken} gives refreshToken, prisma. */
    private static List<String> receiverNames(Val v) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 6 && v != null; i++) {
            if (v instanceof Member mm) {
                out.add(mm.prop());
                v = mm.object();
            } else {
                if (v instanceof Local l) { out.addAll(l.path()); out.add(l.name()); }
                else if (v instanceof Global g) { out.addAll(g.path()); out.add(g.name()); }
                else if (v instanceof This t) out.addAll(t.path());
                else if (v instanceof Ref r) { out.addAll(r.path()); out.add(r.export()); }
                else if (v instanceof Param p) { out.addAll(p.path()); out.add(p.name()); }
                break;
            }
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    /** Where the secrets judged here are written (literals and literal fallbacks of keys), for other rules not to report them again. */
    public List<Location> secretLiterals() {
        Set<Location> out = new TreeSet<>(Location.ORDER);
        for (Issuer i : issuers) if (i.key() != null && i.key().hardcoded() && i.key().at() != null) out.add(i.key().at());
        for (Verifier v : verifiers) if (v.key() != null && v.key().hardcoded() && v.key().at() != null) out.add(v.key().at());
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ evaluation context

    /** Where a value is evaluated: its file and function, and the call that bound the function's parameters (one level). */
    private record Ctx(FileFacts file, Fn fn, CallSite via, Ctx up) { }

    private record R(Val val, Ctx ctx) { }

    /** Resolves a value; a parameter of a function evaluated for one caller becomes that caller's argument. */
    private R resolve(Val v, Ctx c) {
        for (int i = 0; i < 6 && v != null; i++) {
            Project.Resolved r = project.resolve(v, c.file());
            Val x = r.val();
            Ctx here = r.file() == c.file() ? c : new Ctx(r.file(), null, null, null);
            if (x instanceof Param p && here.via() != null && here.up() != null) {
                Val a = here.via().arg(p.index());
                if (a == null) return new R(Val.UNKNOWN, here);
                for (String s : p.path()) a = Val.member(a, s);
                v = a;
                c = here.up();
                continue;
            }
            return new R(x, here);
        }
        return new R(v == null ? null : Val.UNKNOWN, c);
    }

    /**
     * The option a ternary takes when its condition compares a parameter with a constant and the context knows the caller's
     * argument ({@code type === 'access' ? A : B} with {@code generateToken(p, s, 'refresh')}); null when it cannot be told.
     */
    private Val decided(OneOf o, Ctx c) {
        Test t = o.test();
        if (t == null || o.options().size() != 2 || c.via() == null || t.right() == null) return null;
        if (!(t.op().equals("==") || t.op().equals("===") || t.op().equals("!=") || t.op().equals("!=="))) return null;
        if (!(t.left() instanceof Param) && !(t.right() instanceof Param)) return null;
        String l = Val.constString(resolve(t.left(), c).val()), r = Val.constString(resolve(t.right(), c).val());
        if (l == null || r == null) return null;
        boolean eq = l.equals(r);
        boolean holds = (t.op().startsWith("!") ? !eq : eq) == t.holds();
        return o.options().get(holds ? 0 : 1);
    }

    private boolean paramRooted(Val v, Ctx c) {
        R r = resolve(v, c);
        return r.val() instanceof Param;
    }

    // ------------------------------------------------------------------ options

    private record Layer(Obj obj, Ctx ctx, Location span, String label) { }

    private record Hit(Val val, Ctx ctx, Location at, String label) { }

    /** Option objects in priority order (call options first, then module/plugin defaults). {@code open}: one could not be read. */
    private static final class Opts {
        final List<Layer> layers = new ArrayList<>();
        boolean open;
        boolean paramHit;
    }

    private void addLayer(Opts o, Val v, Ctx c, Location span, String label) {
        if (v == null) return;
        if (paramRooted(v, c)) o.paramHit = true;
        R r = resolve(v, c);
        if (r.val() instanceof Obj obj) o.layers.add(new Layer(obj, r.ctx(), r.ctx() == c ? span : null, label));
        else if (r.val() instanceof Lit l && l.value() == null) return;
        else if (r.val() instanceof FnVal) return; // a callback in the options position
        else o.open = true;
    }

    /** The first layer's value at {@code path}; null when no layer sets it. */
    private Hit get(Opts o, String... path) {
        for (Layer l : o.layers) {
            Val cur = l.obj();
            Ctx ctx = l.ctx();
            boolean ok = true;
            for (int i = 0; i < path.length; i++) {
                R r = i == 0 ? new R(cur, ctx) : resolve(cur, ctx);
                if (!(r.val() instanceof Obj ob) || !ob.props().containsKey(path[i])) {
                    if (r.val() instanceof Obj ob2 && ob2.props().keySet().stream().anyMatch(k -> k.startsWith("..."))) o.open = true;
                    else if (!(r.val() instanceof Obj) && i > 0) o.open = true;
                    ok = false;
                    break;
                }
                cur = ob.props().get(path[i]);
                ctx = r.ctx();
            }
            if (ok) {
                if (paramRooted(cur, ctx)) o.paramHit = true;
                Location at = l.span() == null ? null : keyAt(ctx.file(), l.span(), path[path.length - 1]);
                return new Hit(cur, ctx, at, l.label());
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ source positions

    /** The value written after {@code key:} inside {@code span} of the file, or null. */
    private Location keyAt(FileFacts f, Location span, String key) {
        if (f == null || span == null) return null;
        String text = source.text(f.path());
        if (text.isEmpty()) return null;
        int[] starts = lineStarts(f.path(), text);
        int from = offset(starts, span.line(), span.column(), text.length());
        int to = offset(starts, span.endLine(), span.endColumn(), text.length());
        if (from < 0 || to <= from) return null;
        Matcher m = Pattern.compile("(?<![\\w$.])['\"]?" + Pattern.quote(key) + "['\"]?\\s*:\\s*").matcher(text);
        m.region(from, to);
        if (!m.find()) {
            // shorthand { expiresIn }: the key itself
            Matcher s = Pattern.compile("(?<![\\w$.])" + Pattern.quote(key) + "(?=\\s*[,}\\n])").matcher(text);
            s.region(from, to);
            return s.find() ? at(f.path(), starts, s.start(), s.end()) : null;
        }
        int vs = m.end();
        int ve = vs;
        int depth = 0;
        char quote = 0;
        while (ve < to) {
            char ch = text.charAt(ve);
            if (quote != 0) {
                if (ch == '\\') ve++;
                else if (ch == quote) quote = 0;
            } else if (ch == '\'' || ch == '"' || ch == '`') quote = ch;
            else if (ch == '(' || ch == '[' || ch == '{') depth++;
            else if (ch == ')' || ch == ']' || ch == '}') {
                if (depth == 0) break;
                depth--;
            } else if ((ch == ',' || ch == '\n') && depth == 0) break;
            ve++;
        }
        while (ve > vs && Character.isWhitespace(text.charAt(ve - 1))) ve--;
        return at(f.path(), starts, vs, Math.max(ve, vs + 1));
    }

    /** Where a string literal with {@code value} is written inside {@code span}, or null. */
    private Location literalAt(FileFacts f, Location span, String value) {
        if (f == null || value == null || value.isEmpty()) return null;
        Location l = span == null ? null : ConfigValues.locate(f, value, span);
        if (l != null) return l;
        String text = source.text(f.path());
        if (text.isEmpty()) return null;
        int[] starts = lineStarts(f.path(), text);
        int from = span == null ? 0 : offset(starts, span.line(), span.column(), text.length());
        int to = span == null ? text.length() : offset(starts, span.endLine(), span.endColumn(), text.length());
        if (from < 0 || to <= from) return null;
        for (char q : new char[]{'\'', '"', '`'}) {
            int i = text.indexOf(q + value + q, from);
            if (i >= 0 && i < to) return at(f.path(), starts, i, i + value.length() + 2);
        }
        return null;
    }

    private final Map<String, int[]> lineStarts = new HashMap<>();

    private synchronized int[] lineStarts(String path, String text) {
        return lineStarts.computeIfAbsent(path, p -> {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') s.add(i + 1);
            return s.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    private static int offset(int[] starts, int line, int col, int len) {
        if (line < 1 || line > starts.length) return -1;
        return Math.min(len, starts[line - 1] + Math.max(0, col - 1));
    }

    private static Location at(String path, int[] starts, int from, int to) {
        int l1 = lineOf(starts, from), l2 = lineOf(starts, to);
        return new Location(path, l1 + 1, from - starts[l1] + 1, l2 + 1, to - starts[l2] + 1, null);
    }

    private static int lineOf(int[] starts, int off) {
        int i = Arrays.binarySearch(starts, off);
        return i >= 0 ? i : -i - 2;
    }

    // ------------------------------------------------------------------ keys

    /** Calls whose first argument is the key material: new TextEncoder().encode(s), Buffer.from(s, enc), createSecretKey(s). */
    private static final Set<String> KEY_WRAPPERS = Set.of("encode", "from", "createSecretKey", "Buffer");
    private static final Set<String> ASYMMETRIC_WRAPPERS = Set.of("importPKCS8", "importSPKI", "importX509", "importJWK",
            "createPrivateKey", "createPublicKey");

    private Key key(Val v, Ctx c, Location span, String alg) {
        if (v == null) return null;
        boolean asym = alg != null && !alg.toUpperCase(Locale.ROOT).startsWith("HS");
        R r = resolve(v, c);
        for (int i = 0; i < 4; i++) {
            Val x = r.val();
            if (x instanceof Call call && !call.args().isEmpty()) {
                String n = Vals.lastName(call.callee());
                if (n != null && ASYMMETRIC_WRAPPERS.contains(n)) {
                    asym = true;
                    r = resolve(call.args().get(0), r.ctx());
                    continue;
                }
                if (n != null && KEY_WRAPPERS.contains(n)) {
                    r = resolve(call.args().get(0), r.ctx());
                    continue;
                }
            }
            // s.toString('ascii'), s.trim(), s.replace(/\\n/g, '\n'): the receiver is the key material
            if (x instanceof Call call && Set.of("toString", "trim", "replace", "replaceAll").contains(String.valueOf(Vals.lastName(call.callee())))
                    && call.callee() instanceof Member m) {
                r = resolve(m.object(), r.ctx());
                continue;
            }
            if (x instanceof New n && !n.args().isEmpty() && "TextEncoder".equals(Vals.lastName(n.callee()))) break;
            break;
        }
        return keyFrom(r, asym, span, c.file(), true);
    }

    /**
     * The key a resolved value holds: its configured value (a file or PEM text is asymmetric), located at the literal
     * that sets it: in {@code callFile} near {@code span} first (when given), else where the value was resolved,
     * else the call. {@code envDefaults}: an env fallback literal ({@code process.env.S || 'x'}) is located too.
     */
    private Key keyFrom(R r, boolean asym, Location span, FileFacts callFile, boolean envDefaults) {
        ConfigValues.Value value;
        try {
            value = config.value(r.val(), r.ctx().file(), r.ctx().fn());
        } catch (RuntimeException e) {
            value = new ConfigValues.Value(ConfigValues.Kind.UNKNOWN, null, null, null, "expression");
        }
        if (value.kind() == ConfigValues.Kind.FILE) asym = true;
        if (value.text() != null && value.text().contains("-----BEGIN")) asym = true;
        Location at = value.literal();
        if (at == null && value.text() != null
                && (value.kind() == ConfigValues.Kind.LITERAL || envDefaults && value.kind() == ConfigValues.Kind.ENV_DEFAULT)) {
            if (callFile != null) at = literalAt(callFile, span, value.text());
            if (at == null && r.ctx().file() != callFile) at = literalAt(r.ctx().file(), null, value.text());
            if (at == null) at = span;
        }
        return new Key(value, asym, at);
    }

    // ------------------------------------------------------------------ lifetimes

    enum Clock { VERCEL_MS, LUKEED_MS, JOSE, EXP }

    private static final Pattern VERCEL = Pattern.compile("(?i)^(-?(?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$");
    private static final Pattern LUKEED = Pattern.compile("^(-?(?:\\d+)?\\.?\\d+) *(m(?:illiseconds?|s(?:ecs?)?))?(s(?:ec(?:onds?|s)?)?)?(m(?:in(?:utes?|s)?)?)?(h(?:ours?|rs?)?)?(d(?:ays?)?)?(w(?:eeks?|ks?)?)?(y(?:ears?|rs?)?)?$");
    private static final Pattern JOSE = Pattern.compile("(?i)^(\\+|-)? ?(\\d+|\\d+\\.\\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$");

    /** Milliseconds a vercel/ms string stands for (jsonwebtoken, @nestjs/jwt), null when ms rejects it. */
    static Double vercelMs(String s) {
        if (s == null || s.isEmpty() || s.length() > 100) return null;
        Matcher m = VERCEL.matcher(s);
        if (!m.matches()) return null;
        double n = Double.parseDouble(m.group(1));
        String u = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
        double mult;
        if (u.startsWith("y")) mult = 31_557_600_000d;
        else if (u.startsWith("w")) mult = 604_800_000d;
        else if (u.startsWith("d")) mult = 86_400_000d;
        else if (u.startsWith("h")) mult = 3_600_000d;
        else if (u.equals("m") || u.startsWith("min")) mult = 60_000d;
        else if (u.equals("s") || u.startsWith("sec")) mult = 1000d;
        else mult = 1d;
        return n * mult;
    }

    /** Milliseconds an @lukeed/ms string stands for (@fastify/jwt), null when it rejects it. */
    static Double lukeedMs(String s) {
        if (s == null) return null;
        Matcher m = LUKEED.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) return null;
        double n = Double.parseDouble(m.group(1));
        if (n == 0) return null;
        if (m.group(3) != null) return n * 1000;
        if (m.group(4) != null) return n * 60_000;
        if (m.group(5) != null) return n * 3_600_000;
        if (m.group(6) != null) return n * 86_400_000;
        if (m.group(7) != null) return n * 604_800_000;
        if (m.group(8) != null) return n * 31_557_600_000d;
        return n;
    }

    /** Seconds a jose time span stands for (setExpirationTime('2h'), clockTolerance '30s'), null when jose rejects it. */
    static Long joseSecs(String s) {
        if (s == null) return null;
        Matcher m = JOSE.matcher(s);
        if (!m.matches() || m.group(4) != null && m.group(1) != null) return null;
        double v = Double.parseDouble(m.group(2));
        char u = Character.toLowerCase(m.group(3).charAt(0));
        long mult = switch (u) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3600;
            case 'd' -> 86400;
            case 'w' -> 604800;
            default -> 31557600;
        };
        long secs = Math.round(v * mult);
        boolean neg = "-".equals(m.group(1)) || "ago".equalsIgnoreCase(m.group(4));
        return neg ? -secs : secs;
    }

    /** A value as the library reads it: a number or a string (null: unknown), and where it is written. */
    private record Raw(Object value, String written, Location at, String from) { }

    private static final Set<String> NUMBER_CALLS = Set.of("Number", "parseInt", "parseFloat");

    /** The value a lifetime option has as written in code (the literal fallback of a config read, the largest option of a ternary). */
    private Raw raw(Val v, Ctx c, Location at, boolean numeric, int depth) {
        if (v == null || depth > 6) return null;
        R r = resolve(v, c);
        Val x = r.val();
        if (x instanceof Lit l && l.value() instanceof Double d) return new Raw(d, fmt(d), at, null);
        if (x instanceof Lit l && l.value() instanceof String s) {
            FileFacts lf = r.ctx().file();
            Location found = at != null && lf != null && at.path().equals(lf.path()) ? literalAt(lf, at, s) : null;
            if (found == null) found = literalAt(lf, null, s);
            if (found != null) at = found;
            if (numeric) {
                try {
                    double d = Double.parseDouble(s.trim());
                    return new Raw(d, s, at, null);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return new Raw(s, "'" + s + "'", at, null);
        }
        if (x instanceof Tpl t && t.holes().isEmpty()) return raw(new Lit(t.quasis().get(0)), r.ctx(), at, numeric, depth + 1);
        if (x instanceof Call call && !call.args().isEmpty() && NUMBER_CALLS.contains(String.valueOf(Vals.lastName(call.callee())))
                && call.callee() instanceof Global) {
            return raw(call.args().get(0), r.ctx(), at, true, depth + 1);
        }
        if (x instanceof Concat cc && cc.parts().stream().allMatch(p -> p instanceof Lit l && l.value() instanceof Double)) {
            double sum = 0;
            for (Val p : cc.parts()) sum += (Double) ((Lit) p).value();
            return new Raw(sum, fmt(sum), at, null);
        }
        if (x instanceof OneOf o) {
            // type === 'access' ? ACCESS_TTL : REFRESH_TTL evaluated for a caller that passes the type: the option it takes
            Val taken = decided(o, r.ctx());
            if (taken != null) return raw(taken, r.ctx(), at, numeric, depth + 1);
            // the literal options (a fallback, either side of a ternary): the longest lifetime the code allows
            Raw best = null;
            for (Val opt : o.options()) {
                Raw ro = raw(opt, r.ctx(), at, numeric, depth + 1);
                if (ro == null || ro.value() == null) continue;
                if (best == null || compareLifetime(ro, best) > 0) best = ro;
            }
            if (best != null) return new Raw(best.value(), best.written(), best.at(), best.from() != null ? best.from() : describe(x, r.ctx()));
            return null;
        }
        ConfigValues.Value cv;
        try {
            cv = config.value(x, r.ctx().file(), r.ctx().fn());
        } catch (RuntimeException e) {
            return null;
        }
        if (cv.text() == null || cv.kind() == ConfigValues.Kind.UNKNOWN || cv.kind() == ConfigValues.Kind.FILE) return null;
        String t = cv.text().trim();
        Location lat = cv.literal() != null ? cv.literal() : at;
        String from = cv.kind() == ConfigValues.Kind.ENV ? cv.describe() + " as the repository's env file sets it" : cv.describe();
        // a config value written as digits: numbers from config schemas and defaults are seconds
        if (t.matches("\\d+(\\.\\d+)?")) return new Raw(Double.parseDouble(t), t, lat, from);
        return new Raw(t, "'" + t + "'", lat, from);
    }

    private String describe(Val x, Ctx c) {
        try {
            ConfigValues.Value cv = config.value(x, c.file(), c.fn());
            return cv.kind() == ConfigValues.Kind.ENV_DEFAULT || cv.kind() == ConfigValues.Kind.ENV ? cv.describe() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int compareLifetime(Raw a, Raw b) {
        double x = approxSeconds(a.value()), y = approxSeconds(b.value());
        return Double.compare(x, y);
    }

    private static double approxSeconds(Object v) {
        if (v instanceof Double d) return d;
        Double ms = vercelMs(String.valueOf(v));
        return ms == null ? -1 : ms / 1000;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The lifetime an option value gives under a library's clock. */
    private Expiry lifetime(Hit h, Clock clock, String what) {
        if (h == null) return null;
        Raw raw = raw(h.val(), h.ctx(), h.at(), false, 0);
        String source = what + (h.label() == null ? "" : " (" + h.label() + ")");
        if (raw == null) return new Expiry(ExpiryState.SET, -1, null, h.at(), source);
        if (raw.from() != null) source += " from " + raw.from();
        Location at = raw.at() != null ? raw.at() : h.at();
        long secs = -1;
        if (raw.value() instanceof Double d) {
            secs = switch (clock) {
                case JOSE -> -2; // an absolute time: handled by the caller
                default -> (long) Math.floor(d);
            };
        } else if (raw.value() instanceof String s) {
            Double ms = switch (clock) {
                case VERCEL_MS -> vercelMs(s);
                case LUKEED_MS -> lukeedMs(s);
                default -> null;
            };
            if (clock == Clock.JOSE) {
                Long js = joseSecs(s);
                secs = js == null ? -1 : js;
            } else secs = ms == null ? -1 : (long) Math.floor(ms / 1000);
        }
        return new Expiry(ExpiryState.SET, secs, raw.written(), at, source);
    }

    /** A payload's exp claim: now + N seconds when written as Math.floor(Date.now() / 1000) + N. */
    private Expiry payloadExp(Val payload, Ctx c, Location span) {
        R r = resolve(payload, c);
        if (!(r.val() instanceof Obj o)) return null;
        Val exp = o.props().get("exp");
        if (exp == null) return null;
        Location at = keyAt(r.ctx().file(), r.ctx() == c ? span : null, "exp");
        R e = resolve(exp, r.ctx());
        if (e.val() instanceof Concat cc) {
            double sum = 0;
            int now = 0;
            for (Val p : cc.parts()) {
                if (p instanceof Lit l && l.value() instanceof Double d) sum += d;
                else if (isNowSeconds(p)) now++;
                else return new Expiry(ExpiryState.SET, -1, null, at, "payload exp");
            }
            if (now == 1) return new Expiry(ExpiryState.SET, (long) sum, fmt(sum) + " s from now", at, "payload exp");
        }
        return new Expiry(ExpiryState.SET, -1, null, at, "payload exp");
    }

    private static boolean isNowSeconds(Val v) {
        if (v instanceof Call c && c.args().size() == 1 && Set.of("floor", "round", "trunc", "ceil").contains(String.valueOf(Vals.lastName(c.callee())))) {
            return c.args().get(0) instanceof Unknown u && u.kind().equals("binary:Div");
        }
        if (v instanceof Unknown u && u.kind().equals("binary:Div")) return true;
        if (v instanceof Call c && "getNumericDate".equals(Vals.lastName(c.callee()))) return true;
        return false;
    }

    /** True when a payload may carry exp (a spread, an object built elsewhere); false for an object literal without it or a string. */
    private Boolean payloadMayHaveExp(Val payload, Ctx c) {
        if (payload == null) return false;
        R r = resolve(payload, c);
        if (r.val() instanceof Obj o) {
            if (o.props().containsKey("exp")) return true;
            return o.props().keySet().stream().anyMatch(k -> k.startsWith("...")) ? null : false;
        }
        if (r.val() instanceof Lit || r.val() instanceof Tpl || r.val() instanceof Concat) return false;
        return null;
    }

    // ------------------------------------------------------------------ purpose

    private static final Pattern REFRESH = Pattern.compile("(?i)refresh");
    private static final Pattern ONE_TIME = Pattern.compile("(?i)(verif|reset|invit|confirm|magic|activat|forgot|recover|unsubscribe)");
    private static final Pattern OTHER = Pattern.compile("(?i)(download|share|otp|upload|signed_?url|preview|mfa|2fa|twofa|ticket|qr|link|"
            + "coupon|voucher|attachment)");
    /** Calls that send a message to a person: what they are handed is delivered by mail or text, not kept by a client. */
    private static final Pattern MAILER = Pattern.compile("(?i)(mail|sms|sendgrid|postmark|mailgun|resend|nodemailer|twilio|ses$|sendverification|sendreset|sendinvit)");
    private static final Pattern ACCESS = Pattern.compile("(?i)(access|auth|login|session|bearer)");

    /**
     * What a token is for, from the names around it: where its call is written ({@code c}'s site), the caller that
     * handed a signing helper its values ({@code via}), the payload's type fields, the secret's and lifetime's config
     * names, the enclosing function; then from where the token goes: handed to a mailer or put into a link whose path
     * names a one-time action is a ONE_TIME token.
     */
    private Purpose purpose(CallSite cs, Ctx site, Ctx c, Fn fn, Val payload, Key key, Expiry exp, StringBuilder why) {
        return purpose(cs, site, c, fn, payload, key, null, exp, why);
    }

    /**
     * {@code keyWritten}: the secret as the call writes it ({@code secret: refreshSecret}, {@code this.getRefreshSecret()}):
     * a secret named for refresh tokens signs refresh tokens, whatever configuration value it resolves to.
     */
    private Purpose purpose(CallSite cs, Ctx site, Ctx c, Fn fn, Val payload, Key key, String keyWritten, Expiry exp, StringBuilder why) {
        List<String[]> clues = new ArrayList<>();
        String prefix = linePrefix(site.file(), cs.location());
        if (prefix != null) clues.add(new String[]{prefix, "assigned to '" + prefix.strip() + "'"});
        String line = lineBefore(site.file(), cs.location());
        if (line != null && !line.isBlank()) clues.add(new String[]{line, "'" + line.strip() + "'"});
        String slot = destructuredName(site.file(), cs.location());
        if (slot != null) clues.add(new String[]{slot, "destructured into '" + slot + "'"});
        Ctx caller = c.via() != null && c.up() != null ? c.up() : null;
        if (caller != null) {
            String cp = linePrefix(caller.file(), c.via().location());
            if (cp != null) clues.add(new String[]{cp, "assigned to '" + cp.strip() + "'"});
            String cl = lineBefore(caller.file(), c.via().location());
            if (cl != null && !cl.isBlank()) clues.add(new String[]{cl, "'" + cl.strip() + "'"});
            // generateToken(payload, secret, 'refresh'): the caller names the kind in a word it hands the helper
            for (Val a : c.via().args()) {
                String w = Val.constString(a);
                if (w != null && w.matches("[A-Za-z_-]{3,24}")) clues.add(new String[]{w, "argument '" + w + "'"});
            }
        }
        R p = payload == null ? null : resolve(payload, c);
        // { iss: config.issuerId, aud: 'appstoreconnect-v1', iat, exp }: a token that names an audience and its issuer and
        // no subject is the server's own assertion to another service (a client assertion for a vendor's API), no user's
        if (p != null && p.val() instanceof Obj o && serviceAssertion(o)) {
            why.append("payload with an issuer and no subject (the server's own assertion to another service)");
            return Purpose.OTHER;
        }
        if (p != null && p.val() instanceof Obj o) {
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String s = Val.constString(e.getValue());
                if (s == null) {
                    // { ...payload, type }: the field is the helper's parameter, given by the caller
                    try {
                        s = Val.constString(resolve(e.getValue(), p.ctx()).val());
                    } catch (RuntimeException ex) {
                        s = null;
                    }
                }
                if (s != null && e.getKey().toLowerCase(Locale.ROOT).matches(".*(type|kind|use|purpose|scope|typ).*")) {
                    clues.add(new String[]{s, "payload " + e.getKey() + " '" + s + "'"});
                }
                if (e.getKey().toLowerCase(Locale.ROOT).contains("refresh")) clues.add(new String[]{e.getKey(), "payload field " + e.getKey()});
            }
        }
        if (key != null && key.value() != null && key.value().name() != null) clues.add(new String[]{key.value().name(), "secret " + key.value().name()});
        if (keyWritten != null) clues.add(new String[]{keyWritten, "secret " + keyWritten});
        if (exp != null && exp.source() != null && exp.source().contains(" from ")) {
            clues.add(new String[]{exp.source(), "the lifetime's " + exp.source().substring(exp.source().indexOf(" from ") + 6)});
        }
        Fn named = fn;
        if (named != null && named.name() != null && !named.name().isEmpty()) clues.add(new String[]{named.name(), "function " + named.name()});
        if (caller != null && caller.fn() != null && caller.fn().name() != null && !caller.fn().name().isEmpty()) {
            clues.add(new String[]{caller.fn().name(), "function " + caller.fn().name()});
        }
        for (String[] clue : clues) {
            if (REFRESH.matcher(clue[0]).find()) {
                why.append(clue[1]);
                return Purpose.REFRESH;
            }
            if (ONE_TIME.matcher(clue[0]).find()) {
                why.append(clue[1]);
                return Purpose.ONE_TIME;
            }
            if (OTHER.matcher(clue[0]).find()) {
                why.append(clue[1]);
                return Purpose.OTHER;
            }
            if (ACCESS.matcher(clue[0]).find()) {
                why.append(clue[1]);
                return Purpose.ACCESS;
            }
        }
        String delivered = delivery(caller != null ? caller : site, caller != null ? c.via().location() : cs.location());
        if (delivered != null) {
            why.append(delivered);
            return Purpose.ONE_TIME;
        }
        return Purpose.ACCESS;
    }

    /**
     * Where a signed token goes in the function that signs it ({@code at}: the call that returns it): handed to a
     * mailer ({@code sendEmail(to, { link: `...${token}` })}, {@code transporter.sendMail}), or put into a link whose
     * text names a one-time action ({@code `${base}/verify-email?token=${token}`}). Null when neither.
     */
    private String delivery(Ctx where, Location at) {
        if (where == null || where.fn() == null || at == null) return null;
        java.util.function.Predicate<Val> isToken = x -> x instanceof Call k && k.site() != null && k.site().line() == at.line()
                && k.site().column() == at.column() && k.site().path().equals(at.path());
        List<CallSite> calls = new ArrayList<>(where.fn().calls());
        for (Fn n : where.fn().nested()) calls.addAll(n.calls());
        for (CallSite cs : calls) {
            if (cs.location() != null && cs.location().line() == at.line() && cs.location().column() == at.column()) continue;
            for (Val a : cs.args()) {
                if (!Vals.anyPart(a, isToken)) continue;
                String link = linkText(a, isToken, 0);
                if (link != null && ONE_TIME.matcher(link).find()) return "its link '" + shorten(link) + "'";
                String callee = String.valueOf(Vals.lastName(cs.callee()));
                Val recv = Analysis.receiver(cs.callee());
                String r = recv == null ? "" : String.valueOf(Vals.lastName(recv));
                if (MAILER.matcher(callee).find() || MAILER.matcher(r).find()) {
                    return "its delivery through " + (recv == null || r.equals("null") ? callee : r + "." + callee);
                }
            }
        }
        return null;
    }

    /** The constant text of a template or concatenation that holds the token, searched inside objects and arrays. */
    private static String linkText(Val v, java.util.function.Predicate<Val> isToken, int depth) {
        if (v == null || depth > 6) return null;
        if (v instanceof Tpl t && t.holes().stream().anyMatch(h -> Vals.anyPart(h, isToken))) return String.join("…", t.quasis());
        if (v instanceof Concat cc && cc.parts().stream().anyMatch(h -> Vals.anyPart(h, isToken))) {
            StringBuilder b = new StringBuilder();
            for (Val x : cc.parts()) {
                String k = Val.constString(x);
                b.append(k == null ? "…" : k);
            }
            return b.toString();
        }
        List<Val> inner = v instanceof Obj o ? new ArrayList<>(o.props().values()) : v instanceof Arr a ? a.items()
                : v instanceof OneOf o ? o.options() : List.of();
        for (Val x : inner) {
            String s = linkText(x, isToken, depth + 1);
            if (s != null) return s;
        }
        return null;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : "…" + t.substring(t.length() - 59);
    }

    private static final Pattern ASSIGNED = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?::\\s*[\\w<>\\[\\]| ]+)?\\s*[:=]\\s*(?:await\\s+)?[^=:]*$");

    /**
     * The name a value is written as at {@code at}: {@code refreshSecret}, {@code this.config.refreshSecret} (its last
     * name), {@code this.getRefreshSecret()} (the method's); null for a literal or anything else.
     */
    private String writtenName(Location at) {
        if (at == null || at.path() == null) return null;
        String text = source.text(at.path());
        if (text.isEmpty()) return null;
        int[] starts = lineStarts(at.path(), text);
        int off = offset(starts, at.line(), at.column(), text.length());
        if (off < 0) return null;
        Matcher m = WRITTEN_NAME.matcher(text).region(off, Math.min(text.length(), off + 200));
        if (!m.lookingAt()) return null;
        String chain = m.group(1);
        return chain.substring(chain.lastIndexOf('.') + 1);
    }

    private static final Pattern WRITTEN_NAME = Pattern.compile("((?:this\\.)?[A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)*)\\s*(?:\\(\\s*\\))?\\s*[,}\\n]");

    /** A call's place in its file's text: the text, its line starts and the call's offset. */
    private record Spot(String text, int[] starts, int off) { }

    /** The call's {@link Spot}, or null when the file's text is not at hand or the location is not in it. */
    private Spot spot(FileFacts f, Location call) {
        if (f == null || call == null) return null;
        String text = source.text(f.path());
        if (text.isEmpty()) return null;
        int[] starts = lineStarts(f.path(), text);
        int off = offset(starts, call.line(), call.column(), text.length());
        return off < 0 ? null : new Spot(text, starts, off);
    }

    /** The text of the call's line before it ({@code exports.createAttachmentToken = (id) => }). */
    private String lineBefore(FileFacts f, Location call) {
        Spot sp = spot(f, call);
        return sp == null ? null : sp.text().substring(sp.starts()[call.line() - 1], sp.off());
    }

    /** {@code const [accessToken, refreshToken] = await Promise.all([}: the names, then the array's elements. */
    private static final Pattern DESTRUCTURED_ALL = Pattern.compile(
            "\\[\\s*([A-Za-z_$][\\w$]*(?:\\s*,\\s*[A-Za-z_$][\\w$]*)+)\\s*]\\s*=\\s*await\\s+Promise\\.all(?:Settled)?\\(\\s*\\[");

    /**
     * The name a call's result gets when it is an element of an array that {@code Promise.all} resolves and a
     * destructuring names ({@code const [accessToken, refreshToken] = await Promise.all([sign(a), sign(b)])}: the second
     * sign is the refresh token). The element is found by counting the calls written like this one between the array's
     * start and this call; null when the call is not in such an array.
     */
    private String destructuredName(FileFacts f, Location call) {
        Spot sp = spot(f, call);
        if (sp == null) return null;
        String text = sp.text();
        int off = sp.off();
        int from = Math.max(0, off - 800);
        Matcher m = DESTRUCTURED_ALL.matcher(text.substring(from, off));
        int end = -1;
        String names = null;
        while (m.find()) { end = m.end(); names = m.group(1); }
        if (names == null) return null;
        String between = text.substring(from + end, off);
        if (between.contains("])")) return null;
        int paren = text.indexOf('(', off);
        if (paren < 0 || paren - off > 120) return null;
        String callee = text.substring(off, paren).strip();
        if (callee.isEmpty()) return null;
        int index = 0;
        for (int i = between.indexOf(callee); i >= 0; i = between.indexOf(callee, i + callee.length())) index++;
        String[] parts = names.split("\\s*,\\s*");
        return index < parts.length ? parts[index].strip() : null;
    }

    /** The name a call's result is assigned to on its line ({@code const refreshToken = jwt.sign(...)}, {@code refresh: sign(...)}). */
    private String linePrefix(FileFacts f, Location call) {
        Spot sp = spot(f, call);
        if (sp == null) return null;
        String text = sp.text();
        int[] starts = sp.starts();
        String before = text.substring(starts[call.line() - 1], sp.off());
        Matcher m = ASSIGNED.matcher(before);
        if (m.find()) return m.group(1);
        // return jwt.sign(...) on its own line: the previous line may name it (const refreshToken =\n  jwt.sign(...))
        if (before.isBlank() && call.line() >= 2) {
            String prev = text.substring(starts[call.line() - 2], starts[call.line() - 1]).strip();
            Matcher pm = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*[:=]\\s*(?:await)?$").matcher(prev);
            if (pm.find()) return pm.group(1);
        }
        return null;
    }

    // ------------------------------------------------------------------ collection

    /** Manual test and maintenance scripts next to the app (test-api.js, debug-login.js, scripts/seed.ts): not the application. */
    private static final Pattern TOOLING = Pattern.compile("(^|/)scripts?/|(^|/)(test|tests|debug|seed|try)[-_.][^/]*$");

    /** {@link #test(FileFacts)}, or a site in a function no running code calls ({@link ImportIndex#neverRuns}: a helper only tests call). */
    private boolean test(FileFacts f, Fn fn) {
        if (issuersOnly) return false; // a flag on what is collected, never a reason to skip a signing call
        return test(f) || f != null && fn != null && ImportIndex.of(project).neverRuns(f, fn);
    }

    private boolean test(FileFacts f) {
        if (f == null || issuersOnly) return false;
        if (project.isTestPath(f.path()) || TOOLING.matcher(f.path()).find()) return true;
        // a helper only tests import (utils/testHelpers.ts), a file no process runs
        ImportIndex index = ImportIndex.of(project);
        return index.testSupport(f.path()) || ServerCode.of(project).outsideServer(f.path());
    }

    /** Claims that name who a token is for: a subject, a user or account id, an e-mail, a role. */
    private static final Pattern SUBJECT_CLAIM = Pattern.compile("(?i)(sub|subject|\\w*user\\w*|\\w*account\\w*|uid|id|_id|email|role|roles|"
            + "scope|scopes|permissions?|session\\w*|sid|tenant\\w*|org\\w*|name|username|phone|\\.\\.\\..*)");

    /** A payload with an iss and no claim naming a subject ({@link #SUBJECT_CLAIM}): { iss: teamId, iat, exp }, { iss, aud, bid }. */
    private static boolean serviceAssertion(Obj o) {
        if (!o.props().containsKey("iss")) return false;
        for (String k : o.props().keySet()) if (SUBJECT_CLAIM.matcher(k).matches()) return false;
        return true;
    }

    private void collect() {
        jsonwebtoken();
        jose();
        hono();
        fastify();
        nest();
        passport();
        expressJwt();
        loose();
        try {
            java();
        } catch (RuntimeException e) {
            // a Java shape the concept does not expect: the TS libraries' answers stand
        }
    }

    /** The sites of a qualified callee, for every spelling CallIndex gives. */
    private List<CallIndex.Site> sites(String... keys) {
        List<CallIndex.Site> out = new ArrayList<>();
        Set<CallSite> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String k : keys) for (CallIndex.Site s : index.sites(k)) if (seen.add(s.cs())) out.add(s);
        return out;
    }

    /** One context per caller when the values come from the function's parameters, else the site's own. */
    private List<Ctx> contexts(CallIndex.Site s, boolean paramHit) {
        Ctx base = new Ctx(s.file(), s.fn(), null, null);
        if (!paramHit) return List.of(base);
        List<CallIndex.Site> callers = index.callers(s.fn());
        if (callers.isEmpty() || callers.size() > 12) return List.of(base);
        List<Ctx> out = new ArrayList<>();
        for (CallIndex.Site c : callers) out.add(new Ctx(s.file(), s.fn(), c.cs(), new Ctx(c.file(), c.fn(), null, null)));
        return out;
    }

    /** The span a value was written in for a context: the site's argument, or the caller's argument for a parameter. */
    private Location spanOf(CallSite cs, int arg, Ctx c, Val v) {
        if (c.via() != null && v != null && project.resolve(v, c.file()).val() instanceof Param p) {
            return c.via().argLocation(p.index());
        }
        return cs.argLocation(arg);
    }

    // jsonwebtoken -------------------------------------------------------

    private int[] installed(String pkg) {
        try {
            return dev.backcheck.rules.injection.Installed.version(project, pkg);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The jsonwebtoken major a library verifies with (null: unknown). */
    private Integer jsonwebtokenMajor(String via) {
        int[] v;
        switch (via) {
            case "passport-jwt" -> {
                v = installed("passport-jwt");
                if (v == null) return null;
                return v[0] > 4 || v[0] == 4 && (v[1] > 0 || v[2] >= 1) ? 9 : 8;
            }
            case "@nestjs/jwt" -> {
                v = installed("@nestjs/jwt");
                return v == null ? null : v[0] >= 10 ? 9 : 8;
            }
            default -> {
                v = installed("jsonwebtoken");
                return v == null ? null : v[0];
            }
        }
    }

    /**
     * What jsonwebtoken before 9 really accepts when no algorithms are given, for this key (read from its source,
     * 8.5.1 verify.js): it takes ['none'] when the token is unsigned and the key is empty, else derives the list
     * from the key's text: public-key algorithms for a PEM with a BEGIN PUBLIC KEY / CERTIFICATE / RSA PUBLIC KEY
     * header, HS256/384/512 otherwise. So a plain secret that is always set admits only HMAC with that secret, and a
     * PEM public key only public-key algorithms: nothing to report. What remains: a key that may be empty at run
     * time (an environment variable read with no check that it is set: CVE-2022-23540, unsigned tokens pass), and a
     * key-retrieval function (secretOrKeyProvider, a jwks-rsa secret, a callback key), which may return no key or a
     * public key in a form the PEM check misses (CVE-2022-23541). {@code required}: the library itself refuses to
     * start without a key (passport-jwt's secretOrKey, express-jwt's secret). Returns the verifier with
     * {@code unsafeDefault} set to that precise risk, or cleared.
     */
    private Verifier legacyRisk(Verifier v, Val keyVal, Ctx c, boolean provider, boolean required) {
        if (v.unsafeDefault() == null) return v;
        String pkg = v.legacy().substring(0, v.legacy().indexOf(" accepts"));
        String risk = null;
        if (provider) {
            risk = pkg + " takes the key from a key-retrieval function and derives the allowed algorithms from what it returns:"
                    + " a public key in a form its PEM check misses lets a token signed with HS256 using that public key pass"
                    + " (CVE-2022-23541), and a function that returns no key lets an unsigned token ('none') pass (CVE-2022-23540)";
        } else if (keyVal == null && !required) {
            risk = pkg + " verifies with no key given here: an unsigned token (alg 'none') passes (CVE-2022-23540)";
        } else if (!required && v.key() != null && mayBeEmpty(v.key())) {
            risk = pkg + " accepts an unsigned token (alg 'none') when the key is empty, and the key is " + v.key().value().describe()
                    + ", read with no check that it is set (CVE-2022-23540)";
        }
        return new Verifier(v.library(), v.call(), v.file(), v.algorithms(), v.algorithmsAt(), risk, v.legacy(), v.key(), v.ignoreExpiration(),
                v.ignoreAt(), v.toleranceSeconds(), v.toleranceWritten(), v.toleranceAt(), v.test());
    }

    private static final Pattern ENV_NAME = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    /** An environment variable with no fallback, no value in a schema or env file, and no startup check: may be unset. */
    private boolean mayBeEmpty(Key k) {
        if (issuersOnly) return false; // a verifier's risk, not a signing call
        ConfigValues.Value val = k.value();
        if (val == null || val.kind() != ConfigValues.Kind.ENV || val.text() != null || val.name() == null) return false;
        if (!ENV_NAME.matcher(val.name()).matches() || val.describe() != null && val.describe().contains("(validated)")) return false;
        EnvValidation ev = EnvValidation.of(project);
        for (EnvValidation.Schema sc : ev.schemas()) if (sc.names().contains(val.name())) return false;
        for (EnvValidation.Read r : ev.reads()) if (r.name().equals(val.name()) && r.checked()) return false;
        return true;
    }

    /** A key given as a function, a project function or a jwks-rsa secret provider: the key is looked up per token. */
    private boolean provider(Val keyVal, Ctx c) {
        if (keyVal == null) return false;
        R r = resolve(keyVal, c);
        if (r.val() instanceof FnVal) return true;
        String q = project.qname(r.val() instanceof Call call ? call.callee() : r.val(), r.ctx().file());
        if (q != null && q.startsWith("jwks-rsa")) return true;
        try {
            return !(r.val() instanceof Call) && project.function(r.val(), r.ctx().file()) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String jsonwebtokenDefault(String via) {
        Integer major = jsonwebtokenMajor(via);
        if (major == null || major >= 9) return null;
        String pkg = via.equals("jsonwebtoken") ? "jsonwebtoken " + major + ".x" : via + " (on jsonwebtoken " + major + ".x)";
        return pkg + " accepts any HS* algorithm for a secret, the HS* family for a public key it does not recognise as PEM"
                + " (key confusion), and unsigned tokens ('none') when the secret is missing";
    }

    private void jsonwebtoken() {
        for (CallIndex.Site s : sites("jsonwebtoken.sign", "jsonwebtoken.default.sign")) {
            issuing.add(s.cs());
            CallSite cs = s.cs();
            Opts probe = new Opts();
            Val opt = cs.arg(2) instanceof FnVal ? null : cs.arg(2);
            addLayer(probe, opt, new Ctx(s.file(), s.fn(), null, null), cs.argLocation(2), null);
            get(probe, "expiresIn"); // { expiresIn: lifetime } with the lifetime a parameter: evaluated per caller
            boolean paramHit = probe.paramHit || paramRooted(cs.arg(1), new Ctx(s.file(), s.fn(), null, null));
            for (Ctx c : contexts(s, paramHit)) {
                Opts o = new Opts();
                addLayer(o, opt, c, spanOf(cs, 2, c, opt), null);
                issuers.add(jwtIssuer("jsonwebtoken", s, c, o, cs.arg(0), cs.arg(1), spanOf(cs, 1, c, cs.arg(1)), Clock.VERCEL_MS, "HS256", null));
            }
        }
        for (CallIndex.Site s : sites("jsonwebtoken.verify", "jsonwebtoken.default.verify")) {
            CallSite cs = s.cs();
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            Opts o = new Opts();
            Val opt = cs.arg(2) instanceof FnVal ? null : cs.arg(2);
            addLayer(o, opt, c, cs.argLocation(2), null);
            Verifier v = jwtVerifier("jsonwebtoken", s.file(), cs.location(), c, o, cs.arg(1), cs.argLocation(1),
                    jsonwebtokenDefault("jsonwebtoken"), false);
            verifiers.add(legacyRisk(v, cs.arg(1), c, provider(cs.arg(1), c), false));
        }
        for (CallIndex.Site s : sites("jsonwebtoken.decode", "jsonwebtoken.default.decode")) {
            decodes.add(new Decode("jsonwebtoken", s.cs().location(), s.file(), s.fn(), s.cs(), test(s.file(), s.fn())));
        }
    }

    /** An issuer from option layers (jsonwebtoken, @nestjs/jwt, @fastify/jwt). */
    private Issuer jwtIssuer(String lib, CallIndex.Site s, Ctx c, Opts o, Val payload, Val keyVal, Location keySpan, Clock clock,
                             String defaultAlg, Location defaults) {
        CallSite cs = s.cs();
        Hit alg = get(o, "algorithm");
        String algorithm = alg == null ? null : constOf(alg.val(), alg.ctx());
        boolean algDefault = alg == null && !o.open;
        if (algDefault) algorithm = defaultAlg;
        Key key = keyVal == null ? null : key(keyVal, c, keySpan, algorithm);
        Expiry exp = lifetime(get(o, "expiresIn"), clock, "expiresIn");
        if (exp == null) exp = payloadExp(payload, c, spanOf(cs, 0, c, payload));
        if (exp == null) {
            Boolean may = payloadMayHaveExp(payload, c);
            exp = o.open || may == null || may ? Expiry.UNKNOWN : new Expiry(ExpiryState.NONE, -1, null, cs.location(), null);
        }
        StringBuilder why = new StringBuilder();
        Purpose p = purpose(cs, new Ctx(s.file(), s.fn(), null, null), c, s.fn(), payload, key, writtenName(keySpan), exp, why);
        if (key != null && key.asymmetric() && algDefault) algorithm = "RS256";
        return new Issuer(lib, cs.location(), s.file().path(), s.fn(), algorithm, algDefault, alg == null ? null : alg.at(), key, exp, p,
                why.toString(), defaults, test(s.file(), s.fn()) || ServerCode.devOnly(cs));
    }

    private Verifier jwtVerifier(String lib, FileFacts file, Location call, Ctx c, Opts o, Val keyVal, Location keySpan,
                                 String unsafeDefault, boolean msTolerance) {
        Hit algs = get(o, "algorithms");
        List<String> list = null;
        if (algs != null) {
            R r = resolve(algs.val(), algs.ctx());
            list = new ArrayList<>();
            if (r.val() instanceof Arr a) {
                for (Val it : a.items()) {
                    String s = constOf(it, r.ctx());
                    list.add(s == null ? "?" : s);
                }
            } else {
                String s = constOf(algs.val(), algs.ctx());
                list.add(s == null ? "?" : s);
            }
        }
        Key key = keyVal == null ? null : key(keyVal, c, keySpan, list != null && list.size() == 1 ? list.get(0) : null);
        Hit ign = get(o, "ignoreExpiration");
        boolean ignore = ign != null && resolve(ign.val(), ign.ctx()).val() instanceof Lit l && Boolean.TRUE.equals(l.value());
        Hit tol = get(o, "clockTolerance");
        long tolSecs = -1;
        String tolWritten = null;
        if (tol != null) {
            Raw raw = raw(tol.val(), tol.ctx(), tol.at(), false, 0);
            if (raw != null && raw.value() instanceof Double d) {
                tolSecs = msTolerance ? (long) (d / 1000) : (long) Math.floor(d);
                tolWritten = raw.written() + (msTolerance ? " ms" : " s");
            } else if (raw != null && raw.value() instanceof String s && lib.equals("jose")) {
                Long js = joseSecs(s);
                tolSecs = js == null ? -1 : js;
                tolWritten = raw.written();
            }
        }
        boolean unsafe = list == null && !o.open && unsafeDefault != null;
        return new Verifier(lib, call, file.path(), list, algs == null ? null : algs.at(), unsafe ? unsafeDefault : null, unsafeDefault, key, ignore,
                ign == null ? null : ign.at(), tolSecs, tolWritten, tol == null ? null : tol.at(), test(file));
    }

    private String constOf(Val v, Ctx c) {
        R r = resolve(v, c);
        String s = Val.constString(r.val());
        if (s != null) return s;
        if (r.val() instanceof OneOf || r.val() instanceof Global || r.val() instanceof Call) {
            try {
                ConfigValues.Value cv = config.value(r.val(), r.ctx().file(), r.ctx().fn());
                return cv.text();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    // jose ---------------------------------------------------------------

    private void jose() {
        for (CallIndex.Site s : sites("*.sign")) {
            CallSite cs = s.cs();
            Map<String, List<Val>> chain = new LinkedHashMap<>();
            Val cur = Analysis.receiver(cs.callee());
            New root = null;
            for (int i = 0; i < 16 && cur != null; i++) {
                Val x = project.resolve(cur, s.file()).val();
                if (x instanceof Call c) {
                    String m = Vals.lastName(c.callee());
                    if (m != null) chain.putIfAbsent(m, c.args());
                    cur = Analysis.receiver(c.callee());
                } else if (x instanceof New n) {
                    root = n;
                    break;
                } else break;
            }
            if (root == null) continue;
            String q = project.qname(root.callee(), s.file());
            if (q == null || !(q.equals("jose.SignJWT") || q.endsWith("jose.SignJWT"))) continue;
            issuing.add(cs);
            Val payload = root.args().isEmpty() ? null : root.args().get(0);
            // a signing helper whose lifetime comes from its parameters (generateToken(payload, secret, 'refresh')): one issuer per caller
            List<Val> life = chain.get("setExpirationTime");
            Ctx base = new Ctx(s.file(), s.fn(), null, null);
            boolean paramHit = life != null && !life.isEmpty() && dependsOnParam(life.get(0), base);
            for (Ctx c : contexts(s, paramHit)) joseIssuer(s, cs, chain, payload, c);
        }
        joseChecks();
    }

    /** True when a value is a parameter, built from one, or chosen by a test on one ({@code type === 'access' ? A : B}). */
    private boolean dependsOnParam(Val v, Ctx c) {
        try {
            Val r = resolve(v, c).val();
            if (r instanceof OneOf o && o.test() != null && (o.test().left() instanceof Param || o.test().right() instanceof Param)) return true;
            return Vals.anyPart(r, x -> x instanceof Param || x instanceof OneOf o && o.test() != null
                    && (o.test().left() instanceof Param || o.test().right() instanceof Param));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void joseIssuer(CallIndex.Site s, CallSite cs, Map<String, List<Val>> chain, Val payload, Ctx c) {
        {
            String alg = null;
            Location algAt = null;
            List<Val> hdr = chain.get("setProtectedHeader");
            if (hdr != null && !hdr.isEmpty()) {
                Opts o = new Opts();
                addLayer(o, hdr.get(0), c, cs.location(), null);
                Hit h = get(o, "alg");
                if (h != null) {
                    alg = constOf(h.val(), h.ctx());
                    algAt = keyAt(s.file(), cs.location(), "alg");
                }
            }
            Key key = key(cs.arg(0), c, cs.argLocation(0), alg);
            Expiry exp;
            List<Val> set = chain.get("setExpirationTime");
            if (set != null && !set.isEmpty()) {
                Location at = literalAt(s.file(), cs.location(), Val.constString(project.resolve(set.get(0), s.file()).val()));
                Raw raw = raw(set.get(0), c, at, false, 0);
                R rv = resolve(set.get(0), c);
                if (raw != null && raw.value() instanceof String str) {
                    Long secs = joseSecs(str);
                    exp = new Expiry(ExpiryState.SET, secs == null ? -1 : secs, raw.written(), raw.at() != null ? raw.at() : cs.location(),
                            "setExpirationTime" + (raw.from() == null ? "" : " from " + raw.from()));
                } else if (rv.val() instanceof Concat cc && cc.parts().stream().allMatch(p -> p instanceof Lit l && l.value() instanceof Double || isNowSeconds(p))
                        && cc.parts().stream().filter(Tokens::isNowSeconds).count() == 1) {
                    double sum = 0;
                    for (Val p : cc.parts()) if (p instanceof Lit l && l.value() instanceof Double d) sum += d;
                    exp = new Expiry(ExpiryState.SET, (long) sum, fmt(sum) + " s from now", cs.location(), "setExpirationTime");
                } else {
                    exp = new Expiry(ExpiryState.SET, -1, null, cs.location(), "setExpirationTime");
                }
            } else {
                exp = payloadExp(payload, c, cs.location());
                if (exp == null) {
                    Boolean may = payloadMayHaveExp(payload, c);
                    exp = may == null || may ? Expiry.UNKNOWN : new Expiry(ExpiryState.NONE, -1, null, cs.location(), null);
                }
            }
            StringBuilder why = new StringBuilder();
            Purpose p = purpose(cs, c, c, s.fn(), payload, key, exp, why);
            issuers.add(new Issuer("jose", cs.location(), s.file().path(), s.fn(), alg, false, algAt, key, exp, p, why.toString(), null, test(s.file(), s.fn())));
        }
    }

    private void joseChecks() {
        for (CallIndex.Site s : sites("jose.jwtVerify")) {
            CallSite cs = s.cs();
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            Opts o = new Opts();
            addLayer(o, cs.arg(2), c, cs.argLocation(2), null);
            verifiers.add(jwtVerifier("jose", s.file(), cs.location(), c, o, cs.arg(1), cs.argLocation(1), null, false));
        }
        for (CallIndex.Site s : sites("jose.decodeJwt")) {
            decodes.add(new Decode("jose", s.cs().location(), s.file(), s.fn(), s.cs(), test(s.file(), s.fn())));
        }
    }

    // hono/jwt -----------------------------------------------------------

    private void hono() {
        for (CallIndex.Site s : sites("hono/jwt.sign", "hono/utils/jwt.Jwt.sign", "hono/utils/jwt/jwt.sign", "hono/jwt.Jwt.sign")) {
            CallSite cs = s.cs();
            issuing.add(cs);
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            String alg = cs.arg(2) == null ? "HS256" : constOf(cs.arg(2), c);
            Key key = key(cs.arg(1), c, cs.argLocation(1), alg);
            Expiry exp = payloadExp(cs.arg(0), c, cs.argLocation(0));
            if (exp == null) {
                Boolean may = payloadMayHaveExp(cs.arg(0), c);
                exp = may == null || may ? Expiry.UNKNOWN : new Expiry(ExpiryState.NONE, -1, null, cs.location(), null);
            }
            StringBuilder why = new StringBuilder();
            Purpose p = purpose(cs, c, c, s.fn(), cs.arg(0), key, exp, why);
            issuers.add(new Issuer("hono/jwt", cs.location(), s.file().path(), s.fn(), alg, cs.arg(2) == null,
                    cs.arg(2) == null ? null : cs.argLocation(2), key, exp, p, why.toString(), null, test(s.file(), s.fn())));
        }
        for (CallIndex.Site s : sites("hono/jwt.verify", "hono/utils/jwt.Jwt.verify", "hono/utils/jwt/jwt.verify", "hono/jwt.Jwt.verify")) {
            CallSite cs = s.cs();
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            // verify(token, key, 'HS256') or verify(token, key, { alg, exp: false, ... }); the algorithm is always pinned
            Opts o = new Opts();
            R third = cs.arg(2) == null ? null : resolve(cs.arg(2), c);
            if (third != null && third.val() instanceof Obj) addLayer(o, cs.arg(2), c, cs.argLocation(2), null);
            Hit expOpt = get(o, "exp");
            boolean ignore = expOpt != null && resolve(expOpt.val(), expOpt.ctx()).val() instanceof Lit l && Boolean.FALSE.equals(l.value());
            String alg = third == null ? "HS256" : Val.constString(third.val());
            if (alg == null) {
                Hit a = get(o, "alg");
                alg = a == null ? null : constOf(a.val(), a.ctx());
            }
            verifiers.add(new Verifier("hono/jwt", cs.location(), s.file().path(), alg == null ? null : List.of(alg), null, null, null,
                    key(cs.arg(1), c, cs.argLocation(1), alg), ignore, ignore ? expOpt.at() : null, -1, null, null, test(s.file(), s.fn())));
        }
        for (CallIndex.Site s : sites("hono/jwt.jwt", "hono/jwt")) {
            CallSite cs = s.cs();
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            Opts o = new Opts();
            addLayer(o, cs.arg(0), c, cs.argLocation(0), null);
            Hit sec = get(o, "secret");
            Hit a = get(o, "alg");
            String alg = a == null ? "HS256" : constOf(a.val(), a.ctx());
            Hit expOpt = get(o, "verification", "exp");
            boolean ignore = expOpt != null && resolve(expOpt.val(), expOpt.ctx()).val() instanceof Lit l && Boolean.FALSE.equals(l.value());
            Key key = sec == null ? null : key(sec.val(), sec.ctx(), sec.at() != null ? sec.at() : cs.argLocation(0), alg);
            verifiers.add(new Verifier("hono/jwt", cs.location(), s.file().path(), alg == null ? null : List.of(alg), a == null ? null : a.at(),
                    null, null, key, ignore, ignore ? expOpt.at() : null, -1, null, null, test(s.file(), s.fn())));
        }
        for (CallIndex.Site s : sites("hono/jwt.decode", "hono/utils/jwt.Jwt.decode", "hono/jwt.Jwt.decode")) {
            decodes.add(new Decode("hono/jwt", s.cs().location(), s.file(), s.fn(), s.cs(), test(s.file(), s.fn())));
        }
    }

    // @fastify/jwt --------------------------------------------------------

    private record Plugin(Opts opts, Location at, FileFacts file, Fn fn, CallSite cs) { }

    private void fastify() {
        List<Plugin> plugins = new ArrayList<>();
        for (CallIndex.Site s : sites("*.register")) {
            CallSite cs = s.cs();
            if (cs.args().isEmpty()) continue;
            String q = project.qname(cs.arg(0), s.file());
            if (q == null || !(q.equals("@fastify/jwt") || q.equals("fastify-jwt") || q.equals("@fastify/jwt.default")
                    || q.equals("@fastify/jwt.fastifyJwt"))) continue;
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            Opts o = new Opts();
            addLayer(o, cs.arg(1), c, cs.argLocation(1), "@fastify/jwt options at " + cs.location());
            if (cs.arg(1) == null) o.open = true;
            plugins.add(new Plugin(o, cs.location(), s.file(), s.fn(), cs));
        }
        boolean uses = !plugins.isEmpty() || project.dependsOn("@fastify/jwt") || project.dependsOn("fastify-jwt");
        if (!uses) return;
        Plugin only = plugins.size() == 1 ? plugins.get(0) : null;
        for (Plugin pl : plugins) {
            Hit sec = get(pl.opts(), "secret");
            Key key = null;
            if (sec != null) {
                R r = resolve(sec.val(), sec.ctx());
                if (r.val() instanceof Obj pair && (pair.props().containsKey("private") || pair.props().containsKey("public"))) {
                    Val pv = pair.props().getOrDefault("private", pair.props().get("public"));
                    key = key(pv, r.ctx(), sec.at(), "RS256");
                    key = new Key(key.value(), true, key.at());
                } else key = key(sec.val(), sec.ctx(), sec.at() != null ? sec.at() : pl.cs().argLocation(1), null);
            }
            Ctx c = new Ctx(pl.file(), pl.fn(), null, null);
            Opts vo = new Opts();
            vo.open = pl.opts().open;
            for (Layer l : pl.opts().layers) {
                Val v = l.obj().props().get("verify");
                if (v != null) addLayer(vo, v, l.ctx(), l.span(), l.label());
            }
            verifiers.add(jwtVerifier("@fastify/jwt", pl.file(), pl.at(), c, vo, null, null, null, true).withKey(key));
        }
        for (CallIndex.Site s : sites("*.jwtSign", "*.sign", "<response>.jwtSign")) {
            CallSite cs = s.cs();
            String m = cs.methodName();
            Val recv = Analysis.receiver(cs.callee());
            boolean isJwtSign = "jwtSign".equals(m);
            // fastify.jwt.sign(...), or fastify.jwt.<namespace>.sign(...) for a plugin registered with { namespace }
            Val recv2 = recv == null ? null : Analysis.receiver(recv);
            String namespace = recv != null && !"jwt".equals(Vals.lastName(recv)) && recv2 != null && "jwt".equals(Vals.lastName(recv2))
                    ? Vals.lastName(recv) : null;
            boolean viaDecorator = "sign".equals(m) && recv != null && ("jwt".equals(Vals.lastName(recv)) || namespace != null)
                    && !isNestService(cs, s);
            if (!isJwtSign && !viaDecorator) continue;
            String root = project.rootModule(cs.callee(), s.file());
            if (root != null && !root.startsWith("fastify") && !root.startsWith("@fastify/")) continue; // another library's jwt.sign
            if (issuing.contains(cs)) continue;
            issuing.add(cs);
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            Opts o = new Opts();
            Val opt = cs.arg(1) instanceof FnVal ? null : cs.arg(1);
            addLayer(o, opt, c, cs.argLocation(1), null);
            Plugin pl = only;
            if (namespace != null) {
                pl = null;
                for (Plugin cand : plugins) {
                    Hit ns = get(cand.opts(), "namespace");
                    if (ns != null && namespace.equals(constOf(ns.val(), ns.ctx()))) pl = cand;
                }
            }
            if (pl == null && plugins.isEmpty()) o.open = true;
            if (pl == null && plugins.size() > 1 || pl == null && namespace != null) o.open = true;
            Key key = null;
            if (pl != null) {
                for (Layer l : pl.opts().layers) {
                    Val sv = l.obj().props().get("sign");
                    if (sv != null) addLayer(o, sv, l.ctx(), l.span(), l.label());
                }
                if (pl.opts().open) o.open = true;
                Hit sec = get(pl.opts(), "secret");
                if (sec != null) {
                    R r = resolve(sec.val(), sec.ctx());
                    if (r.val() instanceof Obj) key = new Key(new ConfigValues.Value(ConfigValues.Kind.FILE, null, null, null, "key pair"), true, sec.at());
                    else key = key(sec.val(), sec.ctx(), sec.at() != null ? sec.at() : pl.cs().argLocation(1), null);
                }
            }
            Issuer i = jwtIssuer("@fastify/jwt", s, c, o, cs.arg(0), null, null, Clock.LUKEED_MS, key != null && key.asymmetric() ? "RS256" : "HS256",
                    pl == null ? null : pl.at());
            issuers.add(new Issuer(i.library(), i.call(), i.file(), i.fn(), i.algorithm(), i.algorithmDefault(), i.algorithmAt(), key, i.expiry(),
                    i.purpose(), i.purposeWhy(), i.defaults(), i.test()));
        }
        for (CallIndex.Site s : sites("*.jwtDecode", "*.decode")) {
            CallSite cs = s.cs();
            Val recv = Analysis.receiver(cs.callee());
            if ("jwtDecode".equals(cs.methodName()) || "decode".equals(cs.methodName()) && recv != null && "jwt".equals(Vals.lastName(recv))
                    && project.rootModule(cs.callee(), s.file()) == null && !isNestService(cs, s)) {
                decodes.add(new Decode("@fastify/jwt", cs.location(), s.file(), s.fn(), cs, test(s.file(), s.fn())));
            }
        }
    }

    // @nestjs/jwt ---------------------------------------------------------

    private record Module(Opts opts, Location at, FileFacts file) { }

    private boolean isNestService(CallSite cs, CallIndex.Site s) {
        if (!project.dependsOn("@nestjs/jwt")) return false;
        Val recv = Analysis.receiver(cs.callee());
        if (recv == null) return false;
        String n = Vals.lastName(recv);
        String type = null;
        if (recv instanceof This t && t.path().size() == 1) {
            ClassInfo owner = index.ownerOf(s.fn());
            if (owner != null) {
                for (Fn.Param p : owner.ctorParams()) if (p.name().equals(n)) type = p.type();
                if (type == null) for (ClassInfo.Prop p : owner.props()) if (p.name().equals(n)) type = p.type();
            }
        } else if (recv instanceof Param p && p.path().isEmpty()) {
            Fn.Param d = s.fn().param(p.index());
            type = d == null ? null : d.type();
        }
        if (type != null) return type.equals("JwtService") || type.endsWith(".JwtService");
        return n != null && n.toLowerCase(Locale.ROOT).contains("jwtservice");
    }

    private List<Module> nestModules() {
        List<Module> mods = new ArrayList<>();
        for (CallIndex.Site s : sites("@nestjs/jwt.JwtModule.register", "@nestjs/jwt.JwtModule.registerAsync")) {
            CallSite cs = s.cs();
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            Opts o = new Opts();
            String label = "JwtModule options at " + cs.location();
            if ("registerAsync".equals(cs.methodName())) {
                R r = resolve(cs.arg(0), c);
                Val factory = r.val() instanceof Obj ob ? ob.props().get("useFactory") : null;
                Project.FnRef f = factory == null ? null : project.function(factory, r.ctx().file());
                if (f != null && !f.fn().returns().isEmpty()) {
                    Ctx fc = new Ctx(f.file(), f.fn(), null, null);
                    addLayer(o, f.fn().returns().get(0), fc, f.fn().location(), label);
                } else if (r.val() instanceof Obj ob && ob.props().get("useClass") != null) {
                    Project.ClassHit ch = project.classOf(ob.props().get("useClass"), r.ctx().file());
                    Fn m = ch == null ? null : ch.info().method("createJwtOptions");
                    if (m != null && !m.returns().isEmpty()) addLayer(o, m.returns().get(0), new Ctx(ch.file(), m, null, null), m.location(), label);
                    else o.open = true;
                } else o.open = true;
            } else {
                addLayer(o, cs.arg(0), c, cs.argLocation(0), label);
            }
            mods.add(new Module(o, cs.location(), s.file()));
        }
        return mods;
    }

    private void nest() {
        if (!project.dependsOn("@nestjs/jwt") && index.sites("@nestjs/jwt.JwtModule.register").isEmpty()
                && index.sites("@nestjs/jwt.JwtModule.registerAsync").isEmpty()) return;
        List<Module> mods = nestModules();
        for (String verb : List.of("sign", "signAsync")) {
            for (CallIndex.Site s : sites("*." + verb)) {
                CallSite cs = s.cs();
                if (issuing.contains(cs) || !isNestService(cs, s)) continue;
                issuing.add(cs);
                Ctx c0 = new Ctx(s.file(), s.fn(), null, null);
                Opts probe = new Opts();
                addLayer(probe, cs.arg(1), c0, cs.argLocation(1), null);
                for (Ctx c : contexts(s, probe.paramHit)) {
                    Opts o = new Opts();
                    addLayer(o, cs.arg(1), c, spanOf(cs, 1, c, cs.arg(1)), null);
                    Module mod = module(mods, s.file());
                    Opts keys = new Opts();
                    addLayer(keys, cs.arg(1), c, spanOf(cs, 1, c, cs.arg(1)), null);
                    if (mod != null) {
                        for (Layer l : mod.opts().layers) {
                            Val so = l.obj().props().get("signOptions");
                            if (so != null) addLayer(o, so, l.ctx(), l.span(), l.label());
                            keys.layers.add(l);
                        }
                        if (mod.opts().open) o.open = true;
                    } else o.open = true;
                    Hit sec = get(keys, "secret");
                    if (sec == null) sec = get(keys, "privateKey");
                    if (sec == null) sec = get(keys, "secretOrPrivateKey");
                    Val keyVal = sec == null ? null : sec.val();
                    Issuer i = jwtIssuer("@nestjs/jwt", s, sec == null ? c : sec.ctx(), o, cs.arg(0), keyVal, sec == null ? null : sec.at(),
                            Clock.VERCEL_MS, "HS256", mod == null ? null : mod.at());
                    issuers.add(i);
                }
            }
        }
        for (String verb : List.of("verify", "verifyAsync")) {
            for (CallIndex.Site s : sites("*." + verb)) {
                CallSite cs = s.cs();
                if (!isNestService(cs, s)) continue;
                Ctx c = new Ctx(s.file(), s.fn(), null, null);
                Opts o = new Opts();
                addLayer(o, cs.arg(1), c, cs.argLocation(1), null);
                Opts keys = new Opts();
                addLayer(keys, cs.arg(1), c, cs.argLocation(1), null);
                Module mod = module(mods, s.file());
                if (mod != null) {
                    for (Layer l : mod.opts().layers) {
                        Val vo = l.obj().props().get("verifyOptions");
                        if (vo != null) addLayer(o, vo, l.ctx(), l.span(), l.label());
                        keys.layers.add(l);
                    }
                    if (mod.opts().open) o.open = true;
                } else o.open = true;
                Hit sec = get(keys, "secret");
                if (sec == null) sec = get(keys, "publicKey");
                Verifier v = jwtVerifier("@nestjs/jwt", s.file(), cs.location(), sec == null ? c : sec.ctx(), o,
                        sec == null ? null : sec.val(), sec == null ? null : sec.at(), jsonwebtokenDefault("@nestjs/jwt"), false);
                v = legacyRisk(v, sec == null ? null : sec.val(), sec == null ? c : sec.ctx(), sec != null && provider(sec.val(), sec.ctx()), false);
                verifiers.add(v);
            }
        }
        for (CallIndex.Site s : sites("*.decode")) {
            if (isNestService(s.cs(), s)) decodes.add(new Decode("@nestjs/jwt", s.cs().location(), s.file(), s.fn(), s.cs(), test(s.file(), s.fn())));
        }
    }

    /** The JwtModule registration whose options a JwtService in {@code file} gets: the only one, else the nearest by path. */
    private Module module(List<Module> mods, FileFacts file) {
        if (mods.isEmpty()) return null;
        if (mods.size() == 1) return mods.get(0);
        Module best = null;
        int bestLen = -1;
        boolean tie = false;
        for (Module m : mods) {
            int n = commonDirs(m.file().path(), file.path());
            if (n > bestLen) {
                best = m;
                bestLen = n;
                tie = false;
            } else if (n == bestLen) tie = true;
        }
        return tie ? null : best;
    }

    private static int commonDirs(String a, String b) {
        String[] x = a.split("/"), y = b.split("/");
        int n = 0;
        while (n < x.length - 1 && n < y.length - 1 && x[n].equals(y[n])) n++;
        return n;
    }

    // passport-jwt ---------------------------------------------------------

    private void passport() {
        for (CallIndex.Site s : sites("new passport-jwt.Strategy", "new passport-jwt.default.Strategy", "new passport-jwt.default")) {
            strategy(s.file(), s.fn(), s.cs());
        }
        for (FileFacts f : project.files().values()) {
            for (ClassInfo ci : f.classes().values()) {
                if (!(ci.superClass() instanceof Call sc) || !"PassportStrategy".equals(Vals.lastName(sc.callee())) || sc.args().isEmpty()) continue;
                String q = project.qname(sc.args().get(0), f);
                if (q == null || !q.startsWith("passport-jwt")) continue;
                Fn ctor = ci.method("constructor");
                if (ctor == null) continue;
                for (CallSite cs : ctor.calls()) {
                    if (cs.callee() instanceof Unknown u && u.kind().equals("super")) {
                        strategy(f, ctor, cs);
                        // ignoreExpiration: true where validate() turns the token away once the stored record of it has
                        // expired (a refresh token looked up with its expiresAt): the expiry is enforced, by the app
                        Verifier v = verifiers.get(verifiers.size() - 1);
                        if (v.ignoreExpiration() && storedExpiryChecked(ci.method("validate"), f)) {
                            verifiers.set(verifiers.size() - 1, new Verifier(v.library(), v.call(), v.file(), v.algorithms(), v.algorithmsAt(),
                                    v.unsafeDefault(), v.legacy(), v.key(), false, null, v.toleranceSeconds(), v.toleranceWritten(),
                                    v.toleranceAt(), v.test()));
                        }
                        break;
                    }
                }
            }
        }
    }

    /** A stored expiry compared with the clock: record.expiresAt < new Date(), Date.now() > token.expiry. */
    private static final Pattern EXPIRY_TEST = Pattern.compile("(?i)\\.\\s*expir\\w*\\s*[<>]=?\\s*(new\\s+Date\\b|Date\\.now\\b|now\\b)"
            + "|(new\\s+Date\\(\\s*\\)|Date\\.now\\(\\s*\\)|\\bnow)\\s*[<>]=?\\s*[\\w?.]*\\.\\s*expir\\w*");

    /**
     * Whether a strategy's validate() (or a project function it calls, three calls deep) compares a stored expiry with the
     * clock in a function that then refuses (throws): the token is looked up and its record's expiry checked by the app.
     */
    private boolean storedExpiryChecked(Fn validate, FileFacts f) {
        if (validate == null) return false;
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        Deque<Object[]> todo = new ArrayDeque<>();
        Set<Fn> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(new Object[]{validate, f, 0});
        while (!todo.isEmpty()) {
            Object[] cur = todo.poll();
            Fn fn = (Fn) cur[0];
            FileFacts file = (FileFacts) cur[1];
            int depth = (Integer) cur[2];
            if (!seen.add(fn) || file == null) continue;
            List<Fn> all = new ArrayList<>();
            Analysis.collect(fn, all, 0);
            boolean refuses = all.stream().anyMatch(x -> !x.throwsTypes().isEmpty());
            Location at = fn.location();
            if (refuses && at != null) {
                List<String> lines = SourceLines.read(project, file.path());
                for (int i = at.line() - 1; i < Math.min(lines.size(), Math.max(at.line(), at.endLine())); i++) {
                    if (EXPIRY_TEST.matcher(lines.get(i)).find()) return true;
                }
            }
            if (depth >= 3) continue;
            for (Fn x : all) {
                for (CallSite cs : x.calls()) {
                    if (cs.isNew()) continue;
                    Project.FnRef t;
                    try {
                        t = analysis.resolveCallee(cs.callee(), file, x);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (t != null && t.fn() != fn) todo.add(new Object[]{t.fn(), t.file(), depth + 1});
                }
            }
        }
        return false;
    }

    private void strategy(FileFacts f, Fn fn, CallSite cs) {
        Ctx c = new Ctx(f, fn, null, null);
        Opts o = new Opts();
        addLayer(o, cs.arg(0), c, cs.argLocation(0), null);
        Opts jw = new Opts();
        jw.open = o.open;
        Hit jwo = get(o, "jsonWebTokenOptions");
        if (jwo != null) addLayer(jw, jwo.val(), jwo.ctx(), cs.argLocation(0), null);
        Hit sec = get(o, "secretOrKey");
        Verifier v = jwtVerifier("passport-jwt", f, cs.location(), sec == null ? c : sec.ctx(), o, sec == null ? null : sec.val(),
                sec == null ? null : sec.at(), jsonwebtokenDefault("passport-jwt"), false);
        // passport-jwt refuses to start without a truthy secretOrKey (or a secretOrKeyProvider): the key is never missing
        Hit prov = get(o, "secretOrKeyProvider");
        v = legacyRisk(v, sec == null ? null : sec.val(), sec == null ? c : sec.ctx(), prov != null || sec != null && provider(sec.val(), sec.ctx()),
                sec != null);
        // clockTolerance sits in jsonWebTokenOptions
        Hit tol = get(jw, "clockTolerance");
        if (tol != null && v.toleranceAt() == null) {
            Raw raw = raw(tol.val(), tol.ctx(), tol.at(), false, 0);
            if (raw != null && raw.value() instanceof Double d) {
                v = new Verifier(v.library(), v.call(), v.file(), v.algorithms(), v.algorithmsAt(), v.unsafeDefault(), v.legacy(), v.key(), v.ignoreExpiration(),
                        v.ignoreAt(), (long) Math.floor(d), raw.written() + " s", tol.at(), v.test());
            }
        }
        verifiers.add(v);
    }

    // express-jwt ----------------------------------------------------------

    private void expressJwt() {
        for (CallIndex.Site s : sites("express-jwt.expressjwt", "express-jwt", "express-jwt.default", "express-jwt.jwt")) {
            CallSite cs = s.cs();
            Ctx c = new Ctx(s.file(), s.fn(), null, null);
            Opts o = new Opts();
            addLayer(o, cs.arg(0), c, cs.argLocation(0), null);
            Hit sec = get(o, "secret");
            int[] v = installed("express-jwt");
            String unsafe = v != null && v[0] < 6 ? "express-jwt " + v[0] + ".x (on jsonwebtoken 8) accepts any HS* algorithm for a secret,"
                    + " the HS* family for a public key it does not recognise as PEM, and unsigned tokens when the secret is missing" : null;
            Verifier ver = jwtVerifier("express-jwt", s.file(), cs.location(), sec == null ? c : sec.ctx(), o, sec == null ? null : sec.val(),
                    sec == null ? null : sec.at(), unsafe, false);
            // express-jwt before 6 throws 'secret should be set' without a secret: the key is never missing
            verifiers.add(legacyRisk(ver, sec == null ? null : sec.val(), sec == null ? c : sec.ctx(), sec != null && provider(sec.val(), sec.ctx()), true));
        }
    }

    // anything else named like a JWT signer -------------------------------

    /** {@code sign}/{@code signAsync} on a receiver named like a JWT service that no library above explains: it issues a token too. */
    private void loose() {
        for (String verb : List.of("sign", "signAsync")) {
            for (CallIndex.Site s : sites("*." + verb)) {
                if (issuing.contains(s.cs())) continue;
                Val recv = Analysis.receiver(s.cs().callee());
                String n = recv == null ? null : Vals.lastName(recv);
                if (n != null && n.toLowerCase(Locale.ROOT).contains("jwt")) issuing.add(s.cs());
            }
        }
        for (CallIndex.Site s : sites("*.jwtSign")) issuing.add(s.cs());
    }

    // ------------------------------------------------------------------ Java: jjwt, java-jwt (auth0), nimbus-jose-jwt, Spring

    /** The Java JWT libraries by their package. */
    static String javaLibrary(String qname) {
        if (qname == null) return null;
        String q = qname.startsWith("new ") ? qname.substring(4) : qname;
        if (q.startsWith("io.jsonwebtoken.")) return "jjwt";
        if (q.startsWith("com.auth0.jwt.")) return "java-jwt";
        if (q.startsWith("com.nimbusds.")) return "nimbus-jose-jwt";
        if (q.startsWith("org.springframework.security.oauth2.jwt.")) return "spring-security-oauth2-jose";
        return null;
    }

    private static final Set<String> JJWT_KEY_STEPS = Set.of("setSigningKey", "verifyWith", "decryptWith", "setSigningKeyResolver", "keyLocator");
    private static final Set<String> JJWT_UNSIGNED = Set.of("parseClaimsJwt", "parseContentJwt", "parsePlaintextJwt", "parseUnsecuredClaims", "parseUnsecuredContent");

    private void java() {
        for (FileFacts f : JavaCalls.javaFiles(project)) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : JavaCalls.outermost(fn)) {
                    try {
                        javaChain(f, fn, cs);
                    } catch (RuntimeException e) {
                        // one chain the concept cannot read
                    }
                }
            }
        }
    }

    private void javaChain(FileFacts f, Fn fn, CallSite cs) {
        JavaCalls.Chain ch = JavaCalls.chain(project, f, fn, cs);
        String lib = javaLibrary(ch.rootQname());
        // a decode through a stored parser or the JWT class: jwtParser.parseClaimsJwt(t), JWT.decode(t), SignedJWT.parse(t)
        for (JavaCalls.Step st : ch.steps()) {
            if (st.cs() == null || !JJWT_UNSIGNED.contains(st.name()) && !st.name().equals("decode") && !st.name().equals("decodeJwt")) continue;
            String q = project.qname(st.cs().callee(), f);
            String l = javaLibrary(q);
            if (l == null) continue;
            boolean jjwtUnsigned = l.equals("jjwt") && JJWT_UNSIGNED.contains(st.name());
            boolean auth0Decode = q.equals("com.auth0.jwt.JWT.decode") || q.equals("com.auth0.jwt.JWT.decodeJwt");
            if ((jjwtUnsigned || auth0Decode) && !ch.has("setSigningKey", "verifyWith")) {
                decodes.add(new Decode(l, st.cs().location(), f, fn, st.cs(), test(f)));
            }
        }
        if (lib == null) return;
        Ctx c = new Ctx(f, fn, null, null);
        String root = ch.rootQname();
        if (root.equals("io.jsonwebtoken.Jwts.builder") || root.equals("com.auth0.jwt.JWT.create")) {
            // a signing helper (generateToken(user, type, ttl)) called for access and refresh tokens: one issuer per caller
            // when its lifetime or key comes from its parameters, evaluated with that caller's arguments
            boolean jjwt = root.startsWith("io.jsonwebtoken");
            JavaCalls.Step e = jjwt ? ch.step("setExpiration", "expiration") : ch.step("withExpiresAt");
            JavaCalls.Step sign = jjwt ? ch.step("signWith") : ch.last();
            boolean fromParams = e != null && e.arg(0) != null && firstParam(project.resolve(e.arg(0), f).val(), 0) != null
                    || sign != null && sign.args().stream().anyMatch(a -> paramRooted(a, c));
            List<CallIndex.Site> callers = fromParams ? index.callers(fn) : List.of();
            List<Ctx> ctxs = new ArrayList<>();
            if (callers.isEmpty() || callers.size() > 12) ctxs.add(c);
            else for (CallIndex.Site k : callers) ctxs.add(new Ctx(f, fn, k.cs(), new Ctx(k.file(), k.fn(), null, null)));
            for (Ctx x : ctxs) {
                if (jjwt) jjwtIssuer(f, fn, cs, ch, x);
                else auth0Issuer(f, fn, cs, ch, x);
            }
            return;
        }
        if (root.equals("io.jsonwebtoken.Jwts.builder")) jjwtIssuer(f, fn, cs, ch, c);
        else if (root.equals("io.jsonwebtoken.Jwts.parser") || root.equals("io.jsonwebtoken.Jwts.parserBuilder")) jjwtVerifier(f, ch, c);
        else if (root.equals("com.auth0.jwt.JWT.create")) auth0Issuer(f, fn, cs, ch, c);
        else if (root.equals("com.auth0.jwt.JWT.require")) auth0Verifier(f, ch, c);
        else if (root.equals("new com.nimbusds.jose.crypto.MACSigner")) nimbusSigner(f, fn, cs, ch, c);
        else if (root.equals("new com.nimbusds.jose.crypto.MACVerifier")) {
            JavaCalls.Step st = ch.steps().get(0);
            Key key = javaKey(st.arg(0), c, st.argAt(0), "HS256");
            verifiers.add(new Verifier(lib, st.site(), f.path(), null, null, null, null, key, false, null, -1, null, null, test(f)));
        } else if (root.equals("org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withSecretKey")) {
            JavaCalls.Step st = ch.steps().get(0);
            JavaCalls.Step mac = ch.step("macAlgorithm");
            String alg = mac == null ? "HS256" : Vals.lastName(mac.arg(0));
            Key key = javaKey(st.arg(0), c, st.argAt(0), alg);
            verifiers.add(new Verifier(lib, st.site(), f.path(), alg == null ? null : List.of(alg), mac == null ? null : mac.argAt(0), null, null, key,
                    false, null, -1, null, null, test(f)));
        }
    }

    private void jjwtIssuer(FileFacts f, Fn fn, CallSite cs, JavaCalls.Chain ch, Ctx c) {
        if (!"compact".equals(ch.last().name())) return;
        issuing.add(cs);
        JavaCalls.Step sign = ch.step("signWith");
        String alg = null;
        Key key = null;
        Location algAt = null;
        if (sign != null) {
            int keyArg = 0;
            String a0 = jjwtAlg(sign.arg(0));
            if (a0 != null) {
                alg = a0;
                algAt = sign.argAt(0);
                keyArg = 1;
            } else if (sign.arg(1) != null) {
                alg = jjwtAlg(sign.arg(1));
                algAt = sign.argAt(1);
            }
            key = javaKey(sign.arg(keyArg), c, sign.argAt(keyArg), alg);
        }
        Expiry exp;
        JavaCalls.Step e = ch.step("setExpiration", "expiration");
        if (e != null) exp = javaExpiry(e.arg(0), c, e.argAt(0), e.name());
        else if (ch.has("setClaims", "claims", "addClaims", "setPayload", "content") || ch.steps().stream().anyMatch(st -> st.name().equals("claim")
                && "exp".equals(Val.constString(resolve(st.arg(0), c).val())))) exp = Expiry.UNKNOWN;
        else exp = new Expiry(ExpiryState.NONE, -1, null, cs.location(), null);
        addJavaIssuer("jjwt", f, fn, cs, c, alg == null ? "HS256" : alg, alg == null, algAt, key, exp);
    }

    private void addJavaIssuer(String lib, FileFacts f, Fn fn, CallSite cs, Ctx c, String alg, boolean algDefault, Location algAt, Key key, Expiry exp) {
        StringBuilder why = new StringBuilder();
        Purpose p = purpose(cs, new Ctx(f, fn, null, null), c, fn, null, key, exp, why);
        ClassInfo owner = JavaCalls.owner(f, fn);
        if (p == Purpose.ACCESS && why.length() == 0 && owner != null) {
            // the class the helper is written in: a RefreshTokenService, a PasswordResetTokenProvider
            if (REFRESH.matcher(owner.name()).find()) {
                p = Purpose.REFRESH;
                why.append("class ").append(owner.name());
            } else if (ONE_TIME.matcher(owner.name()).find()) {
                p = Purpose.ONE_TIME;
                why.append("class ").append(owner.name());
            }
        }
        // (a Java method nothing calls is asked too: s31 collegems JwtTokenProvider.generateToken beside the one in use)
        issuers.add(new Issuer(lib, cs.location(), f.path(), fn, alg, algDefault, algAt, key, exp, p, why.toString(), null, test(f, fn)));
    }

    /** {@code SignatureAlgorithm.HS512}, {@code Jwts.SIG.HS256}, {@code MacAlgorithm} constants: the name, else null. */
    private static String jjwtAlg(Val v) {
        if (v instanceof Ref r && r.module().startsWith("io.jsonwebtoken") && !r.path().isEmpty()
                && (r.export().equals("SignatureAlgorithm") || r.export().equals("Jwts") || r.export().equals("MacAlgorithm"))) {
            String n = r.path().get(r.path().size() - 1);
            if (n.matches("(HS|RS|ES|PS)\\d+|EdDSA|NONE")) return n;
        }
        return null;
    }

    private void jjwtVerifier(FileFacts f, JavaCalls.Chain ch, Ctx c) {
        JavaCalls.Step k = null;
        for (JavaCalls.Step st : ch.steps()) if (JJWT_KEY_STEPS.contains(st.name())) k = st;
        if (k == null) return;
        boolean resolver = k.name().equals("setSigningKeyResolver") || k.name().equals("keyLocator");
        Key key = resolver ? null : javaKey(k.arg(0), c, k.argAt(0), null);
        JavaCalls.Step skew = ch.step("setAllowedClockSkewSeconds", "clockSkewSeconds");
        long tol = -1;
        String tolWritten = null;
        if (skew != null) {
            Double d = javaNumber(skew.arg(0), c);
            if (d != null) {
                tol = d.longValue();
                tolWritten = fmt(d) + " s";
            }
        }
        boolean unsecured = ch.has("unsecured");
        verifiers.add(new Verifier("jjwt", k.site(), f.path(), unsecured ? List.of("none") : null, unsecured ? ch.step("unsecured").site() : null,
                null, null, key, false, null, tol, tolWritten, skew == null ? null : skew.argAt(0), test(f)));
    }

    private void auth0Issuer(FileFacts f, Fn fn, CallSite cs, JavaCalls.Chain ch, Ctx c) {
        if (!"sign".equals(ch.last().name())) return;
        issuing.add(cs);
        JavaCalls.Step sign = ch.last();
        String[] alg = new String[1];
        Key key = auth0Key(sign.arg(0), c, sign.argAt(0), alg);
        Expiry exp;
        JavaCalls.Step e = ch.step("withExpiresAt");
        if (e != null) exp = javaExpiry(e.arg(0), c, e.argAt(0), e.name());
        else if (ch.has("withPayload") || ch.steps().stream().anyMatch(st -> st.name().equals("withClaim")
                && "exp".equals(Val.constString(resolve(st.arg(0), c).val())))) exp = Expiry.UNKNOWN;
        else exp = new Expiry(ExpiryState.NONE, -1, null, cs.location(), null);
        addJavaIssuer("java-jwt", f, fn, cs, c, alg[0], false, sign.argAt(0), key, exp);
    }

    /** The key an auth0 {@code Algorithm.HMAC256(secret)} (or RSA/ECDSA with keys) holds; {@code alg[0]} its name. */
    private Key auth0Key(Val v, Ctx c, Location at, String[] alg) {
        R r = resolve(v, c);
        for (int i = 0; i < 3 && r.val() instanceof This t && t.path().size() == 1; i++) {
            JavaCalls.FieldValue fv = JavaCalls.fieldValue(JavaCalls.owner(r.ctx().file(), r.ctx().fn()), t.path().get(0));
            if (fv == null) break;
            Ctx fc = new Ctx(r.ctx().file(), fv.fn() != null ? fv.fn() : r.ctx().fn(), null, null);
            r = resolve(fv.value(), fc);
        }
        if (r.val() instanceof Call call) {
            String n = JavaCalls.method(call);
            if (n != null && n.matches("HMAC(256|384|512)")) {
                alg[0] = "HS" + n.substring(4);
                return call.args().isEmpty() ? null : javaKey(call.args().get(0), r.ctx(), at, alg[0]);
            }
            if (n != null && n.matches("(RSA|ECDSA)(256|384|512)")) {
                alg[0] = (n.startsWith("RSA") ? "RS" : "ES") + n.replaceAll("\\D", "");
                return new Key(null, true, at);
            }
            if ("none".equals(n)) alg[0] = "none";
        }
        return null;
    }

    private void auth0Verifier(FileFacts f, JavaCalls.Chain ch, Ctx c) {
        JavaCalls.Step req = ch.steps().get(0);
        String[] alg = new String[1];
        Key key = auth0Key(req.arg(0), c, req.argAt(0), alg);
        JavaCalls.Step leeway = ch.step("acceptExpiresAt", "acceptLeeway");
        long tol = -1;
        String tolWritten = null;
        if (leeway != null) {
            Double d = javaNumber(leeway.arg(0), c);
            if (d != null) {
                tol = d.longValue();
                tolWritten = fmt(d) + " s";
            }
        }
        verifiers.add(new Verifier("java-jwt", req.site(), f.path(), alg[0] == null ? null : List.of(alg[0]), req.argAt(0), null, null, key, false, null,
                tol, tolWritten, leeway == null ? null : leeway.argAt(0), test(f)));
    }

    /**
     * nimbus {@code new MACSigner(secret)}: a token is signed with it. Its lifetime is the {@code expirationTime} of a
     * {@code JWTClaimsSet.Builder} chain in the same function, none when the function builds claims without one,
     * unknown when the claims are built elsewhere.
     */
    private void nimbusSigner(FileFacts f, Fn fn, CallSite cs, JavaCalls.Chain ch, Ctx c) {
        JavaCalls.Step st = ch.steps().get(0);
        Key key = javaKey(st.arg(0), c, st.argAt(0), "HS256");
        Expiry exp = Expiry.UNKNOWN;
        for (CallSite other : JavaCalls.outermost(fn)) {
            JavaCalls.Chain b = JavaCalls.chain(project, f, fn, other);
            if (!"new com.nimbusds.jwt.JWTClaimsSet.Builder".equals(b.rootQname())) continue;
            JavaCalls.Step e = b.step("expirationTime");
            if (e != null) exp = javaExpiry(e.arg(0), c, e.argAt(0), e.name());
            else if (exp.state() == ExpiryState.UNKNOWN && !b.has("claim")) exp = new Expiry(ExpiryState.NONE, -1, null, other.location(), null);
        }
        issuing.add(cs);
        addJavaIssuer("nimbus-jose-jwt", f, fn, cs, c, "HS256", true, null, key, exp);
    }

    private static final Set<String> JAVA_KEY_WRAPPERS = Set.of("hmacShaKeyFor", "decode", "parseBase64Binary", "decodeBase64", "from", "copyOf", "wrap");
    private static final Set<String> JAVA_KEY_RECEIVERS = Set.of("getBytes", "toCharArray", "trim", "strip", "toString", "getEncoded", "decode", "decodeBase64");

    /**
     * A Java signing or verification key: through {@code Keys.hmacShaKeyFor(secret.getBytes())}, Base64 decoding,
     * {@code new SecretKeySpec(bytes, alg)}, a method of the class returning the key, a field assigned once, to the
     * string it is made from ({@link ConfigValues} answers {@code @Value} and {@code @ConfigurationProperties}).
     */
    private Key javaKey(Val v, Ctx c, Location span, String alg) {
        if (v == null) return null;
        boolean asym = alg != null && !alg.toUpperCase(Locale.ROOT).startsWith("HS");
        R r = resolve(v, c);
        for (int i = 0; i < 10; i++) {
            Val x = r.val();
            Ctx rc = r.ctx();
            String n = JavaCalls.method(x);
            if (x instanceof Call call) {
                Val recv = JavaCalls.receiver(x);
                if (n != null && n.matches("(generatePrivate|generatePublic|getPrivate|getPublic|readPrivateKey|readPublicKey|RSA\\d+|ECDSA\\d+)")) {
                    asym = true;
                    break;
                }
                if (n != null && JAVA_KEY_WRAPPERS.contains(n) && !call.args().isEmpty()) {
                    r = resolve(call.args().get(0), rc);
                    continue;
                }
                if (n != null && JAVA_KEY_RECEIVERS.contains(n) && recv != null) {
                    r = resolve(recv, rc);
                    continue;
                }
                if (call.callee() instanceof This t && t.path().size() == 1 && call.args().isEmpty()) {
                    JavaCalls.FieldValue rv = JavaCalls.returned(JavaCalls.owner(rc.file(), rc.fn()), t.path().get(0));
                    if (rv == null) break;
                    r = resolve(rv.value(), new Ctx(rc.file(), rv.fn(), null, null));
                    continue;
                }
                break;
            }
            if (x instanceof New nw && n != null && Set.of("SecretKeySpec", "MACSigner", "MACVerifier", "String", "OctetSequenceKey").contains(n) && !nw.args().isEmpty()) {
                r = resolve(nw.args().get(0), rc);
                continue;
            }
            if (x instanceof This t && t.path().size() == 1) {
                ClassInfo owner = JavaCalls.owner(rc.file(), rc.fn());
                ClassInfo.Prop prop = JavaCalls.field(owner, t.path().get(0));
                if (prop == null || JavaCalls.annotation(prop.decorators(), "Value") != null) break;
                if (prop.type() != null && prop.type().matches("(RSA|EC)?(Private|Public)Key|KeyPair|RSAKey|ECKey")) {
                    asym = true;
                    break;
                }
                JavaCalls.FieldValue fv = JavaCalls.fieldValue(owner, prop.name());
                if (fv == null) break;
                r = resolve(fv.value(), new Ctx(rc.file(), fv.fn() != null ? fv.fn() : rc.fn(), null, null));
                continue;
            }
            break;
        }
        return keyFrom(r, asym, span, null, false);
    }

    /** A number a Java value holds (a literal, a constant, a configured {@code @Value}), else null. */
    private Double javaNumber(Val v, Ctx c) {
        R r = resolve(v, c);
        Double d = JavaCalls.number(r.val());
        if (d != null) return d;
        if (r.val() instanceof This || r.val() instanceof Param || r.val() instanceof Call) {
            try {
                ConfigValues.Value cv = config.value(r.val(), r.ctx().file(), r.ctx().fn());
                if (cv.text() != null) return JavaCalls.number(new Lit(cv.text()));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The lifetime a Java expiry date gives: {@code new Date(System.currentTimeMillis() + ms)}, {@code new Date(now.getTime()
     * + ms)}, {@code Date.from(Instant.now().plusSeconds(s))}, {@code Instant.now().plus(n, ChronoUnit.HOURS)},
     * {@code plus(Duration.ofMinutes(n))}; SET with unknown seconds when the amount cannot be read.
     */
    private Expiry javaExpiry(Val v, Ctx c, Location at, String step) {
        if (c.via() != null && v != null) {
            // new Date(now + ttl) with ttl a parameter: where the caller writes the lifetime
            Val r = project.resolve(v, c.file()).val();
            Param p = r instanceof Param q ? q : firstParam(r, 0);
            if (p != null) at = c.via().argLocation(p.index());
        }
        Double ms = javaMillisFromNow(v, c, 0);
        if (ms == null) return new Expiry(ExpiryState.SET, -1, null, at, step);
        long s = (long) Math.floor(ms / 1000);
        return new Expiry(ExpiryState.SET, s, fmt(ms) + " ms from now", at, step);
    }

    /** The first parameter a value is built from (inside {@code new Date(now + ttl)}), or null. */
    private static Param firstParam(Val v, int depth) {
        if (v == null || depth > 5) return null;
        if (v instanceof Param p) return p.path().isEmpty() ? p : null;
        List<Val> parts = v instanceof Concat cc ? cc.parts() : v instanceof New n ? n.args() : v instanceof Call k ? k.args() : List.of();
        for (Val x : parts) {
            Param p = firstParam(x, depth + 1);
            if (p != null) return p;
        }
        if (v instanceof Call k && k.callee() instanceof Member m) return firstParam(m.object(), depth + 1);
        return null;
    }

    private Double javaMillisFromNow(Val v, Ctx c, int depth) {
        if (v == null || depth > 6) return null;
        R r = resolve(v, c);
        Val x = r.val();
        String n = JavaCalls.method(x);
        if (x instanceof New nw && "Date".equals(n) && nw.args().size() == 1) return javaMillisFromNow(nw.args().get(0), r.ctx(), depth + 1);
        if (x instanceof Call call && ("from".equals(n) || "toInstant".equals(n) || "valueOf".equals(n)) && call.args().size() == 1) {
            return javaMillisFromNow(call.args().get(0), r.ctx(), depth + 1);
        }
        if (x instanceof Concat cc) {
            double sum = 0;
            int now = 0;
            for (Val p : cc.parts()) {
                if (isJavaNow(p)) {
                    now++;
                    continue;
                }
                Double d = javaNumber(p, r.ctx());
                if (d == null) return null;
                sum += d;
            }
            return now == 1 ? sum : null;
        }
        if (x instanceof Call call && n != null && call.callee() instanceof Member m) {
            Double base = isJavaNow(m.object()) ? Double.valueOf(0) : javaMillisFromNow(m.object(), r.ctx(), depth + 1);
            if (base == null) return null;
            Double amount = call.args().isEmpty() ? null : javaNumber(call.args().get(0), r.ctx());
            switch (n) {
                case "plusMillis" -> { return amount == null ? null : base + amount; }
                case "plusSeconds" -> { return amount == null ? null : base + amount * 1000; }
                case "plusMinutes" -> { return amount == null ? null : base + amount * 60_000; }
                case "plusHours" -> { return amount == null ? null : base + amount * 3_600_000; }
                case "plusDays" -> { return amount == null ? null : base + amount * 86_400_000; }
                case "plusWeeks" -> { return amount == null ? null : base + amount * 7 * 86_400_000; }
                case "plus" -> {
                    if (call.args().size() == 2 && amount != null) {
                        Long unit = unitMillis(Vals.lastName(call.args().get(1)));
                        return unit == null ? null : base + amount * unit;
                    }
                    if (call.args().size() == 1) {
                        Double d = durationMillis(call.args().get(0), r.ctx());
                        return d == null ? null : base + d;
                    }
                    return null;
                }
                default -> { return null; }
            }
        }
        return null;
    }

    private Double durationMillis(Val v, Ctx c) {
        R r = resolve(v, c);
        if (!(r.val() instanceof Call call) || call.args().isEmpty()) return null;
        String n = JavaCalls.method(call);
        Double amount = javaNumber(call.args().get(0), r.ctx());
        if (n == null || amount == null) return null;
        Long unit = switch (n) {
            case "ofMillis" -> 1L;
            case "ofSeconds" -> 1000L;
            case "ofMinutes" -> 60_000L;
            case "ofHours" -> 3_600_000L;
            case "ofDays" -> 86_400_000L;
            default -> null;
        };
        return unit == null ? null : amount * unit;
    }

    private static Long unitMillis(String unit) {
        if (unit == null) return null;
        return switch (unit) {
            case "MILLIS" -> 1L;
            case "SECONDS" -> 1000L;
            case "MINUTES" -> 60_000L;
            case "HOURS" -> 3_600_000L;
            case "DAYS" -> 86_400_000L;
            case "WEEKS" -> 7 * 86_400_000L;
            default -> null;
        };
    }

    /** {@code System.currentTimeMillis()}, {@code new Date().getTime()}, {@code now.getTime()}, {@code Instant.now()}, {@code Instant.now().toEpochMilli()}. */
    private static boolean isJavaNow(Val v) {
        String n = JavaCalls.method(v);
        if (n == null) return false;
        if (n.equals("currentTimeMillis") || n.equals("now")) return true;
        if (n.equals("getTime") || n.equals("toEpochMilli")) {
            if (v instanceof Call c && c.callee() instanceof Ref r && (r.export().equals("Date") || r.export().equals("Instant"))) return true;
            Val recv = JavaCalls.receiver(v);
            return recv instanceof New nw && "Date".equals(Vals.lastName(nw.callee())) && nw.args().isEmpty() || isJavaNow(recv);
        }
        return false;
    }
}
