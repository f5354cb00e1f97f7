package dev.backcheck.rules.validation;

import dev.backcheck.concepts.PasswordHashers;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Where the fields of one request part go in a handler (and the functions defined inside it): used as they are
 * (handed to a call, returned, written to an object), or only consumed in a way that leaves nothing to validate:
 * compared with a literal ({@code req.query.all === 'true'}), parsed to a number with a fallback
 * ({@code parseInt(req.query.page) || 1}), looked up in a fixed map, echoed back in a JSON answer, handed to a
 * parameter the callee never reads ({@code _chain}), or verified as a signed token ({@code jwt.verify(token, key)}).
 */
final class RequestUses {
    /** Calls that compute a value from their input and do nothing else: if the result is used, it shows where. */
    private static final Set<String> PURE = Set.of("includes", "has", "indexOf", "lastIndexOf", "startsWith", "endsWith",
            "test", "match", "isNaN", "isFinite", "isInteger", "isSafeInteger", "isArray", "Number", "parseInt", "parseFloat",
            "String", "Boolean", "trim", "toLowerCase", "toUpperCase", "toString", "equals", "localeCompare", "getTime",
            "valueOf", "keys", "values", "entries", "isValidObjectId", "isValid", "hasOwn", "hasOwnProperty",
            // a cut of the text (String(q).trim().slice(0, 100)): the cut goes where its answer goes
            "slice", "substring", "substr", "trimStart", "trimEnd", "normalize", "split",
            // the value encoded as one URL component: the encoding goes where its answer goes
            "encodeURIComponent");
    private static final Set<String> NUMERIC = Set.of("Number", "parseInt", "parseFloat");
    /** A token checked by its signature: jwt.verify, jwtService.verifyAsync, a project verifyJwt wrapper, an HMAC compare. */
    static final Pattern VERIFY = Pattern.compile("verify|verifyAsync|verifySync|jwtVerify|timingSafeEqual|verify\\w*(Jwt|JWT|Token|Signature|Sig|Hmac|HMAC)\\w*");

    private final Set<String> raw = new HashSet<>();
    private final Set<String> evidence = new HashSet<>();
    private final Set<String> verified = new HashSet<>();
    private final List<Location> consumedSpans = new ArrayList<>();
    private final List<Location> mutationSpans = new ArrayList<>();
    private final List<Location> readSpans = new ArrayList<>();
    private boolean wholePartUsed;
    /** The field of the tracked input a value is ("*" for all of it), or null when it is something else. */
    private final java.util.function.Function<Val, String> key;

    private Project project;

    /** The read's line binds the field under its own name: {@code const { page } = req.query}, {@code const page = req.query.page}. */
    private boolean boundUnderOwnName(Location read, String field) {
        return boundUnderOwnName(project, read, field);
    }

