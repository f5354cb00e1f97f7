package dev.backcheck.rules.validation;

import dev.backcheck.concepts.SourceLines;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand validation in TypeScript/JavaScript handlers that the extracted checks alone do not show:
 * <ul>
 *   <li>a project validator helper (validateX, xValidator, checkX, isValidX...) that inspects its argument by type,
 *       format or range, called with request fields, whose result the handler tests in an {@code if} whose branch
 *       rejects (4xx, throw, next(err), early return): {@code const errors = validateX(req.body.x); if (errors.length)
 *       return res.status(400)...};</li>
 *   <li>a whole request part handed only to helpers that inspect it and never pass it on (a presence check over a
 *       list of names, a pagination helper that parses and clamps page and limit): that read uses nothing;</li>
 *   <li>a check whose branch does not reject ({@code if (url.includes('x')) return res.json(...)} answers 200): it
 *       validates nothing;</li>
 *   <li>a value read into a local that the handler never mentions again ({@code const body = req.body} in a stub,
 *       a destructured field never referenced).</li>
 * </ul>
 * Source text is read only to find the branch of a test and the names a read is bound to.
 */
final class HandChecks {
    private HandChecks() { }

    /** Names project validators are written with. */
    private static final Pattern VALIDATOR_NAME = Pattern.compile(
            "(?i:valid|validat|saniti[sz]|check|assert|ensure|clamp)\\w*|is[A-Z]\\w*|\\w*(Valid|Validator|Validation|Check|Checker|Sanitizer|Sanitiser)\\w*");
    /** Calls that inspect a value and hand it nowhere. */
    private static final Set<String> INSPECT = Set.of("test", "match", "includes", "has", "indexOf", "startsWith", "endsWith",
            "isNaN", "isFinite", "isInteger", "isSafeInteger", "isArray", "Number", "parseInt", "parseFloat", "String", "Boolean",
            "trim", "toLowerCase", "toUpperCase", "toString", "max", "min", "floor", "ceil", "round", "abs", "keys", "values",
            "entries", "getTime", "valueOf", "localeCompare", "every", "some", "filter", "map", "forEach", "find", "join", "push",
            "isValid", "isValidObjectId", "isEmail", "isURL", "isUUID", "isMongoId", "isLength", "isInt", "isNumeric",
            "isAlphanumeric", "isDate", "isStrongPassword", "isMobilePhone", "split", "slice", "substring", "charAt", "hasOwnProperty");
    /** Inspections by type, format or range (a presence test alone is not one). */
    private static final Set<String> SHAPE = Set.of("test", "match", "includes", "has", "isNaN", "isFinite", "isInteger",
            "isSafeInteger", "isArray", "max", "min", "isValid", "isValidObjectId", "isEmail", "isURL", "isUUID", "isMongoId",
            "isLength", "isInt", "isNumeric", "isAlphanumeric", "isDate", "isStrongPassword", "isMobilePhone", "parseInt",
            "parseFloat", "Number");

    // ------------------------------------------------------------------ validator helpers

    /** What a project helper does with one of its parameters. */
    record Inspection(boolean shape, boolean escapes) { }

