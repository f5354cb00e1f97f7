package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every source of random values and what each value is used for. APIs: {@code Math.random()} (not secure),
 * {@code crypto.randomBytes/randomUUID/randomInt/getRandomValues} (also {@code globalThis.crypto}, webcrypto),
 * {@code nanoid}/{@code customAlphabet}, {@code uuid.v4} (secure), {@code uuid.v1} (time-based).
 * The use is read from the names around the call, innermost first: the binding, assignment target, object key or
 * class field its value is given to ({@link Fn#names()}), the function it is written in and the functions around
 * that, then, for a helper ({@code randomString(n)}), the names its callers give its result; a value passed to
 * {@code setTimeout}/{@code sleep}/{@code sort} is timing or shuffling.
 */
public final class RandomSources {

    /** What a random value is for. The first group needs an unpredictable value. */
    public enum Purpose {
        TOKEN, SECRET, OTP, RESET_CODE, SALT, PASSWORD, SESSION, NONCE, ID,
        TIMING, SAMPLING, UI, TEST_DATA, OTHER, UNKNOWN;

        /** True when a guessable value is a security problem. */
        public boolean needsSecrecy() {
            return ordinal() <= ID.ordinal();
        }

        public String label() {
            return switch (this) {
                case TOKEN -> "a token";
                case SECRET -> "a secret or key";
                case OTP -> "a one-time code";
                case RESET_CODE -> "a reset or verification code";
                case SALT -> "a salt";
                case PASSWORD -> "a password";
                case SESSION -> "a session id";
                case NONCE -> "a nonce or state value";
                case ID -> "an id";
                case TIMING -> "timing (jitter, backoff)";
                case SAMPLING -> "sampling";
                case UI -> "display";
                case TEST_DATA -> "test or seed data";
                case OTHER -> "something that needs no secrecy";
                case UNKNOWN -> "an unknown use";
            };
        }
    }

    /**
     * One random source: the API ("Math.random", "crypto.randomBytes", "nanoid", "uuid.v4"), whether it is
     * cryptographically secure, where, the use, and the name that told the use ({@code because}: "`resetToken`",
     * "function `generateOtp`", "`token` at src/auth.ts:12" for a helper's caller), null when unknown; {@code fnAt}: the
     * function the call is written in (null at a module's top level).
     */
    public record Source(String api, boolean secure, String file, Location location, Purpose purpose, String because,
                         Location becauseAt, Location fnAt) { }

    private final List<Source> sources = new ArrayList<>();
    private final CallIndex index;

    public static RandomSources of(Project p) {
        return p.derived(RandomSources.class, RandomSources::new);
    }

    /** Every source, sorted by file, line, column. */
    public List<Source> sources() {
        return sources;
    }

    private RandomSources(Project project) {
        this.index = CallIndex.of(project);
        this.project = project;
        // outside Java, api() names only calls whose method name randomName() accepts: those come from CallNames (in walk
        // order, per file), not from a walk over every call; Java files are walked as before
        Map<FileFacts, List<CallNames.At>> named = new IdentityHashMap<>();
        for (CallNames.At c : CallNames.of(project).named(RandomSources::randomName)) {
            named.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c);
        }
        for (FileFacts f : project.files().values()) {
            List<CallNames.At> calls;
            if ("java".equals(f.language())) {
                calls = new ArrayList<>();
                for (Fn fn : Analysis.functions(f)) for (CallSite cs : fn.calls()) calls.add(new CallNames.At(f, fn, cs));
            } else {
                calls = named.getOrDefault(f, List.of());
            }
            for (CallNames.At at : calls) {
                Fn fn = at.fn();
                CallSite cs = at.cs();
                String api;
                try {
                    api = api(cs, fn, f);
                } catch (RuntimeException e) {
                    continue;
                }
                if (api == null) continue;
                boolean secure = !api.equals("Math.random") && !api.equals("uuid.v1") && !INSECURE_JAVA.contains(api);
                Use u = project.isTestPath(f.path()) || isSeedPath(f.path()) || isToolingPath(f.path())
                        ? new Use(Purpose.TEST_DATA, "a test or seed file", null)
                        : purpose(fn, cs.location(), 0);
                if (u.purpose == Purpose.ID && isUiPath(f.path())) u = new Use(Purpose.UI, u.because + " in front-end code", u.at);
                // a browser app's package beside the API (apps/web depends on next, no server framework), or browser code
                // in the API's package (a React component, a Vite app's folder): a toast id, an analytics session id or a
                // temporary password a form proposes is made in the user's tab, no server credential
                if (u.purpose.needsSecrecy() && ServerCode.of(project).browserCode(f.path())) {
                    u = new Use(Purpose.UI, u.because + " in browser code", u.at);
                }
                if (u.purpose.needsSecrecy() && api.equals("Math.random") && picksRecord(f, cs)) {
                    u = new Use(Purpose.OTHER, "picks an element of a list (`list[Math.floor(Math.random() * list.length)].field`)", cs.location());
                }
                // Math.random() > 0.5 ? a : b: a coin flip between values that exist, the draw itself is never kept
                if (u.purpose.needsSecrecy() && api.equals("Math.random") && coinFlip(f, cs)) {
                    u = new Use(Purpose.OTHER, "a coin flip (`Math.random()` compared with a number) choosing between existing values", cs.location());
                }
                // a code drawn again until no stored record has it in its code field: a unique handle people are shown
                // (a player's #ABC1234), not a reset or verification code, which is made for one user and checked against it
                if (u.purpose == Purpose.RESET_CODE && !resetWords(u.because)) {
                    String field = uniqueHandleLookup(fn);
                    if (field != null) u = new Use(Purpose.OTHER, u.because + ", drawn until no record has it as its `" + field + "` (a unique handle)", u.at);
                }
                // a bare code (generateCode) made in a module or class named for referrals or promotions, or only for callers
                // there: a code its owner hands out to others (ReferralService's code), not a reset or verification code
                if (u.purpose == Purpose.RESET_CODE && !resetWords(u.because)) {
                    String where = sharedCodeContext(f, fn);
                    if (where != null) u = new Use(Purpose.OTHER, u.because + " in " + where + " (a code meant to be shared)", u.at);
                }
                // an id drawn again until a check of the project says no record has it (while (..) { id = ..Math.random()..;
                // if (!(await this.checkIdExists(id))) return id; }): a unique public handle, like the code above
                if (u.purpose == Purpose.ID && api.equals("Math.random")) {
                    String check = drawnUntilUnused(fn, cs.location());
                    if (check != null) u = new Use(Purpose.OTHER, u.because + ", drawn until `" + check + "` finds no record with it (a unique handle)", u.at);
                }
                // const id = sessionId || `s_${..Math.random()..}` with sessionId from the request body: a value the client may
                // choose itself guards nothing, so the draw standing in for it is no secret either
                if (u.purpose.needsSecrecy() && api.equals("Math.random") && fn != null) {
                    String sent = clientChosen(f, fn, cs);
                    if (sent != null) u = new Use(Purpose.OTHER, u.because + ", the stand-in for `" + sent + "` the client may send itself", u.at);
                }
                // if (crypto.getRandomValues) { ..secure draw.. } return ..Math.random()..: the fallback of a function whose
                // own draw is the Web Crypto one, run only where that API is missing
                if (u.purpose.needsSecrecy() && api.equals("Math.random") && cryptoFallback(fn, cs.location())) {
                    u = new Use(Purpose.OTHER, u.because + ", the fallback where crypto.getRandomValues/randomUUID is missing", u.at);
                }
                // filename: (req, file, cb) => { const uniqueToken = Date.now() + '-' + ..Math.random()..; cb(null, uniqueToken + ext) }:
                // the value only names a file (multer's filename callback, path.join, an fs call), whatever it is called
                if (u.purpose.needsSecrecy() && fn != null) {
                    String sink = onlyFileName(f, fn, cs.location(), u);
                    if (sink != null) u = new Use(Purpose.OTHER, u.because + ", used only as a file name (" + sink + ")", u.at);
                }
                // const verificationToken = ..Math.random()..; console.log(..); res.json({ verificationToken }): a stub that hands
                // the value back to the caller who asked and keeps it nowhere, so nothing ever checks it (s35 weddingbazaar)
                if (u.purpose.needsSecrecy() && api.equals("Math.random") && fn != null && onlyShownToCaller(f, fn, cs.location(), u)) {
                    u = new Use(Purpose.OTHER, u.because + ", only logged and sent back to the caller, never stored or compared", u.at);
                }
                // private generateVerificationCode() { ..Math.random().. } that no code names again: the use was read from the
                // function's own name, and nothing calls it, so no code is ever made
                if (u.purpose.needsSecrecy() && fn != null && u.because != null && u.because.startsWith("function `")) {
                    String dead = decorated(f, u.at) || exported(f, u.at) ? null : uncalled(u.because);
                    if (dead != null) u = new Use(Purpose.OTHER, u.because + ", which no code calls or names again", u.at);
                }
                // generateTestRefreshToken(): a test-data generator (its name says so) that no application code calls, only
                // tests, seeds or nobody: the token it makes is a fixture row's, never handed to a user
                if (u.purpose.needsSecrecy()) {
                    String gen = testDataGenerator(fn);
                    if (gen != null) u = new Use(Purpose.TEST_DATA, "test-data generator `" + gen + "` that only tests or seeds call", u.at);
                }
                // a Java class that draws (java.awt: a captcha or chart image): a draw named only by its function
                // (createImageCode) places and colours shapes
                if ("java".equals(f.language()) && u.because != null && u.because.startsWith("function ")
                        && f.imports().values().stream().anyMatch(i -> i.module().startsWith("java.awt"))) {
                    u = new Use(Purpose.UI, u.because + " drawing with java.awt", u.at);
                }
                sources.add(new Source(api, secure, f.path(), cs.location(), u.purpose, u.because, u.at, fn == null ? null : fn.location()));
            }
        }
        sources.sort(Comparator.comparing(Source::file).thenComparingInt((Source s) -> s.location().line())
                .thenComparingInt(s -> s.location().column()));
    }

    /** The function at {@code at} is exported where it is defined ({@code export function generateOtp()}): other packages may call it. */
    private boolean exported(FileFacts f, Location at) {
        if (at == null) return true;
        List<String> lines = SourceLines.read(project, f.path());
        return at.line() >= 1 && at.line() <= lines.size() && lines.get(at.line() - 1).contains("export ");
    }

    /** The function at {@code at} carries a decorator ({@code @Post('otp')}): the framework calls it by that, not by name. */
    private boolean decorated(FileFacts f, Location at) {
        if (at == null) return true;
        List<String> lines = SourceLines.read(project, f.path());
        for (int l = at.line() - 1; l >= 1 && l >= at.line() - 6 && l <= lines.size(); l--) {
            String t = lines.get(l - 1).strip();
            if (t.isEmpty() || t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) continue;
            return t.startsWith("@") || t.endsWith(")") && t.contains("@");
        }
        String own = at.line() <= lines.size() ? lines.get(at.line() - 1) : "";
        return own.strip().startsWith("@");
    }

    /**
     * The function named in {@code because} ("function `generateVerificationCode`") when its name is written once in
     * the whole project, at its definition: nothing calls it, hands it on or exports it by name. Null otherwise (a
     * name of fewer than 8 characters is too common to tell).
     */
    private String uncalled(String because) {
        int a = because.indexOf('`'), b = because.indexOf('`', a + 1);
        if (a < 0 || b < 0) return null;
        String name = because.substring(a + 1, b);
        if (name.length() < 8 || !name.matches("[A-Za-z_$][\\w$]*")) return null;
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w$])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])");
        int seen = 0;
        for (String path : project.files().keySet()) {
            String text = SourceLines.text(project, path, 2_000_000);
            if (text == null) return null;
            if (!text.contains(name)) continue;
            java.util.regex.Matcher m = word.matcher(text);
            while (m.find()) if (++seen > 1) return null;
        }
        return seen == 1 ? name : null;
    }

    private static final java.util.regex.Pattern FILENAME_CALLBACK = java.util.regex.Pattern.compile("(?s).*\\bfilename\\s*(?::\\s*(?:async\\s*)?(?:function\\s*)?)?$");

    /**
     * What the drawn value names when it is used only as a file name, or null: every call that receives it (the value
     * at {@code draw}, or the name the use was read from) is the callback of multer's {@code filename} option
     * ({@code cb(null, name + ext)}), a {@code path} join or an {@code fs} call, and it is neither returned nor handed
     * to anything else (a response, a store, a mail).
     */
    private String onlyFileName(FileFacts f, Fn fn, Location draw, Use u) {
        String name = null;
        if (u.because != null && u.because.startsWith("`")) {
            int b = u.because.indexOf('`', 1);
            if (b > 1) name = u.because.substring(1, b);
        }
        final String nm = name;
        // the draw, a call around it (Math.round(Math.random() * 1e9)), or a call of the named value inlined where it is used
        Location valueAt = u.at;
        java.util.function.Predicate<Val> holds = x -> x instanceof Val.Call c && c.site() != null && (contains(c.site(), draw)
                || valueAt != null && contains(valueAt, c.site()))
                || nm != null && x instanceof Val.Local l && nm.equals(dev.backcheck.lang.facts.Names.of(l.name())) && l.path().isEmpty();
        for (Val r : fn.returns()) if (Vals.anyPartDeep(r, holds, 400)) return null;
        List<String> lines = SourceLines.read(project, f.path());
        String sink = null;
        for (CallSite c : fn.calls()) {
            // upload_stream({ public_id: `dishes/${..Math.random()..}` }): the draw written inside a storage call's option
            if (!c.location().equals(draw) && contains(c.location(), draw) && storageOptionAt(f, c, draw, lines) != null) {
                if (sink == null) sink = storageOptionAt(f, c, draw, lines);
                continue;
            }
            if (c.location().equals(draw) || c.args().stream().noneMatch(a -> Vals.anyPartDeep(a, holds, 400))) continue;
            if (contains(c.location(), draw)) continue; // a call the draw is made inside (Math.round(..), toString)
            String q;
            try {
                q = project.qname(c.callee(), f);
            } catch (RuntimeException e) {
                q = null;
            }
            if (q != null && (q.startsWith("path.") || q.startsWith("node:path.") || q.startsWith("fs.") || q.startsWith("node:fs.")
                    || q.startsWith("fs/promises.") || q.startsWith("fs-extra."))) {
                if (sink == null) sink = q;
                continue;
            }
            // cb(null, name) in multer's diskStorage filename option: the callback is the function's third parameter
            if (c.callee() instanceof Val.Param p && p.path().isEmpty() && p.index() == 2 && fn.location() != null
                    && fn.location().line() >= 1 && fn.location().line() <= lines.size()) {
                String before = String.join("\n", lines.subList(Math.max(0, fn.location().line() - 2), fn.location().line() - 1))
                        + "\n" + lines.get(fn.location().line() - 1).substring(0, Math.max(0, Math.min(lines.get(fn.location().line() - 1).length(), fn.location().column() - 1)));
                if (FILENAME_CALLBACK.matcher(before).matches()) {
                    if (sink == null) sink = "multer's filename callback";
                    continue;
                }
            }
            // cloudinary.uploader.upload_stream({ public_id: `menu/${Date.now()}-${..Math.random()..}` }): the name the stored
            // asset is kept and served under (s34 ecanteen); an S3 object's Key likewise
            String stored = q == null ? null : storedObjectName(q, c, holds);
            if (stored != null) {
                if (sink == null) sink = stored;
                continue;
            }
            String m = c.methodName();
            // res.download(file) / res.sendFile(file): the path of a file the answer reads
            if (("download".equals(m) || "sendFile".equals(m)) && !c.args().isEmpty() && Vals.anyPartDeep(c.arg(0), holds, 400)
                    && c.args().stream().skip(1).noneMatch(a -> Vals.anyPartDeep(a, holds, 400))) {
                if (sink == null) sink = "res." + m;
                continue;
            }
            // string building on the way (name.toString(), `${name}${ext}`.toLowerCase())
            if (m != null && Set.of("toString", "toLowerCase", "toUpperCase", "replace", "slice", "substring", "concat", "padStart").contains(m)) continue;
            return null;
        }
        return sink;
    }

    /** The option a value written on this line is given to, ending right where the draw's expression starts. */
    private static final java.util.regex.Pattern PUBLIC_ID_OPTION = java.util.regex.Pattern.compile("\\bpublic_id\\s*:\\s*[^,:]*$");
    private static final java.util.regex.Pattern KEY_OPTION = java.util.regex.Pattern.compile("\\bKey\\s*:\\s*[^,:]*$");

    /**
     * The storage option the draw at {@code draw} is written in, when {@code c} is a storage library's call: Cloudinary's
     * {@code public_id} (the asset's name in its URL, which is public anyway), an S3 object's {@code Key}; else null.
     */
    private String storageOptionAt(FileFacts f, CallSite c, Location draw, List<String> lines) {
        String q;
        try {
            q = project.qname(c.callee(), f);
        } catch (RuntimeException e) {
            return null;
        }
        if (q == null || draw.line() < 1 || draw.line() > lines.size()) return null;
        String before = lines.get(draw.line() - 1);
        before = before.substring(0, Math.max(0, Math.min(before.length(), draw.column() - 1)));
        if (q.startsWith("cloudinary.") && PUBLIC_ID_OPTION.matcher(before).find()) return "Cloudinary's public_id, the stored asset's name";
        if ((q.startsWith("@aws-sdk/client-s3.") || q.startsWith("@aws-sdk/lib-storage.") || q.startsWith("aws-sdk."))
                && KEY_OPTION.matcher(before).find()) return "an S3 object's Key";
        return null;
    }

    /** A line that only logs: console.log(..), logger.info(..), this.logger.debug(..). */
    private static final java.util.regex.Pattern LOG_LINE = java.util.regex.Pattern.compile("^\\s*(?:console|(?:this\\.)?(?:logger|log))\\s*\\.\\s*(?:log|info|debug|warn|error|trace)\\s*\\(.*");
    /** A response written to the caller: res.json(..), res.send(..), reply.send(..), res.status(200).json(..), c.json(..). */
    private static final java.util.regex.Pattern RESPONSE_CALL = java.util.regex.Pattern.compile("^\\s*(?:return\\s+)?(?:res|reply|response|c|ctx)(?:\\s*\\.\\s*(?:status|code)\\s*\\(\\s*\\d+\\s*\\))?\\s*\\.\\s*(?:json|send)\\s*\\(.*");

    /**
     * True when the drawn value, kept in a local named in {@code u.because} ("`verificationToken`"), is used in the
     * function only on lines that log and inside one response call ({@code res.json({ .., verificationToken })}), and the
     * function says it is a demo, mock or stub: the caller gets it back, and no store, mail, comparison or return keeps
     * it for a later check. Read from the source, since the facts fold the local into its uses.
     */
    private boolean onlyShownToCaller(FileFacts f, Fn fn, Location draw, Use u) {
        if (u.because == null || !u.because.startsWith("`")) return false;
        int b = u.because.indexOf('`', 1);
        if (b < 2) return false;
        String name = u.because.substring(1, b);
        if (!name.matches("[A-Za-z_$][\\w$]*")) return false;
        Location at = fn.location();
        List<String> lines = SourceLines.read(project, f.path());
        if (at == null || lines == null || at.endLine() > lines.size() || at.endLine() - at.line() > 200) return false;
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])");
        java.util.regex.Pattern decl = java.util.regex.Pattern.compile("^\\s*(?:const|let|var)\\s+" + java.util.regex.Pattern.quote(name) + "\\s*=");
        boolean declared = false, answered = false;
        int responseDepth = 0; // open parentheses of a response call that spans lines
        for (int l = at.line(); l <= at.endLine(); l++) {
            String line = lines.get(l - 1);
            if (l == at.line()) line = line.substring(Math.min(line.length(), Math.max(0, at.column() - 1)));
            boolean inResponse = responseDepth > 0;
            if (!inResponse && RESPONSE_CALL.matcher(line).matches()) {
                inResponse = true;
                responseDepth = 0;
            }
            if (inResponse) {
                for (char ch : line.toCharArray()) responseDepth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                if (word.matcher(line).find()) answered = true;
                if (responseDepth < 0) responseDepth = 0;
                continue;
            }
            if (!word.matcher(line).find()) continue;
            if (!declared && decl.matcher(line).find() && l == draw.line()) {
                declared = true;
                continue;
            }
            if (LOG_LINE.matcher(line).matches()) continue;
            return false;
        }
        if (!declared || !answered) return false;
        // and the code says it is a stand-in ("for demo purposes", "(mock)"): a real flow keeps the value elsewhere too
        String text = String.join("\n", lines.subList(at.line() - 1, at.endLine()));
        return DEMO_WORDS.matcher(text).find();
    }

    /** Words by which code says a value is a stand-in for a real flow. */
    private static final java.util.regex.Pattern DEMO_WORDS = java.util.regex.Pattern.compile("(?i)\\b(demo|mock(ed)?|stub(bed)?|placeholder|simulated?|fake)\\b");

    /**
     * The storage option that names an uploaded object, when the drawn value is held there and in no other argument or
     * option of the call: Cloudinary's {@code public_id} (the asset's name in its URL, which is public anyway), an S3
     * object's {@code Key}; else null.
     */
    private static String storedObjectName(String q, CallSite c, java.util.function.Predicate<Val> holds) {
        String option;
        String label;
        if (q.startsWith("cloudinary.")) {
            option = "public_id";
            label = "Cloudinary's public_id, the stored asset's name";
        } else if (q.startsWith("@aws-sdk/client-s3.") || q.startsWith("@aws-sdk/lib-storage.") || q.startsWith("aws-sdk.")) {
            option = "Key";
            label = "an S3 object's Key";
        } else {
            return null;
        }
        boolean named = false;
        for (Val a : c.args()) {
            if (!Vals.anyPartDeep(a, holds, 400)) continue;
            Val.Obj o = a instanceof Val.Obj ob ? ob : null;
            if (o == null) return null; // the value handed on whole: more than a name
            // { public_id: .. } or one level down: new Upload({ client, params: { Bucket, Key } })
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (!Vals.anyPartDeep(e.getValue(), holds, 400)) continue;
                if (e.getKey().equals(option)) named = true;
                else if (e.getValue() instanceof Val.Obj inner && inner.props().entrySet().stream()
                        .allMatch(ie -> ie.getKey().equals(option) || !Vals.anyPartDeep(ie.getValue(), holds, 400))) named = true;
                else return null;
            }
        }
        return named ? label : null;
    }

    /**
     * The name of the outermost function around {@code fn} when that name says test data ({@code generateTestUser},
     * {@code buildMockSession}) and every call of it is in a test, seed or tooling file (or there is none); else null.
     */
    private String testDataGenerator(Fn fn) {
        return testDataGenerator(fn, 0);
    }

    /** As above; a caller that is itself such a generator ({@code generateTestDataset()} calling it) counts as test code. */
    private String testDataGenerator(Fn fn, int depth) {
        Fn top = fn;
        for (int i = 0; i < 6 && index.parentOf(top) != null; i++) top = index.parentOf(top);
        if (classify(top.name()) != Purpose.TEST_DATA) return null;
        for (CallIndex.Site s : index.callers(top)) {
            String p = s.file().path();
            if (project.isTestPath(p) || isSeedPath(p) || isToolingPath(p)) continue;
            if (depth < 3 && s.fn() != null && s.fn() != fn && testDataGenerator(s.fn(), depth + 1) != null) continue;
            return null;
        }
        return top.name();
    }

    /** {@code sent || <draw>} / {@code sent ?? <draw>} ending right where the draw's expression starts (group 1: the name). */
    private static final java.util.regex.Pattern FALLBACK = java.util.regex.Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:\\|\\||\\?\\?)\\s*[^|?;=]*$");

    /**
     * The name a draw stands in for when the request did not carry it: {@code sessionId || `session_${..Math.random()..}`}
     * where {@code sessionId} is read from the request's body, query or path in the same function (a read on a line that
     * names it); null otherwise.
     */
    private String clientChosen(FileFacts f, Fn fn, CallSite cs) {
        List<String> lines = SourceLines.read(project, f.path());
        int l = cs.location().line(), col = cs.location().column() - 1;
        if (lines == null || l < 1 || l > lines.size()) return null;
        String line = lines.get(l - 1);
        if (col > line.length()) return null;
        java.util.regex.Matcher m = FALLBACK.matcher(line.substring(0, col));
        if (!m.find()) return null;
        String name = m.group(1);
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])");
        for (Fn.Read r : fn.reads()) {
            if (r.location() == null || !Set.of("body", "query", "params").contains(r.part())) continue;
            int rl = r.location().line();
            if (rl < 1 || rl > lines.size() || rl >= l) continue;
            if (named.matcher(lines.get(rl - 1)).find()) return name;
        }
        return null;
    }

    /** {@code tracks[Math.floor(Math.random() * tracks.length)].id}: one record of a list, whose field is read; nothing new is made. */
    private static final java.util.regex.Pattern PICK = java.util.regex.Pattern.compile(
            "([\\w$]+)\\[\\s*Math\\.floor\\(\\s*Math\\.random\\(\\)\\s*\\*\\s*\\1\\.length\\s*\\)\\s*]\\s*(\\?\\.|\\.)[\\w$]+(?![\\w$]*\\s*\\()");

    /** The pick written where this call is (its column, not another Math.random() of the line), reading a field, not calling a method. */
    private boolean picksRecord(FileFacts f, CallSite cs) {
        List<String> lines = SourceLines.read(project, f.path());
        int l = cs.location().line(), col = cs.location().column() - 1;
        if (lines == null || l < 1 || l > lines.size()) return false;
        java.util.regex.Matcher m = PICK.matcher(lines.get(l - 1));
        while (m.find()) if (m.start() <= col && col < m.end()) return true;
        return false;
    }

    /** {@code Math.random() > 0.5} / {@code 0.2 >= Math.random()}: the draw compared with a number (a boolean is made). */
    private static final java.util.regex.Pattern COIN = java.util.regex.Pattern.compile(
            "Math\\.random\\(\\)\\s*[<>]=?\\s*\\d*\\.?\\d+(?![\\w.(])|(?<![\\w.)])\\d*\\.?\\d+\\s*[<>]=?\\s*Math\\.random\\(\\)");

    /** The call at this column is compared with a number ({@link #COIN}). */
    private boolean coinFlip(FileFacts f, CallSite cs) {
        List<String> lines = SourceLines.read(project, f.path());
        int l = cs.location().line(), col = cs.location().column() - 1;
        if (lines == null || l < 1 || l > lines.size()) return false;
        java.util.regex.Matcher m = COIN.matcher(lines.get(l - 1));
        while (m.find()) if (m.start() <= col && col < m.end()) return true;
        return false;
    }

    /** Words that make a code a reset, verification or one-time code whatever else is around it. */
    private static final Set<String> RESET_WORDS = Set.of("reset", "verification", "verify", "confirmation", "confirm", "activation",
            "invite", "invitation", "magic", "otp", "totp", "pin", "passcode", "auth", "login", "signin", "mfa", "twofa", "2fa",
            "recovery", "security", "access", "secret", "email", "phone", "sms");

    /** True when the name a use was read from ("`resetCode`", "function `sendOtpCode`") has a reset or one-time word. */
    private static final Set<String> SHARED_CODE_WORDS = Set.of("referral", "referrals", "referrer", "refer", "promo", "promos",
            "promotion", "promotions", "coupon", "coupons", "voucher", "vouchers", "discount", "discounts", "affiliate", "affiliates");

    /**
     * Where a code is made for sharing: the file's path ({@code referrals/service.ts}), the class around the function
     * ({@code ReferralService}), or, when every caller of the function is there, the callers' files and classes. Null
     * when a name says reset, verification or nothing of the kind.
     */
    private String sharedCodeContext(FileFacts f, Fn fn) {
        String here = sharedWhere(f, fn);
        if (here != null) return here;
        Fn top = fn;
        for (int i = 0; i < 6 && index.parentOf(top) != null; i++) top = index.parentOf(top);
        List<CallIndex.Site> callers = index.callers(top);
        if (callers.isEmpty()) return null;
        String first = null;
        for (CallIndex.Site s : callers) {
            String w = s.fn() == null ? null : sharedWhere(s.file(), s.fn());
            if (w == null) return null;
            if (first == null) first = w;
        }
        return first;
    }

    private String sharedWhere(FileFacts f, Fn fn) {
        for (String seg : f.path().split("/")) {
            String base = seg.replaceFirst("\\.[^.]*$", "");
            for (String w : PasswordHashers.words(base)) if (RESET_WORDS.contains(w)) return null;
            for (String w : PasswordHashers.words(base)) if (SHARED_CODE_WORDS.contains(w)) return "`" + f.path() + "`";
        }
        Fn top = fn;
        for (int i = 0; i < 6 && index.parentOf(top) != null; i++) top = index.parentOf(top);
        dev.backcheck.lang.facts.ClassInfo owner = index.ownerOf(top);
        if (owner == null) owner = index.ownerOf(fn);
        if (owner != null) {
            List<String> w = PasswordHashers.words(owner.name());
            if (w.stream().noneMatch(RESET_WORDS::contains) && w.stream().anyMatch(SHARED_CODE_WORDS::contains)) return "class `" + owner.name() + "`";
        }
        return null;
    }

    private static boolean resetWords(String because) {
        if (because == null) return true;
        int a = because.indexOf('`'), b = a < 0 ? -1 : because.indexOf('`', a + 1);
        if (b < 0) return true;
        for (String w : PasswordHashers.words(because.substring(a + 1, b))) if (RESET_WORDS.contains(w)) return true;
        return false;
    }

    private static final Set<String> LOOKUPS = Set.of("findUnique", "findFirst", "findOne", "findOneBy", "findBy", "count", "exists", "countDocuments");

    /**
     * The stored code field the function (or one around it) looks a record up by, with a value it made (not a constant),
     * to check that the new code is not taken: {@code findUnique({ where: { playerCode: code } })}. Only a field named a
     * plain code (no reset, verification or one-time word): null otherwise.
     */
    private String uniqueHandleLookup(Fn fn) {
        Fn cur = fn, top = fn;
        for (int d = 0; d < 6 && cur != null; d++) {
            String field = codeLookup(cur);
            if (field != null) return field;
            top = cur;
            cur = index.parentOf(cur);
        }
        // do { userCode = generateUserCode(); } while (await manager.findOne(User, { where: { userCode } })): a helper
        // whose every caller draws again until no record has the code
        List<CallIndex.Site> callers = index.callers(top);
        String first = null;
        for (CallIndex.Site s : callers) {
            String field = s.fn() == null ? null : codeLookup(s.fn());
            if (field == null) return null;
            if (first == null) first = field;
        }
        return first;
    }

    /** The plain code field (playerCode, userCode) a lookup in {@code fn} filters by a value of the function, or null. */
    private static String codeLookup(Fn fn) {
        for (CallSite cs : fn.calls()) {
            if (cs.methodName() == null || !LOOKUPS.contains(cs.methodName()) || cs.args().isEmpty()) continue;
            // findOne({ where }) of a repository, findOne(User, { where }) of an entity manager
            for (Val a : cs.args()) {
                if (!(a instanceof Val.Obj o)) continue;
                Val.Obj where = o.props().get("where") instanceof Val.Obj w ? w : o;
                for (Map.Entry<String, Val> e : where.props().entrySet()) {
                    if (Val.constString(e.getValue()) != null || e.getValue() instanceof Val.Lit) continue;
                    List<String> w = PasswordHashers.words(e.getKey());
                    if (w.isEmpty() || !(w.get(w.size() - 1).equals("code")) || w.size() < 2) continue;
                    if (w.stream().noneMatch(RESET_WORDS::contains)) return e.getKey();
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern EXISTS_CHECK = java.util.regex.Pattern.compile(
            "(?i).*(exists?|taken|isunique|available|inuse|isfree).*");

    /**
     * The existence check ({@code checkIdExists}, {@code isTaken}, a findUnique/count lookup) made in the loop the draw
     * at {@code at} sits in, with a value of the function (not a constant): the id is drawn again until it is unused.
     */
    private String drawnUntilUnused(Fn fn, Location at) {
        Fn.Loop loop = fn.loopAround(at);
        if (loop == null || loop.span() == null) return null;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m == null || cs.args().isEmpty() || !contains(loop.span(), cs.location())) continue;
            if (!EXISTS_CHECK.matcher(m).matches() && !LOOKUPS.contains(m)) continue;
            if (cs.args().stream().allMatch(a -> Val.constString(a) != null || a instanceof Val.Lit)) continue;
            // the drawn value itself is looked up after the draw: an argument holding the draw at {@code at}, or a
            // name given a value in the loop between the draw and the lookup (const candidate = PREFIX + drawn;
            // exists(candidate)), not any lookup that happens to sit in the same loop
            if (!after(cs.location(), at)) continue;
            // (a const's value is inlined into the argument: a call made inside that name's value stands for it)
            Set<String> drawn = new java.util.HashSet<>();
            List<Location> drawnValues = new ArrayList<>();
            for (Fn.Named n : fn.names()) {
                if (contains(loop.span(), n.value()) && (contains(n.value(), at) || after(n.value(), at)) && after(cs.location(), n.value())) {
                    drawn.add(n.name());
                    drawnValues.add(n.value());
                }
            }
            if (cs.args().stream().noneMatch(a -> Vals.anyPartDeep(a,
                    x -> x instanceof Val.Call c && (at.equals(c.site()) || drawnValues.stream().anyMatch(v -> contains(v, c.site())))
                            || x instanceof Val.Local l && drawn.contains(dev.backcheck.lang.facts.Names.of(l.name())), 400))) continue;
            return m;
        }
        return null;
    }

    private static final Set<String> WEB_CRYPTO = Set.of("getRandomValues", "randomUUID");

    /**
     * True when the function also draws from Web Crypto (crypto.getRandomValues / randomUUID) under a test that the API
     * exists, and the Math.random() call at {@code at} is not under that test: the insecure draw is only the fallback.
     */
    private static boolean cryptoFallback(Fn fn, Location at) {
        CallSite self = null;
        for (CallSite cs : fn.calls()) if (cs.location().equals(at)) self = cs;
        if (self == null) return false;
        for (CallSite cs : fn.calls()) {
            if (cs.methodName() == null || !WEB_CRYPTO.contains(cs.methodName()) || cs.guards().isEmpty()) continue;
            if (!mentionsCrypto(cs.callee())) continue;
            // the test that the API exists: typeof crypto !== 'undefined', 'getRandomValues' in crypto, crypto?.randomUUID
            List<CallSite.Guard> tests = cs.guards().stream().filter(g -> g.holds() && (mentionsCrypto(g.left()) || mentionsCrypto(g.right())
                    || g.left() instanceof Val.Unknown u && (u.kind().equals("typeof") || u.kind().equals("binary:In")))).toList();
            if (tests.isEmpty()) continue;
            if (self.guards().stream().noneMatch(tests::contains)) return true;
        }
        return false;
    }

    private static boolean mentionsCrypto(Val v) {
        return v != null && dev.backcheck.lang.facts.Vals.anyPart(v, x -> x instanceof Val.Global g
                && (g.name().equals("crypto") || g.path().contains("crypto")) || "crypto".equals(Val.constString(x))
                || "getRandomValues".equals(Val.constString(x)) || "randomUUID".equals(Val.constString(x)));
    }

    /** Browser code shipped with the backend: an id made there names an element, not a record. */
    public static boolean isUiPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".tsx") || p.endsWith(".jsx") || p.endsWith(".vue") || p.endsWith(".svelte")) return true;
        // a browser userscript (Greasemonkey/Tampermonkey: name.user.js) runs in the visitor's page
        if (p.endsWith(".user.js")) return true;
        String[] segs = p.split("/");
        for (int i = 0; i < segs.length; i++) {
            String seg = segs[i];
            if (Set.of("frontend", "client", "web", "webapp", "ui", "components", "pages", "public", "static", "browser", "www")
                    .contains(seg) || seg.contains("frontend") || seg.startsWith("editor")) return true;
            // a monorepo's phone or browser package (mobile/, apps/papra-client, packages/admin-web, apps/shop-ui): only a
            // workspace package folder, not a server folder named so (src/api/mobile/otp.controller.ts)
            boolean workspacePackage = i == 0 && segs.length > 1 || i == 1 && Set.of("apps", "packages", "services").contains(segs[0]);
            if (workspacePackage && (seg.equals("mobile") || seg.endsWith("-client") || seg.endsWith("-web") || seg.endsWith("-ui"))) return true;
        }
        return false;
    }

    /** Scripts and tooling kept with the backend (scripts/, hidden folders such as .github or .workflow), not the app. */
    public static boolean isToolingPath(String path) {
        String[] segs = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < segs.length - 1; i++) {
            String seg = segs[i];
            if (seg.equals("scripts") || seg.equals("script") || seg.equals("tools") || seg.equals("tooling")
                    || seg.startsWith(".") && seg.length() > 1 && !seg.equals("..")) return true;
        }
        return false;
    }

    private static boolean isSeedPath(String path) {
        for (String seg : path.toLowerCase(Locale.ROOT).split("/")) {
            if (seg.startsWith("seed") || seg.equals("mocks") || seg.equals("mock") || seg.equals("faker") || seg.startsWith("fixture")
                    || seg.equals("demo") || seg.equals("demos")
                    || seg.contains(".seed.") || seg.startsWith("generate-") && seg.contains("data")) return true;
        }
        return false;
    }

    /** The Java sources that are not cryptographically secure. */
    public static final Set<String> INSECURE_JAVA = Set.of("java.util.Random", "ThreadLocalRandom", "RandomStringUtils");

    private static final Set<String> JAVA_NEXT = Set.of("nextInt", "nextLong", "nextDouble", "nextFloat", "nextBytes", "nextBoolean",
            "nextGaussian", "ints", "longs", "doubles");

    /**
     * Java: {@code Math.random()}, {@code java.util.Random} / {@code ThreadLocalRandom} draws (a file that also names
     * SecureRandom is left out: a {@code Random} variable may hold one), commons-lang3 {@code RandomStringUtils.random*}
     * before 3.15 (which draws from ThreadLocalRandom; 3.15 on uses SecureRandom) or commons-lang 2, and the secure
     * ones ({@code SecureRandom}, {@code UUID.randomUUID}).
     */
    private String javaApi(CallSite cs, FileFacts f) {
        Val c = cs.callee();
        String m = cs.methodName();
        if (m == null) return null;
        if (c instanceof Val.Ref r && r.module().equals("java.lang") && r.export().equals("Math") && r.path().equals(List.of("random"))) return "Math.random";
        if (c instanceof Val.Ref r && r.export().equals("UUID") && m.equals("randomUUID")) return "java.util.UUID.randomUUID";
        if (c instanceof Val.Ref r && r.export().equals("RandomStringUtils") && m.startsWith("random") && r.path().size() == 1) {
            if (r.module().equals("org.apache.commons.lang")) return "RandomStringUtils";
            if (!r.module().equals("org.apache.commons.lang3")) return null;
            String v = dependencyVersion("org.apache.commons:commons-lang3");
            if (v == null) return null; // managed by a BOM: the version, and so the generator, is not known
            return olderThan(v, 3, 15) ? "RandomStringUtils" : "RandomStringUtils (SecureRandom since 3.15)";
        }
        if (!JAVA_NEXT.contains(m)) return null;
        Val recv = dev.backcheck.model.Analysis.receiver(c);
        String type = recv instanceof Val.Ref r ? r.export() : recv instanceof Val.New n ? Vals.lastName(n.callee())
                : recv instanceof Val.Call rc ? Vals.lastName(dev.backcheck.model.Analysis.receiver(rc.callee())) : null;
        if (type == null) return null;
        if (type.equals("SecureRandom")) return "java.security.SecureRandom";
        if (!type.equals("Random") && !type.equals("ThreadLocalRandom")) return null;
        if (fileNames(f, "SecureRandom")) return null;
        return type.equals("Random") ? "java.util.Random" : "ThreadLocalRandom";
    }

    private dev.backcheck.model.Project project;

    private String dependencyVersion(String name) {
        for (dev.backcheck.workspace.Manifest mf : project.manifests()) {
            dev.backcheck.workspace.Manifest.Dep d = mf.dependencies().get(name);
            if (d != null && d.version() != null && d.version().matches("\\d+(\\.\\d+)*.*")) return d.version();
        }
        return null;
    }

    private static boolean olderThan(String v, int major, int minor) {
        String[] p = v.split("[.-]");
        try {
            int a = Integer.parseInt(p[0]), b = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            return a < major || a == major && b < minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean fileNames(FileFacts f, String type) {
        return f.imports().containsKey(type)
                || f.classes().values().stream().anyMatch(ci -> ci.props().stream().anyMatch(p -> p.value() instanceof Val.New n && type.equals(Vals.lastName(n.callee()))))
                || dev.backcheck.model.Analysis.functions(f).stream().anyMatch(fn -> fn.calls().stream().anyMatch(k -> k.isNew() && type.equals(Vals.lastName(k.callee())))
                || fn.params().stream().anyMatch(p -> type.equals(p.type())));
    }

    /** The method names a random source outside Java has (Math.random's is "random"). */
    private static boolean randomName(String m) {
        return m.equals("random") || m.startsWith("random") || m.equals("getRandomValues") || m.equals("nanoid")
                || m.equals("customAlphabet") || m.equals("v4") || m.equals("v1") || m.equals("uuid") || m.equals("generate")
                || m.equals("createId") || m.equals("cuid");
    }

    private String api(CallSite cs, Fn fn, FileFacts f) {
        if ("java".equals(f.language())) return javaApi(cs, f);
        Val c = cs.callee();
        if (c instanceof Val.Global g && g.name().equals("Math") && g.path().equals(List.of("random"))) return "Math.random";
        String m = cs.methodName();
        if (m == null || !randomName(m)) return null;
        List<String> keys = index.keys(cs, fn, f);
        for (String k : keys) {
            if (k.startsWith("*.") || k.startsWith("<")) continue;
            String q = k.replace("globalThis.", "").replace("crypto.webcrypto.", "crypto.");
            switch (q) {
                case "crypto.randomBytes", "crypto.randomUUID", "crypto.randomInt", "crypto.getRandomValues", "crypto.randomFillSync",
                     "crypto.randomFill", "crypto.subtle.getRandomValues" -> { return q; }
                case "nanoid.nanoid", "nanoid", "nanoid.customAlphabet", "nanoid/async.nanoid" -> { return "nanoid"; }
                case "uuid.v4", "uuid.default.v4" -> { return "uuid.v4"; }
                case "uuid.v1" -> { return "uuid.v1"; }
                case "@paralleldrive/cuid2.createId", "cuid" -> { return q; }
                default -> { }
            }
        }
        return null;
    }

    private record Use(Purpose purpose, String because, Location at) { }

    private static final Use UNKNOWN_USE = new Use(Purpose.UNKNOWN, null, null);

    /** The use of a value made at {@code at} inside {@code fn}: names around it, the function's names, its callers. */
    private Use purpose(Fn fn, Location at, int depth) {
        // a class named for test doubles (MockDnsProvider): its values are made-up data
        dev.backcheck.lang.facts.ClassInfo owner = index.ownerOf(fn);
        if (owner != null && classify(owner.name()) == Purpose.TEST_DATA) return new Use(Purpose.TEST_DATA, "class `" + owner.name() + "`", null);
        // names given to values holding the call, innermost first
        List<Fn.Named> holding = new ArrayList<>();
        for (Fn.Named n : fn.names()) if (contains(n.value(), at)) holding.add(n);
        holding.sort(Comparator.comparingInt((Fn.Named n) -> span(n.value())));
        Use weak = null; // a bare `code`: kept unless a name further out says more
        for (Fn.Named n : holding) {
            // const jti = `${Date.now()}-${Math.random()..}`: the JWT ID claim (RFC 7519 4.1.7) names a token inside its signed
            // payload; it must be unique, not secret (a guessed jti forges nothing without the signing key)
            if (n.name().equalsIgnoreCase("jti")) return new Use(Purpose.OTHER, "`" + n.name() + "` (the JWT ID claim of a signed token: unique, not secret)", n.value());
            Purpose p = classify(n.name());
            if (p == Purpose.RESET_CODE && PasswordHashers.words(n.name()).size() == 1) {
                if (weak == null) weak = new Use(p, "`" + n.name() + "`", n.value());
                continue;
            }
            if (p != null) return new Use(p, "`" + n.name() + "`", n.value());
        }
        // passed to setTimeout / sleep / sort(...) right where it is made
        for (CallSite cs : fn.calls()) {
            if (!contains(cs.location(), at) || cs.location().equals(at)) continue;
            String m = cs.methodName();
            if (m != null && TIMING_CALLS.contains(m)) return new Use(Purpose.TIMING, "passed to `" + m + "`", cs.location());
        }
        // at a helper's call site only the names given to its result count (not the caller's own name)
        if (depth > 0) return weak != null ? weak : UNKNOWN_USE;
        // the function it is made in and the functions around it
        Fn cur = fn;
        for (int i = 0; i < 6 && cur != null; i++) {
            Purpose p = classify(cur.name());
            if (p != null) return new Use(p, "function `" + cur.name() + "`", cur.location());
            if (weak != null) return weak;
            CallIndex.Callback cb = index.callback(cur);
            if (cb != null) {
                String m = cb.site().cs().methodName();
                if (m != null && (m.equals("sort") || TIMING_CALLS.contains(m))) {
                    return new Use(m.equals("sort") ? Purpose.OTHER : Purpose.TIMING, "a callback of `" + m + "`", cb.site().cs().location());
                }
            }
            Fn parent = index.parentOf(cur);
            if (parent == null && cb != null) parent = cb.site().fn();
            if (parent == null) break;
            // a value named where the closure is written: const token = chars.map(() => ...Math.random()...)
            for (Fn.Named n : parent.names()) {
                if (contains(n.value(), cur.location()) && classify(n.name()) != null) {
                    return new Use(classify(n.name()), "`" + n.name() + "`", n.value());
                }
            }
            cur = parent;
        }
        if (weak != null) return weak;
        // a factory method of a class whose name says what it makes (OrderCode.generate(): an order reference)
        if (owner != null && classify(owner.name()) != null && classify(owner.name()) != Purpose.TEST_DATA) {
            return new Use(classify(owner.name()), "class `" + owner.name() + "`", fn.location());
        }
        // a helper returning the value: what its callers call the result
        if (depth < 2) {
            Fn top = fn;
            for (int i = 0; i < 6 && index.parentOf(top) != null; i++) top = index.parentOf(top);
            List<CallIndex.Site> callers = index.callers(top);
            Use best = null;
            for (int i = 0; i < Math.min(12, callers.size()); i++) {
                CallIndex.Site s = callers.get(i);
                Use u = purpose(s.fn(), s.cs().location(), depth + 1);
                if (u.purpose == Purpose.UNKNOWN) continue;
                Use named = new Use(u.purpose, u.because + " at " + s.file().path() + ":" + s.cs().location().line(), u.at);
                if (best == null || u.purpose.needsSecrecy() && !best.purpose.needsSecrecy()) best = named;
            }
            if (best != null) return best;
        }
        return UNKNOWN_USE;
    }

    private static final Set<String> TIMING_CALLS = Set.of("setTimeout", "setInterval", "sleep", "delay", "wait", "backoff");

    private static boolean contains(Location outer, Location inner) {
        if (outer == null || inner == null || !outer.path().equals(inner.path())) return false;
        boolean afterStart = inner.line() > outer.line() || inner.line() == outer.line() && inner.column() >= outer.column();
        boolean beforeEnd = inner.endLine() < outer.endLine() || inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn();
        return afterStart && beforeEnd;
    }

    /** True when {@code b} starts at or after {@code a}'s start (same file). */
    private static boolean after(Location b, Location a) {
        return b.path().equals(a.path()) && (b.line() > a.line() || b.line() == a.line() && b.column() >= a.column());
    }

    private static int span(Location l) {
        return (l.endLine() - l.line()) * 1000 + (l.endColumn() - l.column());
    }

    private static final Set<String> GENERIC = Set.of(
            "result", "value", "val", "r", "n", "i", "j", "k", "rand", "random", "rnd", "num", "number", "str",
            "string", "s", "tmp", "temp", "chars", "char", "c", "data", "out", "output", "res", "it", "item",
            "part", "parts", "digits", "digit", "arr", "array", "buf", "buffer", "bytes", "v",
            "x0", "ret", "generate", "create", "make", "get", "new", "gen", "build", "util", "utils", "helper",
            "helpers", "", "default", "anonymous", "constructor", "charset", "alphabet", "characters", "pick",
            "values", "list", "at", "from", "to", "of", "with", "for", "a", "b", "e", "uid", "hex",
            "base", "base64", "encoded", "string36", "int", "integer", "float", "math");

    private static final Set<String> BENIGN = Set.of(
            "jitter", "delay", "backoff", "retry", "retries", "wait", "timeout", "sleep", "sample", "sampling", "len", "length",
            "sampled", "rate", "probability", "chance", "percent", "percentage", "color", "colour", "hue", "rgb",
            "avatar", "shuffle", "shuffled", "position", "x", "y", "z", "offset", "latency", "mock", "fake", "seed",
            "port", "noise", "variance", "weight", "lat", "lng", "latitude", "longitude", "price", "amount",
            "quantity", "score", "stock", "rating", "count", "size", "width", "height", "duration", "interval",
            "ms", "seconds", "file", "filename", "name", "suffix", "prefix", "path", "request", "trace",
            "correlation", "span", "log", "message", "job", "task", "temperature", "speed", "angle", "radius",
            "opacity", "animation", "quote", "tip", "greeting", "emoji", "image", "photo", "banner", "music",
            "song", "question", "answer", "winner", "dice", "roll", "coin", "flip", "ttl", "demo", "example",
            "test", "dummy", "placeholder", "elapsed", "progress", "status", "level", "temp", "traffic", "load",
            "cpu", "memory", "metric", "metrics", "value", "balance", "age", "year", "month", "day", "hour",
            "minute", "date", "time", "timestamp", "order", "cache", "bucket", "shard", "partition", "worker",
            "server", "node", "slot", "choice", "pick", "selection", "element", "el", "key", "multipart",
            "boundary", "upload", "tmpname", "filepath", "dir",
            // a Snowflake id generator's per-millisecond sequence start: spreads ids, the id's order is public anyway
            "sequence", "seq");

    private static final Set<String> CODE_BENIGN = Set.of("partner", "join", "group", "class", "team", "wedding", "guest", "event",
            "table", "booking", "reference", "tracking", "sku", "ticket", "branch", "store", "shop", "category", "item", "course",
            "lesson", "session", "classroom", "lobby", "quiz", "tournament", "match", "voucher", "gift", "affiliate", "company", "org",
            "organization", "workspace", "project", "barcode", "unique", "member", "employee", "student", "customer", "agent", "staff",
            // reference numbers printed on a document (FD-2026123): read by people, no access granted
            "report", "invoice", "receipt", "case");

    /** Words before "id" that make the id itself the access: whoever has the id gets in. */
    private static final Set<String> ID_ACCESS = Set.of("share", "shared", "public", "access", "download", "invite", "invitation",
            "magic", "link", "guest", "capability", "secret", "private", "unlisted", "preview", "claim", "redeem");

    /** Words before "code" that make it a code for signing in, verifying, resetting or pairing. */
    private static final Set<String> CODE_ACCESS = Set.of("email", "sms", "phone", "mobile", "text", "verify", "verification", "reset",
            "recovery", "recover", "confirm", "confirmation", "auth", "authorization", "authentication", "login", "signin", "signup",
            "register", "registration", "security", "access", "backup", "activation", "activate", "magic", "device", "otp", "mfa",
            "twofa", "factor", "unlock", "pairing", "pair", "link", "claim", "redeem", "admin", "entry", "secret", "pin", "one", "time",
            "onetime", "temp", "temporary", "password", "pass", "passcode", "approval", "approve", "consent", "transfer", "withdrawal",
            "withdraw", "payment", "pickup", "delivery", "checkin", "check", "door", "gate", "unique", "random", "new", "generate",
            "gen", "create", "make", "build", "get", "send", "resend", "issue", "six", "digit", "digits", "numeric", "user", "account");

    /** The use a name says, or null when it says nothing. */
    static Purpose classify(String name) {
        if (name == null) return null;
        List<String> w = PasswordHashers.words(name);
        if (w.isEmpty()) return null;
        String all = String.join("", w);
        if (GENERIC.contains(all)) return null;
        for (String x : w) if (Set.of("mock", "mocked", "fake", "dummy", "demo", "sample", "example", "test", "stub", "fixture").contains(x)) return Purpose.TEST_DATA;
        // the last meaningful word decides: resetToken → token, tokenExpiry → benign, userId → id
        for (int i = w.size() - 1; i >= 0; i--) {
            String x = w.get(i);
            String prev = i > 0 ? w.get(i - 1) : "";
            switch (x) {
                case "token", "jwt", "bearer" -> { return Purpose.TOKEN; }
                case "tokens" -> { return null; } // usually a count (LLM tokens)
                case "secret", "secrets", "apikey", "privatekey", "signingkey", "pepper" -> { return Purpose.SECRET; }
                case "otp", "totp", "hotp", "mfa", "twofa", "2fa", "pin", "passcode" -> { return Purpose.OTP; }
                case "salt" -> { return Purpose.SALT; }
                case "password", "passwd", "pwd", "passphrase", "pass" -> { return Purpose.PASSWORD; }
                case "session", "sid", "sess" -> { return Purpose.SESSION; }
                case "nonce", "csrf", "xsrf", "state", "challenge", "verifier" -> {
                    return x.equals("state") && !(w.contains("oauth") || w.contains("auth") || w.size() == 1) ? null : Purpose.NONCE;
                }
                case "code", "codes" -> {
                    if (prev.equals("status") || prev.equals("error") || prev.equals("country") || prev.equals("color") || prev.equals("zip")
                            || prev.equals("postal") || prev.equals("product") || prev.equals("promo") || prev.equals("discount")
                            || prev.equals("coupon") || prev.equals("short") || prev.equals("room") || prev.equals("game")
                            || prev.equals("order") || prev.equals("qr") || prev.equals("referral") || prev.equals("invite")
                            || prev.equals("share") || prev.equals("ref") || CODE_BENIGN.contains(prev)) {
                        return prev.equals("invite") ? Purpose.TOKEN : Purpose.OTHER;
                    }
                    // a code named for a record (patientCode, familyCode, branchCode): a reference people read, no access
                    // rides on it; a code for signing in, verifying or resetting is named so (or not named at all)
                    if (!prev.isEmpty() && !CODE_ACCESS.contains(prev)) return Purpose.OTHER;
                    return Purpose.RESET_CODE;
                }
                case "key" -> {
                    if (Set.of("api", "secret", "private", "signing", "encryption", "access", "auth", "hmac", "webhook", "license", "master")
                            .contains(prev)) return Purpose.SECRET;
                    return Purpose.OTHER;
                }
                case "ids" -> { return null; } // picking among existing ids
                case "index", "idx", "indices", "indexes", "position", "offset" -> { return Purpose.OTHER; }
                case "id", "uuid", "guid", "identifier" -> {
                    if (Set.of("request", "req", "trace", "correlation", "span", "message", "msg", "job", "task", "log", "event", "client",
                            "temp", "tmp", "element", "dom", "toast", "notification", "file", "upload", "react", "key", "row", "run",
                            "test", "transaction", "tx", "operation", "op", "debug", "instance", "worker", "node", "process", "short",
                            "heading", "batch", "html", "anchor", "component", "widget", "field", "input", "form", "local", "audit",
                            "chart", "svg", "canvas", "modal", "tab", "item", "layer", "marker", "block", "section",
                            // a lock's owner id (released only by its holder), an analytics visitor's id: no access rides on them
                            "lock", "anonymous", "anon", "visitor", "analytics").contains(prev)) {
                        return Purpose.OTHER;
                    }
                    if (prev.equals("session")) return Purpose.SESSION;
                    // an id is a handle, not a secret: a record's, a turn's or an error's id gives nothing to whoever
                    // guesses it (the routes that read by it check access). Only an id that is itself the access (a share
                    // link's id, a public download id, an invite id) must not be guessable
                    return ID_ACCESS.contains(prev) ? Purpose.ID : Purpose.OTHER;
                }
                case "reset", "verification", "verify", "confirmation", "confirm", "activation", "invite", "invitation", "magic" -> {
                    return Purpose.RESET_CODE;
                }
                default -> { }
            }
            if (BENIGN.contains(x)) return x.equals("jitter") || x.equals("delay") || x.equals("backoff") || x.equals("retry")
                    || x.equals("wait") || x.equals("timeout") || x.equals("sleep") || x.equals("interval") ? Purpose.TIMING
                    : x.equals("sample") || x.equals("sampling") || x.equals("sampled") || x.equals("rate") || x.equals("probability")
                    || x.equals("chance") ? Purpose.SAMPLING
                    : x.equals("mock") || x.equals("fake") || x.equals("seed") || x.equals("dummy") || x.equals("demo") || x.equals("test")
                    ? Purpose.TEST_DATA : Set.of("color", "colour", "hue", "rgb", "avatar", "animation", "opacity", "emoji").contains(x)
                    ? Purpose.UI : Purpose.OTHER;
            if (!GENERIC.contains(x) && !x.matches("\\d+|random|rand|rnd|generate|gen|create|make|get|new|build|string|str|hex|chars?|characters|alphanumeric|digits?|num|number|int|integer|bytes|of|with|for|to|from|a|an|the|by|six|unique|short|long|secure|crypto|safe|value|s")) {
                return null;
            }
        }
        return null;
    }
}