    /** {@link #boundUnderOwnName(Location, String)} for any caller. */
    static boolean boundUnderOwnName(Project project, Location read, String field) {
        if (project == null || read == null || read.path() == null || !field.matches("[A-Za-z_$][\\w$]*")) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, read.path());
        if (read.line() < 1 || read.line() > lines.size()) return false;
        String line = lines.get(read.line() - 1);
        String f = Pattern.quote(field);
        if (Pattern.compile("(?:const|let|var)\\s+" + f + "\\s*=").matcher(line).find()) return true;
        // a destructuring pattern naming the field without a rename (page, page = 1), on the read's line or the lines above
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, read.line() - 15); i < read.line(); i++) text.append(lines.get(i)).append('\n');
        String t = text.toString();
        int open = t.lastIndexOf('{');
        if (open < 0) return false;
        String pattern = t.substring(open);
        return Pattern.compile("(?<![\\w$.])" + f + "\\s*(=[^,}]*)?\\s*[,}\\n]").matcher(pattern).find()
                && !Pattern.compile("(?<![\\w$.])" + f + "\\s*:").matcher(pattern).find();
    }

    private static final Pattern DECLARED_AS = Pattern.compile("(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::[^=]+)?=\\s*$");

    /**
     * The local the read binds the field to: its own name ({@link #boundUnderOwnName}), or the name a declaration gives the
     * read's value ({@code const timeRange = req.query.range || '30d'}: timeRange); null when the read binds no local.
     */
    static String boundName(Project project, Location read, String field) {
        if (field == null) return null;
        if (boundUnderOwnName(project, read, field)) return field;
        if (project == null || read == null || read.path() == null) return null;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, read.path());
        if (read.line() < 1 || read.line() > lines.size()) return null;
        String line = lines.get(read.line() - 1);
        if (read.column() < 1 || read.column() - 1 > line.length()) return null;
        java.util.regex.Matcher m = DECLARED_AS.matcher(line.substring(0, read.column() - 1));
        return m.find() ? m.group(1) : null;
    }

    /** The source text of {@code span} names {@code name} as an identifier. */
    private boolean mentions(Location span, String name) {
        return mentions(project, span, name);
    }

    /**
     * The text of {@code span} names {@code name} outside the comparisons that settled it
     * ({@code tokens = tokens.filter((t) => t.token !== token)}: the assignment carries no request value; true when the text
     * cannot be read).
     */
    private boolean mentionedOutsideComparisons(Location span, String name) {
        if (project == null || span == null || span.path() == null) return true;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, span.path());
        if (span.endLine() > lines.size() || span.line() < 1) return true;
        Pattern p = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        for (int i = span.line(); i <= span.endLine(); i++) {
            StringBuilder text = new StringBuilder(lines.get(i - 1));
            for (Location c : consumedSpans) {
                if (c.line() != i || c.endLine() != i || !Objects.equals(c.path(), span.path())) continue;
                for (int k = Math.max(0, c.column() - 1); k < Math.min(text.length(), c.endColumn() - 1); k++) text.setCharAt(k, ' ');
            }
            if (p.matcher(text).find()) return true;
        }
        return false;
    }

    /** The source text of {@code span} names {@code name} as an identifier (true when it cannot be read). */
    static boolean mentions(Project project, Location span, String name) {
        if (project == null || span == null || span.path() == null) return true;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, span.path());
        if (span.endLine() > lines.size() || span.line() < 1) return true;
        Pattern p = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        for (int i = span.line() - 1; i < span.endLine(); i++) if (p.matcher(lines.get(i)).find()) return true;
        return false;
    }

    /** {@code x.y = <literal>} or {@code x.y = Enum.Member}: the whole statement, its value a constant. */
    private static final Pattern CONSTANT_ASSIGNMENT = Pattern.compile(
            "^\\(?\\s*[\\w$]+(?:\\.[\\w$]+)+\\s*=\\s*(?:[A-Z][\\w$]*(?:\\.[\\w$]+)+|'[^'\\\\]*'|\"[^\"\\\\]*\"|-?\\d+(?:\\.\\d+)?|true|false|null)\\s*\\)?$");

    /**
     * The mutation at {@code span} assigns a constant to an object's field ({@code invite.status = InviteStatus.Accepted},
     * {@code o.done = true}): it cannot carry a request value (false when the text cannot be read).
     */
    static boolean constantAssignment(Project project, Location span) {
        if (project == null || span == null || span.path() == null || span.line() != span.endLine()) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, span.path());
        if (span.line() < 1 || span.line() > lines.size()) return false;
        String line = lines.get(span.line() - 1);
        if (span.column() < 1 || span.endColumn() > line.length() + 1 || span.endColumn() <= span.column()) return false;
        return CONSTANT_ASSIGNMENT.matcher(line.substring(span.column() - 1, span.endColumn() - 1).strip()).matches();
    }

    /** The handler and the functions nested in it, first the handler. */
    private List<Fn> fns = List.of();

    private static final Pattern NOT_BEFORE = Pattern.compile("!\\s*$");
    private static final Pattern TEST_AFTER = Pattern.compile("^\\s*(?:&&|\\?(?![.?]))");
    private static final Pattern CONDITION_LINE = Pattern.compile("^\\s*(?:\\}\\s*else\\s+)?(?:if|while)\\s*\\(");
    private static final Pattern IN_CONDITION_BEFORE = Pattern.compile("(?:\\(|&&|\\|\\|)\\s*$");
    private static final Pattern IN_CONDITION_AFTER = Pattern.compile("^\\s*(?:\\)|&&|\\|\\|)");

    /** An occurrence of a local in {@code line} (from {@code start} to {@code end}) that only tests its truthiness. */
    private static boolean truthinessTest(String line, int start, int end) {
        String before = line.substring(0, start), after = line.substring(end);
        if (after.matches("^\\s*=(?!=).*")) return false; // an assignment to it
        if (NOT_BEFORE.matcher(before).find() && !after.matches("^\\s*[.\\[(].*")) return true;           // !x
        if (TEST_AFTER.matcher(after).find()) return true;                                                   // x ? a : b, x && ...
        // if (x), if (a && x), while (x || y): an operand of the condition itself
        return CONDITION_LINE.matcher(line).find() && IN_CONDITION_BEFORE.matcher(before).find() && IN_CONDITION_AFTER.matcher(after).find();
    }

    /**
     * {@code const friends = c.req.query('friends'); if (!friends) return c.json([])}: a field bound under its own name that
     * the handler's text only ever tests for truthiness (!x, if (x), x ? a : b, x && ...) picks a branch and goes nowhere.
     */
    private boolean flagOnly(String field, Location read) {
        if (project == null || fns.isEmpty() || read == null || !boundUnderOwnName(read, field)) return false;
        Location span = fns.get(0).location();
        if (span == null || !Objects.equals(span.path(), read.path())) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, span.path());
        if (span.line() < 1 || span.endLine() > lines.size()) return false;
        // the local itself, also spread ([...product]), not a property of something else (o.product)
        Pattern word = Pattern.compile("(?<![\\w$'\"`])(?:(?<=\\.\\.\\.)|(?<!\\.))" + Pattern.quote(field) + "(?![\\w$'\"`])");
        int tests = 0;
        for (int l = span.line(); l <= span.endLine(); l++) {
            if (l == read.line()) continue;
            String line = lines.get(l - 1);
            java.util.regex.Matcher m = word.matcher(line);
            while (m.find()) {
                // required: { accept_terms: true }: the name as a key of an object literal, not the value
                if (objectKey(line, m.start(), m.end())) continue;
                if (!truthinessTest(line, m.start(), m.end())) return false;
                tests++;
            }
        }
        return tests > 0;
    }

    /** The name at [start, end) of the line is a key of an object literal: first on its line or after { or ,, and followed by a colon. */
    private static boolean objectKey(String line, int start, int end) {
        int a = start - 1;
        while (a >= 0 && Character.isWhitespace(line.charAt(a))) a--;
        if (a >= 0 && line.charAt(a) != '{' && line.charAt(a) != ',') return false;
        int b = end;
        while (b < line.length() && Character.isWhitespace(line.charAt(b))) b++;
        return b < line.length() && line.charAt(b) == ':' && (b + 1 >= line.length() || line.charAt(b + 1) != ':');
    }

    private RequestUses(java.util.function.Function<Val, String> key) {
        this.key = key;
    }

    /** The fields of request part {@code part} read in {@code fns}. */
    static RequestUses of(Analysis analysis, FileFacts file, List<Fn> fns, String part) {
        RequestUses u = new RequestUses(v -> v instanceof Val.Req q && q.part().equals(part)
                ? q.path().isEmpty() || q.path().get(0).equals("*") ? "*" : q.path().get(0) : null);
        u.project = analysis.project();
        u.fns = fns;
        u.scan(analysis, file, fns);
        return u;
    }

    /**
     * True when {@code field} needs no validation: verified as a signed token, or never used as it is while something
     * shows where it went: a comparison with a literal, a parse with a fallback, a JSON echo, an unread parameter. A
     * read inside an assignment to an object is a use; so may be any read when the handler assigns a local's value to
     * an object (o.name = name), unless the read sits inside a comparison or a parse.
     */
    boolean settled(String field, Location read) {
        if (field == null) {
            // the whole part (Nest @Body() dto): every field of it
            if (verified.contains("*")) return true;
            if (wholePartUsed || !raw.isEmpty() || evidence.isEmpty()) return false;
        } else {
            if (verified.contains(field) || verified.contains("*")) return true;
            // a value the facts lose track of (an object under a computed key, arithmetic) is not known to be unused:
            // something must show where it went
            if (wholePartUsed || raw.contains(field)) return false;
            if (!evidence.contains(field)) return flagOnly(field, read);
        }
        if (inside(read, mutationSpans)) return false;
        // an assignment whose value came from a local (o.name = name) may carry a destructured field: only a read
        // inside a comparison or a parse is then known not to be that value
        // (acc[item.role] = item.count): an assignment whose text does not name the field, when the read binds the field
        // under its own name, cannot carry it
        // (const timeRange = req.query.range || '30d'): the same for the name a declaration gives it
        String local = boundName(project, read, field);
        boolean unattributed = mutationSpans.stream().anyMatch(m -> readSpans.stream().noneMatch(r -> contains(m, r))
                && (local == null || mentionedOutsideComparisons(m, local)) && !constantAssignment(project, m));
        return !unattributed || inside(read, consumedSpans);
    }

    /** Call sites of project validators that pick the accepted fields into a new object (see {@link #pickingValidator}). */
    private final Set<Location> pickedSites = new HashSet<>();

    /**
     * Call sites of project functions: {@link #call} decides what each argument becomes there, so the result of such a
     * call used further on (res.send(await invoicePdf(id, { language }))) is the function's answer, not its arguments again.
     */
    private final Set<Location> projectSites = new HashSet<>();

    /**
     * Project function call sites whose answer is one of the arguments as it came ({@link #passedThrough}), with those
     * argument positions: such an argument is used where the answer goes, not at the call.
     */
    private final Map<Location, Set<Integer>> passSites = new HashMap<>();

    /** Call sites that hand a credential to its verifier (see {@link Verifiers#withoutCredentials}): their answer is the verdict. */
    private final Set<Location> credentialSites = new HashSet<>();

    /** Those calls with their arguments less the credentials, as {@link Verifiers#withoutCredentials} answered them. */
    private final Map<CallSite, List<Val>> credentialRest = new IdentityHashMap<>();

    /** Call sites of project functions that only inspect the request values handed to them (see {@link HandChecks#onlyInspects}). */
    private final Set<Location> inspectedSites = new HashSet<>();

    /** Every argument that carries a request value goes to a parameter the callee only inspects. */
    private boolean inspectsAll(Analysis analysis, Fn target, CallSite cs) {
        boolean any = false;
        for (int i = 0; i < cs.args().size(); i++) {
            if (!Vals.anyPart(cs.args().get(i), v -> key.apply(v) != null)) continue;
            if (!HandChecks.onlyInspects(analysis, target, i)) return false;
            any = true;
        }
        return any;
    }

    private void scan(Analysis analysis, FileFacts file, List<Fn> fns) {
        for (Fn f : fns) for (CallSite cs : f.calls()) finiteTests(cs);
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                if (cs.location() == null || cs.args().isEmpty()) continue;
                if (cs.isNew()) {
                    dev.backcheck.concepts.MongooseValidators.Write doc = dev.backcheck.concepts.MongooseValidators.validatedWrite(
                            project, file, cs, allCalls());
                    if (doc != null) validatedNew.put(cs.location(), doc);
                }
                try {
                    Project.FnRef t = analysis.resolveCallee(cs.callee(), file, f);
                    if (t != null && t.fn() != f) {
                        projectSites.add(cs.location());
                        Set<Integer> passed = passedThrough(t.fn(), cs.args().size());
                        if (!passed.isEmpty()) passSites.put(cs.location(), passed);
                    }
                    if (t != null && (pickingValidator(t.fn()) || filteringValidator(t.fn()))) pickedSites.add(cs.location());
                    // const { tokens } = await client.getToken(code): what goes on is the provider's answer, not the code
                    if (Verifiers.codeExchange(analysis, file, cs)) inspectedSites.add(cs.location());
                    // const { data, error } = await supabase.auth.signInWithPassword({ email, password }): the verifier's verdict
                    List<Val> rest = Verifiers.withoutCredentials(analysis, file, f, fns.get(0), cs);
                    if (rest != null) {
                        credentialSites.add(cs.location());
                        credentialRest.put(cs, rest);
                    }
                    if (t != null && t.fn() != f && inspectsAll(analysis, t.fn(), cs)) inspectedSites.add(cs.location());
                } catch (RuntimeException e) {
                    // an unresolvable callee picks nothing
                }
            }
        }
        for (Fn f : fns) {
            mutationSpans.addAll(f.mutations());
            for (Fn.Read r : f.reads()) readSpans.add(r.location());
            for (Fn.Compare c : f.compares()) {
                String lf = field(strip(c.left())), rf = field(strip(c.right()));
                // compared with a literal, or for equality with a value the request does not carry (the stored email the
                // user must type again, a configured secret): the comparison is all that is done with it there
                if (lf != null && (c.right() instanceof Val.Lit || equalityWithOwn(c, c.right()))) {
                    evidence.add(lf);
                    consumedSpans.add(c.location());
                }
                if (rf != null && (c.left() instanceof Val.Lit || equalityWithOwn(c, c.left()))) {
                    evidence.add(rf);
                    consumedSpans.add(c.location());
                }
            }
        }
        for (Fn f : fns) {
            Set<Location> formattedForLog = Verifiers.formattedForLog(f);
            for (CallSite cs : f.calls()) if (cs.location() == null || !formattedForLog.contains(cs.location())) call(analysis, file, f, cs);
            // what the handler itself returns is its answer (NestJS, Fastify, Hono send it; Express drops it): a value that
            // only goes there is echoed back to its sender, as with res.json; what a function defined inside returns goes
            // on into whatever called it
            Set<String> answer = f == fns.get(0) ? evidence : raw;
            for (Val v : f.returns()) {
                if (!(v instanceof Val.Call) && !(v instanceof Val.New) || v instanceof Val.Call c && passSites.containsKey(c.site())) walk(v, answer, 0);
            }
            for (Fn.Loop l : f.loops()) walk(l.over(), raw, 0);
            for (Fn.Write w : f.writes()) {
                walk(w.value(), raw, 0);
                for (Val k : w.keys()) walk(k, raw, 0);
            }
        }
    }

    private void call(Analysis analysis, FileFacts file, Fn caller, CallSite cs) {
        String m = cs.methodName();
        if (Verifiers.logCall(cs)) return;
        // Object.hasOwn(SORTS, x), SORTS.hasOwnProperty(x): x tested against the fixed keys of an object literal, an allow-list
        Val member = allowListed(cs);
        if (member != null) {
            walkAll(member, evidence, 0);
            consumedSpans.add(cs.location());
            return;
        }
        // include.split(',').includes('workflow'): a literal looked for in the request's value, the answer a verdict that
        // picks a branch; the value goes nowhere through it
        if (m != null && (m.equals("includes") || m.equals("has") || m.equals("indexOf")) && !cs.args().isEmpty()
                && cs.args().stream().allMatch(a -> a instanceof Val.Lit) && Vals.receiver(cs.callee()) != null) {
            walkAll(Vals.receiver(cs.callee()), evidence, 0);
            if (cs.location() != null) consumedSpans.add(cs.location());
            return;
        }
        if (m != null && PURE.contains(m)) return;
        // pages.filter((p) => VALID_PAGES.includes(p)): its answer holds only the list's members (see walk)
        if ("filter".equals(m) && listFilter(new Val.Call(cs.callee(), cs.args(), cs.location()))) {
            walkAll(cs.callee(), evidence, 0);
            if (cs.location() != null) consumedSpans.add(cs.location());
            return;
        }
        // the regex escape itself (see walk): what it answers shows where it goes
        if (dev.backcheck.flow.RegexEscape.sanitizes("regex", m, cs.args())) {
            walkAll(cs.callee(), evidence, 0);
            return;
        }
        // Math.min(limit, 500) of a parsed number whose NaN the handler tests (isNaN(limit) ? 100 : Math.min(limit, 500)):
        // a number in range; its answer shows where it goes
        if (m != null && MATH.contains(m) && cs.callee() instanceof Val.Global g && g.name().equals("Math") && g.path().size() == 1
                && nanTested(cs)) return;
        Project.FnRef target = null;
        try {
            target = analysis.resolveCallee(cs.callee(), file, caller);
        } catch (RuntimeException e) {
            target = null;
        }
        // bcrypt.compare(password, hash), argon2.verify(hash, password): a credential checked against a stored hash
        // answers the request and is neither stored nor built into anything
        if (m != null && (m.equals("compare") || m.equals("compareSync")) && passwordVerify(analysis, file, cs)) {
            for (Val a : cs.args()) walkAll(a, evidence, 0);
            if (cs.location() != null) consumedSpans.add(cs.location());
            return;
        }
        // oauth2Client.getToken(code): the code goes to the provider's token endpoint, which rejects an unknown one
        if (Verifiers.codeExchange(analysis, file, cs)) {
            for (Val a : cs.args()) walkAll(a, evidence, 0);
            if (cs.location() != null) consumedSpans.add(cs.location());
            return;
        }
        // supabase.auth.signInWithPassword({ email, password }), verifyRegistrationResponse({ response: credential, .. }),
        // a hand-built token request or siteverify form: the credential goes to the party that checks it; the rest of the
        // call (a client-chosen expectedOrigin) is an ordinary use
        List<Val> rest = credentialRest.get(cs);
        if (rest != null) {
            for (Val a : cs.args()) walkAll(a, evidence, 0);
            walk(cs.callee(), raw, 0);
            for (Val a : rest) walk(a, raw, 0);
            return;
        }
        // jwt.verify(token, key), jwtService.verifyAsync(token), a project wrapper that verifies, an HMAC compare
        if (m != null && (VERIFY.matcher(m).matches() || m.startsWith("verify") && target != null
                && analysis.summary(target.fn(), target.file()).verifiesToken())) {
            for (Val a : cs.args()) walkAll(a, verified, 0);
            return;
        }
        // res.redirect(`${FRONTEND_URL}/login?code=${encodeURIComponent(code)}`): the value goes back to its sender's browser
        // as one encoded query component of a URL the server fixes (an OAuth code and state handed on to the page that
        // finishes the exchange), as a JSON echo does
        if ("redirect".equals(m) && encodedIntoFixedUrl(cs)) {
            for (Val a : cs.args()) walkAll(a, evidence, 0);
            walk(cs.callee(), raw, 0);
            return;
        }
        // res.json({ chain }), c.json(...): the value is sent back as JSON data to whoever sent it
        if (m != null && (m.equals("json") || m.equals("jsonp") || m.equals("send") && !cs.args().isEmpty()
                && cs.args().stream().allMatch(a -> a instanceof Val.Obj))) {
            for (Val a : cs.args()) walk(a, evidence, 0);
            walk(cs.callee(), raw, 0);
            return;
        }
        // picked = pickValid(req.body.params); if (!picked) return 400: a project validator that builds a new object from the
        // fields it accepts or answers nothing, or a function that only inspects what it is handed (compares, tests):
        // what goes on is its own object or a verdict, never the input as sent
        if (pickedSites.contains(cs.location()) || inspectedSites.contains(cs.location())) {
            for (Val a : cs.args()) walk(a, evidence, 0);
            if (cs.location() != null) consumedSpans.add(cs.location());
            return;
        }
        // new Review({ rating, comment }) saved by review.save(), Review.create({...}): a value written to a path whose
        // schema validator rejects what fails it is checked there (see MongooseValidators)
        dev.backcheck.concepts.MongooseValidators.Write doc = dev.backcheck.concepts.MongooseValidators.validatedWrite(project,
                file, cs, allCalls());
        if (doc != null) {
            walk(cs.callee(), raw, 0);
            for (Map.Entry<String, Val> e : doc.doc().props().entrySet()) walk(e.getValue(), doc.validated().contains(e.getKey()) ? evidence : raw, 0);
            for (int i = 1; i < cs.args().size(); i++) walk(cs.args().get(i), raw, 0);
            return;
        }
        walk(cs.callee(), raw, 0);
        Set<Integer> passed = cs.location() == null ? Set.of() : passSites.getOrDefault(cs.location(), Set.of());
        for (int i = 0; i < cs.args().size(); i++) {
            Val a = cs.args().get(i);
            // pick(queryOwner, bodyOwner) answering one of them as it came: used where the answer goes (see walk)
            if (passed.contains(i)) continue;
            // calculate(principal, rate, type) where the callee only compares type with literals to pick a branch: that
            // argument goes nowhere, whatever the others do (see HandChecks#onlyInspects)
            if (target != null && (unread(target.fn(), i) || Verifiers.onlyVerified(analysis, target, i)
                    // reject(id, reason) of reject(id, reason?, adminId?) { ... if (adminId) audit({ reason }) }: read only where a
                    // parameter this call leaves out (undefined) tests truthy, a branch that cannot run
                    || !cs.isNew() && onlyUnderOmitted(target.fn(), i, cs.args().size())
                    // addEvidence(id, evidenceUrls) { return { message: 'not implemented' } }: a body that never names it
                    || project != null && (!target.fn().returns().isEmpty() || !target.fn().calls().isEmpty())
                            && UnvalidatedInputRule.neverRead(project, target.fn(), i)
                    || Vals.anyPart(a, v -> key.apply(v) != null) && HandChecks.onlyInspects(analysis, target.fn(), i))) walk(a, evidence, 0);
            // if (source === 'universal' || source === 'server') getNodesBySource(source): only one of the literals gets here
            else if (Vals.anyPart(a, v -> key.apply(v) != null) && oneOfLiterals(cs, i)) {
                walk(a, evidence, 0);
                if (cs.argLocation(i) != null) consumedSpans.add(cs.argLocation(i));
            }
            else if (target != null && a instanceof Val.Obj o && !o.props().isEmpty()) {
                // exportPdf(id, { language }): an option the callee (and the project functions it hands the options to)
                // never names is carried along unread
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    boolean unused = !e.getKey().startsWith("...") && unreadOption(analysis, target, i, e.getKey(), 0);
                    walk(e.getValue(), unused ? evidence : raw, 0);
                }
            } else walk(a, raw, 0);
        }
    }

    /**
     * Argument {@code i} of the call is written as a name ({@code source}) and the call sits in the then-block of an
     * {@code if} (this one or one around it, up to four) whose condition, a conjunction, has a part that holds only where
     * the name equals one of some string literals ({@code source && (source === 'universal' || source === 'server')}): the
     * value there is one of those literals, an allow-list written out. Read from the source text.
     */
    private boolean oneOfLiterals(CallSite cs, int i) {
        Location arg = cs.argLocation(i);
        if (project == null || arg == null || arg.path() == null || arg.line() != arg.endLine() || cs.location() == null) return false;
        String src = dev.backcheck.concepts.SourceLines.text(project, arg.path(), 2_000_000);
        if (src == null) return false;
        int[] starts = dev.backcheck.concepts.SourceLines.lineStarts(src);
        if (arg.line() < 1 || arg.line() > starts.length) return false;
        int a = starts[arg.line() - 1] + arg.column() - 1, b = starts[arg.line() - 1] + arg.endColumn() - 1;
        if (a < 0 || b > src.length() || b <= a) return false;
        String name = src.substring(a, b).strip();
        if (!name.matches("[A-Za-z_$][\\w$]*")) return false;
        int at = starts[cs.location().line() - 1] + cs.location().column() - 1;
        for (int level = 0, from = at; level < 4; level++) {
            int open = enclosingBrace(src, from);
            if (open < 0) return false;
            String cond = ifCondition(src, open);
            if (cond != null && restricts(cond, name)) return true;
            from = open;
        }
        return false;
    }

    /** The offset of the {@code {} that opens the block around {@code at} (strings and line comments skipped roughly), or -1. */
    private static int enclosingBrace(String src, int at) {
        int depth = 0;
        for (int k = at - 1; k >= 0 && at - k < 20_000; k--) {
            char ch = src.charAt(k);
            if (ch == '}') depth++;
            else if (ch == '{') {
                if (depth == 0) return k;
                depth--;
            }
        }
        return -1;
    }

    /** The condition of {@code if (..)} right before the brace at {@code open}, or null when the brace opens no if-block. */
    private static String ifCondition(String src, int open) {
        int k = open - 1;
        while (k >= 0 && Character.isWhitespace(src.charAt(k))) k--;
        if (k < 0 || src.charAt(k) != ')') return null;
        int depth = 0, close = k;
        for (; k >= 0; k--) {
            char ch = src.charAt(k);
            if (ch == ')') depth++;
            else if (ch == '(' && --depth == 0) break;
        }
        if (k < 0) return null;
        int p = k - 1;
        while (p >= 0 && Character.isWhitespace(src.charAt(p))) p--;
        if (p < 1 || !src.startsWith("if", p - 1) || p >= 2 && (Character.isLetterOrDigit(src.charAt(p - 2)) || src.charAt(p - 2) == '$' || src.charAt(p - 2) == '_')) return null;
        return src.substring(k + 1, close);
    }

    private static final Pattern EQ_LITERAL = Pattern.compile("\\s*\\(?\\s*(?:([A-Za-z_$][\\w$]*)\\s*===?\\s*(['\"])[^'\"]*\\2|(['\"])[^'\"]*\\3\\s*===?\\s*([A-Za-z_$][\\w$]*))\\s*\\)?\\s*");

    /** A top-level {@code &&} part of {@code cond} is a disjunction of equalities of {@code name} with string literals. */
    private static boolean restricts(String cond, String name) {
        for (String part : splitTop(cond, "&&")) {
            String p = part.strip();
            while (p.startsWith("(") && p.endsWith(")") && splitTop(p.substring(1, p.length() - 1), "||").size() >= 1
                    && balanced(p.substring(1, p.length() - 1))) p = p.substring(1, p.length() - 1).strip();
            List<String> ors = splitTop(p, "||");
            boolean all = !ors.isEmpty();
            for (String o : ors) {
                java.util.regex.Matcher m = EQ_LITERAL.matcher(o);
                if (!m.matches() || !name.equals(m.group(1) != null ? m.group(1) : m.group(4))) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    private static boolean balanced(String s) {
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == '(') d++;
            else if (s.charAt(k) == ')' && --d < 0) return false;
        }
        return d == 0;
    }

    /** {@code s} split at {@code op} outside parentheses. */
    private static List<String> splitTop(String s, String op) {
        List<String> out = new ArrayList<>();
        int d = 0, last = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '(') d++;
            else if (ch == ')') d--;
            else if (d == 0 && s.startsWith(op, k)) {
                out.add(s.substring(last, k));
                last = k + op.length();
                k += op.length() - 1;
            }
        }
        out.add(s.substring(last));
        return out;
    }

    /**
     * The value an own-key test of a fixed object literal asks about: {@code Object.hasOwn(MAP, x)},
     * {@code MAP.hasOwnProperty(x)}, {@code Object.prototype.hasOwnProperty.call(MAP, x)}, MAP an object literal whose
     * keys are all fixed names; null for any other call.
     */
    static Val allowListed(CallSite cs) {
        String m = cs.methodName();
        if (m == null) return null;
        Val map = null, member = null;
        if (m.equals("hasOwn") && cs.callee() instanceof Val.Global g && g.name().equals("Object") && cs.args().size() == 2) {
            map = cs.args().get(0);
            member = cs.args().get(1);
        } else if (m.equals("hasOwnProperty") && cs.args().size() == 1 && cs.callee() instanceof Val.Member mm) {
            map = mm.object();
            member = cs.args().get(0);
        } else if (m.equals("call") && cs.args().size() == 2 && "hasOwnProperty".equals(Vals.lastName(Analysis.receiver(cs.callee())))) {
            map = cs.args().get(0);
            member = cs.args().get(1);
        }
        // ['true', '1', 'yes'].includes(x), new Set(['a', 'b']).has(x) written out: x tested against literals, the answer a boolean
        if ((m.equals("includes") || m.equals("has")) && cs.args().size() == 1 && literalList(Analysis.receiver(cs.callee()))) {
            return cs.args().get(0);
        }
        if (!(map instanceof Val.Obj o) || o.props().isEmpty()) return null;
        for (String k : o.props().keySet()) if (k.startsWith("...") || k.equals("*")) return null;
        return member;
    }

    /** An array literal of literals ({@code ['json', 'csv']}), or a {@code new Set} of one. */
    private static boolean literalList(Val v) {
        if (v instanceof Val.New n && n.callee() instanceof Val.Global g && g.name().equals("Set") && n.args().size() == 1) v = n.args().get(0);
        return v instanceof Val.Arr a && !a.items().isEmpty() && a.items().stream().allMatch(x -> x instanceof Val.Lit);
    }

    /** A password verification call the {@link PasswordHashers} concept records (bcrypt/bcryptjs compare, argon2 verify). */
    static boolean passwordVerify(Analysis analysis, FileFacts file, CallSite cs) {
        if (cs.location() == null) return false;
        // (await import('bcryptjs')).default.compare(...): a dynamic import the concept does not follow
        if (fromBcrypt(Analysis.receiver(cs.callee()), 0)) return true;
        for (PasswordHashers.Use u : PasswordHashers.of(analysis.project()).uses()) {
            if (u.operation().equals("verify") && u.file().equals(file.path()) && u.location().equals(cs.location())) return true;
        }
        return false;
    }

    private static final Set<String> BCRYPT_MODULES = Set.of("bcrypt", "bcryptjs", "@node-rs/bcrypt");

    /** A receiver that is the bcrypt module itself: an import of it, or import('bcryptjs') awaited. */
    private static boolean fromBcrypt(Val v, int depth) {
        if (v == null || depth > 6) return false;
        if (v instanceof Val.Lit l && l.value() instanceof String str) return BCRYPT_MODULES.contains(str);
        if (v instanceof Val.Ref r) return BCRYPT_MODULES.contains(r.module());
        if (v instanceof Val.Member m) return fromBcrypt(m.object(), depth + 1);
        if (v instanceof Val.Call c) {
            String n = Vals.lastName(c.callee());
            return "import".equals(n) && c.args().size() == 1 && fromBcrypt(c.args().get(0), depth + 1);
        }
        return false;
    }

    /**
     * A function that answers either a new object literal (the fields it accepted, copied one by one) or nothing
     * (undefined, null, false), and nothing else: a hand validator that picks allowed keys.
     */
    private static boolean pickingValidator(Fn fn) {
        // a validator decides from the value alone: not async, calling nothing but predicates and conversions
        // (a service that looks the value up and answers null when nothing matches is no validator)
        if (fn.async()) return false;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m == null || !(PURE.contains(m) || Set.of("hasOwnProperty", "isArray", "isEmail", "isURL", "isLength", "isUUID",
                    "isMongoId", "isInt", "isNumeric", "isAlphanumeric").contains(m))) return false;
        }
        boolean built = false, nothing = false;
        for (Val r : fn.returns()) {
            if (r instanceof Val.Obj) built = true;
            else if (nothing(r)) nothing = true;
            else return false;
        }
        return built && nothing;
    }

    /** A validator's "rejected" answer: null, false or undefined. */
    private static boolean nothing(Val r) {
        return r instanceof Val.Lit l && (l.value() == null || Boolean.FALSE.equals(l.value()))
                || r instanceof Val.Global g && g.name().equals("undefined") && g.path().isEmpty();
    }

    /** Predicates a filtering validator may test its value with. */
    private static final Set<String> PREDICATES = Set.of("startsWith", "endsWith", "test", "match", "includes", "has", "indexOf",
            "isArray", "isInteger", "isSafeInteger", "isFinite", "isEmail", "isURL", "isUUID", "isLength", "isMongoId", "isInt",
            "isNumeric", "isAlphanumeric");

    /**
     * A project validator that hands back its value (perhaps trimmed or lower-cased) only when tests pass and nothing
     * otherwise: {@code validateRedirectUrl(url)} answering the URL when it stays on the site's origin, else undefined.
     * It decides from the value alone (not async, calling only predicates, conversions and the URL parser) and tests
     * more than presence (a predicate call or a comparison); what goes on is its verdict or the value it accepted.
     */
    static boolean filteringValidator(Fn fn) {
        if (fn.async() || fn.params().isEmpty()) return false;
        boolean tested = !fn.compares().isEmpty();
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m == null || !(PURE.contains(m) || PREDICATES.contains(m) || m.equals("URL"))) return false;
            if (PREDICATES.contains(m)) tested = true;
        }
        if (!tested) return false;
        boolean value = false, nothing = false;
        for (Val r : fn.returns()) {
            if (nothing(r)) nothing = true;
            else if (ownValue(r, 0)) value = true;
            else return false;
        }
        return value && nothing;
    }

    private static final Set<String> TEXT_CONVERSIONS = Set.of("trim", "toLowerCase", "toUpperCase", "toString");

    /** Parameter 0 as it is, or converted by a string method ({@code url.trim()}, {@code s.toLowerCase()}). */
    private static boolean ownValue(Val v, int depth) {
        if (depth > 3) return false;
        if (v instanceof Val.Param p) {
            if (p.index() != 0) return false;
            if (p.path().isEmpty()) return true;
            return p.path().size() == 1 && TEXT_CONVERSIONS.contains(p.path().get(0)) && depth > 0;
        }
        if (v instanceof Val.Call c && c.args().isEmpty()) {
            Val callee = c.callee();
            if (callee instanceof Val.Param p && p.index() == 0 && p.path().size() == 1) return ownValue(callee, depth + 1);
            if (callee instanceof Val.Member m && TEXT_CONVERSIONS.contains(m.prop())) return ownValue(m.object(), depth + 1);
        }
        return false;
    }

    /**
     * The parameters {@code fn} answers as they came and does nothing else with but test them
     * ({@code pickOwner(q, b) { if (q) return q; if (b) return b; return null; }}): returned whole (alone or as one choice of
     * a condition), never handed to a call, written, looped over or used inside a nested function.
     */
    private static Set<Integer> passedThrough(Fn fn, int argc) {
        if (fn.returns().isEmpty()) return Set.of();
        Set<Integer> out = new HashSet<>();
        List<Fn> all = new ArrayList<>();
        HandChecks.collect(fn, all, 0);
        for (int i = 0; i < Math.min(argc, fn.params().size()); i++) {
            String name = fn.params().get(i).name();
            if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) continue;
            int index = i;
            java.util.function.Predicate<Val> whole = v -> v instanceof Val.Param p && p.index() == index && name.equals(p.name())
                    && p.path().isEmpty();
            java.util.function.Predicate<Val> has = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() == index
                    && name.equals(p.name()));
            boolean returned = false, other = false;
            for (Fn f : all) {
                for (Val r : f.returns()) {
                    if (!has.test(r)) continue;
                    if (f != fn) other = true;
                    else if (whole.test(r) || r instanceof Val.OneOf o && o.options().stream().allMatch(x -> whole.test(x) || !has.test(x))) returned = true;
                    else other = true;
                }
                for (CallSite cs : f.calls()) if (has.test(cs.callee()) || cs.args().stream().anyMatch(has)) other = true;
                for (Fn.Write w : f.writes()) if (has.test(w.value()) || has.test(w.target()) || w.keys().stream().anyMatch(has)) other = true;
                for (Fn.Loop lp : f.loops()) if (has.test(lp.over())) other = true;
            }
            if (returned && !other) out.add(i);
        }
        return out;
    }

    /**
     * Parameter {@code index} of {@code fn} is read only by calls made under a truthy test of a parameter the caller leaves
     * out ({@code passed} arguments; a left-out parameter without a default is undefined, the test fails): no call reads it
     * otherwise, and no answer, write, loop, test or nested function names it.
     */
    static boolean onlyUnderOmitted(Fn fn, int index, int passed) {
        if (index >= fn.params().size() || passed >= fn.params().size()) return false;
        java.util.function.Predicate<Val> it = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() == index);
        boolean any = false;
        for (CallSite cs : fn.calls()) {
            if (!it.test(cs.callee()) && cs.args().stream().noneMatch(it)) continue;
            boolean dead = false;
            for (CallSite.Guard g : cs.guards()) {
                if (g.holds() && "truthy".equals(g.op()) && g.left() instanceof Val.Param gp && gp.path().isEmpty()
                        && gp.index() >= passed && gp.index() < fn.params().size() && gp.index() != index) {
                    Fn.Param left = fn.params().get(gp.index());
                    if (left.defaultValue() == null && left.name() != null && left.name().equals(gp.name()) && !left.name().startsWith("...")) dead = true;
                }
            }
            if (!dead) return false;
            any = true;
        }
        if (!any) return false;
        if (fn.returns().stream().anyMatch(it) || fn.loops().stream().anyMatch(l -> it.test(l.over()))) return false;
        for (Fn.Write w : fn.writes()) if (it.test(w.value()) || it.test(w.target()) || w.keys().stream().anyMatch(it)) return false;
        for (Fn.Check c : fn.checks()) if (it.test(c.subject())) return false;
        for (Fn.Compare c : fn.compares()) if (it.test(c.left()) || it.test(c.right())) return false;
        // a nested function may read it under no such test
        String name = fn.params().get(index).name();
        for (Fn n : fn.nested()) if (name == null || mentions(n, name)) return false;
        return true;
    }

    private static boolean mentions(Fn n, String name) {
        java.util.function.Predicate<Val> named = v -> Vals.anyPart(v, x -> x instanceof Val.Local l && l.name().equals(name)
                || x instanceof Val.Param p && p.name() != null && p.name().equals(name));
        for (CallSite cs : n.calls()) if (named.test(cs.callee()) || cs.args().stream().anyMatch(named)) return true;
        if (n.returns().stream().anyMatch(named)) return true;
        for (Fn.Write w : n.writes()) if (named.test(w.value()) || named.test(w.target())) return true;
        for (Fn m : n.nested()) if (mentions(m, name)) return true;
        return false;
    }

    /** A parameter the function says it never reads: named with a leading underscore ({@code _chain}). */
    private static boolean unread(Fn fn, int index) {
        if (index >= fn.params().size()) return false;
        Fn.Param p = fn.params().get(index);
        if (p.name().startsWith("...") || p.name().startsWith("{")) return false;
        if (p.name().startsWith("_")) return true;
        // a parameter whose use the facts cannot show (arithmetic, a condition) is not taken for unread
        return false;
    }

    /**
     * Whether {@code fn} never reads option {@code key} of the object handed as parameter {@code index}: the key's name
     * appears nowhere in its text, and the object goes on whole only as an argument to project functions that do not
     * read it either (a few calls deep). Anything else (a spread, a return, a library call given the whole object, a
     * destructured parameter) counts as a read.
     */
    private static boolean unreadOption(Analysis analysis, Project.FnRef target, int index, String key, int depth) {
        Fn fn = target.fn();
        if (depth > 3 || index >= fn.params().size() || !key.matches("[A-Za-z_$][\\w$]*")) return false;
        String name = fn.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*") || fn.location() == null) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(analysis.project(), fn.location().path());
        if (lines.isEmpty() || fn.location().endLine() > lines.size()) return false;
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(key) + "(?![\\w$])");
        for (int l = fn.location().line() - 1; l < fn.location().endLine(); l++) if (word.matcher(lines.get(l)).find()) return false;
        java.util.function.Predicate<Val> whole = v -> v instanceof Val.Param p && p.index() == index && name.equals(p.name())
                && p.path().isEmpty();
        java.util.function.Predicate<Val> has = v -> Vals.anyPart(v, whole);
        List<Fn> all = new ArrayList<>();
        HandChecks.collect(fn, all, 0);
        for (Fn f : all) {
            for (Val r : f.returns()) if (has.test(r)) return false;
            for (Fn.Write w : f.writes()) if (has.test(w.value())) return false;
            for (Fn.Loop lp : f.loops()) if (has.test(lp.over())) return false;
            for (CallSite cs : f.calls()) {
                if (has.test(cs.callee())) return false;
                for (int i = 0; i < cs.args().size(); i++) {
                    Val a = cs.args().get(i);
                    if (!has.test(a)) continue;
                    if (!whole.test(a)) return false;
                    Project.FnRef next;
                    try {
                        next = analysis.resolveCallee(cs.callee(), target.file(), f);
                    } catch (RuntimeException e) {
                        return false;
                    }
                    if (next == null || next.fn() == fn || !unreadOption(analysis, next, i, key, depth + 1)) return false;
                }
            }
        }
        return true;
    }

    /** Walks a value: request fields reached as they are go to {@code sink}, those parsed with a fallback are evidence. */
    /**
     * A choice an allow-list makes where the value kept is the one tested, against a list the request does not give
     * ({@code MODES.includes(x) ? x : 'upsert'}), or null.
     */
    private static Vals.ListedChoice listedOnly(Val.OneOf o) {
        Vals.ListedChoice lc = Vals.listedChoice(o);
        if (lc == null || lc.test().args().size() != 1 || !lc.test().args().get(0).equals(lc.kept())) return null;
        Val list = Vals.receiver(lc.test().callee());
        return list == null || Vals.anyPart(list, x -> x instanceof Val.Req) ? null : lc;
    }

    /** {@link Vals#filteredByList} with a list the client did not send. */
    private static boolean listFilter(Val.Call c) {
        Val list = Vals.filteredByList(c);
        return list != null && !Vals.anyPart(list, x -> x instanceof Val.Req);
    }

    private void walk(Val v, Set<String> sink, int depth) {
        if (v == null || depth > 24) return;
        String k = key.apply(v);
        if (k != null) {
            if (k.equals("*") && sink == raw) wholePartUsed = true;
            sink.add(k);
        } else if (v instanceof Val.OneOf o && listedOnly(o) != null) {
            // VALID_MODES.includes(mode) ? mode : 'upsert': the value goes on only as one of the list's members
            Vals.ListedChoice lc = listedOnly(o);
            walkAll(lc.kept(), evidence, depth + 1);
            walk(lc.other(), sink, depth + 1);
        } else if (v instanceof Val.OneOf o && finiteKept(o)) {
            // Number.isFinite(n) ? n : undefined, n = limit ? Number(limit) : undefined: a finite number goes on, or nothing
            walkAll(o, evidence, depth + 1);
        } else if (v instanceof Val.OneOf o) {
            boolean fallback = o.options().stream().anyMatch(x -> x instanceof Val.Lit l && l.value() != null);
            for (Val x : o.options()) {
                if (fallback && numeric(x)) {
                    // parseInt(req.query.page) || 1: a number or the default
                    walkAll(x, evidence, depth + 1);
                    if (x instanceof Val.Call c && c.site() != null) consumedSpans.add(c.site());
                } else walk(x, sink, depth + 1);
            }
        } else if (v instanceof Val.Call c) {
            if (c.site() != null && (pickedSites.contains(c.site()) || inspectedSites.contains(c.site()) || credentialSites.contains(c.site()))) {
                // the object a picking validator built from the input, not the input
                walkAll(c, evidence, depth + 1);
                return;
            }
            if (c.callee() instanceof Val.Global g && g.path().isEmpty() && g.name().equals("Boolean")) {
                walkAll(c, evidence, depth + 1);
                return;
            }
            // pages.split(',').filter((p) => VALID_PAGES.includes(p)): only members of a list the client did not write go on
            if (listFilter(c)) {
                walkAll(c, evidence, depth + 1);
                return;
            }
            // s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'): a search text escaped to match itself literally (new RegExp(..)
            // of it finds the text, nothing else), the same text whatever characters the client sent
            if (dev.backcheck.flow.RegexEscape.sanitizes("regex", Vals.lastName(c.callee()), c.args())) {
                walkAll(c, evidence, depth + 1);
                return;
            }
            walk(c.callee(), sink, depth + 1);
            // the answer of a project function (const fresh = await rotateRefreshToken(token), a new token; an account from
            // login(email, password)) is its own value: what each argument became there, call() decided at that site
            if (c.site() != null && passSites.containsKey(c.site())) {
                for (int i : passSites.get(c.site())) if (i < c.args().size()) walk(c.args().get(i), sink, depth + 1);
                return;
            }
            if (c.site() != null && projectSites.contains(c.site())) return;
            for (Val a : c.args()) walk(a, sink, depth + 1);
        } else if (v instanceof Val.New n) {
            walk(n.callee(), sink, depth + 1);
            // the document of new Model({...}) that a validating save() writes (entry.save(), its receiver this value)
            dev.backcheck.concepts.MongooseValidators.Write doc = n.site() == null ? null : validatedNew.get(n.site());
            if (doc != null) {
                for (Map.Entry<String, Val> e : doc.doc().props().entrySet()) {
                    walk(e.getValue(), doc.validated().contains(e.getKey()) ? evidence : sink, depth + 1);
                }
                return;
            }
            for (Val a : n.args()) walk(a, sink, depth + 1);
        } else if (v instanceof Val.Member m) {
            walk(m.object(), sink, depth + 1);
        } else if (v instanceof Val.Obj o) {
            for (Val x : o.props().values()) walk(x, sink, depth + 1);
        } else if (v instanceof Val.Arr a) {
            for (Val x : a.items()) walk(x, sink, depth + 1);
        } else if (v instanceof Val.Concat c) {
            for (Val x : c.parts()) walk(x, sink, depth + 1);
        } else if (v instanceof Val.Tpl t) {
            for (Val x : t.holes()) walk(x, sink, depth + 1);
        }
    }

    /** Every request field of the part anywhere in {@code v} goes to {@code sink}. */
    private void walkAll(Val v, Set<String> sink, int depth) {
        if (v == null || depth > 24) return;
        String k = key.apply(v);
        if (k != null) {
            sink.add(k);
        } else if (v instanceof Val.OneOf o) {
            for (Val x : o.options()) walkAll(x, sink, depth + 1);
        } else if (v instanceof Val.Call c) {
            walkAll(c.callee(), sink, depth + 1);
            for (Val a : c.args()) walkAll(a, sink, depth + 1);
        } else if (v instanceof Val.New n) {
            for (Val a : n.args()) walkAll(a, sink, depth + 1);
        } else if (v instanceof Val.Member m) {
            walkAll(m.object(), sink, depth + 1);
        } else if (v instanceof Val.Obj o) {
            for (Val x : o.props().values()) walkAll(x, sink, depth + 1);
        } else if (v instanceof Val.Arr a) {
            for (Val x : a.items()) walkAll(x, sink, depth + 1);
        } else if (v instanceof Val.Concat c) {
            for (Val x : c.parts()) walkAll(x, sink, depth + 1);
        } else if (v instanceof Val.Tpl t) {
            for (Val x : t.holes()) walkAll(x, sink, depth + 1);
        }
    }

    private List<CallSite> allCalls;
    /** new Model({...}) sites whose document a validating save() writes (see {@link #call}). */
    private final Map<Location, dev.backcheck.concepts.MongooseValidators.Write> validatedNew = new HashMap<>();

    /** The call sites of the handler and the functions nested in it. */
    private List<CallSite> allCalls() {
        if (allCalls == null) {
            allCalls = new ArrayList<>();
            for (Fn f : fns) allCalls.addAll(f.calls());
        }
        return allCalls;
    }

    /**
     * Every argument of the redirect that carries the tracked input is a template whose text before the first hole, or
     * whose first hole, is not the input, and in which the input appears only as the argument of
     * {@code encodeURIComponent}: the input is a component of the query or path, never the URL's origin or path start.
     */
    private boolean encodedIntoFixedUrl(CallSite cs) {
        boolean any = false;
        for (Val a : cs.args()) {
            if (!Vals.anyPartDeep(a, x -> key.apply(x) != null, 200)) continue;
            if (!(a instanceof Val.Tpl t) || t.holes().isEmpty()) return false;
            if (t.quasis().get(0).isEmpty() && Vals.anyPartDeep(t.holes().get(0), x -> key.apply(x) != null || x instanceof Val.Req, 200)) return false;
            for (Val h : t.holes()) {
                if (!Vals.anyPartDeep(h, x -> key.apply(x) != null, 200)) continue;
                if (!(h instanceof Val.Call c) || !(c.callee() instanceof Val.Global g) || !g.name().equals("encodeURIComponent")
                        || !g.path().isEmpty()) return false;
            }
            any = true;
        }
        return any;
    }

    /** Math functions whose answer is a number made from the numbers they are given. */
    private static final Set<String> MATH = Set.of("min", "max", "floor", "ceil", "round", "trunc", "abs");

    /**
     * Number(x), parseInt(x, 10), parseFloat(x), Number.parseInt(x); or a Math function of such a parse (and of
     * literals), {@code Math.min(parseInt(x), 500)}: still a number, bounded or rounded.
     */
    /** Number.isFinite, Number.isInteger, Number.isSafeInteger: true only for a finite number (never for NaN or text). */
    private static final Set<String> FINITE_TESTS = Set.of("isFinite", "isInteger", "isSafeInteger");

    /**
     * {@code Number.isFinite(n) ? n : undefined} with {@code n = limit ? Number(limit) : undefined}: a choice between number
     * conversions and nothing, one of whose conversions the handler tests with Number.isFinite (isInteger, isSafeInteger).
     * The facts keep the choice without its test, so the test is found by the conversion's own call site.
     */
    private boolean finiteKept(Val.OneOf o) {
        boolean tested = false;
        for (Val x : o.options()) {
            if (x instanceof Val.Lit l && l.value() == null || x instanceof Val.Global g && g.name().equals("undefined") && g.path().isEmpty()) continue;
            if (!numeric(x)) return false;
            if (x instanceof Val.Call c && c.site() != null && finiteSites.contains(c.site())) tested = true;
        }
        return tested;
    }

    /** Call sites of number conversions handed to Number.isFinite, Number.isInteger or Number.isSafeInteger. */
    private final Set<Location> finiteSites = new HashSet<>();

    private void finiteTests(CallSite cs) {
        if (cs.args().size() != 1 || !(cs.callee() instanceof Val.Global g) || !g.name().equals("Number") || g.path().size() != 1
                || !FINITE_TESTS.contains(g.path().get(0))) return;
        Vals.anyPart(cs.args().get(0), x -> {
            if (x instanceof Val.Call c && c.site() != null && numeric(c)) finiteSites.add(c.site());
            return false;
        });
    }

    private static boolean numeric(Val v) {
        if (!(v instanceof Val.Call c) || c.args().isEmpty()) return false;
        if (c.callee() instanceof Val.Global g) {
            if (g.path().isEmpty()) return NUMERIC.contains(g.name());
            if (g.name().equals("Math") && g.path().size() == 1 && MATH.contains(g.path().get(0))) {
                boolean parse = false;
                for (Val a : c.args()) {
                    if (numeric(a) || a instanceof Val.OneOf o && o.options().stream().anyMatch(RequestUses::numeric)
                            && o.options().stream().allMatch(x -> numeric(x) || numberOrNaN(x))) parse = true;
                    else if (!numberOrNaN(a)) return false;
                }
                return parse;
            }
            return g.name().equals("Number") && g.path().size() == 1 && NUMERIC.contains(g.path().get(0));
        }
        return false;
    }

    /** Every argument of the Math call is a number literal or a numeric parse whose value the handler tests with isNaN/isFinite. */
    private boolean nanTested(CallSite math) {
        return nanTested(math.args(), 0);
    }

    /**
     * {@link #nanTested(CallSite)} for the arguments of a Math call; an argument that is itself a Math call of such
     * arguments counts as tested ({@code Math.min(Math.max(n, 1), 50)} with {@code n = parseInt(x)} and
     * {@code Number.isFinite(n) ? .. : 10}: the clamp of a tested parse).
     */
    private boolean nanTested(List<Val> args, int depth) {
        boolean any = false;
        for (Val a : args) {
            if (numberOrNaN(a)) continue;
            if (depth < 3 && a instanceof Val.Call mc && mc.callee() instanceof Val.Global g && g.name().equals("Math") && g.path().size() == 1
                    && MATH.contains(g.path().get(0)) && nanTested(mc.args(), depth + 1)) {
                any = true;
                continue;
            }
            boolean parse = numeric(a) || a instanceof Val.OneOf o && o.options().stream().anyMatch(RequestUses::numeric)
                    && o.options().stream().allMatch(x -> numeric(x) || numberOrNaN(x));
            if (!parse) return false;
            boolean tested = false;
            for (CallSite c : allCalls()) {
                String n = c.methodName();
                if (n != null && Set.of("isNaN", "isFinite", "isInteger", "isSafeInteger").contains(n) && !c.args().isEmpty() && a.equals(c.args().get(0))) tested = true;
            }
            if (!tested) return false;
            any = true;
        }
        return any;
    }

    /** A number literal, or NaN. */
    private static boolean numberOrNaN(Val v) {
        return v instanceof Val.Lit l && l.value() instanceof Double || v instanceof Val.Global g && g.name().equals("NaN") && g.path().isEmpty();
    }

    /** An equality test ({@code ===}, {@code !==}, {@code ==}, {@code !=}) against {@code other}, a value no request part carries. */
    private boolean equalityWithOwn(Fn.Compare c, Val other) {
        if (!Set.of("===", "!==", "==", "!=").contains(c.op()) || other == null || other instanceof Val.Unknown) return false;
        return !Vals.anyPart(other, x -> x instanceof Val.Req || key.apply(x) != null);
    }

    /** String(x), x.trim(): the value compared is still x. */
    private static Val strip(Val v) {
        for (int i = 0; i < 3; i++) {
            if (v instanceof Val.Call c && c.callee() instanceof Val.Global g && g.path().isEmpty()
                    && (g.name().equals("String") || NUMERIC.contains(g.name())) && !c.args().isEmpty()) {
                v = c.args().get(0);
            } else if (v instanceof Val.Call c && c.callee() instanceof Val.Req q && !q.path().isEmpty()
                    && Set.of("trim", "toLowerCase", "toUpperCase", "toString").contains(q.path().get(q.path().size() - 1))) {
                v = new Val.Req(q.part(), q.path().subList(0, q.path().size() - 1));
            } else break;
        }
        return v;
    }

    private String field(Val v) {
        return key.apply(v);
    }

    private static boolean inside(Location at, List<Location> spans) {
        for (Location s : spans) if (contains(s, at)) return true;
        return false;
    }

    private static boolean contains(Location outer, Location at) {
        if (outer == null || at == null || !Objects.equals(outer.path(), at.path())) return false;
        boolean afterStart = at.line() > outer.line() || at.line() == outer.line() && at.column() >= outer.column();
        boolean beforeEnd = at.line() < outer.endLine() || at.line() == outer.endLine() && at.column() <= outer.endColumn();
        return afterStart && beforeEnd;
    }
}
