package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Every use of a cipher or a digest the project makes, with what can be told about it: Node's {@code crypto}
 * ({@code createCipher}/{@code createCipheriv}/{@code createDecipher*}, {@code createHash}, {@code createHmac}),
 * crypto-js ({@code AES/DES/TripleDES/RC4.encrypt}, {@code MD5}, {@code SHA1}) and node-forge
 * ({@code forge.cipher.createCipher}). Each use carries its algorithm, the IV it is given (random, a literal,
 * zero-filled, a fixed value from configuration, one generated once at module load, one derived from the key),
 * what a digest is for (signature, integrity, password, cache key/ETag/id, unknown) and the weakness it has,
 * null when none.
 */
public final class CryptoUses {

    public enum Kind { CIPHER, DECIPHER, HASH, HMAC }

    /** How the IV of a cipher is made. */
    public enum Iv { RANDOM, LITERAL, ZERO, CONFIG, MODULE_CONSTANT, DERIVED, NONE, UNKNOWN }

    /**
     * One use.
     *
     * @param at        the call
     * @param api       how it is called ("crypto.createCipheriv", "CryptoJS.AES.encrypt", ...)
     * @param algorithm the algorithm string as written (lower case), null when not constant
     * @param iv        the IV (ciphers only; NONE for APIs that take none)
     * @param ivAt      where the IV argument is written, null when none
     * @param purpose   for digests: signature, password, non-security, or unknown; for crypto-js ciphers "passphrase"
     *                  when the key is a string (CryptoJS then derives key and IV with EVP_BytesToKey); else null
     * @param weakness  why it is weak, one sentence fragment; null when nothing is wrong with it
     * @param weakAt    where the weakness shows (the algorithm, the IV argument or the call)
     * @param test      true in test or tooling code
     */
    public record Use(Kind kind, Location at, String api, String algorithm, Iv iv, Location ivAt, String purpose,
                      String weakness, Location weakAt, boolean test) {
        /** A modern authenticated cipher given a fresh random IV (aes-*-gcm, chacha20-poly1305). */
        public boolean strong() {
            return kind == Kind.CIPHER && weakness == null && iv == Iv.RANDOM && algorithm != null
                    && (algorithm.endsWith("-gcm") || algorithm.contains("chacha20-poly1305") || algorithm.endsWith("-ccm") || algorithm.endsWith("-ocb"));
        }
    }

    private final Project project;
    private final List<Use> uses = new ArrayList<>();
    private final Map<String, List<String>> lines = new java.util.concurrent.ConcurrentHashMap<>();

    public static CryptoUses of(Project p) {
        return p.derived(CryptoUses.class, CryptoUses::new);
    }

    private CryptoUses(Project project) {
        this.project = project;
        CallIndex idx = CallIndex.of(project);
        for (String k : List.of("crypto.createCipher", "crypto.createDecipher")) {
            for (CallIndex.Site s : idx.sites(k)) noIv(s, k);
        }
        for (String k : List.of("crypto.createCipheriv", "crypto.createDecipheriv")) {
            for (CallIndex.Site s : idx.sites(k)) cipheriv(s, k);
        }
        for (String k : List.of("crypto.createHash", "crypto.createHmac")) {
            for (CallIndex.Site s : idx.sites(k)) hash(s, k);
        }
        for (String lib : List.of("crypto-js", "crypto-js/aes", "crypto-js/tripledes", "crypto-js/rc4", "crypto-js/md5", "crypto-js/sha1")) {
            for (String alg : List.of("AES", "DES", "TripleDES", "RC4", "RC4Drop", "")) {
                String k = lib.equals("crypto-js") ? (alg.isEmpty() ? null : lib + "." + alg + ".encrypt") : alg.isEmpty() ? lib + ".encrypt" : null;
                if (k == null) continue;
                for (CallIndex.Site s : idx.sites(k)) cryptoJs(s, lib.equals("crypto-js") ? alg : lib.substring("crypto-js/".length()));
            }
        }
        for (String k : List.of("crypto-js.MD5", "crypto-js.SHA1", "crypto-js/md5", "crypto-js/sha1")) {
            for (CallIndex.Site s : idx.sites(k)) cryptoJsHash(s, k);
        }
        for (String k : List.of("node-forge.cipher.createCipher", "node-forge.cipher.createDecipher")) {
            for (CallIndex.Site s : idx.sites(k)) forge(s, k);
        }
        try {
            java();
        } catch (RuntimeException e) {
            // a Java shape the concept does not expect
        }
        uses.sort(Comparator.comparing((Use u) -> u.at().path()).thenComparingInt(u -> u.at().line()).thenComparingInt(u -> u.at().column()));
        lines.clear();
    }