    /**
     * How {@code fn} treats parameter {@code index}: {@code shape} when it tests its type, format or range (a typeof or
     * length compare, a regex test, an allow-list, a numeric parse and clamp), {@code escapes} when it hands the value as
     * it is to anything else (a call that is not an inspection, a return, a write) so the helper is more than a check.
     */
    /**
     * {@link #inspect} for a validator whose result the caller tests (validateImage(data, type) then if (!r.valid) 400): the
     * value it hands back in its verdict ({ valid: true, mimeType }) is the value the caller already holds, not a use; and
     * a length it reads and bounds through arithmetic (data.length * 0.75 > max), which the facts do not keep, is a range.
     */
    static Inspection validatorInspect(Analysis analysis, Fn fn, int index) {
        Inspection base = inspect(analysis, fn, index, false);
        if (base.shape() || base.escapes() || index >= fn.params().size()) return base;
        String name = fn.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*") || fn.location() == null) return base;
        List<String> lines = SourceLines.read(analysis.project(), fn.location().path());
        if (lines.isEmpty() || fn.location().endLine() > lines.size()) return base;
        String body = String.join("\n", lines.subList(Math.max(0, fn.location().line() - 1), fn.location().endLine()));
        boolean lengthRead = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "\\.(length|size|byteLength)\\b").matcher(body).find();
        boolean bound = Pattern.compile("[<>]=?\\s*[\\w$.]*(max|MAX|Max|limit|LIMIT|Limit)\\w*|\\b(max|MAX|Max|limit|LIMIT|Limit)\\w*\\s*[<>]").matcher(body).find();
        return new Inspection(lengthRead && bound, false);
    }

    static Inspection inspect(Analysis analysis, Fn fn, int index) {
        return inspect(analysis, fn, index, true);
    }

    private static Inspection inspect(Analysis analysis, Fn fn, int index, boolean returnsEscape) {
        return inspect(analysis, fn, index, returnsEscape, 0);
    }

    private static Inspection inspect(Analysis analysis, Fn fn, int index, boolean returnsEscape, int depth) {
        boolean shape = false, escapes = false;
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        java.util.function.Predicate<Val> isIt = v -> v instanceof Val.Param p && p.index() == index && fn.params().size() > index
                && Objects.equals(p.name(), fn.params().get(index).name());
        java.util.function.Predicate<Val> has = v -> Vals.anyPart(v, isIt);
        for (Fn f : all) {
            for (Fn.Check c : f.checks()) if (has.test(c.subject()) && !c.kind().equals("presence")) shape = true;
            for (Fn.Compare c : f.compares()) {
                if (!has.test(c.left()) && !has.test(c.right())) continue;
                // compared with something else: an allow-list element (roles.some(r => r === role)), a constant
                if (has.test(c.left()) != has.test(c.right())) shape = true;
                if ("typeof".equals(c.leftKind()) || "typeof".equals(c.rightKind()) || "length".equals(c.leftKind())
                        || "length".equals(c.rightKind()) || c.left() instanceof Val.Lit l && l.value() != null && !"".equals(l.value())
                        || c.right() instanceof Val.Lit r && r.value() != null && !"".equals(r.value())) shape = true;
            }
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                boolean inArgs = cs.args().stream().anyMatch(has);
                boolean inCallee = has.test(cs.callee());
                if (!inArgs && !inCallee) continue;
                if (m != null && INSPECT.contains(m)) {
                    if (SHAPE.contains(m)) shape = true;
                    continue;
                }
                // new URL(raw): a parse that throws on anything that is not a URL; what the helper goes on with is the parsed URL
                if (cs.isNew() && "URL".equals(m) && cs.callee() instanceof Val.Global) {
                    shape = true;
                    continue;
                }
                // console.log / a logger: nothing is done with it
                Val recv = Analysis.receiver(cs.callee());
                String rn = recv == null ? null : Vals.lastName(recv);
                if (rn != null && (rn.equals("console") || rn.toLowerCase(Locale.ROOT).contains("log"))) continue;
                // another helper of the same kind (validateObjectId(id) inside validateUser)
                if (m != null && VALIDATOR_NAME.matcher(m).matches()) {
                    shape = true;
                    continue;
                }
                // a validator's own project helper handed the value whole (this.getPrimaryEmail(user), whose answer the
                // validator only tests): no escape when that helper hands it nowhere either (what it answers stays here)
                if (!returnsEscape && depth < 2 && !inCallee && nestedInspects(analysis, fn, f, cs, isIt, depth)) continue;
                escapes = true;
            }
            for (Val r : f.returns()) if (returnsEscape && rawIn(r, isIt)) escapes = true;
            for (Fn.Write w : f.writes()) if (has.test(w.value())) escapes = true;
            // an assignment (user.name = name) whose text names the parameter: kept somewhere
            if (!f.mutations().isEmpty() && index < fn.params().size() && mentionedIn(analysis.project(), f.mutations(), fn.params().get(index).name())) escapes = true;
        }
        return new Inspection(shape, escapes);
    }

    /** Every argument of {@code cs} that is the parameter goes to a project function that hands it nowhere. */
    private static boolean nestedInspects(Analysis analysis, Fn fn, Fn f, CallSite cs, java.util.function.Predicate<Val> isIt, int depth) {
        FileFacts file = analysis.fnFile(fn);
        if (file == null) return false;
        Project.FnRef t;
        try {
            t = analysis.resolveCallee(cs.callee(), file, f);
        } catch (RuntimeException e) {
            return false;
        }
        if (t == null || t.fn() == fn || t.fn() == f) return false;
        boolean any = false;
        for (int i = 0; i < cs.args().size(); i++) {
            Val a = cs.args().get(i);
            if (!Vals.anyPart(a, isIt)) continue;
            if (!isIt.test(a) || inspect(analysis, t.fn(), i, false, depth + 1).escapes()) return false;
            any = true;
        }
        return any;
    }

    /**
     * A project function that does nothing with parameter {@code index} but inspect it (compare, test, parse): a value
     * handed to it goes nowhere.
     */
    static boolean onlyInspects(Analysis analysis, Fn fn, int index) {
        if (index >= fn.params().size() || !fn.params().get(index).name().matches("[A-Za-z_$][\\w$]*")) return false;
        Inspection in = inspect(analysis, fn, index);
        if (in.escapes() || !in.shape() && !mapKeyed(analysis.project(), fn, fn.params().get(index).name())) return false;
        // used inside a callback (items.filter(i => i.tags.includes(tag))): a search key over data, not a check
        List<Fn> inner = new ArrayList<>();
        for (Fn n : fn.nested()) collect(n, inner, 1);
        String name = fn.params().get(index).name();
        java.util.function.Predicate<Val> isIt = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() == index && name.equals(p.name()));
        for (Fn f : inner) {
            for (CallSite cs : f.calls()) if (isIt.test(cs.callee()) || cs.args().stream().anyMatch(isIt)) return false;
            for (Fn.Compare c : f.compares()) if (isIt.test(c.left()) || isIt.test(c.right())) return false;
            for (Fn.Check c : f.checks()) if (isIt.test(c.subject())) return false;
            if (f.returns().stream().anyMatch(isIt)) return false;
        }
        if (!inner.isEmpty() && mentionedIn(analysis.project(), inner.stream().map(Fn::location).toList(), name)) return false;
        return true;
    }

    /**
     * Parameter {@code name} is the key of a lookup in a fixed map that falls back when the key is not there:
     * {@code TYPES[type.toLowerCase()] || TYPES.global}, or {@code const t = TYPES[type]; if (!t) return DEFAULT; return t;}
     * (also with {@code ??}, or a throw for the miss), {@code TYPES} an object literal bound by {@code const} in the function
     * or its file. Whatever is sent, what goes on is one of the map's values or the fallback: an allow-list.
     */
    static boolean mapKeyed(Project project, Fn fn, String name) {
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*") || fn.location() == null || fn.location().path() == null) return false;
        List<String> lines = SourceLines.read(project, fn.location().path());
        if (lines.isEmpty() || fn.location().endLine() > lines.size()) return false;
        String body = String.join("\n", lines.subList(Math.max(0, fn.location().line() - 1), fn.location().endLine()));
        Matcher m = Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*)\\[\\s*" + Pattern.quote(name)
                + "(?:\\s*\\.\\s*(?:toLowerCase|toUpperCase|trim)\\(\\))*\\s*\\]").matcher(body);
        boolean any = false;
        while (m.find()) {
            String map = m.group(1);
            if (!fixedMap(lines, map)) return false;
            String after = body.substring(m.end());
            if (after.matches("(?s)\\s*(\\|\\||\\?\\?)\\s*[^\\s;].*")) {
                any = true;
                continue;
            }
            // const t = MAP[key]; then the miss tested before t is used: if (!t) return/throw ..., or t || x / t ?? x
            String before = body.substring(0, m.start());
            Matcher bound = Pattern.compile("(?:const|let)\\s+([A-Za-z_$][\\w$]*)\\s*(?::[^=;]+)?=\\s*$").matcher(before);
            if (!bound.find() || !after.matches("(?s)\\s*;.*")) return false;
            String t = Pattern.quote(bound.group(1));
            Matcher next = Pattern.compile("(?<![\\w$.])" + t + "(?![\\w$])").matcher(after);
            if (!next.find()) return false;
            String rest = after.substring(next.start());
            String lead = after.substring(0, next.start());
            if (!(lead.matches("(?s)\\s*;\\s*(//[^\\n]*\\s*)*if\\s*\\(\\s*!\\s*") && rest.matches("(?s)" + t + "\\s*\\)\\s*\\{?\\s*(//[^\\n]*\\s*)*(return|throw)\\b.*")
                    || rest.matches("(?s)" + t + "\\s*(\\|\\||\\?\\?)\\s*[^\\s;].*"))) return false;
            any = true;
        }
        return any;
    }

    /** {@code map} is bound in the file by {@code const map = { ... }} (an object literal, perhaps typed), and never assigned to. */
    private static boolean fixedMap(List<String> lines, String map) {
        String q = Pattern.quote(map);
        Pattern decl = Pattern.compile("\\bconst\\s+" + q + "\\s*(?::[^=]+)?=\\s*\\{");
        Pattern write = Pattern.compile("(?<![\\w$.])" + q + "\\s*(\\[[^\\]]*\\]|\\.[\\w$]+)\\s*=(?!=)");
        boolean declared = false;
        for (String l : lines) {
            if (decl.matcher(l).find()) declared = true;
            if (write.matcher(l).find()) return false;
        }
        return declared;
    }

    private static boolean mentionedIn(Project project, List<Location> spans, String name) {
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return true;
        Pattern p = Pattern.compile("(?<![\\w$])(?<![^.]\\.)" + Pattern.quote(name) + "(?![\\w$])");
        for (Location at : spans) {
            if (at == null || at.path() == null) return true;
            List<String> lines = SourceLines.read(project, at.path());
            if (lines.isEmpty() || at.endLine() > lines.size()) return true;
            for (int i = at.line() - 1; i < at.endLine(); i++) if (p.matcher(lines.get(i)).find()) return true;
        }
        return false;
    }

    /** The parameter itself (or a field of it) as a value returned, not a value computed from it. */
    private static boolean rawIn(Val v, java.util.function.Predicate<Val> isIt) {
        if (v == null) return false;
        if (isIt.test(v)) return true;
        if (v instanceof Val.Member m) return rawIn(m.object(), isIt);
        if (v instanceof Val.Obj o) return o.props().values().stream().anyMatch(x -> rawIn(x, isIt));
        if (v instanceof Val.Arr a) return a.items().stream().anyMatch(x -> rawIn(x, isIt));
        if (v instanceof Val.OneOf o) return o.options().stream().anyMatch(x -> rawIn(x, isIt));
        if (v instanceof Val.New n) return n.args().stream().anyMatch(x -> Vals.anyPart(x, isIt));
        return false;
    }

    /**
     * Fields of {@code part} that a project validator helper checks by type, format or range, called from {@code fns}
     * with the field (or the whole part, then "*") and its result tested by an {@code if} whose branch rejects.
     */
    static Set<String> helperChecked(Analysis analysis, Project project, FileFacts file, List<Fn> fns, String part) {
        Set<String> out = new TreeSet<>();
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                if (cs.location() == null) continue;
                Map<Integer, Set<String>> byArg = new TreeMap<>();
                for (int i = 0; i < cs.args().size(); i++) {
                    Set<String> fields = fieldsIn(cs.args().get(i), part);
                    if (!fields.isEmpty()) byArg.put(i, fields);
                }
                if (byArg.isEmpty()) continue;
                Project.FnRef t;
                try {
                    t = analysis.resolveCallee(cs.callee(), file, f);
                } catch (RuntimeException e) {
                    continue;
                }
                if (t == null || t.fn() == f) continue;
                if (!VALIDATOR_NAME.matcher(nameOf(t.fn(), cs)).matches() && byArg.keySet().stream().noneMatch(i -> anchoredParser(t.fn(), i))) {
                    // a project function (a service, a use case) that hands the value on to such a validator itself and
                    // refuses it there before anything else: the value is checked on the way from the request to its use
                    IdentityHashMap<Fn, Boolean> seen = new IdentityHashMap<>();
                    seen.put(f, true);
                    for (Map.Entry<Integer, Set<String>> e : byArg.entrySet()) {
                        if (cs.args().get(e.getKey()) instanceof Val.Req && validatedInside(analysis, project, t.fn(), e.getKey(), seen, 1)) {
                            out.addAll(e.getValue());
                        }
                    }
                    continue;
                }
                boolean any = false;
                Map<Integer, Set<String>> delegated = new TreeMap<>();
                for (int i : byArg.keySet()) {
                    Inspection in = validatorInspect(analysis, t.fn(), i);
                    if (in.shape() && !in.escapes()) any = true;
                    else {
                        // a validator made of other checks: credited with the fields it hands them, not the whole part
                        Set<String> d = delegatedFields(analysis, t.fn(), i);
                        Set<String> got = new TreeSet<>();
                        if (d != null && d.contains("")) got.addAll(byArg.get(i));
                        if (d != null && byArg.get(i).equals(Set.of("*"))) for (String x : d) if (!x.isEmpty()) got.add(x);
                        got.remove("*");
                        if (!got.isEmpty()) {
                            delegated.put(i, got);
                            any = true;
                        }
                    }
                }
                if (!any || !resultRejects(project, cs.location())) continue;
                for (Map.Entry<Integer, Set<String>> e : byArg.entrySet()) {
                    Inspection in = validatorInspect(analysis, t.fn(), e.getKey());
                    if (in.shape() && !in.escapes()) out.addAll(e.getValue());
                    else out.addAll(delegated.getOrDefault(e.getKey(), Set.of()));
                }
            }
        }
        return out;
    }

    /** How many project calls deep {@link #validatedInside} follows a value. */
    private static final int SERVICE_DEPTH = 3;

    /**
     * True when project function {@code fn} hands its parameter {@code index}, whole, to a project validator helper that
     * inspects it by type, format or range and whose result a rejecting test reads ({@code const errors =
     * Mapper.validateUser(user); if (errors.length > 0) throw new ValidationError(..)}), there or in a project function it
     * hands the parameter on to (up to {@link #SERVICE_DEPTH} calls): the service the handler calls checks the value.
     */
    static boolean validatedInside(Analysis analysis, Project project, Fn fn, int index, IdentityHashMap<Fn, Boolean> seen, int depth) {
        if (depth > SERVICE_DEPTH || fn == null || index >= fn.params().size() || seen.containsKey(fn)) return false;
        String name = fn.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        FileFacts file = analysis.fnFile(fn);
        if (file == null) return false;
        seen.put(fn, true);
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                if (cs.location() == null) continue;
                for (int i = 0; i < cs.args().size(); i++) {
                    if (!(cs.args().get(i) instanceof Val.Param p) || p.index() != index || !name.equals(p.name()) || !p.path().isEmpty()) continue;
                    // a parameter of a function nested in fn with the same index is not fn's
                    if (f != fn && f.params().size() > index && name.equals(f.params().get(index).name())) continue;
                    Project.FnRef t;
                    try {
                        t = analysis.resolveCallee(cs.callee(), file, f);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (t == null || t.fn() == f || t.fn() == fn) continue;
                    int arg = i;
                    if (VALIDATOR_NAME.matcher(nameOf(t.fn(), cs)).matches() || anchoredParser(t.fn(), arg)) {
                        Inspection in = validatorInspect(analysis, t.fn(), arg);
                        if (in.shape() && !in.escapes() && resultRejects(project, cs.location())) return true;
                    } else if (validatedInside(analysis, project, t.fn(), arg, seen, depth + 1)) return true;
                }
            }
        }
        return false;
    }

    /**
     * A helper not named like a validator that parses parameter {@code index} against a pattern anchored at both ends
     * ({@code const m = name.match(/^([a-z]+)-([0-9a-f-]{36})\.(\w+)$/); if (!m) return null; return { .. }}) and answers
     * null, false or undefined for a miss: its answer is a verdict on the whole value, as a validator's is. So does one that
     * answers the value only when a fixed list has it ({@code if (STATUSES.includes(raw)) return raw; return undefined}:
     * an allow-list parse). Decides from
     * the value alone (not async, no other calls on it); the caller must still refuse the empty answer.
     */
    static boolean anchoredParser(Fn fn, int index) {
        if (fn.async() || index >= fn.params().size()) return false;
        String name = fn.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        java.util.function.Predicate<Val> whole = v -> v instanceof Val.Param p && p.index() == index && name.equals(p.name()) && p.path().isEmpty();
        boolean anchored = false;
        for (CallSite cs : fn.calls()) {
            String m = cs.methodName();
            if (m == null) continue;
            // name.match(RE), RE.test(name), RE.exec(name)
            Val re = null, subject = null;
            boolean onIt = cs.callee() instanceof Val.Param p && p.index() == index && name.equals(p.name()) && p.path().equals(List.of(m))
                    || cs.callee() instanceof Val.Member mm && whole.test(mm.object());
            if (m.equals("match") && cs.args().size() == 1 && onIt) {
                re = cs.args().get(0);
                subject = new Val.Param(index, name, List.of());
            } else if ((m.equals("test") || m.equals("exec")) && cs.args().size() == 1 && cs.callee() instanceof Val.Member mm) {
                re = mm.object();
                subject = cs.args().get(0);
            }
            if (re instanceof Val.Regex rx && whole.test(subject) && anchoredPattern(rx)) anchored = true;
            // STATUSES.includes(raw), KINDS.has(raw): membership of a fixed list, the value answered only when it is one
            if ((m.equals("includes") || m.equals("has")) && cs.args().size() == 1 && whole.test(cs.args().get(0))
                    && cs.callee() instanceof Val.Member mm && !(mm.object() instanceof Val.Lit) && !Vals.anyPart(mm.object(), whole)) anchored = true;
        }
        if (!anchored) return false;
        boolean nothing = false, other = false;
        for (Val r : fn.returns()) {
            if (r instanceof Val.Lit l && (l.value() == null || Boolean.FALSE.equals(l.value()))
                    || r instanceof Val.Global g && g.name().equals("undefined") && g.path().isEmpty()) nothing = true;
            else other = true;
        }
        return nothing && other;
    }

    /** {@code ^...$} without the multiline flag: the whole text must have the shape. */
    private static boolean anchoredPattern(Val.Regex rx) {
        String p = rx.pattern();
        if (p == null || rx.flags() != null && rx.flags().contains("m")) return false;
        if (!p.startsWith("^") || !p.endsWith("$") || p.length() < 2) return false;
        // the closing $ escaped (\$) is a literal dollar; a top-level alternation (^a|b$) anchors each side only once
        int slashes = 0;
        for (int i = p.length() - 2; i >= 0 && p.charAt(i) == '\\'; i--) slashes++;
        if (slashes % 2 == 1) return false;
        int depth = 0;
        boolean cls = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') { i++; continue; }
            if (cls) { if (c == ']') cls = false; continue; }
            if (c == '[') cls = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return false;
        }
        return true;
    }

    /**
     * A validator built from other checks of the project ({@code checks.note(input)} calling {@code checks.text(input.body)}
     * and {@code checks.size(input.body, 1, 500)}, each of which only tests what it is given): the fields of parameter
     * {@code index} it checks by type, format or range, itself or through such a check ("" for the parameter itself). Null
     * when the parameter or one of its fields goes anywhere else (a call that keeps it, a write, a raw return).
     */
    static Set<String> delegatedFields(Analysis analysis, Fn fn, int index) {
        if (index >= fn.params().size()) return null;
        String name = fn.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return null;
        FileFacts file = analysis.fnFile(fn);
        if (file == null) return null;
        java.util.function.Predicate<Val> isIt = v -> v instanceof Val.Param p && p.index() == index && name.equals(p.name());
        java.util.function.Predicate<Val> has = v -> Vals.anyPart(v, isIt);
        Set<String> shaped = new TreeSet<>();
        java.util.function.Consumer<Val> shape = v -> Vals.anyPart(v, x -> {
            if (isIt.test(x)) shaped.add(((Val.Param) x).path().isEmpty() ? "" : ((Val.Param) x).path().get(0));
            return false;
        });
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            for (Fn.Check c : f.checks()) if (has.test(c.subject()) && !c.kind().equals("presence")) shape.accept(c.subject());
            for (Fn.Compare c : f.compares()) {
                if (!has.test(c.left()) && !has.test(c.right())) continue;
                if (has.test(c.left()) != has.test(c.right()) || "typeof".equals(c.leftKind()) || "typeof".equals(c.rightKind())
                        || "length".equals(c.leftKind()) || "length".equals(c.rightKind())) {
                    shape.accept(c.left());
                    shape.accept(c.right());
                }
            }
            for (CallSite cs : f.calls()) {
                boolean inArgs = cs.args().stream().anyMatch(has);
                boolean inCallee = has.test(cs.callee());
                if (!inArgs && !inCallee) continue;
                String m = cs.methodName();
                if (m != null && INSPECT.contains(m)) {
                    if (SHAPE.contains(m)) {
                        shape.accept(cs.callee());
                        for (Val a : cs.args()) shape.accept(a);
                    }
                    continue;
                }
                if (Verifiers.logCall(cs)) continue;
                if (inCallee) return null;
                Project.FnRef t;
                try {
                    t = analysis.resolveCallee(cs.callee(), file, f);
                } catch (RuntimeException e) {
                    t = null;
                }
                if (t == null || t.fn() == fn || t.fn() == f) return null;
                for (int j = 0; j < cs.args().size(); j++) {
                    Val a = cs.args().get(j);
                    if (!has.test(a)) continue;
                    // the parameter or one field of it, as it is
                    if (!isIt.test(a)) return null;
                    // a check answers a verdict; one that hands the value back (return query.token) passes it on
                    Inspection strict = inspect(analysis, t.fn(), j);
                    if (strict.escapes()) return null;
                    if (strict.shape() || validatorInspect(analysis, t.fn(), j).shape()) shape.accept(a);
                }
            }
            for (Val r : f.returns()) if (rawIn(r, isIt)) return null;
            for (Fn.Write w : f.writes()) if (has.test(w.value()) || w.keys().stream().anyMatch(has)) return null;
            if (!f.mutations().isEmpty() && mentionedIn(analysis.project(), f.mutations(), name)) return null;
        }
        return shaped;
    }

    private static String nameOf(Fn fn, CallSite cs) {
        String n = fn.name();
        if (n == null || n.isEmpty()) n = cs.methodName();
        return n == null ? "" : n;
    }

    /** The request fields of {@code part} a value is ("*" for the whole part): a field, an object or array of them. */
    private static Set<String> fieldsIn(Val v, String part) {
        Set<String> out = new TreeSet<>();
        fieldsIn(v, part, out, 0);
        return out;
    }

    private static void fieldsIn(Val v, String part, Set<String> out, int depth) {
        if (v == null || depth > 6) return;
        if (v instanceof Val.Req q && q.part().equals(part)) out.add(q.path().isEmpty() || q.path().get(0).equals("*") ? "*" : q.path().get(0));
        else if (v instanceof Val.Obj o) for (Val x : o.props().values()) fieldsIn(x, part, out, depth + 1);
        else if (v instanceof Val.Arr a) for (Val x : a.items()) fieldsIn(x, part, out, depth + 1);
        else if (v instanceof Val.OneOf o) for (Val x : o.options()) fieldsIn(x, part, out, depth + 1);
    }

    // ------------------------------------------------------------------ whole part read member by member in a helper

    /**
     * True when every use of the whole {@code part} in {@code fns} is an argument, as it is, to a project helper that
     * reads it only member by member ({@code finishSignIn(req.query)} reading {@code query.code} and {@code query.state},
     * never handing on, spreading, returning or storing the object), and every member it reads is there checked by hand,
     * or used only as a lookup key or handed to the party that verifies it ({@code lookups}: whether a lookup counts for
     * this part; {@code scalar}: whether its values are strings a Prisma filter takes as such), see
     * {@link Analysis#lookupOnlyUse}. A member stored, built into text or handed to code the walk cannot follow keeps the
     * whole read reported.
     */
    static boolean wholeMembersSettled(Analysis analysis, FileFacts file, List<Fn> fns, String part, boolean lookups, boolean scalar) {
        List<Handed> handed = handedWhole(analysis, file, fns, part, true);
        if (handed == null || handed.isEmpty()) return false;
        for (Handed h : handed) if (!membersSettled(analysis, h.target(), h.index(), lookups, scalar)) return false;
        return true;
    }

    /** The whole part handed, as it is, as argument {@code index} of a project function. */
    private record Handed(Project.FnRef target, int index) { }

    /**
     * Every use of the whole {@code part} in {@code fns}, when each one is an argument as it is of a project function the
     * call resolves to (another than the caller; with {@code helpersOnly}, none of {@code fns} and not a log call); null
     * when the part is used in any other way (a callee, a piece of another value, returned, written, looped over) or
     * handed to a function that cannot be resolved.
     */
    private static List<Handed> handedWhole(Analysis analysis, FileFacts file, List<Fn> fns, String part, boolean helpersOnly) {
        java.util.function.Predicate<Val> whole = v -> v instanceof Val.Req q && q.part().equals(part) && q.path().isEmpty();
        List<Handed> out = new ArrayList<>();
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                if (Vals.anyPart(cs.callee(), whole)) return null;
                for (int i = 0; i < cs.args().size(); i++) {
                    Val a = cs.args().get(i);
                    if (!Vals.anyPart(a, whole)) continue;
                    if (!whole.test(a) || helpersOnly && Verifiers.logCall(cs)) return null;
                    Project.FnRef t;
                    try {
                        t = analysis.resolveCallee(cs.callee(), file, f);
                    } catch (RuntimeException e) {
                        return null;
                    }
                    if (t == null || t.fn() == f || helpersOnly && fns.contains(t.fn())) return null;
                    out.add(new Handed(t, i));
                }
            }
            for (Val r : f.returns()) if (Vals.anyPart(r, whole)) return null;
            for (Fn.Write w : f.writes()) if (Vals.anyPart(w.value(), whole) || w.keys().stream().anyMatch(k -> Vals.anyPart(k, whole))) return null;
            for (Fn.Loop l : f.loops()) if (Vals.anyPart(l.over(), whole)) return null;
        }
        return out;
    }

    /** Parameter {@code index} of {@code target} is read only by member, each member settled (see {@link #wholeMembersSettled}). */
    private static boolean membersSettled(Analysis analysis, Project.FnRef target, int index, boolean lookups, boolean scalar) {
        Fn fn = target.fn();
        if (index >= fn.params().size()) return false;
        String name = fn.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        java.util.function.Predicate<Val> own = v -> v instanceof Val.Param p && p.index() == index && name.equals(p.name());
        java.util.function.Predicate<Val> whole = v -> own.test(v) && ((Val.Param) v).path().isEmpty();
        Set<String> members = new TreeSet<>();
        java.util.function.Predicate<Val> member = v -> {
            if (own.test(v) && !((Val.Param) v).path().isEmpty()) members.add(((Val.Param) v).path().get(0));
            return false;
        };
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        List<Val> values = new ArrayList<>();
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                values.add(cs.callee());
                values.addAll(cs.args());
            }
            values.addAll(f.returns());
            for (Fn.Write w : f.writes()) {
                values.add(w.value());
                values.add(w.target());
                values.addAll(w.keys());
            }
            for (Fn.Loop l : f.loops()) values.add(l.over());
            // an assignment whose text names the parameter may keep it whole (o.query = query)
            if (!f.mutations().isEmpty() && mentionedIn(analysis.project(), f.mutations(), name)) return false;
        }
        for (Val v : values) if (Vals.anyPart(v, whole)) return false;
        for (Val v : values) Vals.anyPart(v, member);
        if (members.isEmpty()) return false;
        Analysis.Summary summary = analysis.summary(fn, target.file());
        Set<String> checked = new HashSet<>(summary.checkedParams().getOrDefault(index, Set.of()));
        checked.addAll(summary.existsParams().getOrDefault(index, Set.of()));
        if (checked.contains("")) return true;
        for (String m : members) {
            if (checked.contains(m)) continue;
            java.util.function.Predicate<Val> it = v -> own.test(v) && !((Val.Param) v).path().isEmpty() && ((Val.Param) v).path().get(0).equals(m);
            // the helper's own answer carrying the member as it came ({ code: query.code }) hands it back to the handler
            for (Fn f : all) for (Val r : f.returns()) if (!(r instanceof Val.Call) && !(r instanceof Val.New) && Vals.anyPart(r, it)) return false;
            Analysis.KeyUse use = analysis.lookupOnlyUse(fn, target.file(), it);
            if (!use.keyOnly()) return false;
            if (use.lookup() != null && !use.lookup().equals("comparison") && !lookups) return false;
            if (use.operators() != null && !scalar) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ whole part read through a scalar getter

    /**
     * True when every use of the whole {@code part} in {@code fns} is an argument to a project getter that answers one of
     * its members only when a typeof test gives it a scalar type, and a literal otherwise
     * ({@code field(body, 'userId')} with {@code const v = body[name]; return typeof v === 'string' ? v : ''}): what
     * the handler gets is text (or a number, a boolean), never an object or a file, as with a typeof test kept in the
     * handler itself ({@link #typeKept}).
     */
    static boolean wholeOnlyTypeKept(Analysis analysis, FileFacts file, List<Fn> fns, String part) {
        List<Handed> handed = handedWhole(analysis, file, fns, part, true);
        if (handed == null || handed.isEmpty()) return false;
        for (Handed h : handed) if (!scalarGetter(analysis.project(), h.target(), h.index())) return false;
        return true;
    }

    /**
     * Parameter {@code index} of {@code target} is used only in its answers, each of them {@code typeof X === 'string' ? X
     * : literal} where X is a member of that parameter (the source line confirms the test and the kept value are the same X).
     */
    private static boolean scalarGetter(Project project, Project.FnRef target, int index) {
        Fn fn = target.fn();
        if (index >= fn.params().size() || fn.returns().isEmpty() || !fn.nested().isEmpty()) return false;
        java.util.function.Predicate<Val> own = v -> v instanceof Val.Param p && p.index() == index;
        for (CallSite cs : fn.calls()) {
            if (Vals.anyPart(cs.callee(), own)) return false;
            for (Val a : cs.args()) if (Vals.anyPart(a, own)) return false;
        }
        for (Fn.Write w : fn.writes()) if (Vals.anyPart(w.value(), own) || Vals.anyPart(w.target(), own)) return false;
        for (Fn.Loop l : fn.loops()) if (Vals.anyPart(l.over(), own)) return false;
        for (Val r : fn.returns()) {
            if (!(r instanceof Val.OneOf o) || o.options().size() != 2 || o.test() == null || !o.test().holds()) return false;
            Val.Test t = o.test();
            if (!(t.left() instanceof Val.Unknown u) || !u.kind().equals("typeof") || !(t.op().equals("==") || t.op().equals("===")
                    || t.op().equals("==="))) return false;
            if (!(t.right() instanceof Val.Lit tl) || !Set.of("string", "number", "boolean").contains(String.valueOf(tl.value()))) return false;
            if (!(o.options().get(1) instanceof Val.Lit)) return false;
            Val kept = o.options().get(0);
            boolean member = kept instanceof Val.Member m && m.object() instanceof Val.Param mp && mp.index() == index
                    || kept instanceof Val.Param kp && kp.index() == index && !kp.path().isEmpty();
            if (!member) return false;
        }
        // the facts drop typeof's operand: the ternary's text names the same value in the test and the kept branch
        List<String> lines = fn.location() == null ? List.of() : SourceLines.read(project, fn.location().path());
        if (lines.isEmpty()) return false;
        int kept = 0;
        for (Fn.Compare c : fn.compares()) {
            if (!"typeof".equals(c.leftKind()) || c.location() == null || c.location().line() > lines.size()) continue;
            Matcher m = TYPEOF_OPERAND.matcher(lines.get(c.location().line() - 1));
            boolean ok = false;
            while (m.find()) if (keptTernary(m.group(1)).matcher(lines.get(c.location().line() - 1)).find()) ok = true;
            if (!ok) return false;
            kept++;
        }
        return kept >= fn.returns().size();
    }

    private static final Pattern TYPEOF_OPERAND = Pattern.compile("typeof\\s+([A-Za-z_$][\\w$]*(?:\\[[A-Za-z_$][\\w$]*\\])?)");

    // ------------------------------------------------------------------ whole part handed to inspecting helpers

    /**
     * True when every use of the whole {@code part} in {@code fns} is an argument to a project helper that only inspects
     * it (tests it, or parses and clamps its fields) and hands it nowhere: the whole read uses nothing as it is.
     */
    static boolean wholeOnlyInspected(Analysis analysis, FileFacts file, List<Fn> fns, String part) {
        List<Handed> handed = handedWhole(analysis, file, fns, part, false);
        if (handed == null) return false;
        for (Handed h : handed) {
            Inspection in = inspect(analysis, h.target().fn(), h.index());
            if (in.escapes() && delegatedFields(analysis, h.target().fn(), h.index()) == null) return false;
        }
        return !handed.isEmpty();
    }

    // ------------------------------------------------------------------ does the branch reject?

    private static final Pattern REJECTS = Pattern.compile(
            "\\bthrow\\b|\\b4\\d\\d\\b|\\bnext\\s*\\(\\s*[^)\\s]|\\breturn\\s*(;|\\}|$|null\\b|false\\b|undefined\\b|next\\b|reject)"
                    + "|(?i:bad_?request|unprocessable|not_?found|conflict|forbidden|unauthori[sz]ed|validation|invalid|fail|errors?\\b)"
                    + "|(?<![.\\w$])(reject|fail\\w*|\\w*[Ee]rror\\w*)\\s*\\(",
            Pattern.MULTILINE);

    /**
     * True unless the {@code if} whose test contains {@code at} plainly lets the request through on both branches: no
     * 4xx, throw, next(err), bare or falsy return, error helper (it answers 200, logs, or falls through). Unknown text
     * counts as rejecting (the check keeps counting).
     */
    static boolean branchRejects(Project project, Location at) {
        String branch = branchText(project, at);
        if (branch == null) return true;
        String code = stripStrings(branch);
        if (REJECTS.matcher(code).find()) return true;
        // an early return that is not a success answer (return sendInvalid(res, ...)) leaves before the value is used
        Matcher r = RETURN.matcher(code);
        while (r.find()) if (!SUCCESS.matcher(code).region(r.end(), code.length()).lookingAt()) return true;
        return false;
    }

    private static final Pattern RETURN = Pattern.compile("\\breturn\\b\\s*");
    /** A success answer: res.json(...), c.json(...), reply.send(...), res.status(200).json(...), res.render(...). */
    private static final Pattern SUCCESS = Pattern.compile(
            "(await\\s+)?[\\w$]+(\\.status\\(\\s*[23]\\d\\d\\s*\\))?\\.(json|send|render|redirect|end|text|html|ok)\\s*\\(");

    /** Checks of {@code part} in {@code fns} grouped by field: all of them sit in ifs whose branches do not reject. */
    static Set<String> nonRejectingChecked(Project project, List<Fn> fns, String part) {
        Map<String, Boolean> rejecting = new TreeMap<>();
        for (Fn f : fns) {
            for (Fn.Check c : f.checks()) {
                if (!(c.subject() instanceof Val.Req q) || !q.part().equals(part) || c.kind().equals("presence") || c.kind().equals("exists")) continue;
                String field = q.path().isEmpty() ? "*" : q.path().get(0);
                // an early return before the value is first used (if (event !== 'created') return res.json({ ignored: true }))
                // still keeps what fails away; after a use (the URL already fetched) it only shapes the answer
                boolean r = branchRejects(project, c.location())
                        || returnsEarly(project, c.location()) && beforeFirstUse(fns, part, field, c.location());
                rejecting.merge(field, r, Boolean::logicalOr);
            }
        }
        Set<String> out = new TreeSet<>();
        rejecting.forEach((k, v) -> { if (!v) out.add(k); });
        return out;
    }

    private static boolean returnsEarly(Project project, Location at) {
        String branch = branchText(project, at);
        return branch != null && RETURN.matcher(stripStrings(branch)).find();
    }

    /** No call before {@code at} (other than a log line or an inspection) is handed the field. */
    private static boolean beforeFirstUse(List<Fn> fns, String part, String field, Location at) {
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                if (cs.location() == null || Location.ORDER.compare(cs.location(), at) >= 0) continue;
                String m = cs.methodName();
                if (m != null && INSPECT.contains(m)) continue;
                Val recv = Analysis.receiver(cs.callee());
                String rn = recv == null ? null : Vals.lastName(recv);
                if (rn != null && (rn.equals("console") || rn.toLowerCase(Locale.ROOT).contains("log"))) continue;
                if (cs.args().stream().anyMatch(a -> fieldsIn(a, part).stream().anyMatch(x -> x.equals(field)))) return false;
            }
        }
        return true;
    }

    /**
     * The text of the branches of the {@code if} whose test contains {@code at} (the consequent and an else), or null
     * when it cannot be found.
     */
    private static String branchText(Project project, Location at) {
        if (at == null || at.path() == null) return null;
        List<String> lines = SourceLines.read(project, at.path());
        if (lines.isEmpty() || at.endLine() > lines.size()) return null;
        // from the `if (` that opens the test holding `at` (a few lines up at most) to its balanced closing parenthesis
        StringBuilder sb = new StringBuilder();
        int firstLine = Math.max(0, at.line() - 1 - 6);
        int end = Math.min(lines.size(), at.endLine() - 1 + 80);
        int atOffset = -1;
        for (int i = firstLine; i < end; i++) {
            if (i == at.line() - 1) atOffset = sb.length() + Math.max(0, Math.min(lines.get(i).length(), at.column() - 1));
            sb.append(lines.get(i)).append('\n');
        }
        String text = sb.toString();
        if (atOffset < 0) return null;
        Matcher ifs = Pattern.compile("\\bif\\s*\\(").matcher(text);
        int open = -1;
        while (ifs.find() && ifs.end() - 1 <= atOffset) open = ifs.end() - 1;
        if (open < 0) return null;
        int pos = open, depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) break;
            pos++;
        }
        if (pos < atOffset) return null;
        if (pos >= text.length()) return null;
        int[] cons = statement(text, pos + 1);
        if (cons == null) return null;
        String out = text.substring(cons[0], cons[1]);
        int p = skipSpace(text, cons[1]);
        if (text.startsWith("else", p)) {
            int[] alt = statement(text, p + 4);
            if (alt != null) out += "\n" + text.substring(alt[0], alt[1]);
        }
        return out;
    }

    /** The span of the statement starting at or after {@code from}: a balanced block or text up to its semicolon. */
    private static int[] statement(String text, int from) {
        int p = skipSpace(text, from);
        if (p >= text.length()) return null;
        if (text.charAt(p) == '{') {
            int depth = 0;
            for (int i = p; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return new int[]{p, i + 1};
            }
            return null;
        }
        int depth = 0;
        for (int i = p; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '{' || c == '[') depth++;
            else if (c == ')' || c == '}' || c == ']') depth--;
            else if (depth <= 0 && (c == ';' || c == '\n' && i > p && !continues(text, i))) return new int[]{p, i + 1};
        }
        return new int[]{p, text.length()};
    }

    /** A statement without braces that goes on past the end of its line (a chained call on the next line). */
    private static boolean continues(String text, int nl) {
        int q = skipSpace(text, nl + 1);
        return q < text.length() && (text.charAt(q) == '.' || text.charAt(q) == '(');
    }

    private static int skipSpace(String text, int p) {
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) p++;
        return p;
    }

    private static String stripStrings(String s) {
        return s.replaceAll("'(?:[^'\\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\\n]|\\\\.)*\"|`(?:[^`\\\\]|\\\\.)*`", "''").replaceAll("//[^\\n]*", "");
    }

    /**
     * The result of the call at {@code call} is tested by an {@code if} whose branch rejects: the call sits in the test
     * itself, or its result is bound to a name ({@code const errors = ...}, {@code const { valid } = ...}) that the test
     * of a later {@code if} (within a few lines) mentions.
     */
    static boolean resultRejects(Project project, Location call) {
        List<String> lines = SourceLines.read(project, call.path());
        if (lines.isEmpty() || call.line() > lines.size()) return false;
        String line = lines.get(call.line() - 1);
        String before = line.substring(0, Math.min(line.length(), Math.max(0, call.column() - 1)));
        if (before.matches(".*\\bif\\s*\\(.*")) return branchRejects(project, call);
        Matcher m = Pattern.compile("(?:const|let|var)\\s+(\\{[^}]*\\}|[A-Za-z_$][\\w$]*)\\s*=\\s*(?:await\\s+)?[^=]*$").matcher(before);
        if (!m.find()) return false;
        List<String> names = new ArrayList<>();
        String bound = m.group(1);
        if (bound.startsWith("{")) {
            for (String n : bound.substring(1, bound.length() - 1).split(",")) {
                String s = n.contains(":") ? n.substring(n.indexOf(':') + 1) : n;
                s = s.replaceAll("=.*", "").strip();
                if (s.matches("[A-Za-z_$][\\w$]*")) names.add(s);
            }
        } else names.add(bound);
        if (names.isEmpty()) return false;
        Pattern mention = Pattern.compile("(?<![\\w$.])(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\w$])");
        Pattern ifTest = Pattern.compile("\\bif\\s*\\(");
        for (int i = call.line(); i < Math.min(lines.size(), call.line() + 12); i++) {
            String l = lines.get(i);
            Matcher im = ifTest.matcher(l);
            while (im.find()) {
                String test = l.substring(im.end());
                if (!mention.matcher(test).find()) continue;
                Location in = new Location(call.path(), i + 1, im.end() + 1, i + 1, im.end() + 1, null);
                if (branchRejects(project, in) && branchText(project, in) != null) return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ a strict parse refused in its catch

    /**
     * Fields of {@code part} parsed as an absolute URL ({@code new URL(x)}, no base: it throws on anything that is not
     * one) inside a {@code try} whose {@code catch} refuses the request (a 4xx, a throw, next(err)), before the field is
     * handed to anything else: {@code try { url = new URL(req.query.url) } catch { return reply.status(400)... }}.
     */
    static Set<String> refusedParses(Project project, List<Fn> fns, String part) {
        Set<String> out = new TreeSet<>();
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                if (!cs.isNew() || !"URL".equals(cs.methodName()) || !(cs.callee() instanceof Val.Global) || cs.args().size() != 1
                        || !(cs.arg(0) instanceof Val.Req q) || !q.part().equals(part) || q.path().size() != 1 || cs.location() == null) continue;
                String field = q.path().get(0);
                for (Fn.Catch k : f.catches()) {
                    if (!k.inBlock(cs.location()) || k.empty() || !catchRefuses(project, k.body())) continue;
                    if (beforeFirstUse(fns, part, field, cs.location())) out.add(field);
                }
            }
        }
        return out;
    }

    private static boolean catchRefuses(Project project, Location body) {
        if (body == null || body.path() == null) return false;
        List<String> lines = SourceLines.read(project, body.path());
        if (lines.isEmpty() || body.endLine() > lines.size()) return false;
        String text = stripStrings(String.join("\n", lines.subList(body.line() - 1, body.endLine())));
        return REJECTS.matcher(text).find();
    }

    // ------------------------------------------------------------------ a field defaulted in place

    private static final Pattern SELF_DEFAULT = Pattern.compile("^\\(?\\s*([\\w$]+(?:\\.[\\w$]+)+)\\s*=\\s*\\1\\s*(?:\\?\\?|\\|\\|)\\s*(?:"
            + HandChecks.FALLBACK + "|\\[\\s*\\]|\\{\\s*\\})\\s*\\)?;?$");

    /**
     * The mutation at {@code span} gives an object's field a literal default in place ({@code settings.whitelist =
     * settings.whitelist ?? []}, {@code opts.limit = opts.limit || 20}): the field keeps its own value or gets a constant,
     * no value is carried anywhere else.
     */
    static boolean selfDefault(Project project, Location span) {
        if (project == null || span == null || span.path() == null || span.line() != span.endLine()) return false;
        List<String> lines = SourceLines.read(project, span.path());
        if (span.line() < 1 || span.line() > lines.size()) return false;
        String line = lines.get(span.line() - 1);
        if (span.column() < 1 || span.endColumn() > line.length() + 1 || span.endColumn() <= span.column()) return false;
        return SELF_DEFAULT.matcher(line.substring(span.column() - 1, span.endColumn() - 1).strip()).matches();
    }

    // ------------------------------------------------------------------ values a Mongoose schema validates

    /**
     * Fields of {@code part} every read of which is the whole value assigned to a path of a Mongoose document
     * ({@code doc.status = req.body.status}) that a later {@code doc.save()} validates, the path declaring a validator in
     * the model's schema (see {@link dev.backcheck.concepts.MongooseValidators}): a value failing it never gets stored.
     */
    static Set<String> schemaValidated(Analysis analysis, Project project, List<Fn> fns, String part) {
        Map<String, Boolean> byField = new TreeMap<>();
        for (Fn f : fns) {
            for (Fn.Read r : f.reads()) {
                if (!(r.value() instanceof Val.Req q) || !q.part().equals(part) || q.path().isEmpty()) continue;
                String field = q.path().get(0);
                byField.merge(field, q.path().size() == 1 && assignedToValidatedPath(analysis, project, fns, r.location()), Boolean::logicalAnd);
            }
        }
        Set<String> out = new TreeSet<>();
        byField.forEach((k, v) -> { if (v) out.add(k); });
        return out;
    }

    private static final Pattern ASSIGN_TO_PATH = Pattern.compile("^\\s*([A-Za-z_$][\\w$]*)\\.([A-Za-z_$][\\w$]*)\\s*=\\s*$");

    private static boolean assignedToValidatedPath(Analysis analysis, Project project, List<Fn> fns, Location at) {
        if (at == null || at.path() == null || at.line() != at.endLine()) return false;
        List<String> lines = SourceLines.read(project, at.path());
        if (at.line() > lines.size()) return false;
        String line = lines.get(at.line() - 1);
        if (at.column() - 1 > line.length() || at.endColumn() - 1 > line.length()) return false;
        Matcher m = ASSIGN_TO_PATH.matcher(line.substring(0, at.column() - 1));
        if (!m.find() || !line.substring(at.endColumn() - 1).matches("\\s*;?\\s*(//.*)?")) return false;
        String doc = m.group(1), path = m.group(2);
        for (Fn f : fns) {
            FileFacts file = analysis.fnFile(f);
            for (CallSite cs : f.calls()) {
                Location c = cs.calleeLocation() != null ? cs.calleeLocation() : cs.location();
                if (c == null || !at.path().equals(c.path()) || Location.ORDER.compare(c, at) <= 0 || c.line() > lines.size()) continue;
                if (!dev.backcheck.concepts.MongooseValidators.validatingSave(cs)) continue;
                String text = lines.get(c.line() - 1);
                if (c.column() - 1 > text.length() || !text.substring(c.column() - 1).matches(Pattern.quote(doc) + "\\s*\\.\\s*save\\b.*")) continue;
                Val model = dev.backcheck.concepts.MongooseValidators.documentModel(Analysis.receiver(cs.callee()));
                if (file != null && dev.backcheck.concepts.MongooseValidators.validatedPaths(project, model, file).contains(path)) return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ values kept only when a typeof test passes

    /** A literal a guard falls back to. */
    private static final String FALLBACK = "(?:undefined|null|''|\"\"|'[^'\\n]*'|\"[^\"\\n]*\"|-?\\d+(?:\\.\\d+)?|true|false)";
    /** The types a typeof test may keep a request value as (not 'object', 'undefined', 'function'). */
    private static final String KEPT_TYPE = "(['\"])(?:number|string|boolean)\\1";

    /**
     * Every read of {@code field} in {@code fns} reaches the handler's code only through a typeof test that keeps it when it
     * has one scalar type (and passes the range tests beside it) and puts a literal in its place otherwise:
     * {@code typeof X === 'number' && X >= 0 ? X : 0}, or a local bound to the read and at once replaced by a literal
     * unless it passes ({@code let X = c.req.query('offset') || 0; if (typeof X !== 'number' || X < 0) X = 0;}). A typeof
     * test that does not replace the value (it logs, it answers nothing) keeps nothing.
     */
    static boolean typeKept(Project project, List<Fn> fns, String part, String field, Fn handler) {
        if (handler == null || handler.location() == null || field == null) return false;
        Location h = handler.location();
        List<String> lines = SourceLines.read(project, h.path());
        if (lines.isEmpty() || h.endLine() > lines.size()) return false;
        boolean any = false;
        for (Fn f : fns) {
            for (Fn.Read r : f.reads()) {
                if (!(r.value() instanceof Val.Req q) || !q.part().equals(part)) continue;
                boolean whole = q.path().isEmpty();
                if (!whole && !field.equals(q.path().get(0))) continue;
                Location at = r.location();
                if (at == null || !h.path().equals(at.path()) || at.line() != at.endLine() || at.line() > lines.size()) return false;
                String line = lines.get(at.line() - 1);
                String local;
                if (whole) {
                    // const { offset, limit } = req.query: the field bound under its own name, no rest element
                    if (!line.matches("\\s*(?:const|let|var)\\s*\\{[^}.]*\\}\\s*=.*") || !RequestUses.boundUnderOwnName(project, at, field)) return false;
                    local = field;
                } else {
                    if (q.path().size() != 1) return false;
                    Matcher m = Pattern.compile("^\\s*(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*$").matcher(line.substring(0, Math.max(0, at.column() - 1)));
                    String rest = line.substring(Math.min(line.length(), Math.max(0, at.endColumn() - 1)));
                    if (m.find() && rest.matches("\\s*(?:(?:\\|\\||\\?\\?)\\s*" + FALLBACK + "\\s*)?;?\\s*(//.*)?")) local = m.group(1);
                    else if (line.matches("\\s*(?:const|let|var)\\s*\\{[^}.]*\\}\\s*=.*") && RequestUses.boundUnderOwnName(project, at, field)) {
                        // const { refreshToken } = req.body: the field bound under its own name
                        local = field;
                    } else {
                        // the read is itself the kept branch or the operand of the test: typeof req.query.x === 'number' && ... ? req.query.x : 0
                        String text = line.substring(Math.max(0, at.column() - 1), Math.min(line.length(), at.endColumn() - 1));
                        if (!guardedOnly(line, text, at.column() - 1)) return false;
                        any = true;
                        continue;
                    }
                }
                if (!localKept(lines, at.line(), h.endLine(), local)) return false;
                any = true;
            }
        }
        return any;
    }

    /** Every mention of {@code text} on {@code line} sits inside a kept ternary, the one at {@code col} among them. */
    private static boolean guardedOnly(String line, String text, int col) {
        if (text.isEmpty()) return false;
        Matcher t = keptTernary(text).matcher(line);
        boolean covered = false;
        while (t.find()) if (t.start() <= col && col < t.end()) covered = true;
        return covered;
    }

    /** Calls on a string that answer a string again: trimmed, cased, or cut between literal indexes. */
    private static final String STRING_KEEPING = "(?:\\s*\\.\\s*(?:trim|trimStart|trimEnd|toLowerCase|toUpperCase)\\(\\s*\\)"
            + "|\\s*\\.\\s*(?:slice|substring)\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))*";

    private static Pattern keptTernary(String x) {
        String q = Pattern.quote(x);
        // (the kept value may be the text trimmed, cased or cut to a length: typeof x === 'string' ? x.trim().slice(0, 1000) : null)
        return Pattern.compile("typeof\\s+" + q + "\\s*===?\\s*" + KEPT_TYPE + "\\s*(?:&&[^?;:]*?)?\\?\\s*" + q + STRING_KEEPING
                + "\\s*:\\s*" + FALLBACK + "(?![\\w$.\\[(])");
    }

    /**
     * The local {@code name}, bound on line {@code bound}, is mentioned afterwards (to line {@code end}) only inside kept
     * ternaries, or the very next statement is a guard that replaces it with a literal unless a typeof test passes.
     */
    private static boolean localKept(List<String> lines, int bound, int end, String name) {
        String n = Pattern.quote(name);
        StringBuilder sb = new StringBuilder();
        for (int i = bound; i < end && i < lines.size(); i++) sb.append(lines.get(i).replaceAll("^\\s*//.*", "")).append('\n');
        String after = sb.toString();
        Pattern guard = Pattern.compile("^\\s*if\\s*\\(\\s*typeof\\s+" + n + "\\s*!==?\\s*" + KEPT_TYPE
                + "\\s*(?:\\|\\|[^;{}]*?)?\\)\\s*(?:\\{\\s*)?" + n + "\\s*=\\s*" + FALLBACK + "\\s*;?\\s*\\}?");
        if (guard.matcher(after).find()) return true;
        if (usedOnlyUnderTypeTest(after, name)) return true;
        String rest = keptTernary(name).matcher(after).replaceAll("");
        if (rest.equals(after)) return false;
        return !Pattern.compile("(?<![\\w$.])" + n + "(?![\\w$])").matcher(rest).find();
    }

    /**
     * {@code if (typeof X === 'string' && X.length > 0) { use(X) }}: every mention of the local after its binding is in
     * the test or the block of one {@code if} whose test is that typeof test joined only by {@code &&}; the value is used
     * only where it has that scalar type (an object sent in its place goes nowhere).
     */
    private static boolean usedOnlyUnderTypeTest(String after, String name) {
        String n = Pattern.quote(name);
        Matcher m = Pattern.compile("\\bif\\s*\\(\\s*typeof\\s+" + n + "\\s*===?\\s*" + KEPT_TYPE + "\\s*((?:&&[^{};|?]*?)?)\\)\\s*\\{").matcher(after);
        if (!m.find()) return false;
        Pattern mention = Pattern.compile("(?<![\\w$.])" + n + "(?![\\w$])");
        if (mention.matcher(after.substring(0, m.start())).find()) return false;
        int depth = 1, i = m.end();
        for (; i < after.length() && depth > 0; i++) {
            char c = after.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth--;
        }
        if (depth != 0) return false;
        // an else branch would hold the value of any other type
        String tail = after.substring(i);
        if (tail.matches("(?s)\\s*else\\b.*")) return false;
        return !mention.matcher(tail).find();
    }

    // ------------------------------------------------------------------ reads never used

    /**
     * True when the read at {@code r} binds a local ({@code const body = req.body}, {@code const { refresh } = req.query})
     * that the handler's source never mentions again.
     */
    static boolean unusedRead(Project project, Fn handler, Fn.Read r, String field) {
        Location at = r.location();
        Location h = handler.location();
        if (at == null || h == null || h.path() == null || !h.path().equals(at.path())) return false;
        List<String> lines = SourceLines.read(project, at.path());
        if (lines.isEmpty() || at.line() > lines.size() || h.endLine() > lines.size()) return false;
        String line = lines.get(at.line() - 1);
        int col = at.column() - 1;
        // const x = <read>; or const { a, b: c } = <part>; on one line, the read inside it
        Matcher m = Pattern.compile("(?:const|let|var)\\s+(\\{[^}]*\\}|[A-Za-z_$][\\w$]*)\\s*=\\s*([^;]*?)\\s*(;|//.*)?$").matcher(line);
        boolean found = m.find() && col >= m.start() && col <= m.end(2);
        if (!found && field != null) {
            // const {\n  tenantId,\n  startDate: _startDate,\n} = request.query;  a pattern over several lines, the read
            // one of its entries: joined into one line, read as above
            String joined = multiLinePattern(lines, at.line() - 1);
            if (joined == null) return false;
            m = Pattern.compile("(?:const|let|var)\\s+(\\{[^}]*\\}|[A-Za-z_$][\\w$]*)\\s*=\\s*([^;]*?)\\s*(;|//.*)?$").matcher(joined);
            if (!m.find() || !m.group(1).startsWith("{")) return false;
        } else if (!found) return false;
        String bound = m.group(1), init = m.group(2).strip();
        String name = null;
        if (bound.startsWith("{")) {
            // the initializer is the request part itself (req.query, request.body, req.body || {})
            if (field == null || !init.matches("[\\w$.?]+(\\s*(\\|\\||\\?\\?)\\s*\\{\\s*\\})?")) return false;
            for (String n : bound.substring(1, bound.length() - 1).split(",")) {
                if (n.contains("...")) return false;
                String key = n.contains(":") ? n.substring(0, n.indexOf(':')).strip() : n.replaceAll("=.*", "").strip();
                if (!key.equals(field)) continue;
                String local = n.contains(":") ? n.substring(n.indexOf(':') + 1) : n;
                name = local.replaceAll("=.*", "").strip();
            }
        } else {
            // the read is the whole initializer
            if (at.line() != at.endLine() || col != m.start(2) || at.endColumn() - 1 != m.start(2) + m.group(2).strip().length()) return false;
            name = bound;
        }
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        StringBuilder body = new StringBuilder();
        for (int i = Math.max(0, h.line() - 1); i < h.endLine(); i++) body.append(lines.get(i)).append('\n');
        String code = body.toString().replaceAll("//[^\\n]*", "");
        Matcher n = Pattern.compile("(?<![\\w$])(?<![^.]\\.)" + Pattern.quote(name) + "(?![\\w$])").matcher(code);
        int count = 0;
        while (n.find()) if (!objectKey(code, n.start(), n.end())) count++;
        return count == 1;
    }

    /**
     * The destructuring declaration around line {@code i} (0-based) when it spans several lines, {@code const {} opening at
     * most 15 lines above and {@code } = init;} closing at most 15 lines below, joined into one line with its comments
     * dropped; null when line {@code i} is not inside one.
     */
    private static String multiLinePattern(List<String> lines, int i) {
        int open = -1;
        for (int k = i; k >= Math.max(0, i - 15); k--) {
            String t = lines.get(k).replaceAll("//.*", "");
            if (k < i && t.contains("}")) return null;
            if (t.matches("\\s*(?:const|let|var)\\s*\\{[^}]*")) {
                open = k;
                break;
            }
        }
        if (open < 0) return null;
        StringBuilder sb = new StringBuilder();
        for (int k = open; k < lines.size() && k <= i + 15; k++) {
            String t = lines.get(k).replaceAll("//.*", "").strip();
            sb.append(t).append(' ');
            if (k >= i && t.contains("}")) return t.matches("\\}?[^{}]*\\}\\s*=\\s*[^;]*;?") ? sb.toString().strip() : null;
        }
        return null;
    }

    /** The name at [start, end) is a key of an object literal ({@code { galleryId: gallery.id }}), not a use of a local. */
    private static boolean objectKey(String code, int start, int end) {
        int a = end;
        while (a < code.length() && Character.isWhitespace(code.charAt(a))) a++;
        if (a >= code.length() || code.charAt(a) != ':' || a + 1 < code.length() && code.charAt(a + 1) == ':') return false;
        int b = start - 1;
        while (b >= 0 && Character.isWhitespace(code.charAt(b))) b--;
        return b >= 0 && (code.charAt(b) == '{' || code.charAt(b) == ',');
    }

    // ------------------------------------------------------------------ a body only written to a file as bytes

    /** File writes whose second argument is the data written as it is. */
    static final Set<String> BYTE_WRITES = Set.of("writeFile", "writeFileSync", "appendFile", "appendFileSync");
    private static final Set<String> SIZES = Set.of("length", "byteLength");

    /**
     * Parameter {@code index} of {@code fn} (the whole value, never a field of it) is only written to a file as it came:
     * as the data of {@code fs.appendFile(path, data)} or {@code fs.writeFile}, as it is or as {@code Buffer.from(data, enc)},
     * here or in the project functions it is handed to (a few calls deep); its size may be read and compared. Nothing
     * parses it, returns it, stores it elsewhere or hands it to a library.
     */
    static boolean paramOnlyWrittenAsBytes(Analysis analysis, Fn fn, FileFacts file, int index, int depth) {
        if (depth > 4 || file == null || index < 0 || index >= fn.params().size()) return false;
        String name = fn.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        // the value as the facts give it: the parameter, or (a Nest handler's @Body()) the request body it is bound to
        boolean nestBody = depth == 0 && fn.params().get(index).decorators().stream().anyMatch(d -> "Body".equals(d.name()) && d.args().isEmpty());
        java.util.function.Function<Val, List<String>> path = v -> v instanceof Val.Param p && p.index() == index && name.equals(p.name()) ? p.path()
                : nestBody && v instanceof Val.Req q && q.part().equals("body") ? q.path() : null;
        java.util.function.Predicate<Val> whole = v -> path.apply(v) != null && path.apply(v).isEmpty();
        boolean written = false;
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            // (a call's answer returned is that call's own value: the call site below decides what it does with the bytes)
            for (Val r : f.returns()) if (!(r instanceof Val.Call) && carriesBytes(r, path, 0)) return false;
            for (Fn.Write w : f.writes()) {
                if (carriesBytes(w.value(), path, 0) || w.keys().stream().anyMatch(k -> carriesBytes(k, path, 0))) return false;
            }
            for (Fn.Loop l : f.loops()) if (carriesBytes(l.over(), path, 0)) return false;
            for (CallSite cs : f.calls()) {
                if (carriesBytes(cs.callee(), path, 0)) return false;
                if (bufferFrom(cs.callee())) continue;
                for (int i = 0; i < cs.args().size(); i++) {
                    Val a = cs.args().get(i);
                    if (!carriesBytes(a, path, 0)) continue;
                    Val data = bufferFrom(a) ? ((Val.Call) a).args().get(0) : a;
                    // object storage: new PutObjectCommand({ Bucket, Key, Body: data }) (@aws-sdk/client-s3) stores the bytes as sent
                    if (i == 0 && cs.isNew() && S3_WRITES.contains(Vals.lastName(cs.callee())) && a instanceof Val.Obj o
                            && "@aws-sdk/client-s3".equals(analysis.project().rootModule(cs.callee(), file))
                            && o.props().entrySet().stream().allMatch(e -> !carriesBytes(e.getValue(), path, 0)
                                    || e.getKey().equals("Body") && whole.test(bufferFrom(e.getValue()) ? ((Val.Call) e.getValue()).args().get(0) : e.getValue()))) {
                        written = true;
                        continue;
                    }
                    // s3.send(new PutObjectCommand({...})): the command judged at its own site above
                    if (a instanceof Val.New n && S3_WRITES.contains(Vals.lastName(n.callee())) && "send".equals(cs.methodName())) continue;
                    if (!whole.test(data)) return false;
                    if (i == 1 && BYTE_WRITES.contains(String.valueOf(cs.methodName()))) {
                        written = true;
                        continue;
                    }
                    if (Verifiers.logCall(cs)) continue;
                    Project.FnRef target;
                    try {
                        target = analysis.resolveCallee(cs.callee(), file, f);
                    } catch (RuntimeException e) {
                        target = null;
                    }
                    List<Project.FnRef> targets = target != null ? List.of(target) : returnedMethods(analysis, cs.callee(), file, f);
                    if (targets.isEmpty()) return false;
                    for (Project.FnRef t : targets) {
                        if (t.fn() == fn || !paramOnlyWrittenAsBytes(analysis, t.fn(), t.file(), i, depth + 1)) return false;
                    }
                    written = true;
                }
            }
        }
        return written;
    }

    /** @aws-sdk/client-s3 commands whose Body is stored as the object's bytes. */
    private static final Set<String> S3_WRITES = Set.of("PutObjectCommand", "UploadPartCommand");

    /**
     * {@code this.pick().create(...)} where {@code pick()} is a project method answering one of several services
     * ({@code return flag ? this.s3 : this.local}): the method of that name on each of them; empty when any is unknown.
     */
    private static List<Project.FnRef> returnedMethods(Analysis analysis, Val callee, FileFacts file, Fn caller) {
        if (!(callee instanceof Val.Member m) || !(m.object() instanceof Val.Call c) || !c.args().isEmpty()) return List.of();
        Project.FnRef picker;
        try {
            picker = analysis.resolveCallee(c.callee(), file, caller);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (picker == null || picker.fn().returns().isEmpty()) return List.of();
        List<Val> options = new ArrayList<>();
        for (Val r : picker.fn().returns()) {
            if (r instanceof Val.OneOf o) options.addAll(o.options());
            else options.add(r);
        }
        List<Project.FnRef> out = new ArrayList<>();
        for (Val o : options) {
            if (!(o instanceof Val.This t) || t.path().isEmpty()) return List.of();
            List<String> p = new ArrayList<>(t.path());
            p.add(m.prop());
            Project.FnRef f;
            try {
                f = analysis.resolveCallee(new Val.This(p), picker.file(), picker.fn());
            } catch (RuntimeException e) {
                f = null;
            }
            if (f == null) return List.of();
            out.add(f);
        }
        return out.size() > 4 ? List.of() : out;
    }

    /** {@code Buffer.from(...)} as a value, or its callee. */
    private static boolean bufferFrom(Val v) {
        Val callee = v instanceof Val.Call c && !c.args().isEmpty() ? c.callee() : v;
        return callee instanceof Val.Global g && g.name().equals("Buffer") && g.path().equals(List.of("from"));
    }

    /** {@code v} holds the value's bytes (or a part of them) as data: anything but its size. */
    private static boolean carriesBytes(Val v, java.util.function.Function<Val, List<String>> path, int depth) {
        if (v == null || depth > 16) return false;
        List<String> own = path.apply(v);
        if (own != null) return own.isEmpty() || !SIZES.contains(own.get(0));
        if (v instanceof Val.Member m) return !SIZES.contains(m.prop()) && carriesBytes(m.object(), path, depth + 1);
        if (v instanceof Val.Call c) {
            // what s3.send(new UploadPartCommand({ Body })) answers is the service's receipt (an ETag), not the bytes
            if ("send".equals(Vals.lastName(c.callee())) && c.args().size() == 1 && c.args().get(0) instanceof Val.New n
                    && S3_WRITES.contains(Vals.lastName(n.callee()))) return false;
            if (carriesBytes(c.callee(), path, depth + 1)) return true;
            for (Val a : c.args()) if (carriesBytes(a, path, depth + 1)) return true;
            return false;
        }
        if (v instanceof Val.New n) return n.args().stream().anyMatch(a -> carriesBytes(a, path, depth + 1));
        if (v instanceof Val.Obj o) return o.props().values().stream().anyMatch(a -> carriesBytes(a, path, depth + 1));
        if (v instanceof Val.Arr a) return a.items().stream().anyMatch(x -> carriesBytes(x, path, depth + 1));
        if (v instanceof Val.OneOf o) return o.options().stream().anyMatch(x -> carriesBytes(x, path, depth + 1));
        if (v instanceof Val.Concat c) return c.parts().stream().anyMatch(x -> carriesBytes(x, path, depth + 1));
        if (v instanceof Val.Tpl t) return t.holes().stream().anyMatch(x -> carriesBytes(x, path, depth + 1));
        return false;
    }

    /** {@code fn} and the functions nested in it, four levels deep (callbacks, closures): where its body's facts are. */
    static void collect(Fn fn, List<Fn> out, int depth) {
        Analysis.collect(fn, out, depth);
    }
}
