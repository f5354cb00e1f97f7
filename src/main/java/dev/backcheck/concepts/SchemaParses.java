package dev.backcheck.concepts;

import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.Call;
import dev.backcheck.lang.facts.Val.Member;
import dev.backcheck.lang.facts.Val.Req;
import dev.backcheck.lang.facts.Vals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a validation library's parse of a request part answers: the same fields, checked.
 * <ul>
 *   <li>zod: {@code schema.parse(req.body).token} and {@code schema.safeParse(req.body).data.token} (the result's
 *       {@code data}; also their async forms) are {@code req.body.token};</li>
 *   <li>yup: {@code schema.validateSync(req.body).token}, {@code (await schema.validate(req.body)).token};</li>
 *   <li>joi: {@code schema.validate(req.body).value.token} (the result's {@code value}), {@code (await schema.validateAsync(req.body)).token}.</li>
 * </ul>
 */
public final class SchemaParses {
    private SchemaParses() { }

    /** Parses that answer the value itself. */
    private static final Set<String> DIRECT = Set.of("parse", "parseAsync", "validateSync", "validateAsync");
    /** Project helpers that parse a value with a schema handed to them: validate, parseBody, parseOr400, validateInput. */
    private static final java.util.regex.Pattern HELPER = java.util.regex.Pattern.compile("(validate|parse)([A-Z0-9_][A-Za-z0-9_]*)?");
    /** Parses that answer a result object holding the value under {@code data}. */
    private static final Set<String> SAFE = Set.of("safeParse", "safeParseAsync");

    /**
     * The request value a field of a schema parse's answer stands for ({@code req.body.token} for
     * {@code schema.safeParse(req.body).data.token}), or null when {@code v} is no such field.
     */
    public static Req requestValue(Val v) {
        List<String> rest = new ArrayList<>();
        Val cur = Vals.memberBase(v, 12, rest);
        if (!(cur instanceof Call c) || c.args().isEmpty()) return null;
        String method = Vals.lastName(c.callee());
        if (method == null) return null;
        // validate(resetPasswordSchema, request.body): a project helper handed the schema first and the data second that
        // answers the parsed value (or throws a 400)
        if (!(c.args().get(0) instanceof Req) && c.args().size() == 2 && c.args().get(1) instanceof Req && !rest.isEmpty()
                && HELPER.matcher(method).matches()) {
            Req q = (Req) c.args().get(1);
            List<String> path = new ArrayList<>(q.path());
            path.addAll(rest);
            return new Req(q.part(), List.copyOf(path));
        }
        // safeParse(JSON.parse(await c.req.text())): the body's text parsed by hand is the body
        Val first = c.args().get(0);
        if (first instanceof Call jp && jp.args().size() == 1 && jp.args().get(0) instanceof Req raw && raw.path().isEmpty()
                && jp.callee() instanceof Val.Global g && g.name().equals("JSON") && g.path().equals(List.of("parse"))) first = raw;
        if (!(first instanceof Req q)) return null;
        if (SAFE.contains(method) || method.equals("validate") && !rest.isEmpty() && rest.get(0).equals("value")) {
            // safeParse(..).data.x, joi's validate(..).value.x: the field is under the result's data/value
            String holder = method.equals("validate") ? "value" : "data";
            if (rest.isEmpty() || !rest.get(0).equals(holder)) return null;
            rest.remove(0);
        } else if (!DIRECT.contains(method) && !method.equals("validate")) {
            return null;
        }
        if (rest.isEmpty() && q.path().isEmpty()) return null;
        List<String> path = new ArrayList<>(q.path());
        path.addAll(rest);
        return new Req(q.part(), List.copyOf(path));
    }

    /**
     * The object literal a schema is built on: the value itself, or the first object argument down its chain of calls
     * ({@code z.object({...}).strict()}, {@code Joi.object({...}).unknown()}), a few calls deep; null when there is none.
     */
    public static Val.Obj shape(dev.backcheck.model.Project project, Val schema, dev.backcheck.lang.facts.FileFacts f) {
        if (schema == null) return null;
        Val x = project.resolve(schema, f).val();
        for (int i = 0; i < 6 && x != null; i++) {
            if (x instanceof Val.Obj o) return o;
            if (!(x instanceof Call c)) return null;
            Val next = null;
            for (Val a : c.args()) {
                Val ra = project.resolve(a, f).val();
                if (ra instanceof Val.Obj) {
                    next = ra;
                    break;
                }
            }
            if (next == null) {
                Val recv = dev.backcheck.model.Analysis.receiver(c.callee());
                next = recv == null ? null : project.resolve(recv, f).val();
            }
            x = next;
        }
        return null;
    }

    /**
     * The schema a parse call checks its first argument with ({@code Schema} of {@code Schema.safeParse(body)},
     * {@code parse}, {@code parseAsync}, {@code validate}, ...), or null when {@code cs} is no such call.
     */
    public static Val parsedBy(dev.backcheck.lang.facts.CallSite cs) {
        String m = cs.methodName();
        if (m == null || cs.args().isEmpty() || !(DIRECT.contains(m) || SAFE.contains(m) || m.equals("validate"))) return null;
        return dev.backcheck.model.Analysis.receiver(cs.callee());
    }

    /** Zod steps whose answer holds keys of the object schema they are called on (or of an object they are given). */
    private static final Set<String> KEYS_KEPT = Set.of("partial", "deepPartial", "required", "strict", "strip", "pick", "omit",
            "extend", "merge", "refine", "superRefine", "describe", "optional", "nullable", "nullish", "default", "readonly");

    /**
     * True when {@code v} is the answer of a zod parse of an object schema ({@code schema.parse(x)},
     * {@code schema.parseAsync(x)}, {@code schema.safeParse(x).data}): zod's object parse answers only the keys its
     * shape names and drops unknown ones, so the keys of the answer are written in the code (whatever the client sent).
     * Not a schema that keeps unknown keys ({@code .passthrough()}, {@code .catchall(..)}, {@code z.record}), a
     * {@code .transform(..)} (its function chooses the answer), nor yup (keeps unknown keys unless told) or joi.
     */
    public static boolean zodObjectKeys(dev.backcheck.model.Project project, Val v, dev.backcheck.lang.facts.FileFacts f) {
        Val schema = null;
        if (v instanceof Call c && c.args().size() >= 1) {
            String m = Vals.lastName(c.callee());
            if ("parse".equals(m) || "parseAsync".equals(m)) schema = dev.backcheck.model.Analysis.receiver(c.callee());
        } else if (v instanceof Member mb && mb.prop().equals("data") && mb.object() instanceof Call c && c.args().size() >= 1) {
            String m = Vals.lastName(c.callee());
            if (SAFE.contains(m)) schema = dev.backcheck.model.Analysis.receiver(c.callee());
        }
        return schema != null && zodObject(project, schema, f, 0);
    }

    private static boolean zodObject(dev.backcheck.model.Project project, Val schema, dev.backcheck.lang.facts.FileFacts f, int depth) {
        if (schema == null || depth > 8) return false;
        Val x;
        try {
            x = project.resolve(schema, f).val();
        } catch (RuntimeException e) {
            return false;
        }
        if (!(x instanceof Call c)) return false;
        String m = Vals.lastName(c.callee());
        if (m == null) return false;
        if (m.equals("object") || m.equals("strictObject")) {
            Val root = c.callee();
            while (root instanceof Member mm) root = mm.object();
            return root instanceof Val.Ref r && (r.module().equals("zod") || r.module().startsWith("zod/"));
        }
        if (!KEYS_KEPT.contains(m)) return false;
        return zodObject(project, dev.backcheck.model.Analysis.receiver(c.callee()), f, depth + 1);
    }

    /** Zod steps that keep what the schema they are called on admits (bounds, defaults, refinements). */
    private static final Set<String> ZOD_KEEP = Set.of("optional", "nullable", "nullish", "default", "min", "max", "int", "positive",
            "negative", "nonnegative", "nonpositive", "multipleOf", "finite", "safe", "gt", "gte", "lt", "lte", "describe", "catch",
            "refine", "superRefine", "length", "readonly", "step");
    /** Zod types whose values hold no free text. */
    private static final Set<String> ZOD_NARROW = Set.of("number", "boolean", "enum", "nativeEnum", "literal", "bigint", "date");
    /** Zod string formats that admit no quote, space or semicolon. */
    private static final Set<String> ZOD_FORMATS = Set.of("uuid", "cuid", "cuid2", "ulid", "datetime", "date", "time", "ip", "ipv4", "ipv6", "nanoid");

    /**
     * True when {@code v} is a field of a zod object parse's answer ({@code schema.safeParse(req.query).data.limit},
     * {@code schema.parse(body).page}) whose schema admits no free text: a number, boolean, enum, literal or date, a
     * uuid/cuid/datetime string, or a {@code .pipe(..)} into one ({@code z.string().transform(parseInt).pipe(z.number().int())}).
     */
    public static boolean narrowField(dev.backcheck.model.Project project, Val v, dev.backcheck.lang.facts.FileFacts f) {
        List<String> rest = new ArrayList<>();
        Val cur = Vals.memberBase(v, 12, rest);
        if (!(cur instanceof Call c) || c.args().isEmpty()) return false;
        String m = Vals.lastName(c.callee());
        if (m == null) return false;
        if (SAFE.contains(m)) {
            if (rest.isEmpty() || !rest.get(0).equals("data")) return false;
            rest.remove(0);
        } else if (!m.equals("parse") && !m.equals("parseAsync")) {
            return false;
        }
        if (rest.size() != 1) return false;
        Val schema = dev.backcheck.model.Analysis.receiver(c.callee());
        if (!zodObject(project, schema, f, 0)) return false;
        Val.Obj shape = shape(project, schema, f);
        Val field = shape == null ? null : shape.props().get(rest.get(0));
        return field != null && zodNarrow(project, field, f, false, 0);
    }

    private static boolean zodNarrow(dev.backcheck.model.Project project, Val s, dev.backcheck.lang.facts.FileFacts f, boolean format, int depth) {
        if (s == null || depth > 16) return false;
        Val x;
        try {
            x = project.resolve(s, f).val();
        } catch (RuntimeException e) {
            return false;
        }
        if (!(x instanceof Call c)) return false;
        String m = Vals.lastName(c.callee());
        if (m == null) return false;
        Val root = c.callee();
        while (root instanceof Member mm) root = mm.object();
        if (root instanceof Val.Ref r && (r.module().equals("zod") || r.module().startsWith("zod/"))) {
            // z.number(), z.coerce.number(), z.enum([...]), z.string() after .uuid()
            return ZOD_NARROW.contains(m) || m.equals("string") && format;
        }
        if (m.equals("pipe") && c.args().size() == 1) return zodNarrow(project, c.args().get(0), f, false, depth + 1);
        Val recv = dev.backcheck.model.Analysis.receiver(c.callee());
        if (ZOD_FORMATS.contains(m)) return zodNarrow(project, recv, f, true, depth + 1);
        if (ZOD_KEEP.contains(m)) return zodNarrow(project, recv, f, format, depth + 1);
        return false;
    }

    /**
     * The values a zod schema handed to a validation middleware of the route's registration allows for
     * {@code part.field}: {@code router.post('/register', validate(RegisterSchema), handler)} with
     * {@code RegisterSchema = z.object({ body: z.object({ role: z.enum(['USER', 'OWNER']).optional() }) })} (or the body
     * schema itself) answers [USER, OWNER]. Null when the route has no validation control on that part, or no such
     * schema names the field as an enum of literals.
     */
    public static List<String> routeEnumValues(dev.backcheck.model.Project project, dev.backcheck.model.Route route, String part, String field) {
        if (route == null || route.location() == null || route.handler() == null) return null;
        boolean validated = false;
        for (dev.backcheck.model.Control c : route.controls(dev.backcheck.model.ControlKind.VALIDATION)) {
            if (c.parts().contains("*") || c.parts().contains(part) || c.parts().contains(part + "." + field)) validated = true;
        }
        if (!validated) return null;
        dev.backcheck.lang.facts.FileFacts regFile = project.files().get(route.location().path());
        if (regFile == null) return null;
        dev.backcheck.lang.facts.CallSite registration = null;
        for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(regFile)) {
            for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) if (route.location().equals(cs.location())) registration = cs;
        }
        if (registration == null) return null;
        for (Val a : registration.args()) {
            Val r;
            try {
                r = project.resolve(a, regFile).val();
            } catch (RuntimeException e) {
                continue;
            }
            if (r instanceof Val.FnVal fv && fv.fn() == route.handler()) break;
            if (!(r instanceof Call mw)) continue;
            for (Val sa : mw.args()) {
                List<String> values = enumValues(project, sa, regFile, part, field);
                if (values != null) return values;
            }
        }
        return null;
    }

    /**
     * The fields object of a zod object schema: {@code z.object({...})}, through {@code .refine(..)}, {@code .strict()} and
     * other refinements on it (their own option objects are no fields); null when it is not one.
     */
    private static Val.Obj objectShape(dev.backcheck.model.Project project, Val schema, dev.backcheck.lang.facts.FileFacts f) {
        Val x = schema;
        for (int i = 0; i < 8 && x != null; i++) {
            try {
                x = project.resolve(x, f).val();
            } catch (RuntimeException e) {
                return null;
            }
            if (x instanceof Val.Obj o) return o;
            if (!(x instanceof Call c)) return null;
            String m = Vals.lastName(c.callee());
            if ("object".equals(m) || "strictObject".equals(m)) {
                return c.args().isEmpty() ? null : project.resolve(c.args().get(0), f).val() instanceof Val.Obj o ? o : null;
            }
            x = dev.backcheck.model.Analysis.receiver(c.callee());
        }
        return null;
    }

    /** {@link #routeEnumValues} for one schema: its {@code part} object's (or its own) {@code field} as z.enum([...]). */
    private static List<String> enumValues(dev.backcheck.model.Project project, Val schema, dev.backcheck.lang.facts.FileFacts f, String part, String field) {
        if (!zodObject(project, schema, f, 0)) return null;
        Val.Obj shape = objectShape(project, schema, f);
        if (shape == null) return null;
        if (shape.props().get(part) != null && !shape.props().containsKey(field)) {
            Val.Obj inner = objectShape(project, shape.props().get(part), f);
            if (inner == null) return null;
            shape = inner;
        }
        Val x = shape.props().get(field);
        for (int i = 0; i < 8 && x != null; i++) {
            try {
                x = project.resolve(x, f).val();
            } catch (RuntimeException e) {
                return null;
            }
            if (!(x instanceof Call c)) return null;
            String m = Vals.lastName(c.callee());
            Val root = c.callee();
            while (root instanceof Member mm) root = mm.object();
            if ("enum".equals(m) && root instanceof Val.Ref r && (r.module().equals("zod") || r.module().startsWith("zod/")) && c.args().size() == 1) {
                Val list;
                try {
                    list = project.resolve(c.args().get(0), f).val();
                } catch (RuntimeException e) {
                    return null;
                }
                if (!(list instanceof Val.Arr arr)) return null;
                List<String> out = new ArrayList<>();
                for (Val it : arr.items()) {
                    String sv = Val.constString(it);
                    if (sv == null) return null;
                    out.add(sv);
                }
                return out;
            }
            // .optional() / .default('USER') / .nullable() on the enum: the same values
            if (!Set.of("optional", "default", "nullable", "nullish", "describe").contains(String.valueOf(m))) return null;
            x = dev.backcheck.model.Analysis.receiver(c.callee());
        }
        return null;
    }
}