    /** Every use, in file and source order. */
    public List<Use> uses() {
        return Collections.unmodifiableList(uses);
    }

    /** The uses that have a weakness, outside test code. */
    public List<Use> weak() {
        // (nor code that never runs in a server: a one-off script a person runs, a file nothing loads; ServerCode#outsideServer)
        ServerCode sc = ServerCode.of(project);
        return uses.stream().filter(u -> u.weakness() != null && !u.test() && !sc.outsideServer(u.at().path())).toList();
    }

    // ------------------------------------------------------------------ node crypto ciphers

    private static final Pattern WEAK_ALG = Pattern.compile("^(des|des3|3des|des-.*|des3-.*|rc2.*|rc4.*|bf|bf-.*|blowfish.*|idea.*|cast.*|seed.*)$");

    /** Why an algorithm string is weak, or null. */
    public static String weakAlgorithm(String alg) {
        if (alg == null) return null;
        String a = alg.toLowerCase(Locale.ROOT).strip();
        if (a.startsWith("id-")) return null;
        if (a.endsWith("-ecb") || a.contains("-ecb") || a.equals("ecb")) return "ECB mode encrypts equal blocks to equal ciphertext and leaks the plaintext's structure";
        if (WEAK_ALG.matcher(a).matches() || a.startsWith("des-ede") || a.startsWith("tripledes")) {
            if (a.startsWith("rc4")) return "RC4 is broken: its keystream is biased";
            if (a.startsWith("des") && !a.contains("ede") && !a.startsWith("des3")) return "DES is broken: its 56-bit key is brute-forced in hours";
            String name = a.startsWith("rc2") ? "RC2" : a.startsWith("bf") || a.startsWith("blowfish") ? "Blowfish"
                    : a.startsWith("idea") ? "IDEA" : a.startsWith("cast") ? "CAST" : a.startsWith("seed") ? "SEED" : "Triple DES";
            return name + " is a legacy cipher with 64-bit blocks (Sweet32 collisions after a few GB under one key)";
        }
        return null;
    }

    private void noIv(CallIndex.Site s, String k) {
        CallSite cs = s.cs();
        String alg = constant(cs.arg(0), s.file());
        Kind kind = k.endsWith("Decipher") ? Kind.DECIPHER : Kind.CIPHER;
        String weak = (kind == Kind.CIPHER ? "crypto.createCipher" : "crypto.createDecipher")
                + " derives key and IV from the password with one unsalted MD5 round, so every message gets the same IV (deprecated, removed in Node 22)";
        add(new Use(kind, cs.location(), k, alg, Iv.NONE, null, null, weak, cs.calleeLocation() == null ? cs.location() : cs.calleeLocation(),
                project.isTestPath(s.file().path())));
    }

