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
    /** Parses that answer a result object holding the value under {@code data}. */
    private static final Set<String> SAFE = Set.of("safeParse", "safeParseAsync");

    /**
     * The request value a field of a schema parse's answer stands for ({@code req.body.token} for
     * {@code schema.safeParse(req.body).data.token}), or null when {@code v} is no such field.
     */
    public static Req requestValue(Val v) {
        List<String> rest = new ArrayList<>();
        Val cur = v;
        for (int i = 0; i < 12 && cur instanceof Member m; i++) {
            rest.add(0, m.prop());
            cur = m.object();
        }
        if (!(cur instanceof Call c) || c.args().isEmpty() || !(c.args().get(0) instanceof Req q)) return null;
        String method = Vals.lastName(c.callee());
        if (method == null) return null;
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
}
