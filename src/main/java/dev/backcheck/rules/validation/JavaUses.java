package dev.backcheck.rules.validation;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Where a bound Java parameter goes (the Spring side of {@link RequestUses}): followed through the handler and the
 * project methods it is handed to (services, helpers, a Lombok builder's field, a local parameter list), a value is
 * <em>settled</em> when every use binds it as a query parameter (JdbcTemplate {@code ?} arguments, {@code setParameter},
 * {@code addValue}, a Spring Data repository's finder, a Criteria or query-wrapper value), compares it with something
 * ({@code equals}, {@code contains} on an allow-list), converts it strictly ({@code valueOf}, {@code parse}) or logs
 * it, and at least one such use is seen. Anything else (a setter on an entity, a save, string-built SQL, a return, a
 * library call the analysis does not know) is a use as it is, and the value stays reported.
 */
final class JavaUses {
    private enum Use { NONE, SETTLED, RAW }

    private static final int MAX_DEPTH = 4;
    private static final Set<String> LOG_METHODS = Set.of("log", "info", "warn", "error", "debug", "trace");
    /** Methods on the value that compare it or test it (their result is a boolean or a number). */
    private static final Set<String> COMPARE = Set.of("equals", "equalsIgnoreCase", "contains", "containsKey", "startsWith",
            "endsWith", "compareTo", "compareToIgnoreCase", "matches", "isEmpty", "isBlank", "length", "size", "hashCode",
            "isPresent", "in", "inListOrNull", "isIn");
    /** Presence tests taking the value as an argument. */
    private static final Set<String> PRESENCE = Set.of("isBlank", "isNotBlank", "isEmpty", "isNotEmpty", "hasText", "hasLength",
            "isNull", "nonNull", "isNotNull", "isAnyBlank", "isNoneBlank", "isAllBlank", "length");
    /** Methods on the value whose result is the same text (followed where the result goes). */
    private static final Set<String> SAME = Set.of("trim", "strip", "toLowerCase", "toUpperCase", "toString", "orElse",
            "get", "name", "getValue", "value");
    /** Calls that bind their argument as a query parameter, with the first argument index that is a bound value. */
    private static final Map<String, Integer> BINDERS = Map.ofEntries(Map.entry("setParameter", 1), Map.entry("addValue", 1),
            Map.entry("setString", 1), Map.entry("setObject", 1), Map.entry("bind", 1));
    private static final Set<String> JDBC = Set.of("JdbcTemplate", "NamedParameterJdbcTemplate", "JdbcClient", "JdbcOperations",
            "NamedParameterJdbcOperations");
    /** Criteria API and query-wrapper predicates: the value is a bound parameter of the generated SQL. */
    private static final Set<String> PREDICATES = Set.of("equal", "notEqual", "like", "notLike", "greaterThan", "lessThan",
            "greaterThanOrEqualTo", "lessThanOrEqualTo", "between", "eq", "ne", "gt", "lt", "ge", "le", "likeLeft", "likeRight",
            "notIn", "literal");
    private static final Set<String> CRITERIA_TYPES = Set.of("CriteriaBuilder", "QueryWrapper", "LambdaQueryWrapper",
            "UpdateWrapper", "HibernateCriteriaBuilder", "Specification", "Example");
    /** Spring Data repository methods that look records up (a derived query or a read @Query). */
    private static final Pattern FINDER = Pattern.compile("(find|get|read|query|search|count|exists|stream|list|select|fetch)\\w*"
            // a derived delete query (deleteByEndpoint(endpoint), removeByToken): the value is a bound parameter of its where
            + "|(delete|remove)(All)?By\\w+|deleteAllById");
    private static final Pattern STRICT_PARSE = Pattern.compile("parse\\w*|valueOf|fromString");

    private final Analysis analysis;
    private final Project project;
    private final Map<String, Use> memo = new HashMap<>();

    private JavaUses(Analysis analysis) {
        this.analysis = analysis;
        this.project = analysis.project();
    }

    /** True when handler parameter {@code index} of {@code h} is settled (see the class comment). */
    static boolean settled(Analysis analysis, Fn h, FileFacts file, int index) {
        if (index < 0 || index >= h.params().size()) return false;
        JavaUses u = new JavaUses(analysis);
        return u.uses(h, file, new Subject(index, h.params().get(index).name(), List.of()), 0) == Use.SETTLED;
    }

    /**
     * True when request field {@code field} of {@code part} that {@code h} reads itself ({@code request.getParameter("id")})
     * is settled (see the class comment).
     */
    static boolean settledRead(Analysis analysis, Fn h, FileFacts file, String part, String field) {
        // field null: the whole part (request.getParameterMap()), settled when every read of any of its fields is
        JavaUses u = new JavaUses(analysis);
        return u.uses(h, file, new Subject(-1, null, List.of(), new Val.Req(part, field == null ? List.of() : List.of(field))), 0) == Use.SETTLED;
    }

    /** True when field {@code field} of bound object parameter {@code index} of {@code h} is settled (see the class comment). */
    static boolean settledField(Analysis analysis, Fn h, FileFacts file, int index, String field) {
        if (index < 0 || index >= h.params().size() || field == null || field.isEmpty()) return false;
        JavaUses u = new JavaUses(analysis);
        String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return u.uses(h, file, new Subject(index, h.params().get(index).name(), List.of(getter, field)), 0) == Use.SETTLED;
    }

    /**
     * True when handler {@code h} calls, unconditionally and on bound object parameter {@code index} itself, a no-argument
     * method of the object's own project class that normalises its fields ({@code filters.sanitize()}): a form or filter
     * object the binder filled with any text is put back into range before use. The method must reassign at least two
     * of the class's fields, at least one from an allow-list or range test on that field ({@code if
     * (!ALLOWED.contains(sortBy)) sortBy = DEFAULT;}, {@code if (page < 1) page = 1;}) or through a clamp
     * ({@code size = Math.min(size, 100)}); the others may be defaults for a missing value ({@code if (q == null) q = "";}).
     * A method that only reads the fields (a URL builder, a copy) is no normaliser.
     */
    static boolean normalisedByOwnMethod(Analysis analysis, Fn h, FileFacts file, int index) {
        if (index < 0 || index >= h.params().size() || file == null) return false;
        Fn.Param bound = h.params().get(index);
        String type = bound.type() == null ? null : bound.type().replaceAll("<.*", "").strip();
        if (type == null || !type.matches("[A-Z]\\w*")) return false;
        Project project = analysis.project();
        Project.ClassHit c;
        try {
            c = project.classNamed(type, file);
        } catch (RuntimeException e) {
            return false;
        }
        if (c == null || c.file() == null) return false;
        for (CallSite cs : h.calls()) {
            if (!(cs.callee() instanceof Val.Param p) || p.index() != index || !Objects.equals(p.name(), bound.name())
                    || p.path().size() != 1 || !cs.args().isEmpty() || !cs.guards().isEmpty()) continue;
            Fn m = c.info().method(p.path().get(0));
            if (m != null && m.params().isEmpty() && normalises(project, m, c.info())) return true;
        }
        return false;
    }

    /** {@code if (COND) { field = value; }} or {@code if (COND) field = value;}. */
    private static final Pattern GUARDED_ASSIGN = Pattern.compile(
            "\\bif\\s*\\((.*?)\\)\\s*\\{?\\s*(?:this\\.)?(\\w+)\\s*=(?!=)\\s*([^;]+);", Pattern.DOTALL);
    private static final Pattern CLAMP_ASSIGN = Pattern.compile(
            "(?:this\\.)?(\\w+)\\s*=(?!=)\\s*(?:Math\\.(?:min|max|clamp)|Integer\\.(?:min|max)|Long\\.(?:min|max))\\s*\\(([^;]*);");

    /** The method (its source text) reassigns fields of {@code cls} as {@link #normalisedByOwnMethod} describes. */
    private static boolean normalises(Project project, Fn m, ClassInfo cls) {
        if (m.location() == null) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, m.location().path());
        int from = m.location().line(), to = Math.min(m.location().endLine(), lines.size());
        if (from < 1 || to < from || to - from > 200) return false;
        String text = String.join("\n", lines.subList(from - 1, to));
        int open = text.indexOf('{');
        if (open < 0) return false;
        text = text.substring(open + 1);
        Set<String> fields = new HashSet<>();
        for (ClassInfo.Prop pr : cls.props()) if (pr.name() != null && !pr.name().equals(pr.name().toUpperCase(Locale.ROOT))) fields.add(pr.name());
        Set<String> bounded = new HashSet<>(), defaulted = new HashSet<>();
        java.util.regex.Matcher g = GUARDED_ASSIGN.matcher(text);
        while (g.find()) {
            String cond = g.group(1), f = g.group(2);
            if (!fields.contains(f)) continue;
            String q = "(?:this\\.)?" + Pattern.quote(f) + "\\b";
            if (Pattern.compile("\\.(contains|containsKey|equals|equalsIgnoreCase|matches)\\(\\s*" + q).matcher(cond).find()
                    || Pattern.compile("\\b" + q + "\\s*[<>]=?|[<>]=?\\s*" + q).matcher(cond).find()) bounded.add(f);
            else if (Pattern.compile(q + "\\s*==\\s*null|null\\s*==\\s*" + q + "|" + q + "\\.(isBlank|isEmpty)\\(|(isBlank|isEmpty|hasText)\\(\\s*" + q)
                    .matcher(cond).find()) defaulted.add(f);
        }
        java.util.regex.Matcher k = CLAMP_ASSIGN.matcher(text);
        while (k.find()) if (fields.contains(k.group(1)) && Pattern.compile("\\b" + Pattern.quote(k.group(1)) + "\\b").matcher(k.group(2)).find()) bounded.add(k.group(1));
        Set<String> all = new HashSet<>(bounded);
        all.addAll(defaulted);
        return !bounded.isEmpty() && all.size() >= 2;
    }

    /**
     * The fields of bound object parameter {@code index} of {@code h} that are read, when the object is only ever read
     * through its getters, in the handler and in the project methods it is handed to whole (interface calls followed to
     * their implementation): never returned, saved, copied, set on or handed to a library whole. Null otherwise.
     */
    static Set<String> gettersOnly(Analysis analysis, Fn h, FileFacts file, int index) {
        if (index < 0 || index >= h.params().size()) return null;
        JavaUses u = new JavaUses(analysis);
        Set<String> out = new TreeSet<>();
        return u.gettersOnly(h, file, index, h.params().get(index).name(), 0, out, Collections.newSetFromMap(new IdentityHashMap<>())) ? out : null;
    }

    private boolean gettersOnly(Fn fn, FileFacts file, int index, String name, int depth, Set<String> out, Set<Fn> seen) {
        if (!seen.add(fn)) return true;
        java.util.function.Predicate<Val> whole = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() == index
                && Objects.equals(p.name(), name) && p.path().isEmpty());
        List<Fn> fns = new ArrayList<>();
        collect(fn, fns, 0);
        for (Fn f : fns) {
            for (Val r : f.returns()) if (whole.test(r)) return false;
            for (Fn.Write w : f.writes()) if (whole.test(w.value()) || whole.test(w.target())) return false;
            for (Fn.Loop l : f.loops()) if (whole.test(l.over())) return false;
            for (CallSite cs : f.calls()) {
                if (cs.callee() instanceof Val.Param p && p.index() == index && Objects.equals(p.name(), name)) {
                    String m = p.path().isEmpty() ? null : p.path().get(p.path().size() - 1);
                    if (p.path().size() != 1 || m == null || !cs.args().isEmpty() || !m.matches("(get|is)[A-Z]\\w*")) return false;
                    out.add(Character.toLowerCase(m.charAt(m.startsWith("is") ? 2 : 3)) + m.substring(m.startsWith("is") ? 3 : 4));
                    continue;
                }
                if (whole.test(cs.callee())) return false;
                for (int j = 0; j < cs.args().size(); j++) {
                    Val a = cs.args().get(j);
                    if (!whole.test(a)) continue;
                    if (!(a instanceof Val.Param)) return false;
                    // handed on whole: a logger only writes it out; a project method is followed
                    String m = cs.methodName();
                    Val recv = Analysis.receiver(cs.callee());
                    String rn = recv == null ? null : Vals.lastName(recv);
                    if (m != null && LOG_METHODS.contains(m) && rn != null && rn.toLowerCase(Locale.ROOT).contains("log")) continue;
                    Project.FnRef target = resolve(cs, file, f);
                    if (target == null || depth >= MAX_DEPTH) return false;
                    for (Fn o : sameArity(target, cs.args().size())) {
                        if (!hasBody(o) || j >= o.params().size() || o.params().get(j).name().startsWith("...")) return false;
                        if (!gettersOnly(o, target.file(), j, o.params().get(j).name(), depth + 1, out, seen)) return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * A parameter of a function, or the field {@code prefixes} names of it (a builder's field read by its getter);
     * or, with {@code req}, a request field the function reads.
     */
    private record Subject(int index, String name, List<String> prefixes, Val.Req req) {
        Subject(int index, String name, List<String> prefixes) {
            this(index, name, prefixes, null);
        }

        boolean matches(Val v) {
            if (req != null) {
                return v instanceof Val.Req q && q.part().equals(req.part()) && q.path().size() >= req.path().size()
                        && q.path().subList(0, req.path().size()).equals(req.path());
            }
            if (v instanceof Val.Param p && p.index() == index && Objects.equals(p.name(), name)) {
                return prefixes.isEmpty() || !p.path().isEmpty() && prefixes.contains(p.path().get(0));
            }
            return false;
        }
    }

    private Use uses(Fn fn, FileFacts file, Subject s, int depth) {
        String key = System.identityHashCode(fn) + "/" + s;
        Use known = memo.get(key);
        if (known != null) return known;
        memo.put(key, Use.RAW); // a recursive call back into the same value: not shown to be settled
        Use u = compute(fn, file, s, depth);
        memo.put(key, u);
        return u;
    }

    private Use compute(Fn fn, FileFacts file, Subject s, int depth) {
        Use out = Use.NONE;
        List<Fn> fns = new ArrayList<>();
        collect(fn, fns, 0);
        // credentials handed to Spring Security's AuthenticationManager (a UsernamePasswordAuthenticationToken built
        // from them): authenticate() throws unless they match a stored account, so every other use here is of a
        // verified identity
        // verified identity (of an object: only when nothing but the fields handed over is read from it)
        Set<String> credentialFields = new HashSet<>();
        boolean authenticated = false;
        for (Fn f : fns) for (CallSite cs : f.calls()) if (authenticates(cs, s)) {
            authenticated = true;
            for (Val a : cs.args()) fieldsRead(a, s, credentialFields, 0);
        }
        if (authenticated) {
            Set<String> read = new HashSet<>();
            for (Fn f : fns) {
                for (CallSite cs : f.calls()) {
                    fieldsRead(cs.callee(), s, read, 0);
                    for (Val a : cs.args()) fieldsRead(a, s, read, 0);
                }
                for (Val r : f.returns()) fieldsRead(r, s, read, 0);
                for (Fn.Write w : f.writes()) fieldsRead(w.value(), s, read, 0);
            }
            if (credentialFields.containsAll(read)) return Use.SETTLED;
        }
        // the field replaced by what a static allow-list helper returns for it
        // (dto.setOrderBy(CommonUtils.inListOrNull(dto.getOrderBy(), List.of("name", "email")))): only a listed value
        // (or null) is left in it for every later read
        if (!s.prefixes().isEmpty()) {
            for (Fn f : fns) for (CallSite cs : f.calls()) if (allowListed(cs, s)) return Use.SETTLED;
        }
        for (Fn f : fns) {
            for (Val r : f.returns()) if (has(r, s)) return Use.RAW;
            for (Fn.Write w : f.writes()) {
                if (!has(w.value(), s) && w.keys().stream().noneMatch(k -> has(k, s))) continue;
                if (signed(f, w.guards(), s)) out = Use.SETTLED;
                else if (!found(f, file, w.guards(), null, s, depth)) return Use.RAW;
            }
            for (Fn.Check c : f.checks()) if (has(c.subject(), s)) out = Use.SETTLED;
            for (Fn.Compare c : f.compares()) if (has(c.left(), s) || has(c.right(), s)) out = Use.SETTLED;
            // a code check keyed by the value (verifier.validated("reset:" + email, code) throws unless the code stored
            // under that key is the one given): the value is the address the code was sent to, from there on
            dev.backcheck.findings.Location proven = null;
            for (CallSite cs : f.calls()) {
                if (proven == null && codeChecked(f, file, cs, s)) proven = cs.location();
            }
            for (CallSite cs : f.calls()) {
                Use u = call(f, file, cs, s, depth);
                if (u == Use.RAW && proven != null && cs.location() != null && cs.location().path().equals(proven.path())
                        && dev.backcheck.findings.Location.ORDER.compare(cs.location(), proven) > 0) u = Use.NONE;
                if (u == Use.RAW) {
                    // used only once a signature over the request is verified (the signer vouches for the value), or only
                    // once a lookup by it found a record (the value is equal to a stored key, nothing new is kept)
                    if (signed(f, cs.guards(), s)) u = Use.SETTLED;
                    else if (found(f, file, cs.guards(), cs.location(), s, depth)) u = Use.NONE;
                }
                if (u == Use.RAW) return Use.RAW;
                if (u == Use.SETTLED) out = Use.SETTLED;
            }
        }
        return out;
    }

    /**
     * {@code cs} hands the value (in a key) to a project method that reads a stored value by that key (a Redis get, a
     * repository finder), compares it with another of its parameters and throws when they differ.
     */
    private boolean codeChecked(Fn f, FileFacts file, CallSite cs, Subject s) {
        if (cs.args().size() < 2) return false;
        int key = -1;
        for (int j = 0; j < cs.args().size(); j++) if (has(cs.args().get(j), s)) key = key < 0 ? j : -2;
        if (key < 0) return false;
        Project.FnRef target = resolve(cs, file, f);
        if (target == null) return false;
        Fn o = target.fn();
        if (!hasBody(o) || o.throwsTypes().isEmpty() || key >= o.params().size()) return false;
        int k = key;
        java.util.function.Predicate<Val> isKey = v -> v instanceof Val.Param p && p.index() == k && p.path().isEmpty();
        boolean lookedUp = false;
        for (CallSite g : o.calls()) {
            String m = g.methodName();
            if (m == null || g.args().isEmpty() || !isKey.test(g.args().get(0))) continue;
            Val recv = Analysis.receiver(g.callee());
            String type = receiverType(recv), rn = recv == null ? "" : String.valueOf(Vals.lastName(recv));
            if (redisKeyUse(g, m) || m.equals("get") && rn.toLowerCase(Locale.ROOT).contains("redis")
                    || type != null && repositoryFinder(type, m, target.file())) lookedUp = true;
        }
        if (!lookedUp) return false;
        java.util.function.Predicate<Val> other = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() != k && p.index() < o.params().size());
        for (Fn.Compare c : o.compares()) if (other.test(c.left()) || other.test(c.right())) return true;
        for (CallSite g : o.calls()) {
            for (CallSite.Guard gd : g.guards()) if ("==".equals(gd.op()) && (other.test(gd.left()) || other.test(gd.right()))) return true;
        }
        return false;
    }

    /** A method verifying a signature, named so ({@code rsaCheck}, {@code verifySign}, {@code checkSignature}, {@code hmacValid}). */
    private static final Pattern SIGNATURE_CHECK = Pattern.compile("(?i)(?=.*(sign|rsa|hmac))(?=.*(check|verif|valid)).*");
    /** A verifier named by its receiver ({@code payService.verify(params)}, {@code webhookVerifier.check(req)}). */
    private static final Pattern SIGNATURE_VERIFIER = Pattern.compile("(?i).*(sign|pay|webhook|notify|hmac|rsa).*");

    /**
     * True when {@code guards} hold only once a signature check over the request (or over the value itself) returned
     * true: {@code if (alipayUtils.rsaCheck(request, config)) {...}}, {@code if (!signer.verifySign(params)) return ...}.
     * The check must be named as a signature check (or be a verify/check call on a receiver named so) and be given the
     * whole request, a map of its parameters or the value.
     */
    private static boolean signed(Fn f, List<CallSite.Guard> guards, Subject s) {
        if (guards == null) return false;
        for (CallSite.Guard g : guards) {
            if (!g.holds() || !"truthy".equals(g.op()) || !(g.left() instanceof Val.Call c)) continue;
            String m = Vals.lastName(c.callee());
            if (m == null) continue;
            Val recv = Analysis.receiver(c.callee());
            String rn = recv == null ? null : Vals.lastName(recv);
            boolean named = SIGNATURE_CHECK.matcher(m).matches()
                    || m.matches("(?i)(verify|check)\\w*") && rn != null && SIGNATURE_VERIFIER.matcher(rn).matches();
            if (!named) continue;
            for (Val a : c.args()) {
                if (has(a, s) || wholeRequest(f, a)) return true;
            }
        }
        return false;
    }

    /** The whole request, or all its parameters: an HttpServletRequest parameter, request.getParameterMap(), a Map parameter. */
    private static boolean wholeRequest(Fn f, Val a) {
        if (a instanceof Val.Req q) return q.path().isEmpty();
        if (a instanceof Val.Param p && p.path().isEmpty() && p.index() >= 0 && p.index() < f.params().size()) {
            String t = f.params().get(p.index()).type();
            return t != null && (t.endsWith("Request") || t.startsWith("Map") || t.startsWith("MultiValueMap"));
        }
        return false;
    }

    private static final Pattern NOT_EQUALITY = Pattern.compile("(?i).*(like|contain|starting|ending|search|blurry|fuzzy).*");
    private static final Set<String> RESULT_METHODS = Set.of("getResultList", "getResultStream", "getSingleResult", "list",
            "uniqueResult", "fetch", "stream");

    /**
     * True when {@code guards} hold only once a lookup by the value found a record ({@code if (repo.findByName(name) != null)},
     * {@code if (pwd.equals(service.passwordOf(name)))}), or the use at {@code at} runs in a loop over the rows a lookup
     * by the value returned ({@code for (Object row : query.getResultList())} after {@code query.setParameter(1, name)}):
     * there the value is equal to a key already stored.
     */
    private boolean found(Fn f, FileFacts file, List<CallSite.Guard> guards, dev.backcheck.findings.Location at, Subject s, int depth) {
        if (guards != null) {
            for (CallSite.Guard g : guards) {
                boolean nullTest = g.right() instanceof Val.Lit l && l.value() == null || g.left() instanceof Val.Lit l2 && l2.value() == null;
                if (nullTest && ("!=".equals(g.op()) && g.holds() || "==".equals(g.op()) && !g.holds())) {
                    if (lookupBy(f, file, g.left(), s, depth) || lookupBy(f, file, g.right(), s, depth)) return true;
                } else if ("==".equals(g.op()) && g.holds() && !nullTest) {
                    if (lookupBy(f, file, g.left(), s, depth) || lookupBy(f, file, g.right(), s, depth)) return true;
                } else if ("truthy".equals(g.op()) && g.holds() && g.left() instanceof Val.Call c
                        && Set.of("isPresent", "equals", "matches").contains(String.valueOf(Vals.lastName(c.callee())))) {
                    if (lookupBy(f, file, Analysis.receiver(c.callee()), s, depth)) return true;
                }
            }
        }
        if (at == null) return false;
        Fn.Loop loop = f.loopAround(at);
        if (loop == null || !(loop.over() instanceof Val.Call over)) return false;
        if (lookupBy(f, file, over, s, depth)) return true;
        // rows of a query object the value was bound to as a whole parameter (setParameter(1, name), not "%" + name + "%")
        String m = Vals.lastName(over.callee());
        Val recv = Analysis.receiver(over.callee());
        if (m == null || !RESULT_METHODS.contains(m) || recv == null) return false;
        for (CallSite cs : f.calls()) {
            Integer from = BINDERS.get(cs.methodName());
            if (from == null || !recv.equals(Analysis.receiver(cs.callee()))) continue;
            for (int j = from; j < cs.args().size(); j++) if (s.matches(cs.args().get(j))) return true;
        }
        return false;
    }

    /**
     * True when {@code v} is (a value read from) the result of a call given the subject itself that looks a record up
     * by it with an equality (a finder, a bound select), not a search.
     */
    private boolean lookupBy(Fn f, FileFacts file, Val v, Subject s, int depth) {
        for (int i = 0; i < 4 && v instanceof Val.Call c; i++) {
            String m = Vals.lastName(c.callee());
            if (m != null && c.args().stream().anyMatch(s::matches) && !NOT_EQUALITY.matcher(m).matches()) {
                for (CallSite cs : f.calls()) {
                    if (cs.location() != null && cs.location().equals(c.site())) return call(f, file, cs, s, depth) == Use.SETTLED;
                }
                return false;
            }
            v = Analysis.receiver(c.callee());
        }
        return false;
    }

    private Use call(Fn f, FileFacts file, CallSite cs, Subject s, int depth) {
        List<Integer> at = new ArrayList<>();
        for (int j = 0; j < cs.args().size(); j++) if (has(cs.args().get(j), s)) at.add(j);
        boolean inCallee = has(cs.callee(), s);
        // the object whose field the subject is, handed on whole: followed into the callee, same field
        List<Integer> whole = new ArrayList<>();
        if (!s.prefixes().isEmpty()) {
            for (int j = 0; j < cs.args().size(); j++) {
                if (cs.args().get(j) instanceof Val.Param p && p.index() == s.index() && Objects.equals(p.name(), s.name()) && p.path().isEmpty()) whole.add(j);
            }
        }
        if (at.isEmpty() && !inCallee && whole.isEmpty()) return Use.NONE;
        String m = cs.methodName();
        Val recv = Analysis.receiver(cs.callee());
        String rn = recv == null ? null : Vals.lastName(recv);
        if (m != null && LOG_METHODS.contains(m) && rn != null && rn.toLowerCase(Locale.ROOT).contains("log")) return Use.NONE;
        if (!whole.isEmpty()) {
            if (!at.isEmpty() || inCallee) return Use.RAW;
            Project.FnRef target = resolve(cs, file, f);
            if (target == null || depth >= MAX_DEPTH || !hasBody(target.fn())) return Use.RAW;
            Use out = Use.NONE;
            for (int j : whole) {
                if (j >= target.fn().params().size()) return Use.RAW;
                Use u = uses(target.fn(), target.file(), new Subject(j, target.fn().params().get(j).name(), s.prefixes()), depth + 1);
                if (u == Use.RAW) return Use.RAW;
                if (u == Use.SETTLED) out = Use.SETTLED;
            }
            return out;
        }
        if (at.isEmpty()) {
            // the value is what the method is called on: a test or a comparison of it, a copy of it (followed where the
            // copy goes), a getter of one of its fields (followed likewise) or a setter on it
            if (m == null) return Use.RAW;
            if (COMPARE.contains(m)) return Use.SETTLED;
            if (SAME.contains(m) || (m.startsWith("get") || m.startsWith("is")) && cs.args().isEmpty() || m.startsWith("set")) return Use.NONE;
            // a list or map of values being filled or walked: each element's use shows where it goes
            if (Set.of("add", "addAll", "put", "putAll", "entrySet", "values", "keySet", "iterator", "clear", "retainAll", "removeAll",
                    "remove", "stream", "forEach", "subList").contains(m)) return Use.NONE;
            // a record accessor or a Lombok fluent getter: name() with no arguments
            if (cs.args().isEmpty() && cs.callee() instanceof Val.Param p && p.path().size() == 1) return Use.NONE;
            return Use.RAW;
        }
        // a reflective read of the object's fields (java.lang.reflect.Field.get(obj)) or a copy of a collection
        // (new ArrayList<>(x)): the result carries the value (see has) and its uses decide
        if (reflectiveRead(cs.callee()) || copyingConstructor(cs.callee())) return Use.NONE;
        if (m == null) return Use.RAW;
        // a value of the object put into one of its own collections (criteria.getIds().add(criteria.getId())): its
        // later uses decide
        if (inCallee && Set.of("add", "addAll", "put", "putAll", "remove", "removeAll", "retainAll").contains(m)) return Use.NONE;
        // asked whether it is there (StringUtils.isNotBlank(x), Objects.isNull(x)): a boolean, the value goes nowhere
        if (PRESENCE.contains(m)) return Use.NONE;
        String type = receiverType(recv);
        // a credential checked against a stored value: passwordEncoder.matches(raw, hash), BCrypt.checkpw(raw, hash), a
        // TOTP or OTP verifier's verify(secret, code): the answer is a boolean, nothing is stored or built from it
        if (credentialCheck(m, rn, type)) return Use.SETTLED;
        // compared with, looked up in or tested against something: "asc".equalsIgnoreCase(x), ALLOWED.contains(x)
        // (matches on anything but a password encoder is a regex test of its receiver, not of the argument)
        if (COMPARE.contains(m) && !m.equals("matches")) return Use.SETTLED;
        // converted by a call that throws on malformed text: Status.valueOf(x), LocalDate.parse(x)
        if (STRICT_PARSE.matcher(m).matches() && type != null && !type.equals("String") && Character.isUpperCase(type.charAt(0))) {
            return Use.SETTLED;
        }
        Integer from = BINDERS.get(m);
        if (from != null) {
            // a bound value of a statement that writes (update ... set name = :name) is stored as it is
            if (recv instanceof Val.Call q && !q.args().isEmpty() && writes(Val.constString(q.args().get(0)))) return Use.RAW;
            return at.stream().allMatch(j -> j >= from) ? Use.SETTLED : Use.RAW;
        }
        // JdbcTemplate: a ? argument of a query that reads; an insert or update stores the value
        if (type != null && JDBC.contains(type)) {
            String sql = cs.args().isEmpty() ? null : Val.constString(cs.args().get(0));
            boolean reads = m.startsWith("query") && !writes(sql);
            return reads && at.stream().allMatch(j -> j >= 1) ? Use.SETTLED : Use.RAW;
        }
        if (PREDICATES.contains(m) && (type != null && CRITERIA_TYPES.contains(type) || rn != null && (rn.equals("cb") || rn.equals("builder")
                || rn.equals("criteriaBuilder") || rn.endsWith("Wrapper")))) {
            // cb.literal(x) is a bound parameter too (Hibernate binds literals by default)
            return at.stream().allMatch(j -> j >= 1 || m.equals("literal")) ? Use.SETTLED : Use.RAW;
        }
        if (type != null && repositoryFinder(type, m, file)) return Use.SETTLED;
        // an SDK call that validates its own arguments and rejects malformed ones (Firebase Admin checks a topic name
        // against its pattern and the registration tokens before any request)
        if (type != null && SDK_VALIDATED.contains(type + "." + m)) return Use.SETTLED;
        // a Redis key read, tested, expired or deleted (redisTemplate.opsForValue().get(key), hasKey(key)): a lookup key
        if (redisKeyUse(cs, m) && at.equals(List.of(0))) return Use.SETTLED;
        // a signed token verified (jjwt parseClaimsJws/parseSignedClaims, a JWTVerifier's verify, a JwtDecoder's decode):
        // the library rejects it unless its signature holds, and what is read from it is what the signer put there
        if (jwtVerified(cs, m, rn, type) && at.equals(List.of(0))) return Use.SETTLED;
        // decrypted or decoded: the result carries the value (see has) and its uses decide
        if (DECODE.matcher(m).matches()) return Use.NONE;
        // a token or code the issuer verifies: Firebase Admin's verifyIdToken (signature, issuer, audience, expiry), an OAuth
        // authorization code handed to the client's token request (the authorization server redeems it or refuses)
        if (verifiedByIssuer(cs, m) && at.equals(List.of(0))) return Use.SETTLED;
        // a workflow engine (Activiti, Flowable, Camunda) asked for a task, an instance or a deployment by its id or key
        if (workflowLookup(cs, m, at)) return Use.SETTLED;
        // added to a local collection: where the collection goes (a parameter list handed to a binder)
        if (m.equals("add") && recv instanceof Val.New coll && at.equals(List.of(0))) return collection(f, file, coll, depth);
        // a Lombok builder's field: X.builder().code(x).build() handed to a project method
        if (depth < MAX_DEPTH && at.size() == 1 && cs.callee() instanceof Val.Member mb && builderField(mb)) {
            return builtObject(f, file, cs, mb.prop(), depth);
        }
        // credentials forwarded to an OAuth2 token endpoint (the resource-owner password grant), which authenticates them
        if (type != null && CREDENTIAL_FORWARD.contains(type + "." + m)) return Use.SETTLED;
        // the message of an exception (new IllegalArgumentException("User not found with email: " + email)): text for the
        // answer or the log, nothing looked up, stored or built with it
        if (cs.isNew() && at.size() == 1 && !inCallee && (m.endsWith("Exception") || m.endsWith("Error"))) return Use.NONE;
        // new EntryFilter(from, to, kind, text) of a project record (or a class whose constructor Lombok writes): the value
        // becomes that field of the object, followed into each project method the object is handed to
        if (depth < MAX_DEPTH && at.size() == 1 && cs.isNew() && !inCallee) {
            String field = writtenConstructorField(cs, file, at.get(0), cs.args().size());
            if (field != null) return constructedObject(f, file, cs, field, depth);
        }
        Project.FnRef target = resolve(cs, file, f);
        if (target == null || depth >= MAX_DEPTH) return Use.RAW;
        // a MyBatis mapper method whose statement is a select binding every parameter with #{...}: a lookup
        if (!hasBody(target.fn()) && MyBatisSelects.of(project).boundSelect(target.fn())) return Use.SETTLED;
        // the name may resolve to another overload: every method of that name and arity in the class may run
        List<Fn> candidates = sameArity(target, cs.args().size());
        Use out = Use.NONE;
        for (Fn o : candidates) {
            if (!hasBody(o)) return Use.RAW;
            for (int j : at) {
                if (j >= o.params().size()) return Use.RAW;
                Fn.Param p = o.params().get(j);
                if (p.name().startsWith("...")) return Use.RAW;
                Use u = uses(o, target.file(), new Subject(j, p.name(), List.of()), depth + 1);
                // a parameter the method never mentions (a stub answering null): the value reaches nothing
                if (u == Use.NONE && !mentioned(o, j, p.name())) u = Use.SETTLED;
                if (u == Use.RAW || u == Use.NONE) return Use.RAW;
                out = u;
            }
        }
        return out;
    }

    private static final Pattern ALLOW_HELPER = Pattern.compile("in(List|Set|Array|Values)?(OrNull|OrDefault|OrElse)?|isIn|oneOf"
            + "|(allow|white)[Ll]ist\\w*|allowed\\w*");

    /**
     * {@code x.setF(Helper.inListOrNull(x.getF(), allowed))} where the subject is field F of x: a static helper named as an
     * allow-list test, given the field's current value, whose result replaces it.
     */
    private static boolean allowListed(CallSite cs, Subject s) {
        String m = cs.methodName();
        if (m == null || !m.startsWith("set") || m.length() < 4 || cs.args().size() != 1) return false;
        String field = Character.toLowerCase(m.charAt(3)) + m.substring(4);
        String getter = "get" + m.substring(3);
        if (!s.prefixes().contains(getter) && !s.prefixes().contains(field)) return false;
        if (!(Analysis.receiver(cs.callee()) instanceof Val.Param p) || p.index() != s.index() || !Objects.equals(p.name(), s.name())
                || !p.path().isEmpty()) return false;
        if (!(cs.args().get(0) instanceof Val.Call c) || !(c.callee() instanceof Val.Ref r) || r.path().isEmpty()) return false;
        String helper = r.path().get(r.path().size() - 1);
        if (!ALLOW_HELPER.matcher(helper).matches() || c.args().size() < 2) return false;
        Val first = c.args().get(0);
        Val read = first instanceof Val.Call g && g.args().isEmpty() ? g.callee() : first;
        return read instanceof Val.Param q && q.index() == s.index() && Objects.equals(q.name(), s.name())
                && q.path().size() == 1 && (q.path().get(0).equals(getter) || q.path().get(0).equals(field));
    }

    /** The methods named as {@code target} with {@code arity} parameters in its class ({@code target} alone when none). */
    private static List<Fn> sameArity(Project.FnRef target, int arity) {
        if (target.fn().params().size() == arity && target.fn().params().stream().noneMatch(p -> p.name().startsWith("..."))) {
            return List.of(target.fn());
        }
        List<Fn> same = new ArrayList<>();
        for (ClassInfo c : target.file().classes().values()) {
            if (c.methods().stream().noneMatch(x -> x == target.fn())) continue;
            for (Fn x : c.methods()) if (Objects.equals(x.name(), target.fn().name()) && x.params().size() == arity) same.add(x);
        }
        return same.isEmpty() ? List.of(target.fn()) : same;
    }

    private static final Pattern CREDENTIAL_CHECKER = Pattern.compile("(?i).*(passwordencoder|encoder|bcrypt|argon2|scrypt|pbkdf2|hasher"
            + "|totp|hotp|otp|authenticator|2fa|mfa).*");

    /** encoder.matches(raw, hash), BCrypt.checkpw, Argon2 verify, a TOTP/OTP verify(secret, code) on a checker named so. */
    private static boolean credentialCheck(String m, String receiverName, String receiverType) {
        boolean checker = receiverName != null && CREDENTIAL_CHECKER.matcher(receiverName).matches()
                || receiverType != null && CREDENTIAL_CHECKER.matcher(receiverType).matches();
        if (!checker) return false;
        return m.equals("matches") || m.equals("checkpw") || m.matches("verify\\w*|isValid(Code|Otp|Token)?|validate(Code|Otp)");
    }

    /** The fields of the subject {@code v} reads ("" for the value itself). */
    private static void fieldsRead(Val v, Subject s, Set<String> out, int depth) {
        if (v == null || depth > 30) return;
        if (v instanceof Val.Param p && p.index() == s.index() && Objects.equals(p.name(), s.name())) {
            out.add(p.path().isEmpty() ? "" : p.path().get(0).replaceFirst("^get(?=[A-Z])", "").toLowerCase(Locale.ROOT));
            return;
        }
        if (v instanceof Val.Concat c) for (Val x : c.parts()) fieldsRead(x, s, out, depth + 1);
        if (v instanceof Val.Tpl t) for (Val x : t.holes()) fieldsRead(x, s, out, depth + 1);
        if (v instanceof Val.OneOf o) for (Val x : o.options()) fieldsRead(x, s, out, depth + 1);
        if (v instanceof Val.Arr a) for (Val x : a.items()) fieldsRead(x, s, out, depth + 1);
        if (v instanceof Val.Obj o) for (Val x : o.props().values()) fieldsRead(x, s, out, depth + 1);
        if (v instanceof Val.Member m) fieldsRead(m.object(), s, out, depth + 1);
        if (v instanceof Val.New n) for (Val x : n.args()) fieldsRead(x, s, out, depth + 1);
        if (v instanceof Val.Call c) {
            fieldsRead(c.callee(), s, out, depth + 1);
            for (Val x : c.args()) fieldsRead(x, s, out, depth + 1);
        }
    }

    /** {@code authenticationManager.authenticate(new UsernamePasswordAuthenticationToken(..subject..))}. */
    private static boolean authenticates(CallSite cs, Subject s) {
        if (!"authenticate".equals(cs.methodName()) || cs.args().size() != 1) return false;
        Val a = cs.args().get(0);
        Val callee = a instanceof Val.New n ? n.callee() : a instanceof Val.Call c ? c.callee() : null;
        List<Val> args = a instanceof Val.New n ? n.args() : a instanceof Val.Call c ? c.args() : List.of();
        boolean token = callee instanceof Val.Ref r && "UsernamePasswordAuthenticationToken".equals(r.export());
        return token && args.stream().anyMatch(x -> has(x, s));
    }

    /** A list the value was added to ({@code params.add(x)}): every call it is handed to or called on decides. */
    private Use collection(Fn f, FileFacts file, Val.New coll, int depth) {
        Use out = Use.NONE;
        List<Fn> fns = new ArrayList<>();
        collect(f, fns, 0);
        for (Fn g : fns) {
            for (CallSite cs : g.calls()) {
                Val recv = Analysis.receiver(cs.callee());
                if (coll.equals(recv)) continue; // params.add(...), params.size()
                for (int j = 0; j < cs.args().size(); j++) {
                    if (!coll.equals(cs.args().get(j))) continue;
                    Project.FnRef target = resolve(cs, file, g);
                    String m = cs.methodName();
                    String type = receiverType(Analysis.receiver(cs.callee()));
                    if (type != null && JDBC.contains(type) && j >= 1 && m != null && m.startsWith("query")
                            && !writes(cs.args().isEmpty() ? null : Val.constString(cs.args().get(0)))) {
                        out = Use.SETTLED;
                        continue;
                    }
                    if (m != null && m.equals("toArray")) continue;
                    // a set of Redis keys deleted or read at once
                    if (m != null && j == 0 && redisKeyUse(cs, m)) {
                        out = Use.SETTLED;
                        continue;
                    }
                    if (target == null || depth >= MAX_DEPTH) return Use.RAW;
                    for (Fn o : overloads(target, cs.args().size(), j, coll)) {
                        if (!hasBody(o) || j >= o.params().size()) return Use.RAW;
                        Use u = uses(o, target.file(), new Subject(j, o.params().get(j).name(), List.of()), depth + 1);
                        // a callee that only adds to the list or never reads it is neutral
                        if (u == Use.RAW) return Use.RAW;
                        if (u == Use.SETTLED) out = Use.SETTLED;
                    }
                }
            }
            for (Val r : g.returns()) if (Vals.anyPart(r, x -> x.equals(coll))) return Use.RAW;
        }
        return out;
    }

    private static final Pattern WRITE_SQL = Pattern.compile("(?is)\\s*(insert|update|delete|merge|replace|upsert)\\b.*");

    /** True when a statement's text (when known) writes. */
    private static boolean writes(String sql) {
        return sql != null && WRITE_SQL.matcher(sql).matches();
    }

    /**
     * The methods a call resolved to {@code target} may run: the overloads of its class with as many parameters,
     * narrowed by the collection handed at {@code index} (an ArrayList is no Map).
     */
    private static List<Fn> overloads(Project.FnRef target, int arity, int index, Val.New arg) {
        List<Fn> same = new ArrayList<>();
        for (ClassInfo c : target.file().classes().values()) {
            if (c.methods().stream().noneMatch(x -> x == target.fn())) continue;
            for (Fn x : c.methods()) if (Objects.equals(x.name(), target.fn().name()) && x.params().size() == arity) same.add(x);
        }
        if (same.isEmpty()) return List.of(target.fn());
        String made = Vals.lastName(arg.callee());
        boolean list = made != null && (made.endsWith("List") || made.endsWith("Set")), map = made != null && made.endsWith("Map");
        List<Fn> fit = new ArrayList<>();
        for (Fn x : same) {
            String t = index < x.params().size() ? x.params().get(index).type() : null;
            String outer = t == null ? "" : t.replaceAll("<.*", "").replaceAll(".*\\.", "");
            boolean isMap = outer.endsWith("Map"), isColl = Set.of("List", "Collection", "Iterable", "Set", "ArrayList", "LinkedList").contains(outer);
            if (list && isMap || map && isColl) continue;
            fit.add(x);
        }
        return fit.isEmpty() ? same : fit;
    }

    /** {@code X.builder()...field(x)...}: a fluent setter on a chain that starts at a static builder() call. */
    private static boolean builderField(Val.Member mb) {
        Val o = mb.object();
        for (int i = 0; i < 30 && o != null; i++) {
            if (o instanceof Val.Call c) {
                if (c.callee() instanceof Val.Ref r && !r.path().isEmpty() && r.path().get(r.path().size() - 1).equals("builder")) return true;
                if (c.callee() instanceof Val.Member m) {
                    o = m.object();
                    continue;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * The object built by the chain whose {@code field(x)} call is {@code cs}: the value is that field of it, followed
     * into each project method the built object is handed to (read there by getField()/field()).
     */
    private Use builtObject(Fn f, FileFacts file, CallSite setter, String field, int depth) {
        Use out = Use.NONE;
        String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        List<Fn> fns = new ArrayList<>();
        collect(f, fns, 0);
        for (Fn g : fns) {
            for (CallSite cs : g.calls()) {
                for (int j = 0; j < cs.args().size(); j++) {
                    Val a = cs.args().get(j);
                    if (!(a instanceof Val.Call built) || !"build".equals(Vals.lastName(built.callee())) || !chainHas(built, setter)) continue;
                    Project.FnRef target = resolve(cs, file, g);
                    if (target == null || !hasBody(target.fn()) || j >= target.fn().params().size()) return Use.RAW;
                    Fn.Param p = target.fn().params().get(j);
                    Use u = uses(target.fn(), target.file(), new Subject(j, p.name(), List.of(getter, field)), depth + 1);
                    if (u != Use.SETTLED) return Use.RAW;
                    out = Use.SETTLED;
                }
            }
            for (Val r : g.returns()) if (Vals.anyPart(r, x -> x instanceof Val.Call c && "build".equals(Vals.lastName(c.callee())) && chainHas(c, setter))) return Use.RAW;
            for (Fn.Write w : g.writes()) if (Vals.anyPart(w.value(), x -> x instanceof Val.Call c && "build".equals(Vals.lastName(c.callee())) && chainHas(c, setter))) return Use.RAW;
        }
        return out;
    }

    /**
     * The field that argument {@code j} of {@code new X(..)} becomes, when X is a project class whose constructor no
     * code of the project writes (a record, whose components are its fields; a Lombok {@code @AllArgsConstructor} or
     * {@code @RequiredArgsConstructor}, which assigns them in order): null otherwise.
     */
    private String writtenConstructorField(CallSite cs, FileFacts file, int j, int arity) {
        String name = Vals.lastName(cs.callee());
        if (name == null) return null;
        Project.ClassHit hit;
        try {
            hit = project.classNamed(name, file);
        } catch (RuntimeException e) {
            return null;
        }
        if (hit == null || hit.file() == null || !"java".equals(hit.file().language())) return null;
        ClassInfo c = hit.info();
        if (c.ctorParams().size() != arity || j >= arity) return null;
        // a constructor written out (a compact one of a record takes no parameters of its own and keeps them as given)
        for (Fn x : c.methods()) if ("constructor".equals(x.name()) && !x.params().isEmpty()) return null;
        String field = c.ctorParams().get(j).name();
        return field != null && c.props().stream().anyMatch(p -> field.equals(p.name())) ? field : null;
    }

    /**
     * The object made by {@code new X(..)} at {@code made}, the value its field {@code field}: followed into each project
     * method the object is handed to (read there by field() or getField()); returned, written or handed anywhere else,
     * or read in place, it is taken as used as it is.
     */
    private Use constructedObject(Fn f, FileFacts file, CallSite made, String field, int depth) {
        java.util.function.Predicate<Val> object = x -> x instanceof Val.New n && made.location() != null && made.location().equals(n.site());
        String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        Use out = Use.NONE;
        List<Fn> fns = new ArrayList<>();
        collect(f, fns, 0);
        for (Fn g : fns) {
            for (CallSite cs : g.calls()) {
                if (cs == made || made.location().equals(cs.location())) continue;
                if (Vals.anyPart(cs.callee(), object)) return Use.RAW;
                for (int j = 0; j < cs.args().size(); j++) {
                    Val a = cs.args().get(j);
                    if (!Vals.anyPart(a, object)) continue;
                    if (!object.test(a)) return Use.RAW;
                    Project.FnRef target = resolve(cs, file, g);
                    if (target == null) return Use.RAW;
                    for (Fn o : sameArity(target, cs.args().size())) {
                        if (!hasBody(o) || j >= o.params().size() || o.params().get(j).name().startsWith("...")) return Use.RAW;
                        Use u = uses(o, target.file(), new Subject(j, o.params().get(j).name(), List.of(field, getter)), depth + 1);
                        if (u != Use.SETTLED) return Use.RAW;
                        out = Use.SETTLED;
                    }
                }
            }
            for (Val r : g.returns()) if (Vals.anyPart(r, object)) return Use.RAW;
            for (Fn.Write w : g.writes()) if (Vals.anyPart(w.value(), object)) return Use.RAW;
            for (Fn.Loop l : g.loops()) if (Vals.anyPart(l.over(), object)) return Use.RAW;
        }
        return out;
    }

    /** True when the builder chain ending in {@code built} passes through the call at {@code setter}. */
    private static boolean chainHas(Val.Call built, CallSite setter) {
        Val o = built;
        for (int i = 0; i < 40 && o instanceof Val.Call c; i++) {
            if (Objects.equals(c.site(), setter.location())) return true;
            o = c.callee() instanceof Val.Member m ? m.object() : null;
        }
        return false;
    }

    /** A Spring Data repository (an interface extending a Spring Data type) and a method of it that looks records up. */
    private boolean repositoryFinder(String type, String method, FileFacts file) {
        if (!FINDER.matcher(method).matches()) return false;
        Project.ClassHit hit = project.classNamed(type, file);
        for (int i = 0; i < 3 && hit != null; i++) {
            ClassInfo c = hit.info();
            List<Val> up = new ArrayList<>(c.implemented());
            if (c.superClass() != null) up.add(c.superClass());
            Project.ClassHit next = null;
            for (Val u : up) {
                if (u instanceof Val.Ref r && r.module() != null && r.module().startsWith("org.springframework.data")) return true;
                String n = Vals.lastName(u);
                if (n != null && next == null) next = project.classNamed(n, hit.file());
            }
            hit = next;
        }
        return false;
    }

    /** The class name a receiver value is typed with (a field or parameter type the front end resolved), or null. */
    private static String receiverType(Val recv) {
        if (recv instanceof Val.Ref r) return r.path().isEmpty() ? r.export() : null;
        return null;
    }

    private Project.FnRef resolve(CallSite cs, FileFacts file, Fn caller) {
        try {
            return analysis.resolveCallee(cs.callee(), file, caller);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An interface method has no body: nothing shows what it does with its arguments. */
    private static boolean hasBody(Fn fn) {
        return !fn.calls().isEmpty() || !fn.returns().isEmpty() || !fn.writes().isEmpty() || !fn.checks().isEmpty()
                || !fn.compares().isEmpty();
    }

    /** A call that decrypts or decodes its argument ({@code EncryptUtils.desDecrypt(x)}, {@code URLDecoder.decode(x)}). */
    private static final Pattern DECODE = Pattern.compile("(?i)\\w*(decrypt|decode)\\w*");
    private static final Set<String> JWT_PARSE = Set.of("parseClaimsJws", "parseSignedClaims", "parseSignedContent");

    private static boolean jwtVerified(CallSite cs, String m, String receiverName, String receiverType) {
        if (JWT_PARSE.contains(m)) return true;
        String r = (receiverName == null ? "" : receiverName) + " " + (receiverType == null ? "" : receiverType);
        if (m.equals("verify")) return r.matches("(?i).*(jwtverifier|jwsverifier|tokenverifier).*");
        if (m.equals("decode")) return r.matches("(?i).*jwtdecoder.*");
        return false;
    }

    /** True when parameter {@code j} of {@code o} occurs anywhere in its facts. */
    private static boolean mentioned(Fn o, int j, String name) {
        java.util.function.Predicate<Val> it = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() == j && Objects.equals(p.name(), name));
        List<Fn> fns = new ArrayList<>();
        collect(o, fns, 0);
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) if (it.test(cs.callee()) || cs.args().stream().anyMatch(it)) return true;
            if (f.returns().stream().anyMatch(it)) return true;
            for (Fn.Write w : f.writes()) if (it.test(w.value()) || it.test(w.target()) || w.keys().stream().anyMatch(it)) return true;
            for (Fn.Check c : f.checks()) if (it.test(c.subject())) return true;
            for (Fn.Compare c : f.compares()) if (it.test(c.left()) || it.test(c.right())) return true;
            for (Fn.Loop l : f.loops()) if (it.test(l.over())) return true;
            for (Fn.Read r : f.reads()) if (it.test(r.value())) return true;
        }
        return false;
    }

    private static final Set<String> STRING_BUILDING = Set.of("String", "toString", "trim", "strip", "toLowerCase", "toUpperCase",
            "join", "concat", "replace", "substring", "format", "formatted", "valueOf");

    /** True when {@code v} carries the subject's data: the value itself, a getter or a copy of it, text built from it. */
    private static boolean has(Val v, Subject s) {
        return has(v, s, 0);
    }

    private static boolean has(Val v, Subject s, int depth) {
        if (v == null || depth > 30) return false;
        if (s.matches(v)) return true;
        // x.getClass() is the type, none of its data; x.size(), x.equals(y): a number or a boolean about it
        if (v instanceof Val.Call c && "getClass".equals(Vals.lastName(c.callee())) && c.args().isEmpty()) return false;
        if (v instanceof Val.Call c && Vals.lastName(c.callee()) != null && COMPARE.contains(Vals.lastName(c.callee()))
                && !(c.callee() instanceof Val.Ref)) return false;
        // field.get(x): the value of one of x's fields, read by reflection; new ArrayList<>(x): a copy of x
        if (v instanceof Val.Call c && (reflectiveRead(c.callee()) || copyingConstructor(c.callee()))) {
            return c.args().stream().anyMatch(x -> has(x, s, depth + 1));
        }
        if (v instanceof Val.New n && copyingConstructor(n.callee())) return n.args().stream().anyMatch(x -> has(x, s, depth + 1));
        if (v instanceof Val.Param p && p.index() == s.index() && Objects.equals(p.name(), s.name()) && !s.prefixes().isEmpty()) return false;
        if (v instanceof Val.Concat c) return c.parts().stream().anyMatch(x -> has(x, s, depth + 1));
        if (v instanceof Val.Tpl t) return t.holes().stream().anyMatch(x -> has(x, s, depth + 1));
        if (v instanceof Val.OneOf o) return o.options().stream().anyMatch(x -> has(x, s, depth + 1));
        if (v instanceof Val.Arr a) return a.items().stream().anyMatch(x -> has(x, s, depth + 1));
        if (v instanceof Val.Obj o) return o.props().values().stream().anyMatch(x -> has(x, s, depth + 1));
        if (v instanceof Val.Member m) return has(m.object(), s, depth + 1);
        if (v instanceof Val.Call c) {
            if (has(c.callee(), s, depth + 1)) return true;
            String n = Vals.lastName(c.callee());
            return n != null && (STRING_BUILDING.contains(n) || DECODE.matcher(n).matches()) && c.args().stream().anyMatch(x -> has(x, s, depth + 1));
        }
        return false;
    }

    private static final Set<String> CREDENTIAL_FORWARD = Set.of("ResourceOwnerPasswordResourceDetails.setUsername",
            "ResourceOwnerPasswordResourceDetails.setPassword");

    /**
     * MyBatis mapper methods whose statement (a {@code <select id="m">} of a mapper XML whose namespace names the
     * interface, or a {@code @Select} annotation) reads and binds its parameters with {@code #{...}} only, no
     * {@code ${...}} splice.
     */
    static final class MyBatisSelects {
        private static final Pattern NAMESPACE = Pattern.compile("<mapper\\s[^>]*namespace\\s*=\\s*\"([^\"]+)\"");
        private static final Pattern STATEMENT = Pattern.compile("<(select|update|insert|delete)\\s[^>]*?id\\s*=\\s*\"([^\"]+)\"[^>]*>(.*?)</\\1\\s*>",
                Pattern.DOTALL);
        private final Set<Fn> bound = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Fn> other = Collections.newSetFromMap(new IdentityHashMap<>());

        static MyBatisSelects of(Project p) {
            return p.derived(MyBatisSelects.class, MyBatisSelects::new);
        }

        private MyBatisSelects(Project project) {
            for (FileFacts f : project.files().values()) {
                if (!"java".equals(f.language())) continue;
                for (ClassInfo c : f.classes().values()) {
                    for (Fn m : c.methods()) {
                        for (dev.backcheck.lang.facts.Decorator d : m.decorators()) {
                            if (!Set.of("Select", "Update", "Insert", "Delete").contains(d.name()) || d.args().isEmpty()) continue;
                            String sql = Val.constString(d.args().get(0));
                            add(m, d.name().equals("Select") && sql != null && !sql.contains("${"));
                        }
                    }
                }
            }
            for (Map.Entry<String, String> e : new TreeMap<>(project.texts()).entrySet()) {
                if (!e.getKey().toLowerCase(Locale.ROOT).endsWith(".xml") || e.getValue().length() > 2_000_000) continue;
                java.util.regex.Matcher ns = NAMESPACE.matcher(e.getValue());
                if (!ns.find()) continue;
                String fqn = ns.group(1);
                Project.ClassHit hit;
                try {
                    hit = project.classNamed(fqn.substring(fqn.lastIndexOf('.') + 1), null);
                } catch (RuntimeException ex) {
                    hit = null;
                }
                if (hit == null) continue;
                java.util.regex.Matcher st = STATEMENT.matcher(e.getValue());
                while (st.find()) {
                    Fn m = hit.info().method(st.group(2));
                    if (m != null) add(m, st.group(1).equals("select") && !st.group(3).contains("${"));
                }
            }
        }

        private void add(Fn m, boolean boundSelect) {
            if (boundSelect && !other.contains(m)) bound.add(m);
            else {
                bound.remove(m);
                other.add(m);
            }
        }

        boolean boundSelect(Fn m) {
            return bound.contains(m);
        }
    }

    /** SDK methods that check their arguments' format themselves (read in the SDK's source). */
    private static final Set<String> SDK_VALIDATED = Set.of("FirebaseMessaging.subscribeToTopic", "FirebaseMessaging.unsubscribeFromTopic",
            "FirebaseMessaging.subscribeToTopicAsync", "FirebaseMessaging.unsubscribeFromTopicAsync");
    private static final Set<String> REDIS_TYPES = Set.of("RedisTemplate", "StringRedisTemplate", "RedisOperations",
            "ValueOperations", "HashOperations", "ReactiveRedisTemplate", "ReactiveStringRedisTemplate", "ReactiveValueOperations",
            "BoundValueOperations");
    private static final Set<String> REDIS_KEY_OPS = Set.of("get", "hasKey", "delete", "unlink", "expire", "getExpire", "getAndDelete",
            "persist", "type", "entries", "size", "members", "isMember");

    private static final Set<String> FIREBASE_VERIFY = Set.of("verifyIdToken", "verifyIdTokenAsync", "verifySessionCookie",
            "verifySessionCookieAsync");

    /** {@code FirebaseAuth.getInstance().verifyIdToken(x)}, {@code ctx.getAccessTokenRequest().setAuthorizationCode(x)}. */
    private static boolean verifiedByIssuer(CallSite cs, String m) {
        Val o = Analysis.receiver(cs.callee());
        if (m.equals("setAuthorizationCode")) {
            return o instanceof Val.Call c && "getAccessTokenRequest".equals(Vals.lastName(c.callee()))
                    || o instanceof Val.Ref r && r.path().isEmpty() && "AccessTokenRequest".equals(r.export());
        }
        // Stripe's Webhook.constructEvent(payload, signature, secret): the event is parsed from the payload only when the
        // signature over it holds (SignatureVerificationException otherwise)
        if (m.equals("constructEvent")) {
            return o instanceof Val.Ref r && r.path().isEmpty() && "Webhook".equals(r.export())
                    && (r.module() == null || r.module().startsWith("com.stripe"));
        }
        if (!FIREBASE_VERIFY.contains(m)) return false;
        for (int i = 0; i < 4 && o != null; i++) {
            if (o instanceof Val.Ref r) {
                return "FirebaseAuth".equals(r.export()) || r.module() != null && r.module().startsWith("com.google.firebase.auth");
            }
            if (!(o instanceof Val.Call c)) return false;
            Val up = Analysis.receiver(c.callee());
            o = up != null ? up : c.callee();
        }
        return false;
    }

    private static final Set<String> WORKFLOW_SERVICES = Set.of("RepositoryService", "RuntimeService", "TaskService", "HistoryService",
            "ManagementService", "FormService", "ProcessEngine");
    private static final Pattern WORKFLOW_QUERY_KEY = Pattern.compile("\\w*(Id|Ids|Key|IdIn|KeyIn)");
    /** Service methods taking an id as their first argument (getResourceAsStream: a deployment's resource by name too). */
    private static final Set<String> WORKFLOW_BY_ID = Set.of("deleteDeployment", "deleteProcessInstance", "getResourceAsStream",
            "getProcessDefinition", "getBpmnModel", "getProcessModel", "getProcessDiagram", "getVariables", "getVariable",
            "suspendProcessInstanceById", "activateProcessInstanceById", "suspendProcessDefinitionById", "activateProcessDefinitionById",
            "getDeploymentResourceNames", "getIdentityLinksForTask", "getProcessInstanceComments", "getTaskComments");

    /**
     * {@code taskService.createTaskQuery().taskId(x)}, {@code repositoryService.deleteDeployment(x, true)}: the value is a key
     * the engine looks its own records up by (a bound parameter of its queries).
     */
    private static boolean workflowLookup(CallSite cs, String m, List<Integer> at) {
        Val o = Analysis.receiver(cs.callee());
        boolean chained = false;
        for (int i = 0; i < 12 && o != null; i++) {
            if (o instanceof Val.Ref r) {
                boolean engine = r.module() != null && (r.module().startsWith("org.activiti") || r.module().startsWith("org.flowable")
                        || r.module().startsWith("org.camunda")) || r.path().isEmpty() && WORKFLOW_SERVICES.contains(r.export());
                if (!engine) return false;
                if (chained) return WORKFLOW_QUERY_KEY.matcher(m).matches() && at.equals(List.of(0));
                return WORKFLOW_BY_ID.contains(m) && (at.equals(List.of(0)) || m.equals("getResourceAsStream"));
            }
            if (!(o instanceof Val.Call c)) return false;
            chained = true;
            Val up = Analysis.receiver(c.callee());
            o = up != null ? up : c.callee();
        }
        return false;
    }

    /** A Spring Data Redis call that only names a key: read, tested, expired or deleted (no value written). */
    private static boolean redisKeyUse(CallSite cs, String m) {
        if (!REDIS_KEY_OPS.contains(m)) return false;
        Val o = Analysis.receiver(cs.callee());
        for (int i = 0; i < 4 && o != null; i++) {
            if (o instanceof Val.Ref r && r.module() != null && r.module().startsWith("org.springframework.data.redis")) return true;
            if (o instanceof Val.Ref r && REDIS_TYPES.contains(r.export())) return true;
            if (!(o instanceof Val.Call c)) return false;
            Val up = Analysis.receiver(c.callee());
            o = up != null ? up : c.callee();
        }
        return false;
    }

    /** {@code java.lang.reflect.Field.get(obj)} (and its typed getters): reads a field of {@code obj}. */
    private static boolean reflectiveRead(Val callee) {
        if (!(callee instanceof Val.Ref r) || !"java.lang.reflect".equals(r.module()) || !"Field".equals(r.export())) return false;
        return r.path().size() == 1 && r.path().get(0).matches("get(Int|Long|Boolean|Double|Float|Short|Byte|Char)?");
    }

    private static final Set<String> COLLECTION_FACTORIES = Set.of("List", "Set", "Collections", "Arrays", "Sets", "Lists",
            "ImmutableList", "ImmutableSet", "Stream");
    private static final Set<String> JDK_COLLECTIONS = Set.of("ArrayList", "LinkedList", "HashSet", "LinkedHashSet", "TreeSet",
            "ArrayDeque", "HashMap", "LinkedHashMap", "TreeMap");

    /** {@code new ArrayList<>(x)}: a java.util collection built as a copy of another. */
    private static boolean copyingConstructor(Val callee) {
        // the module is the front end's guess among wildcard imports when java.util.* is one of several
        if (callee instanceof Val.Ref r && r.path().isEmpty() && JDK_COLLECTIONS.contains(r.export())) return true;
        // a collection factory: List.of(x), Collections.singletonList(x), Sets.newHashSet(x), Arrays.asList(x)
        return callee instanceof Val.Ref r && r.path().size() == 1 && COLLECTION_FACTORIES.contains(r.export())
                && r.path().get(0).matches("of|copyOf|singleton|singletonList|asList|newHashSet|newArrayList|newLinkedHashSet|newTreeSet");
    }

    private static void collect(Fn fn, List<Fn> out, int depth) {
        out.add(fn);
        if (depth > 3) return;
        for (Fn n : fn.nested()) collect(n, out, depth + 1);
    }
}