    private void cipheriv(CallIndex.Site s, String k) {
        CallSite cs = s.cs();
        Kind kind = k.endsWith("Decipheriv") ? Kind.DECIPHER : Kind.CIPHER;
        String alg = constant(cs.arg(0), s.file());
        String weak = weakAlgorithm(alg);
        Location weakAt = cs.argLocation(0);
        Iv iv = Iv.UNKNOWN;
        Location ivAt = cs.args().size() > 2 ? cs.argLocation(2) : null;
        boolean needsIv = alg == null || !(alg.contains("ecb") || alg.startsWith("rc4") || alg.equals("des") || alg.equals("bf"));
        if (cs.args().size() > 2) iv = iv(cs.arg(2), s.file(), 0);
        // the IV of a decipher comes from the message it decrypts: only the encrypting side chooses one
        if (weak == null && kind == Kind.CIPHER && needsIv && ivAt != null) {
            String why = switch (iv) {
                case LITERAL -> "the IV is a constant written in the code, so every message is encrypted with the same IV";
                case ZERO -> "the IV is zero-filled, so every message is encrypted with the same IV";
                case CONFIG -> "the IV is a fixed value from configuration, reused for every message";
                case MODULE_CONSTANT -> "the IV is generated once when the module loads and reused for every message";
                case DERIVED -> "the IV is derived from the key (a hash of it), so every message is encrypted with the same IV";
                default -> null;
            };
            if (why != null) {
                weak = alg != null && alg.endsWith("-gcm") ? why + " (with GCM a repeated IV exposes the authentication key)" : why;
                weakAt = ivAt;
            }
        }
        add(new Use(kind, cs.location(), k, alg, iv, ivAt, null, weak, weakAt, project.isTestPath(s.file().path())));
    }

    /** How an IV value is made. */
    private Iv iv(Val v, FileFacts f, int depth) {
        if (v == null || depth > 4) return Iv.UNKNOWN;
        // a top-level binding (function-local ones are inlined by the front end): one value for the module's life
        boolean topLevel = v instanceof Local l && l.path().isEmpty() && f.symbols().containsKey(l.name());
        Project.Resolved r = project.resolve(v, f);
        Val x = r.val();
        FileFacts rf = r.file() == null ? f : r.file();
        if (x instanceof Lit l) return l.value() == null || "".equals(l.value()) ? Iv.NONE : Iv.LITERAL;
        if (x instanceof Tpl t) return t.holes().isEmpty() ? Iv.LITERAL : Iv.UNKNOWN;
        if (isEnv(x)) return Iv.CONFIG;
        String q = x instanceof Call || x instanceof New ? safeQname(x instanceof Call c ? c.callee() : ((New) x).callee(), rf) : null;
        List<Val> args = x instanceof Call c ? c.args() : x instanceof New n ? n.args() : List.of();
        if (q != null) {
            if (q.endsWith("randomBytes") || q.endsWith("randomFillSync") || q.endsWith("getRandomValues") || q.endsWith("randomUUID")) {
                return topLevel ? Iv.MODULE_CONSTANT : Iv.RANDOM;
            }
            if (q.endsWith("Buffer.alloc") || q.endsWith("Buffer.alloc()")) {
                return args.size() < 2 || args.get(1) instanceof Lit ? Iv.ZERO : Iv.UNKNOWN;
            }
            if (x instanceof New && (q.endsWith("Uint8Array") || q.endsWith("Buffer")) && args.size() == 1 && args.get(0) instanceof Lit l
                    && l.value() instanceof Double) return Iv.ZERO;
            if (q.endsWith("Buffer.from") && !args.isEmpty()) {
                Iv inner = iv(args.get(0), rf, depth + 1);
                if (inner == Iv.LITERAL || inner == Iv.CONFIG || inner == Iv.DERIVED || inner == Iv.MODULE_CONSTANT) return inner;
                if (Vals.isData(args.get(0)) && project.resolve(args.get(0), rf).val() instanceof Arr) return Iv.LITERAL;
                return topLevel && inner == Iv.RANDOM ? Iv.MODULE_CONSTANT : inner;
            }
        }
        if (x instanceof Call c && c.callee() instanceof Member m && Set.of("slice", "subarray", "substring", "substr", "toString").contains(m.prop())) {
            Iv inner = iv(m.object(), rf, depth + 1);
            return topLevel && inner == Iv.RANDOM ? Iv.MODULE_CONSTANT : inner;
        }
        if (hashChain(x)) return Iv.DERIVED;
        return Iv.UNKNOWN;
    }

