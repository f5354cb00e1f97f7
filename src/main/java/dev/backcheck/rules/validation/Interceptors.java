package dev.backcheck.rules.validation;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * NestJS: a project interceptor on the route ({@code @UseInterceptors(new ValidateRequestInterceptor(CreateDto, BODY))},
 * on the method or its controller) whose {@code intercept} runs a schema validation before {@code next.handle()}:
 * class-validator's {@code validate}/{@code validateOrReject}/{@code validateSync} (a project helper calling them
 * included), or a schema library's parse. The request parts it validates are those its construction names (a string,
 * or an enum member, {@code 'body'}, {@code BODY}); an interceptor that names none is not counted.
 */
final class Interceptors {
    private static final Set<String> PARTS = Set.of("body", "query", "params");
    private static final Set<String> CLASS_VALIDATOR = Set.of("validate", "validateOrReject", "validateSync");
    private static final Set<String> SCHEMA_LIBS = Set.of("zod", "joi", "@hapi/joi", "yup", "valibot", "ajv", "superstruct");
    private static final Set<String> SCHEMA_METHODS = Set.of("parse", "parseAsync", "safeParse", "safeParseAsync", "validate",
            "validateAsync", "validateSync", "attempt", "assert", "create");

    private Interceptors() { }

    /** The request parts the interceptors on {@code handler} (and its controller class) validate. */
    static Set<String> validatedParts(Project project, Analysis analysis, Fn handler, FileFacts file) {
        Set<String> parts = new TreeSet<>();
        if (handler == null || file == null) return parts;
        List<Decorator> decs = new ArrayList<>(handler.decorators());
        for (ClassInfo c : file.classes().values()) if (c.methods().contains(handler)) decs.addAll(c.decorators());
        for (Decorator d : decs) {
            if (!"UseInterceptors".equals(d.name())) continue;
            for (Val a : d.args()) {
                try {
                    Project.Resolved r = project.resolve(a, file);
                    if (!(r.val() instanceof Val.New n)) continue;
                    Project.ClassHit hit = project.classOf(n.callee(), r.file());
                    if (hit == null) continue;
                    Fn intercept = hit.info().method("intercept");
                    if (intercept == null || !validates(project, analysis, intercept, hit.file(), hit, 0)) continue;
                    for (Val x : n.args()) {
                        String p = partName(project.resolve(x, r.file()).val());
                        if (p == null) p = partName(x);
                        if (p != null) parts.add(p);
                    }
                } catch (RuntimeException e) {
                    // an interceptor the model cannot follow validates nothing
                }
            }
        }
        return parts;
    }

    private static String partName(Val v) {
        String s = v instanceof Val.Lit l && l.value() instanceof String str ? str : v instanceof Val.Member || v instanceof Val.Ref
                || v instanceof Val.Local ? Vals.lastName(v) : null;
        if (s == null) return null;
        s = s.toLowerCase(Locale.ROOT);
        if (s.equals("param")) s = "params";
        return PARTS.contains(s) ? s : null;
    }

    private static boolean validates(Project project, Analysis analysis, Fn fn, FileFacts file, Project.ClassHit owner, int depth) {
        if (depth > 3) return false;
        List<Fn> fns = new ArrayList<>();
        HandChecks.collect(fn, fns, 0);
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                String m = cs.methodName() != null ? cs.methodName() : Vals.lastName(cs.callee());
                String root = project.rootModule(cs.callee(), file);
                if (m != null && "class-validator".equals(root) && CLASS_VALIDATOR.contains(m)) return true;
                if (m != null && root != null && SCHEMA_LIBS.contains(root) && SCHEMA_METHODS.contains(m)) return true;
                Project.FnRef t;
                try {
                    t = analysis.resolveCallee(cs.callee(), file, f);
                } catch (RuntimeException e) {
                    t = null;
                }
                Project.ClassHit next = owner;
                if (t == null) {
                    // this.checker.check(...): a field holding an instance of a project class
                    Project.ClassHit fieldClass = fieldClass(project, owner, cs.callee());
                    Fn m2 = fieldClass == null || m == null ? null : fieldClass.info().method(m);
                    if (m2 != null) {
                        t = new Project.FnRef(m2, fieldClass.file());
                        next = fieldClass;
                    }
                }
                if (t != null && t.fn() != fn && validates(project, analysis, t.fn(), t.file(), next, depth + 1)) return true;
            }
        }
        return false;
    }

    /** The project class of {@code this.field} in {@code this.field.method()}: a property initialised with new, or typed. */
    private static Project.ClassHit fieldClass(Project project, Project.ClassHit owner, Val callee) {
        if (owner == null || !(callee instanceof Val.This t) || t.path().size() != 2) return null;
        String field = t.path().get(0);
        for (ClassInfo.Prop p : owner.info().props()) {
            if (!field.equals(p.name())) continue;
            if (p.value() != null) {
                Project.Resolved r = project.resolve(p.value(), owner.file());
                if (r.val() instanceof Val.New n) return project.classOf(n.callee(), r.file());
            }
            if (p.type() != null) return project.classNamed(p.type().strip(), owner.file());
        }
        return null;
    }
}
