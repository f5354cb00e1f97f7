package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every place the project hashes or verifies a password, with the cost parameters it uses (resolved through
 * constants, env fallbacks and config, else the library's default read from its source):
 * <ul>
 * <li>bcrypt / bcryptjs ({@code hash}, {@code hashSync}, {@code genSalt}, {@code genSaltSync}; default 10 rounds),
 *     {@code @node-rs/bcrypt} ({@code hash(pw, cost)} or {@code hash(pw, { cost })}; default 12);</li>
 * <li>argon2 ({@code hash(pw, { type, memoryCost, timeCost, parallelism })}; defaults argon2id, m=65536 KiB, t=3,
 *     p=4) and {@code @node-rs/argon2} (algorithm Argon2id, m=19456, t=2, p=1);</li>
 * <li>{@code crypto.scrypt/scryptSync(pw, salt, keylen, { N | cost, r | blockSize, p | parallelization })}
 *     (Node's defaults N=16384, r=8, p=1);</li>
 * <li>{@code crypto.pbkdf2/pbkdf2Sync(pw, salt, iterations, keylen, digest)};</li>
 * <li>a fast digest over a password: {@code crypto.createHash('sha256').update(password)}, {@code createHmac},
 *     {@code md5(password)}, crypto-js {@code SHA256(password)};</li>
 * <li>a password stored as given: a create/insert/save/update whose record has a password field holding the
 *     input's password, in a project that hashes passwords nowhere; a stored password compared with {@code ===}.</li>
 * </ul>
 * Verifications ({@code bcrypt.compare}, {@code argon2.verify}) are recorded too, without costs.
 */
public final class PasswordHashers {
    /** OWASP's minimum bcrypt cost. */
    public static final int BCRYPT_MIN_COST = 10;

    /**
     * OWASP's minimum pbkdf2 iterations for a digest: 1,300,000 with sha1, 600,000 with sha256, 210,000 with sha512 (and
     * when the digest is not known); {@link Long#MAX_VALUE} for md5, which no count makes acceptable.
     */
    public static long pbkdf2MinIterations(String digest) {
        return switch (digest) {
            case "sha1" -> 1_300_000;
            case "sha256" -> 600_000;
            case "sha512" -> 210_000;
            case "md5" -> Long.MAX_VALUE;
            default -> 210_000;
        };
    }


    public enum Kind {
        BCRYPT, ARGON2, SCRYPT, PBKDF2, FAST_HASH, PLAIN_STORE, PLAIN_COMPARE,
        /** A fast digest of the stored password compared with the password the user sends: the digest is accepted as the password. */
        DIGEST_COMPARE;

        /** A slow, salted password hash (bcrypt, argon2, scrypt, pbkdf2). */
        public boolean slow() {
            return ordinal() <= PBKDF2.ordinal();
        }
    }

    /**
     * One cost parameter: {@code value} when known (null otherwise), {@code defaulted} when the call leaves it to
     * the library, {@code source} how it is written ("12", "process.env.SALT_ROUNDS, else 10", "library default").
     */
    public record Setting(String name, Long value, String text, boolean defaulted, String source, Location at) {
        public String shown() {
            return text != null ? text : value != null ? Long.toString(value) : "?";
        }
    }

    /**
     * One site. {@code library} is the npm package or "crypto"; {@code operation} "hash" or "verify";
     * {@code settings} by name (rounds; type, memoryCost, timeCost, parallelism; N, r, p; iterations, digest;
     * algorithm); {@code input} the hashed value's name (for fast digests: only a password's); {@code context} the
     * name of the function the call is made in ("" when anonymous).
     */
    public record Use(Kind kind, String library, String operation, String file, Location location,
                      Map<String, Setting> settings, String input, String context) {
        public Use(Kind kind, String library, String operation, String file, Location location, Map<String, Setting> settings, String input) {
            this(kind, library, operation, file, location, settings, input, null);
        }

        public Setting setting(String name) {
            return settings.get(name);
        }

        /** The pbkdf2 digest as written, lower case ("sha256"), or "?" when the call gives none the analysis can read. */
        public String digest() {
            Setting d = settings.get("digest");
            return d == null ? "?" : d.shown().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean hashes() {
            return operation.equals("hash");
        }

        /**
         * True when the slow hash is over a random token or key, not a password: its input is named for one
         * ({@code bcrypt.hash(resetToken, 10)}, {@code hash(token, 10)}), or the function it is made in is
         * ({@code createAccessToken}, {@code hashApiKey}) and not named for a password. Such a value needs no password-grade cost.
         */
        public boolean hashesToken() {
            if (input != null && kind != Kind.FAST_HASH && kind != Kind.PLAIN_STORE && kind != Kind.PLAIN_COMPARE && kind != Kind.DIGEST_COMPARE) {
                List<String> w = words(input);
                if (!w.isEmpty() && TOKEN_WORDS.contains(w.get(w.size() - 1)) && !isPasswordName(input)) return true;
            }
            List<String> ctxWords = words(context);
            boolean passwordContext = ctxWords.contains("password") || ctxWords.contains("passwd") || ctxWords.contains("pwd");
            return !passwordContext && ctxWords.stream().anyMatch(w -> w.equals("token") || w.equals("key") || w.equals("apikey")
                    || w.equals("secret") || w.equals("otp") || w.equals("code"));
        }

        /** "bcrypt (cost 12)", "argon2id (m=65536, t=3, p=4)", "pbkdf2 (sha256, 100000 iterations)", "md5". */
        public String describe() {
            return switch (kind) {
                case BCRYPT -> library + (setting("rounds") != null ? " (cost " + setting("rounds").shown() + ")" : "");
                case ARGON2 -> (setting("type") != null ? setting("type").shown() : "argon2") + " (m=" + s("memoryCost") + " KiB, t="
                        + s("timeCost") + ", p=" + s("parallelism") + ")";
                case SCRYPT -> "scrypt (N=" + s("N") + ", r=" + s("r") + ", p=" + s("p") + ")";
                case PBKDF2 -> "pbkdf2 (" + s("digest") + ", " + s("iterations") + " iterations)";
                case FAST_HASH -> s("algorithm");
                case PLAIN_STORE -> "password stored as given";
                case PLAIN_COMPARE -> "stored password compared as given";
                case DIGEST_COMPARE -> s("algorithm") + " of the stored password compared with the input";
            };
        }

        private String s(String k) {
            Setting x = settings.get(k);
            return x == null ? "?" : x.shown();
        }
    }

    private final Project project;
    private final List<Use> uses = new ArrayList<>();
    /** scrypt/pbkdf2 derivations whose result the function only compares in constant time (a stored key checked). */
    private final Set<Location> comparedDerivations = new java.util.HashSet<>();

    /**
     * A scrypt or pbkdf2 derivation whose key the function compares with a stored one in constant time
     * ({@code timingSafeEqual(await scrypt(pw, salt, 64), Buffer.from(key, 'hex'))}), where the project hashes passwords
     * with bcrypt or argon2 elsewhere: the check of an older hash format kept for accounts made before, whose cost the
     * stored hashes fix (s31 stock25 comparePassword: bcrypt first, legacy salt:key scrypt after).
     */
    public boolean legacyVerification(Use u) {
        if (u.kind() != Kind.SCRYPT && u.kind() != Kind.PBKDF2 || !comparedDerivations.contains(u.location())) return false;
        for (Use o : uses) if (o.hashes() && (o.kind() == Kind.BCRYPT || o.kind() == Kind.ARGON2)) return true;
        return false;
    }

    /** The function hands the result of {@code cs} to timingSafeEqual. */
    private static boolean comparedInConstantTime(Fn fn, CallSite cs) {
        if (fn == null || cs.location() == null) return false;
        java.util.function.Predicate<Val> derived = v -> Vals.anyPartDeep(v, x -> x instanceof Call c && cs.location().equals(c.site()), 200);
        for (CallSite c : fn.calls()) {
            if ("timingSafeEqual".equals(c.methodName()) && c.args().stream().anyMatch(derived)) return true;
        }
        return false;
    }

    public static PasswordHashers of(Project p) {
        return p.derived(PasswordHashers.class, PasswordHashers::new);
    }

    /** Every site, sorted by file, line, column (test files left out). */
    public List<Use> uses() {
        return uses;
    }

    /** The sites that hash a password (not verifications). */
    public List<Use> hashes() {
        return uses.stream().filter(Use::hashes).toList();
    }

    /** True when the project hashes passwords with a slow, salted function somewhere. */
    public boolean hashesSomewhere() {
        return uses.stream().anyMatch(u -> u.kind().slow());
    }

    private static final Set<String> BCRYPT_LIBS = Set.of("bcrypt", "bcryptjs", "bcrypt-nodejs", "@node-rs/bcrypt");
    private static final Set<String> ARGON_LIBS = Set.of("argon2", "@node-rs/argon2");
    private static final Set<String> FAST_LIBS = Set.of("md5", "sha1", "js-sha256", "js-sha512", "js-sha1", "blueimp-md5",
            "crypto-js", "object-hash", "sha256");

    private PasswordHashers(Project project) {
        this.project = project;
        CallIndex index = CallIndex.of(project);
        boolean[] plainCandidates = {false};
        List<Use> plain = new ArrayList<>();
        // site() acts on a call of a library it knows (by the call index's qualified name) or of a store method name, and
        // on every call of a Java file: the other calls are skipped, and the calls of files holding none of them
        CallFilter acted = CallFilter.of(index.keyed(PasswordHashers::libraryKey), CallFilter.methods(project, STORE));
        ServerCode server = ServerCode.of(project);
        for (FileFacts f : project.files().values()) {
            // browser code stores no password: it hands the one typed to the server or an identity provider's SDK
            if (project.isTestPath(f.path()) || server.browserCode(f.path())) continue;
            boolean all = "java".equals(f.language()), any = all || acted.file(f);
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : any ? fn.calls() : List.<CallSite>of()) {
                    if (!all && !acted.call(cs)) continue;
                    try {
                        current = fn;
                        site(index, f, fn, cs, plain);
                    } catch (RuntimeException e) {
                        // a value the resolver cannot follow: skip the site
                    }
                }
                for (Fn.Compare c : fn.compares()) {
                    if (c.caseTest()) continue;
                    Use u = plainCompare(f, c);
                    if (u != null) plain.add(u);
                }
            }
        }
        // a password stored or compared as given only counts where nothing hashes passwords (a model hook may hash
        // what a create call stores)
        plain.addAll(digestCompares);
        if (!hashesSomewhere()) {
            for (Use u : plain) {
                // md5(stored) == input next to stored == input: the plain comparison is the finding, the digest adds nothing
                if (u.kind() == Kind.DIGEST_COMPARE && plain.stream().anyMatch(o -> o.kind() == Kind.PLAIN_COMPARE && o.file().equals(u.file())
                        && o.location().line() == u.location().line())) continue;
                uses.add(u);
            }
        }
        uses.sort(Comparator.comparing(Use::file).thenComparingInt((Use u) -> u.location().line())
                .thenComparingInt(u -> u.location().column()));
    }

    private void site(CallIndex index, FileFacts f, Fn fn, CallSite cs, List<Use> plain) {
        if ("java".equals(f.language())) {
            javaSite(f, fn, cs);
            return;
        }
        // the first of the call index's keys when it is the qualified name (the others are "*.m" / "<response>.m")
        String q = index.qualifiedKey(cs, f);
        if (q != null && (q.startsWith("*.") || q.startsWith("<"))) q = null;
        String m = cs.methodName();
        if (q != null) {
            int dot = lastModuleDot(q);
            String lib = dot < 0 ? q : q.substring(0, dot);
            String fnName = dot < 0 ? "" : q.substring(dot + 1);
            if (BCRYPT_LIBS.contains(lib)) {
                bcrypt(f, fn, cs, lib, fnName);
                return;
            }
            if (ARGON_LIBS.contains(lib)) {
                argon2(f, fn, cs, lib, fnName);
                return;
            }
            if (lib.equals("crypto") && (fnName.equals("scrypt") || fnName.equals("scryptSync"))) {
                scrypt(f, fn, cs);
                return;
            }
            if (lib.equals("crypto") && (fnName.equals("pbkdf2") || fnName.equals("pbkdf2Sync"))) {
                pbkdf2(f, fn, cs);
                return;
            }
            if (FAST_LIBS.contains(lib) || q.equals("crypto-js")) {
                fastLibrary(f, cs, lib, fnName);
                return;
            }
            if ((q.equals("crypto.createHash().update") || q.equals("crypto.createHmac().update")) && cs.args().size() >= 1) {
                fastDigest(f, fn, cs, q);
                return;
            }
        }
        if (m != null && STORE.contains(m)) {
            Use u = plainStore(f, cs);
            if (u != null) plain.add(u);
        }
    }

    /** True when {@link #site} takes a call whose qualified name (see {@link CallIndex#qualifiedKey}) is {@code q} to a library branch. */
    private static boolean libraryKey(String q) {
        if (q.startsWith("*.") || q.startsWith("<")) return false;
        int dot = lastModuleDot(q);
        String lib = dot < 0 ? q : q.substring(0, dot);
        String fnName = dot < 0 ? "" : q.substring(dot + 1);
        return BCRYPT_LIBS.contains(lib) || ARGON_LIBS.contains(lib)
                || lib.equals("crypto") && (fnName.equals("scrypt") || fnName.equals("scryptSync") || fnName.equals("pbkdf2") || fnName.equals("pbkdf2Sync"))
                || FAST_LIBS.contains(lib) || q.equals("crypto-js")
                || q.equals("crypto.createHash().update") || q.equals("crypto.createHmac().update");
    }

    /** The dot between a package and its function: "@node-rs/bcrypt.hash" → the last dot after any slash. */
    private static int lastModuleDot(String q) {
        int slash = q.lastIndexOf('/');
        int dot = q.indexOf('.', Math.max(slash, 0));
        return dot;
    }

    // ------------------------------------------------------------------ bcrypt

    private void bcrypt(FileFacts f, Fn fn, CallSite cs, String lib, String fnName) {
        long dflt = lib.equals("@node-rs/bcrypt") ? 12 : 10;
        Map<String, Setting> st = new LinkedHashMap<>();
        switch (fnName) {
            case "hash", "hashSync" -> {
                Val cost = cs.arg(1);
                if (cost instanceof Obj o) cost = o.props().get("cost");
                if (cost == null && cs.args().size() < 2 && lib.equals("@node-rs/bcrypt")) {
                    st.put("rounds", new Setting("rounds", dflt, null, true, "library default", cs.location()));
                } else if (cost == null) {
                    if (cs.args().size() < 2) return; // hash(pw) without salt: bcryptjs generates one with the default
                    st.put("rounds", new Setting("rounds", dflt, null, true, "library default", cs.location()));
                } else {
                    Setting s = number("rounds", cost, f, fn, cs.argLocation(1));
                    // hash(pw, salt) with a salt from genSalt: its cost is judged at the genSalt call
                    if (s == null) {
                        if (project.resolve(cost, f).val() instanceof Call || isSaltName(cost)) return;
                        s = new Setting("rounds", null, null, false, "unknown", cs.argLocation(1));
                    }
                    st.put("rounds", s);
                }
                add(Kind.BCRYPT, lib, "hash", f, cs, st, anyName(cs.arg(0)));
                if (Val.constString(project.resolve(cs.arg(0), f).val()) != null) constantInputs.add(cs.location());
                if (drawnAtRandom(cs.arg(0), f, 0)) randomInputs.add(cs.location());
            }
            case "genSalt", "genSaltSync" -> {
                Val cost = cs.arg(0);
                if (cost instanceof Obj o) cost = o.props().get("cost");
                Setting s = cost == null || cost instanceof FnVal
                        ? new Setting("rounds", dflt, null, true, "library default", cs.location())
                        : number("rounds", cost, f, fn, cs.argLocation(0));
                if (s == null) s = new Setting("rounds", null, null, false, "unknown", cs.argLocation(0));
                st.put("rounds", s);
                add(Kind.BCRYPT, lib, "hash", f, cs, st, null);
            }
            case "compare", "compareSync", "verify", "verifySync" -> add(Kind.BCRYPT, lib, "verify", f, cs, st, inputName(cs.arg(0)));
            default -> { }
        }
    }

    private static boolean isSaltName(Val v) {
        String n = Vals.lastName(v);
        return n != null && n.toLowerCase(Locale.ROOT).contains("salt");
    }

    // ------------------------------------------------------------------ argon2

    private void argon2(FileFacts f, Fn fn, CallSite cs, String lib, String fnName) {
        boolean rs = lib.equals("@node-rs/argon2");
        if (fnName.equals("verify") || fnName.equals("verifySync")) {
            add(Kind.ARGON2, lib, "verify", f, cs, new LinkedHashMap<>(), inputName(cs.arg(1)));
            return;
        }
        if (!(fnName.equals("hash") || fnName.equals("hashSync") || fnName.equals("hashRaw") || fnName.equals("hashRawSync"))) return;
        Val opts = cs.arg(1) == null ? null : project.resolve(cs.arg(1), f).val();
        Map<String, Val> props = opts instanceof Obj o ? o.props() : Map.of();
        if (opts != null && !(opts instanceof Obj)) return; // options built elsewhere: unknown
        Map<String, Setting> st = new LinkedHashMap<>();
        Val type = props.get(rs ? "algorithm" : "type");
        String typeName = type == null ? "argon2id" : argonType(type, f);
        st.put("type", new Setting("type", null, typeName == null ? "?" : typeName, type == null,
                type == null ? "library default" : "written", cs.location()));
        long[] dflt = rs ? new long[]{19456, 2, 1} : new long[]{65536, 3, 4};
        String[] names = {"memoryCost", "timeCost", "parallelism"};
        for (int i = 0; i < 3; i++) {
            Val v = props.get(names[i]);
            Setting s = v == null ? new Setting(names[i], dflt[i], null, true, "library default", cs.location())
                    : number(names[i], v, f, fn, cs.argLocation(1));
            if (s == null) s = new Setting(names[i], null, null, false, "unknown", cs.argLocation(1));
            st.put(names[i], s);
        }
        add(Kind.ARGON2, lib, "hash", f, cs, st, anyName(cs.arg(0)));
    }

    private String argonType(Val type, FileFacts f) {
        Val v = project.resolve(type, f).val();
        String n = v instanceof Lit l && l.value() instanceof Double d ? (d == 0 ? "argon2d" : d == 1 ? "argon2i" : d == 2 ? "argon2id" : null)
                : Vals.lastName(v);
        if (n == null) return null;
        String low = n.toLowerCase(Locale.ROOT);
        return low.endsWith("id") ? "argon2id" : low.endsWith("2i") ? "argon2i" : low.endsWith("2d") ? "argon2d" : n;
    }

    // ------------------------------------------------------------------ scrypt and pbkdf2

    private void scrypt(FileFacts f, Fn fn, CallSite cs) {
        Map<String, Setting> st = new LinkedHashMap<>();
        Val opts = cs.arg(3) == null ? null : project.resolve(cs.arg(3), f).val();
        Map<String, Val> props = opts instanceof Obj o ? o.props() : Map.of();
        if (opts != null && !(opts instanceof Obj) && !(opts instanceof FnVal)) return;
        String[][] names = {{"N", "cost"}, {"r", "blockSize"}, {"p", "parallelization"}};
        long[] dflt = {16384, 8, 1};
        for (int i = 0; i < 3; i++) {
            Val v = props.get(names[i][0]) != null ? props.get(names[i][0]) : props.get(names[i][1]);
            Setting s = v == null ? new Setting(names[i][0], dflt[i], null, true, "Node's default", cs.location())
                    : number(names[i][0], v, f, fn, cs.argLocation(3));
            if (s == null) s = new Setting(names[i][0], null, null, false, "unknown", cs.argLocation(3));
            st.put(names[i][0], s);
        }
        if (comparedInConstantTime(fn, cs)) comparedDerivations.add(cs.location());
        add(Kind.SCRYPT, "crypto", "hash", f, cs, st, anyName(cs.arg(0)));
    }

    private void pbkdf2(FileFacts f, Fn fn, CallSite cs) {
        Map<String, Setting> st = new LinkedHashMap<>();
        Setting it = cs.arg(2) == null ? null : number("iterations", cs.arg(2), f, fn, cs.argLocation(2));
        st.put("iterations", it != null ? it : new Setting("iterations", null, null, false, "unknown", cs.argLocation(2)));
        Val d = cs.arg(4) == null ? null : project.resolve(cs.arg(4), f).val();
        String digest = d == null ? null : Val.constString(d);
        st.put("digest", new Setting("digest", null, digest == null ? "?" : digest.toLowerCase(Locale.ROOT).replace("-", ""),
                false, "written", cs.argLocation(4)));
        if (comparedInConstantTime(fn, cs)) comparedDerivations.add(cs.location());
        add(Kind.PBKDF2, "crypto", "hash", f, cs, st, anyName(cs.arg(0)));
    }

    // ------------------------------------------------------------------ fast digests over passwords

    private void fastDigest(FileFacts f, Fn fn, CallSite cs, String q) {
        String input = inputName(cs.arg(0));
        if (input == null) return;
        Val callee = cs.callee();
        Val maker = callee instanceof Member mm ? project.resolve(mm.object(), f).val() : null;
        String alg = maker instanceof Call c && c.args().size() >= 1 ? Val.constString(project.resolve(c.args().get(0), f).val()) : null;
        if (alg == null) return;
        Map<String, Setting> st = new LinkedHashMap<>();
        boolean hmac = q.startsWith("crypto.createHmac");
        st.put("algorithm", new Setting("algorithm", null, (hmac ? "HMAC-" : "") + alg.toLowerCase(Locale.ROOT), false, "written",
                cs.location()));
        if (digestCompared(f, cs, cs.arg(0), st, input)) return;
        add(Kind.FAST_HASH, "crypto", "hash", f, cs, st, input);
    }

    private void fastLibrary(FileFacts f, CallSite cs, String lib, String fnName) {
        String alg;
        if (lib.equals("crypto-js")) {
            String n = fnName.toUpperCase(Locale.ROOT);
            if (!(n.equals("MD5") || n.startsWith("SHA") || n.startsWith("HMACSHA") || n.equals("HMACMD5") || n.equals("RIPEMD160"))) return;
            alg = fnName.toLowerCase(Locale.ROOT);
        } else {
            if (!(fnName.isEmpty() || fnName.equals("hex") || fnName.equals("sha256") || fnName.equals("sha512") || fnName.equals("sha1")
                    || fnName.equals("md5") || fnName.equals("create"))) return;
            alg = lib.replace("js-", "").replace("blueimp-", "");
        }
        String input = inputName(cs.arg(0));
        if (input == null) return;
        Map<String, Setting> st = new LinkedHashMap<>();
        st.put("algorithm", new Setting("algorithm", null, alg, false, "written", cs.location()));
        if (digestCompared(f, cs, cs.arg(0), st, input)) return;
        add(Kind.FAST_HASH, lib, "hash", f, cs, st, input);
    }

    private final List<Use> digestCompares = new ArrayList<>();

    /**
     * A digest of a stored password ({@code md5(user.password)}) compared with the password the request sends: not a
     * password being hashed for storage but a login that accepts the digest of the stored value. Recorded as
     * {@link Kind#DIGEST_COMPARE} (judged with the plain comparisons) at the comparison; true when so.
     */
    private boolean digestCompared(FileFacts f, CallSite cs, Val hashed, Map<String, Setting> st, String input) {
        if (current == null || !stored(hashed)) return false;
        for (Fn.Compare c : current.compares()) {
            if (c.caseTest()) continue;
            Val other = isCall(c.left(), cs) ? c.right() : isCall(c.right(), cs) ? c.left() : null;
            String otherName = isCall(c.left(), cs) ? c.rightName() : c.leftName();
            if (other == null || !given(other) || !passwordSide(otherName, other)) continue;
            digestCompares.add(new Use(Kind.DIGEST_COMPARE, "", "verify", f.path(), c.location(), Map.copyOf(st), sideName(otherName, other),
                    current.name()));
            return true;
        }
        return false;
    }

    /** One side of a comparison holds a password: written with a password name, or a request field named so ({@code const given = req.body.password}). */
    private static boolean passwordSide(String written, Val v) {
        return isPasswordName(written) || v instanceof Req && isPasswordName(Vals.lastName(v));
    }

    private static String sideName(String written, Val v) {
        return isPasswordName(written) || v == null ? written : Vals.lastName(v);
    }

    /** The value is the call {@code cs} (by where it is made, else by callee and arguments). */
    private static boolean isCall(Val v, CallSite cs) {
        if (!(v instanceof Call c)) return false;
        if (c.site() != null && cs.location() != null) return c.site().line() == cs.location().line() && c.site().column() == cs.location().column();
        return c.callee().equals(cs.callee()) && c.args().equals(cs.args());
    }

    /** A password as the request gives it: a request field, or a function's parameter itself. */
    private static boolean given(Val v) {
        return v instanceof Req || v instanceof Param p && p.path().isEmpty();
    }

    /** A password read from a stored record: a field of a loaded object ({@code user.password}, {@code rows[0].password}). */
    private static boolean stored(Val v) {
        return v instanceof Member || v instanceof Param p && !p.path().isEmpty();
    }

    // ------------------------------------------------------------------ passwords stored or compared as given

    private static final Set<String> STORE = Set.of("create", "createMany", "insert", "values", "insertOne", "insertMany", "save",
            "update", "updateOne", "updateMany", "findOneAndUpdate", "findByIdAndUpdate", "upsert");

    /** True when {@code cs} is a create/insert/save/update call (a record written to a store). */
    public static boolean storeCall(CallSite cs) {
        return cs.methodName() != null && STORE.contains(cs.methodName());
    }

    /**
     * True when a call named {@code name} hashes a password: a hash call of a password library made at {@code at}, or a
     * call of a project function of that name that hashes a password ({@code hashPassword(plain)} wrapping bcrypt).
     */
    public boolean hashCall(String name, Location at) {
        for (Use u : uses) {
            if (!u.hashes()) continue;
            if (at != null && u.file().equals(at.path()) && u.location().line() == at.line() && u.location().column() == at.column()) return true;
            if (name != null && !name.isEmpty() && u.context() != null && (u.context().equals(name) || u.context().endsWith("." + name))) return true;
        }
        return false;
    }

    private Use plainStore(FileFacts f, CallSite cs) {
        for (int i = 0; i < Math.min(2, cs.args().size()); i++) {
            Val a = cs.arg(i);
            if (!(a instanceof Obj o)) continue;
            Val data = o.props().get("data") instanceof Obj d ? d : o.props().get("values") instanceof Obj v ? v
                    : o.props().get("$set") instanceof Obj s ? s : o;
            if (!(data instanceof Obj rec)) continue;
            for (Map.Entry<String, Val> e : rec.props().entrySet()) {
                if (!isPasswordName(e.getKey())) continue;
                Val v = e.getValue();
                // the input's own password: a request field or a parameter's field named so, not a computed value
                if ((v instanceof Req || v instanceof Param) && isPasswordName(Vals.lastName(v))) {
                    return new Use(Kind.PLAIN_STORE, "", "hash", f.path(), cs.argLocation(i), Map.of(), Vals.lastName(v));
                }
            }
        }
        return null;
    }

    private Use plainCompare(FileFacts f, Fn.Compare c) {
        if (!passwordSide(c.leftName(), c.left()) || !passwordSide(c.rightName(), c.right())) return null;
        boolean lIn = c.left() instanceof Req || c.left() instanceof Param;
        boolean rIn = c.right() instanceof Req || c.right() instanceof Param;
        // the input on one side, a stored record's field on the other (a loaded object's field, or the field of a
        // callback's row: db.find(...).then(rows => rows[0].password == input))
        boolean lStored = c.left() instanceof Member, rStored = c.right() instanceof Member;
        if (!(lIn && rStored || rIn && lStored)) {
            if (given(c.left()) && stored(c.right())) rIn = false;
            else if (given(c.right()) && stored(c.left())) lIn = false;
            else return null;
        }
        return new Use(Kind.PLAIN_COMPARE, "", "verify", f.path(), c.location(), Map.of(), lIn ? sideName(c.leftName(), c.left())
                : sideName(c.rightName(), c.right()));
    }

    // ------------------------------------------------------------------ values

    private Fn current;
    /** Hash calls whose input is a constant written in the code (a seed script's 'Admin@123', a CLI's literal). */
    private final Set<Location> constantInputs = new java.util.HashSet<>();

    /**
     * True when the use hashes a constant written in the code: no user's password goes through it, so its cost
     * protects nothing (a seed or a one-off script); the constant itself is a secrets concern.
     */
    public boolean constantInput(Use u) {
        return constantInputs.contains(u.location());
    }

    /**
     * Hash calls whose input the code draws at random itself ({@code bcrypt.hash(crypto.randomBytes(32).toString('hex'), 10)})
     * or reads from the clock ({@code bcrypt.hash(Date.now().toString(), 5)}, an order-number generator).
     */
    private final Set<Location> randomInputs = new java.util.HashSet<>();

    /**
     * True when the slow hash is over a random token, not a password: the input is named for a token or key, the
     * function is ({@link Use#hashesToken()}), or the code draws the value at random itself (a reset token from
     * crypto.randomBytes hashed in forgotPassword). A password claim ("bcrypt with 12 rounds") is not about these calls.
     */
    public boolean overToken(Use u) {
        return u.hashesToken() || randomInputs.contains(u.location());
    }

    private static final java.util.regex.Pattern RANDOM_CALL = java.util.regex.Pattern.compile(
            "^(randomBytes|randomUUID|randomInt|getRandomValues|v4|uuidv4|nanoid|customAlphabet|cuid|createId|ulid)$");

    /** True when the value, followed through its names and pass-through calls (toString('hex'), slice), is a random draw. */
    private boolean drawnAtRandom(Val v, FileFacts f, int depth) {
        if (v == null || depth > 5) return false;
        if (!(v instanceof Call)) {
            Val r = project.resolve(v, f).val();
            if (r == null || r == v || !(r instanceof Call)) return false;
            v = r;
        }
        Call c = (Call) v;
        String name = Vals.lastName(c.callee());
        if (name != null && RANDOM_CALL.matcher(name).matches()) return true;
        // the clock (Date.now(), new Date().getTime()): a value of the code's own, no one's password
        Val recv = Analysis.receiver(c.callee());
        if ("now".equals(name) && recv instanceof Global g && g.name().equals("Date") && g.path().isEmpty()) return true;
        if ("getTime".equals(name) && recv instanceof New n && "Date".equals(Vals.lastName(n.callee()))) return true;
        if (name != null && Set.of("toString", "slice", "substring", "substr", "toUpperCase", "toLowerCase", "replace", "replaceAll").contains(name)) {
            return drawnAtRandom(Analysis.receiver(c.callee()), f, depth + 1);
        }
        return false;
    }

    private void add(Kind kind, String lib, String op, FileFacts f, CallSite cs, Map<String, Setting> st, String input) {
        uses.add(new Use(kind, lib, op, f.path(), cs.location(), Map.copyOf(st), input, current == null ? "" : current.name()));
    }

    private static final Set<String> NUMBER_CALLS = Set.of("Number", "parseInt", "parseFloat", "toNumber", "int");

    /**
     * A numeric cost: a literal, {@code Number(process.env.X) || 10}, {@code parseInt(process.env.X ?? '12')},
     * {@code configService.get('X', 12)}, {@code 2 ** 17}; null when the value cannot be told.
     */
    Setting number(String name, Val v, FileFacts f, Fn fn, Location at) {
        return number(name, v, f, fn, at, 0);
    }

    private Setting number(String name, Val v, FileFacts f, Fn fn, Location at, int depth) {
        if (v == null || depth > 6) return null;
        Setting own = number0(name, v, f, fn, at, depth);
        if (own != null || depth > 0) return own;
        // config values the concept knows: ConfigService keys with registerAs defaults, validated env objects,
        // config fields across files, schema defaults
        try {
            Val x = v;
            for (int i = 0; i < 3 && project.resolve(x, f).val() instanceof Call c && c.args().size() >= 1
                    && NUMBER_CALLS.contains(String.valueOf(Vals.lastName(c.callee()))); i++) x = c.args().get(0);
            ConfigValues cv = ConfigValues.of(project);
            ConfigValues.Value val = cv.value(x, f, fn);
            String text = val.kind() == ConfigValues.Kind.UNKNOWN ? null : cv.effective(x, f, fn);
            if (text == null) text = val.text();
            if (text != null) {
                long n = Long.parseLong(text.trim());
                String from = cv.describe(x, f);
                return new Setting(name, n, null, false, from != null && !from.equals(val.describe()) ? from + ", " + val.describe() : val.describe(), at);
            }
        } catch (RuntimeException e) {
            // not a number the tree gives
        }
        return null;
    }

    private Setting number0(String name, Val v, FileFacts f, Fn fn, Location at, int depth) {
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        FileFacts in = r.file() != null ? r.file() : f;
        if (x instanceof Lit l && l.value() instanceof Double d) return new Setting(name, d.longValue(), null, false, fmt(d), at);
        if (x instanceof Lit l && l.value() instanceof String s) {
            try {
                long n = Long.parseLong(s.trim());
                return new Setting(name, n, null, false, s.trim(), at);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (x instanceof Call c && c.args().size() >= 1 && NUMBER_CALLS.contains(String.valueOf(Vals.lastName(c.callee())))) {
            return number(name, c.args().get(0), in, fn, at, depth + 1);
        }
        if (x instanceof Call c && c.args().size() >= 2 && ("get".equals(Vals.lastName(c.callee())) || "getOrThrow".equals(Vals.lastName(c.callee())))) {
            // configService.get('BCRYPT_ROUNDS', 12)
            Setting d = number(name, c.args().get(1), in, fn, at, depth + 1);
            String key = Val.constString(c.args().get(0));
            if (d != null && d.value() != null) return new Setting(name, d.value(), null, false, (key == null ? "config" : key) + ", else " + d.value(), at);
        }
        if (x instanceof OneOf o) {
            // Number(process.env.SALT_ROUNDS) || 10: the environment's value, else the fallback written in code
            Setting lit = null;
            String env = null;
            for (Val opt : o.options()) {
                Setting s = number(name, opt, in, fn, at, depth + 1);
                if (s != null && s.value() != null && lit == null) lit = s;
                else if (s == null) env = envName(opt, in);
            }
            if (lit != null && o.test() == null) {
                String envValue = env == null ? null : committedEnv(env);
                if (envValue != null) {
                    try {
                        long n = Long.parseLong(envValue.trim());
                        return new Setting(name, n, null, false, env + "=" + n + " (committed env file)", at);
                    } catch (NumberFormatException e) {
                        // fall through
                    }
                }
                return new Setting(name, lit.value(), null, false, (env == null ? "a value" : env) + ", else " + lit.value(), at);
            }
            return null;
        }
        if (x instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env")) {
            String envValue = committedEnv(g.path().get(1));
            if (envValue != null) {
                try {
                    return new Setting(name, Long.parseLong(envValue.trim()), null, false, g.path().get(1) + "=" + envValue.trim() + " (committed env file)", at);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private String envName(Val v, FileFacts f) {
        Val x = project.resolve(v, f).val();
        if (x instanceof Call c && c.args().size() >= 1) x = project.resolve(c.args().get(0), f).val();
        if (x instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env")) return g.path().get(1);
        if (x instanceof Call c && c.args().size() == 1 && Val.constString(c.args().get(0)) != null) return Val.constString(c.args().get(0));
        return null;
    }

    /** The value of {@code NAME=value} in a committed .env file (not an example), or null. */
    private String committedEnv(String name) {
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String p = e.getKey();
            String base = p.substring(p.lastIndexOf('/') + 1);
            if (!base.startsWith(".env") || base.contains("example") || base.contains("sample") || base.contains("test")) continue;
            for (String line : e.getValue().split("\n")) {
                String t = line.trim();
                if (t.startsWith("export ")) t = t.substring(7).trim();
                if (t.startsWith(name + "=")) {
                    String val = t.substring(name.length() + 1).trim();
                    if (val.length() >= 2 && (val.startsWith("\"") && val.endsWith("\"") || val.startsWith("'") && val.endsWith("'"))) {
                        val = val.substring(1, val.length() - 1);
                    }
                    return val;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ names

    /** The words of an identifier: camelCase, snake_case, kebab-case and dots split, lower-cased. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) return out;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean sep = !Character.isLetterOrDigit(ch);
            boolean upper = Character.isUpperCase(ch);
            boolean boundary = upper && cur.length() > 0 && (Character.isLowerCase(name.charAt(i - 1))
                    || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1)));
            if (sep || boundary) {
                if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
                cur.setLength(0);
                if (sep) continue;
            }
            cur.append(ch);
        }
        if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
        return out;
    }

    /** The last word of a name that holds a random value rather than a password. */
    private static final Set<String> TOKEN_WORDS = Set.of("token", "otp", "code", "key", "secret", "nonce", "id", "apikey");

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "pass", "pw",
            "pword", "senha", "contrasena", "motdepasse", "passwort");

    /** True when a name's last word says it holds a password ({@code newPassword}, {@code user_pwd}; not {@code passwordResetToken}). */
    public static boolean isPasswordName(String name) {
        List<String> w = words(name);
        if (w.isEmpty()) return false;
        String last = w.get(w.size() - 1);
        if (PASSWORD_WORDS.contains(last)) return true;
        // plainPassword, password1, passwordConfirm are still passwords; passwordHash, passwordResetToken are not
        return PASSWORD_LAST.matcher(last).matches() || w.size() >= 2 && PASSWORD_WORDS.contains(w.get(w.size() - 2))
                && Set.of("confirm", "confirmation", "plain", "raw", "input", "text", "1", "2").contains(last);
    }

    private static final java.util.regex.Pattern PASSWORD_LAST = java.util.regex.Pattern.compile("password\\d*|passwordconfirm(ation)?");

    private static final Set<String> PASS_THROUGH = Set.of("trim", "toString", "normalize", "toLowerCase", "String", "from");

    /** The name of the hashed value: its password name, else the last name it is written with (may be null). */
    private String anyName(Val v) {
        String n = inputName(v);
        if (n != null) return n;
        if (v instanceof Call c && PASS_THROUGH.contains(String.valueOf(Vals.lastName(c.callee())))) {
            Val recv = Analysis.receiver(c.callee());
            return recv == null ? null : Vals.lastName(recv);
        }
        return v instanceof Call ? null : Vals.lastName(v);
    }

    /** The name of a password value ({@code password}, {@code dto.password}, {@code password + salt}), or null. */
    private String inputName(Val v) {
        return inputName(v, 0);
    }

    private String inputName(Val v, int depth) {
        if (v == null || depth > 4) return null;
        if (v instanceof Concat c) {
            for (Val p : c.parts()) {
                String n = inputName(p, depth + 1);
                if (n != null) return n;
            }
            return null;
        }
        if (v instanceof Tpl t) {
            for (Val p : t.holes()) {
                String n = inputName(p, depth + 1);
                if (n != null) return n;
            }
            return null;
        }
        if (v instanceof Call c && PASS_THROUGH.contains(String.valueOf(Vals.lastName(c.callee())))) {
            Val recv = Analysis.receiver(c.callee());
            if ("String".equals(Vals.lastName(c.callee())) || "from".equals(Vals.lastName(c.callee()))) recv = c.args().isEmpty() ? null : c.args().get(0);
            return inputName(recv, depth + 1);
        }
        if (v instanceof Call) return null;
        String n = Vals.lastName(v);
        return isPasswordName(n) ? n : null;
    }

    // ------------------------------------------------------------------ Java

    private static final Set<String> SPRING_WEAK_ENCODERS = Set.of("NoOpPasswordEncoder", "Md5PasswordEncoder", "StandardPasswordEncoder",
            "MessageDigestPasswordEncoder", "LdapShaPasswordEncoder", "ShaPasswordEncoder");
    private static final java.util.regex.Pattern JAVA_FAST = java.util.regex.Pattern.compile("(?i)^(md2|md5|sha|sha-?1|sha-?224|sha-?256|sha-?384|sha-?512|sha3-\\d+)$");

    /**
     * Java: {@code MessageDigest.getInstance("MD5"|"SHA-256"..)} whose {@code digest}/{@code update} in the same function
     * takes a password; commons-codec / Spring {@code DigestUtils.md5Hex|sha256Hex|md5DigestAsHex(password)}; Guava
     * {@code Hashing.sha256().hashString(password, ..)}; Spring Security's deprecated encoders (NoOp, Md5, Sha, Standard,
     * MessageDigest, LdapSha) and {@code new BCryptPasswordEncoder(strength)} (default 10).
     */
    private void javaSite(FileFacts f, Fn fn, CallSite cs) {
        String q = project.qname(cs.callee(), f);
        if (q == null) return;
        String m = cs.methodName();
        String cls = cs.callee() instanceof Val.Ref r ? r.export() : null;
        String ctx = fn.name();
        if (q.startsWith("org.springframework.security") && cls != null && SPRING_WEAK_ENCODERS.contains(cls)) {
            String alg = cls.equals("NoOpPasswordEncoder") ? "NoOpPasswordEncoder (no hashing at all)"
                    : cls.equals("MessageDigestPasswordEncoder") && Val.constString(project.resolve(cs.arg(0), f).val()) != null
                    ? "MessageDigestPasswordEncoder(" + Val.constString(project.resolve(cs.arg(0), f).val()) + ")" : cls;
            uses.add(new Use(Kind.FAST_HASH, "spring-security", "hash", f.path(), cs.location(),
                    Map.of("algorithm", new Setting("algorithm", null, alg, false, "written", cs.location())), "password", "passwordEncoder"));
            return;
        }
        if (cs.isNew() && "BCryptPasswordEncoder".equals(cls) && q.startsWith("org.springframework.security")) {
            Long rounds = 10L;
            boolean defaulted = true;
            for (Val a : cs.args()) {
                Val r = project.resolve(a, f).val();
                if (r instanceof Val.Lit l && l.value() instanceof Double d) {
                    rounds = d.longValue();
                    defaulted = false;
                    break;
                }
            }
            uses.add(new Use(Kind.BCRYPT, "BCryptPasswordEncoder", "hash", f.path(), cs.location(),
                    Map.of("rounds", new Setting("rounds", rounds, null, defaulted, defaulted ? "library default" : "written", cs.location())), "password", "passwordEncoder"));
            return;
        }
        String alg = null;
        Val input = null;
        if (q.endsWith("DigestUtils." + m) && m != null && m.matches("(md5|sha1|sha|sha256|sha384|sha512|md2)(Hex|Base64)?|md5DigestAsHex|md5Digest")) {
            alg = m.replaceAll("(Hex|Base64|DigestAsHex|Digest)$", "").toUpperCase(Locale.ROOT);
            input = cs.arg(0);
        } else if ("hashString".equals(m) || "hashBytes".equals(m) || "hashUnencodedChars".equals(m)) {
            Val recv = Analysis.receiver(cs.callee());
            String h = recv instanceof Val.Call c ? Vals.lastName(c.callee()) : null;
            if (h != null && h.matches("md5|sha1|sha256|sha384|sha512") && q.startsWith("com.google.common.hash")) {
                alg = h.toUpperCase(Locale.ROOT);
                input = cs.arg(0);
            }
        } else if (("digest".equals(m) || "update".equals(m)) && !cs.args().isEmpty()) {
            // md.digest(password.getBytes()) of a MessageDigest.getInstance("SHA-256") made in the same function
            for (CallSite g : fn.calls()) {
                if (!"getInstance".equals(g.methodName())) continue;
                String gq = project.qname(g.callee(), f);
                if (gq == null || !gq.equals("java.security.MessageDigest.getInstance")) continue;
                String a = Val.constString(project.resolve(g.arg(0), f).val());
                if (a != null && JAVA_FAST.matcher(a).matches()) {
                    alg = a.toUpperCase(Locale.ROOT);
                    input = cs.arg(0);
                }
            }
        }
        if (alg == null || input == null) return;
        String name = javaInputName(input, fn, 0);
        boolean pwContext = words(ctx).contains("password") || words(ctx).contains("pwd") || words(ctx).contains("passwd");
        if (name == null || !isPasswordName(name)) {
            if (!pwContext || name != null && !name.isEmpty() && List.of("token", "key", "code", "otp", "secret", "id", "nonce", "salt")
                    .contains(words(name).isEmpty() ? "" : words(name).get(words(name).size() - 1))) return;
            if (name == null) name = "password";
        }
        uses.add(new Use(Kind.FAST_HASH, "java", "hash", f.path(), cs.location(),
                Map.of("algorithm", new Setting("algorithm", null, alg, false, "written", cs.location())), name, ctx));
    }

    /** The name a Java value is written with: a parameter, a field, a getter ({@code dto.getPassword()} is password). */
    private static String javaInputName(Val v, Fn fn, int depth) {
        if (v == null || depth > 6) return null;
        if (v instanceof Val.Param p) return p.path().isEmpty() ? p.name() : p.path().get(p.path().size() - 1);
        if (v instanceof Val.This t && !t.path().isEmpty()) return t.path().get(t.path().size() - 1);
        if (v instanceof Val.Call c) {
            String m = Vals.lastName(c.callee());
            if (m != null && Set.of("getBytes", "toCharArray", "trim", "toString", "concat").contains(m)) {
                Val recv = Analysis.receiver(c.callee());
                return recv == null ? null : javaInputName(recv, fn, depth + 1);
            }
            if (m != null && m.startsWith("get") && m.length() > 3) return Character.toLowerCase(m.charAt(3)) + m.substring(4);
            return m;
        }
        if (v instanceof Val.Concat cc) {
            for (Val p : cc.parts()) {
                String n = javaInputName(p, fn, depth + 1);
                if (n != null && isPasswordName(n)) return n;
            }
        }
        return null;
    }
}