    /** {@code createHash(a).update(k).digest()} (and slices of it): a value derived from its input, the same every time. */
    private static boolean hashChain(Val x) {
        boolean digest = false;
        for (int i = 0; i < 10 && x != null; i++) {
            if (x instanceof Call c) {
                String n = Vals.lastName(c.callee());
                if ("createHash".equals(n)) return digest;
                if ("digest".equals(n)) digest = true;
                x = c.callee() instanceof Member m ? m.object() : null;
            } else if (x instanceof Member m) {
                x = m.object();
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean isEnv(Val x) {
        return x instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env");
    }

    // ------------------------------------------------------------------ digests

    private static final Set<String> WEAK_HASH = Set.of("md5", "sha1", "md4", "md5-sha1", "rsa-md4", "rsa-md5", "rsa-sha1", "sha-1",
            "ripemd", "ripemd160", "rmd160", "md2");

    private static final Pattern PASSWORD = Pattern.compile("(?i)pass(word|wd|phrase)?s?\\b|\\bpwd|\\bpassw|hashpass|password");
    private static final Pattern HARMLESS = Pattern.compile("(?i)etag|cache|gravatar|avatar|file ?name|filename|checksum|fingerprint|dedup|"
            + "bucket|colou?r|shard|partition|\\bseed|identicon|hashkey|cachekey|\\buuid|\\bslug|content-?hash|asset|version|trace|request-?id|"
            + "idempot|\\bemail|lock|\\bkey\\s*=\\s*`|storage ?key|redis|lookup|\\bid\\b|short|hash ?code");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)sign(ature|ed|ing)?\\b|signature|\\bsig\\b|hmac|\\bmac\\b|webhook|verif|integrity|tamper|"
            + "secret|private ?key|api_?key|apikey|csrf|x-hub|authenticat");

    private void hash(CallIndex.Site s, String k) {
        CallSite cs = s.cs();
        String alg = constant(cs.arg(0), s.file());
        Kind kind = k.endsWith("Hmac") ? Kind.HMAC : Kind.HASH;
        String purpose = purpose(s, cs);
        String weak = null;
        // an HMAC keeps its strength with MD5 and SHA-1 (and webhooks of GitHub, Twilio, ... require SHA-1): only plain digests judged
        if (kind == Kind.HASH && alg != null && WEAK_HASH.contains(alg.toLowerCase(Locale.ROOT)) && "signature".equals(purpose)) {
            weak = alg.toUpperCase(Locale.ROOT) + " is used to sign or verify with a secret: a plain digest of secret and data is no MAC "
                    + "(length extension) and " + alg.toUpperCase(Locale.ROOT) + " collisions are practical";
        }
        add(new Use(kind, cs.location(), k, alg, Iv.NONE, null, purpose, weak, weak == null ? cs.location() : cs.argLocation(0),
                project.isTestPath(s.file().path())));
    }

    /**
     * What a digest is for, from the names around it: the statement that makes it, the function it is made in,
     * and the values it digests. "password" (the password-hashing concept judges those), "non-security" (ETags,
     * cache keys, avatars, ids), "signature" (signing or verifying with a secret, integrity), else "unknown".
     */
    private String purpose(CallIndex.Site s, CallSite cs) {
        StringBuilder ctx = new StringBuilder();
        ctx.append(statement(s.file(), cs.location())).append(' ');
        if (s.fn().name() != null) ctx.append(' ').append(s.fn().name()).append(' ');
        // the values digested: update(x) calls on this hash object
        StringBuilder digested = new StringBuilder(statement(s.file(), cs.location()));
        for (CallSite other : s.fn().calls()) {
            if (other.callee() instanceof Member m && m.prop().equals("update") && m.object() instanceof Call c
                    && Objects.equals(c.site(), cs.location())) {
                for (Val a : other.args()) {
                    names(a, ctx, 0);
                    names(a, digested, 0);
                }
                ctx.append(' ').append(statement(s.file(), other.location()));
                digested.append(' ').append(statement(s.file(), other.location()));
            }
        }
        for (Val a : cs.args()) names(a, ctx, 0);
        String c = ctx.toString();
        if (PASSWORD.matcher(c).find()) return "password";
        boolean sig = SIGNATURE.matcher(c).find();
        if (HARMLESS.matcher(c).find() && !sig) return "non-security";
        // a "signature" of data alone (a log line's level, context and text made into a throttling key): no secret goes
        // into the digest, so nothing is signed with one
        if (sig && !SECRET_INPUT.matcher(digested).find()) return "unknown";
        if (sig) return "signature";
        return "unknown";
    }

    /** Names that say a secret goes into a digest: a key, secret, token, salt, password, credential. */
    private static final Pattern SECRET_INPUT = Pattern.compile("(?i)secret|key|token|salt|pepper|pass|private_?key|credential|hmac|nonce|merchant|env\\b");

    private static void names(Val v, StringBuilder out, int depth) {
        if (v == null || depth > 6) return;
        String n = Vals.lastName(v);
        if (n != null) out.append(' ').append(n);
        if (v instanceof Global g) out.append(' ').append(String.join(" ", g.path()));
        if (v instanceof Concat c) for (Val p : c.parts()) names(p, out, depth + 1);
        if (v instanceof Tpl t) for (Val p : t.holes()) names(p, out, depth + 1);
        if (v instanceof Call c) for (Val p : c.args()) names(p, out, depth + 1);
        if (v instanceof Member m) names(m.object(), out, depth + 1);
    }

    // ------------------------------------------------------------------ crypto-js, node-forge

    private void cryptoJs(CallIndex.Site s, String alg) {
        CallSite cs = s.cs();
        String a = alg.toLowerCase(Locale.ROOT);
        String api = "CryptoJS." + alg + ".encrypt";
        String weak = switch (a) {
            case "des" -> "DES is a broken cipher (56-bit key)";
            case "tripledes" -> "Triple DES is a legacy cipher (64-bit blocks)";
            case "rc4", "rc4drop" -> "RC4 has a biased keystream";
            default -> null;
        };
        Location weakAt = cs.calleeLocation() == null ? cs.location() : cs.calleeLocation();
        Val opts = cs.arg(2) == null ? null : project.resolve(cs.arg(2), s.file()).val();
        if (weak == null && opts instanceof Obj o && o.props().get("mode") != null
                && "ECB".equals(Vals.lastName(o.props().get("mode")))) {
            weak = "ECB mode encrypts equal blocks to equal ciphertext and leaks the plaintext's structure";
            weakAt = cs.argLocation(2);
        }
        Val key = cs.arg(1) == null ? null : project.resolve(cs.arg(1), s.file()).val();
        // a string key is a passphrase: CryptoJS derives key and IV with one MD5 round and a random salt (EVP_BytesToKey).
        // Weak only for a guessable passphrase, which the code does not tell: recorded, not judged a weakness
        String note = a.equals("aes") && key != null && passphrase(key) ? "passphrase" : null;
        add(new Use(Kind.CIPHER, cs.location(), api, a, Iv.UNKNOWN, null, note, weak, weakAt, project.isTestPath(s.file().path())));
    }

    /** A string (literal, template or environment variable) rather than a WordArray key. */
    private static boolean passphrase(Val key) {
        return key instanceof Lit l && l.value() instanceof String || key instanceof Tpl || key instanceof Concat || isEnv(key)
                || key instanceof OneOf o && o.options().stream().anyMatch(x -> isEnv(x) || x instanceof Lit l && l.value() instanceof String);
    }

    private void cryptoJsHash(CallIndex.Site s, String k) {
        CallSite cs = s.cs();
        String alg = k.toLowerCase(Locale.ROOT).endsWith("md5") ? "md5" : "sha1";
        String purpose = purpose(s, cs);
        String weak = "signature".equals(purpose) ? alg.toUpperCase(Locale.ROOT) + " is used to sign or verify with a secret: a plain digest of secret and data is no MAC "
                + "(length extension) and " + alg.toUpperCase(Locale.ROOT) + " collisions are practical" : null;
        add(new Use(Kind.HASH, cs.location(), "CryptoJS." + alg.toUpperCase(Locale.ROOT), alg, Iv.NONE, null, purpose, weak, cs.location(),
                project.isTestPath(s.file().path())));
    }

    private void forge(CallIndex.Site s, String k) {
        CallSite cs = s.cs();
        String alg = constant(cs.arg(0), s.file());
        String weak = weakAlgorithm(alg == null ? null : alg.toLowerCase(Locale.ROOT).replace("3des", "des-ede3"));
        add(new Use(k.endsWith("Decipher") ? Kind.DECIPHER : Kind.CIPHER, cs.location(), "forge.cipher." + Vals.lastName(cs.callee()),
                alg == null ? null : alg.toLowerCase(Locale.ROOT), Iv.UNKNOWN, null, null, weak, cs.argLocation(0), project.isTestPath(s.file().path())));
    }

    // ------------------------------------------------------------------ helpers

    private void add(Use u) {
        if (uses.stream().noneMatch(x -> x.at().equals(u.at()))) uses.add(u);
    }

    /** A constant string value (through bindings, imports and the fallback of {@code env || 'x'}), lower case, or null. */
    private String constant(Val v, FileFacts f) {
        if (v == null) return null;
        Project.Resolved r = project.resolve(v, f);
        String s = Val.constString(r.val());
        if (s == null && r.val() instanceof OneOf o) {
            for (Val opt : o.options()) {
                s = Val.constString(project.resolve(opt, r.file()).val());
                if (s != null) break;
            }
        }
        return s == null ? null : s.toLowerCase(Locale.ROOT).strip();
    }

    private String safeQname(Val v, FileFacts f) {
        try {
            return project.qname(v, f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The source text of the statement around {@code at} (its lines), or "" when the file cannot be read. */
    private String statement(FileFacts f, Location at) {
        if (at == null) return "";
        List<String> ls = lines.computeIfAbsent(f.path(), p -> SourceLines.read(project, p));
        int from = at.line(), to = Math.max(at.line(), at.endLine());
        FileFacts.Span best = null;
        for (FileFacts.Span sp : f.statements()) {
            if (sp.line() <= at.line() && sp.endLine() >= at.endLine() && sp.endLine() - sp.line() < 12
                    && (best == null || sp.endLine() - sp.line() < best.endLine() - best.line())) best = sp;
        }
        if (best != null) {
            from = Math.min(from, best.line());
            to = Math.max(to, best.endLine());
        }
        // a chain that starts on the line before (`const sig = crypto\n  .createHash('md5')`)
        if (from > 1 && from - 2 < ls.size() && ls.get(from - 2).strip().matches(".*(=|\\()\\s*[\\w.]*$")) from--;
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to && i - 1 < ls.size(); i++) if (i >= 1) sb.append(ls.get(i - 1)).append('\n');
        return sb.toString();
    }

    // ------------------------------------------------------------------ Java (JCA)

    /**
     * Java: {@code Cipher.getInstance(transformation)} ("DES", "DESede", "RC4"/"ARCFOUR", "Blowfish", "RC2", any
     * ".../ECB/...", and "AES" alone, which the providers complete to AES/ECB/PKCS5Padding), and IVs given as constants:
     * {@code new IvParameterSpec(x)} / {@code new GCMParameterSpec(bits, x)} where x is a string's bytes, a literal or
     * constant array, or {@code new byte[n]} (zeros).
     */
    private void java() {
        for (FileFacts f : JavaCalls.javaFiles(project)) {
            boolean test = project.isTestPath(f.path());
            for (Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String q;
                    try {
                        q = project.qname(cs.callee(), f);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (q == null) continue;
                    if (q.equals("javax.crypto.Cipher.getInstance")) {
                        String t = Val.constString(project.resolve(cs.arg(0), f).val());
                        if (t == null) continue;
                        String weak = javaTransformation(t);
                        add(new Use(Kind.CIPHER, cs.location(), "Cipher.getInstance", t.toLowerCase(Locale.ROOT), Iv.UNKNOWN, null, null, weak,
                                cs.argLocation(0), test));
                    } else if (cs.isNew() && (q.equals("javax.crypto.spec.IvParameterSpec") || q.equals("javax.crypto.spec.GCMParameterSpec"))) {
                        int i = q.endsWith("GCMParameterSpec") ? 1 : 0;
                        Iv iv = javaIv(cs.arg(i), f, fn);
                        if (iv == Iv.UNKNOWN) continue;
                        String weak = iv == Iv.ZERO ? "the IV is all zeros: every message encrypted under the key starts the same way, and with GCM the key can be recovered"
                                : "the IV is a constant: every message encrypted under the key gets the same IV, so equal prefixes show and GCM loses its authenticity";
                        add(new Use(Kind.CIPHER, cs.location(), "new " + q.substring(q.lastIndexOf('.') + 1), null, iv, cs.argLocation(i), null, weak,
                                cs.argLocation(i), test));
                    }
                }
            }
        }
    }

    /** Why a JCA transformation is weak, or null. */
    static String javaTransformation(String t) {
        String[] p = t.trim().split("/");
        String alg = p[0].trim().toUpperCase(Locale.ROOT);
        if (alg.equals("RSA") || alg.startsWith("PBE") && p.length == 1) return null;
        if (alg.equals("DES")) return "DES is broken: its 56-bit key is brute-forced in hours";
        if (alg.equals("DESEDE") || alg.equals("TRIPLEDES")) return "Triple DES is a legacy cipher with 64-bit blocks (Sweet32 collisions after a few GB under one key)";
        if (alg.equals("RC4") || alg.equals("ARCFOUR")) return "RC4 is broken: its keystream is biased";
        if (alg.equals("RC2") || alg.equals("BLOWFISH")) return (alg.equals("RC2") ? "RC2" : "Blowfish") + " is a legacy cipher with 64-bit blocks";
        if (p.length == 1 && alg.startsWith("AES")) return "\"" + t + "\" alone is AES/ECB/PKCS5Padding: ECB encrypts equal blocks to equal ciphertext and leaks the plaintext's structure";
        if (p.length >= 2 && p[1].trim().equalsIgnoreCase("ECB")) return "ECB mode encrypts equal blocks to equal ciphertext and leaks the plaintext's structure";
        return null;
    }

    private Iv javaIv(Val v, FileFacts f, Fn fn) {
        if (v == null) return Iv.UNKNOWN;
        Val r = project.resolve(v, f).val();
        if (r instanceof Val.This t && t.path().size() == 1) {
            JavaCalls.FieldValue fv = JavaCalls.fieldValue(JavaCalls.owner(f, fn), t.path().get(0));
            if (fv != null && fv.fn() == null) r = project.resolve(fv.value(), f).val();
        }
        if (r instanceof Val.Arr a) return a.items().stream().allMatch(x -> x instanceof Val.Lit l && l.value() instanceof Double d && d == 0) ? Iv.ZERO : Iv.LITERAL;
        // new byte[16] never filled in the function (no nextBytes, read, get, arraycopy): zeros
        if (r instanceof Val.Unknown u && u.kind().equals("array") && fn.calls().stream().noneMatch(k -> Set.of("nextBytes", "read", "readFully", "get",
                "arraycopy", "fill", "generateSeed", "wrap").contains(String.valueOf(k.methodName())))) return Iv.ZERO;
        if (r instanceof Val.Call c && "getBytes".equals(Vals.lastName(c.callee()))) {
            Val recv = dev.backcheck.model.Analysis.receiver(c.callee());
            if (recv != null && Val.constString(project.resolve(recv, f).val()) != null) return Iv.LITERAL;
        }
        return Iv.UNKNOWN;
    }
}
