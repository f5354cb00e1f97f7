package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * express-validator on a route: the chains handed to the registration before the handler
 * ({@code router.get('/friends', [query('user_id').isUUID()], handler)}) record a failure per field, and the request is
 * refused only where the code reads the result: {@code const errors = validationResult(req); if (!errors.isEmpty())
 * return res.status(400)...}, in the handler or in a middleware of the same registration. A field is narrowed when its
 * chain has a format check that admits no free text (a UUID, an integer, a Mongo id, a member of a list, ...) and the
 * result is read and refused; a chain alone (no validationResult) refuses nothing.
 */
public final class ExpressValidators {
    private ExpressValidators() { }

    private static final String MODULE = "express-validator";

    /** Chain starts and the request part each reads ({@code check} reads every part). */
    private static final Set<String> STARTS = Set.of("query", "param", "body", "header", "cookie", "check");

    /** Validators and sanitizers whose passing value holds no free text: digits, hex, a date, a listed value, a boolean. */
    private static final Set<String> NARROW = Set.of("isUUID", "isInt", "isMongoId", "isNumeric", "isBoolean", "isIn",
            "isISO8601", "isDate", "isFloat", "isDecimal", "isAlphanumeric", "isHexadecimal", "isPort", "isIP", "isUUIDv4",
            "toInt", "toFloat", "toBoolean", "toDate", "isCurrency", "isHexColor", "isISO31661Alpha2", "isLocale");

    /**
     * True when request field {@code q} (its first path segment) is narrowed by express-validator on the route whose
     * handler is {@code handler}, registered by {@code registration} in {@code regFile}.
     */
    public static boolean narrowed(Project project, Val.Req q, Fn handler, CallSite registration, FileFacts regFile) {
        if (q.path().isEmpty() || registration == null || handler == null) return false;
        String field = q.path().get(0);
        boolean chain = false;
        boolean refused = refuses(handler);
        for (Val a : registration.args()) {
            Val r = resolve(project, a, regFile);
            if (r instanceof Val.FnVal fv && fv.fn() == handler) break;
            if (r instanceof Val.Arr arr) {
                for (Val item : arr.items()) {
                    Val ri = resolve(project, item, regFile);
                    if (narrowChain(ri, q.part(), field)) chain = true;
                    else if (!refused && refusingMiddleware(project, ri, regFile)) refused = true;
                }
            } else if (narrowChain(r, q.part(), field)) {
                chain = true;
            } else if (!refused && refusingMiddleware(project, r, regFile)) {
                refused = true;
            }
        }
        return chain && refused;
    }

    /**
     * The values express-validator lets request field {@code field} of {@code part} take on {@code route}: the listed
     * values of an {@code isIn([...])} step of a chain on the field or on its items ({@code body('roles.*').isIn([..])}),
     * when the route refuses a failed validation. Null when no such list is found.
     */
    public static List<String> allowList(Project project, dev.backcheck.model.Route route, String part, String field) {
        if (route == null || route.location() == null || route.handler() == null) return null;
        FileFacts regFile = project.files().get(route.location().path());
        if (regFile == null) return null;
        CallSite registration = null;
        for (Fn fn : Analysis.functions(regFile)) {
            for (CallSite cs : fn.calls()) if (route.location().equals(cs.location())) registration = cs;
        }
        if (registration == null) return null;
        boolean refused = refuses(route.handler());
        List<String> listed = null;
        List<Val> items = new ArrayList<>();
        for (Val a : registration.args()) {
            Val r = resolve(project, a, regFile);
            if (r instanceof Val.FnVal fv && fv.fn() == route.handler()) break;
            if (r instanceof Val.Arr arr) for (Val item : arr.items()) items.add(resolve(project, item, regFile));
            else items.add(r);
        }
        for (Val it : items) {
            List<String> values = listedValues(project, it, regFile, part, field);
            if (values != null) listed = listed == null ? values : listed.stream().filter(values::contains).toList();
            else if (!refused && refusingMiddleware(project, it, regFile)) refused = true;
        }
        return refused ? listed : null;
    }

    /** {@code body('roles.*').optional().isIn(['a', 'b'])}: the listed values, when the chain is on {@code field} (or its items). */
    private static List<String> listedValues(Project project, Val v, FileFacts f, String part, String field) {
        List<String> values = null;
        Val cur = v;
        for (int i = 0; i < 40 && cur instanceof Val.Call c; i++) {
            Val callee = c.callee();
            if (callee instanceof Val.Ref r && r.module().equals(MODULE) && r.path().isEmpty()) {
                if (!startReads(r, c, part)) return null;
                String name = Val.constString(c.args().get(0));
                return name != null && (name.equals(field) || name.equals(field + ".*") || name.equals(field + "[*]")) ? values : null;
            }
            if ("isIn".equals(Vals.lastName(callee)) && !c.args().isEmpty()) {
                Val list = resolve(project, c.args().get(0), f);
                if (!(list instanceof Val.Arr arr)) return null;
                List<String> out = new ArrayList<>();
                for (Val x : arr.items()) {
                    String sv = Val.constString(resolve(project, x, f));
                    if (sv == null) return null;
                    out.add(sv);
                }
                values = out;
            }
            cur = Analysis.receiver(callee);
        }
        return null;
    }

    /**
     * Whether a validator chain's start ({@code body('x')}, {@code param('id')}, {@code check('x')}) reads {@code part}
     * and names a field: {@code check} reads every part; {@code param}, {@code header} and {@code cookie} read
     * params, headers and cookies.
     */
    private static boolean startReads(Val.Ref r, Val.Call c, String part) {
        if (!STARTS.contains(r.export()) || c.args().isEmpty()) return false;
        String read = switch (r.export()) {
            case "param" -> "params";
            case "header" -> "headers";
            case "cookie" -> "cookies";
            default -> r.export();
        };
        return read.equals("check") || read.equals(part);
    }

    private static Val resolve(Project project, Val v, FileFacts f) {
        if (!(v instanceof Val.Local) && !(v instanceof Val.Ref)) return v;
        try {
            Val r = project.resolve(v, f).val();
            return r == null ? v : r;
        } catch (RuntimeException e) {
            return v;
        }
    }

    /** {@code query('user_id').notEmpty().isUUID()}: a chain on {@code field} of {@code part} with a narrowing step. */
    static boolean narrowChain(Val v, String part, String field) {
        boolean narrow = false;
        Val cur = v;
        for (int i = 0; i < 40 && cur instanceof Val.Call c; i++) {
            Val callee = c.callee();
            if (callee instanceof Val.Ref r && r.module().equals(MODULE) && r.path().isEmpty()) {
                if (!startReads(r, c, part)) return false;
                Val name = c.args().get(0);
                boolean named = field.equals(Val.constString(name))
                        || name instanceof Val.Arr arr && arr.items().stream().anyMatch(x -> field.equals(Val.constString(x)));
                return named && narrow;
            }
            String m = Vals.lastName(callee);
            // .optional() lets a missing value through: undefined, no text either
            if (m != null && NARROW.contains(m)) narrow = true;
            cur = Analysis.receiver(callee);
        }
        return false;
    }

    /** A project middleware of the registration that reads validationResult and refuses when it is not empty. */
    private static boolean refusingMiddleware(Project project, Val v, FileFacts f) {
        if (v instanceof Val.FnVal fv) return refuses(fv.fn());
        if (!(v instanceof Val.Local) && !(v instanceof Val.Ref)) return false;
        Project.FnRef t;
        try {
            t = project.function(v, f);
        } catch (RuntimeException e) {
            return false;
        }
        return t != null && refuses(t.fn());
    }

    /**
     * {@code fn} (or a function written in it) answers under {@code !validationResult(req).isEmpty()}: a call made only
     * when the result holds errors (the 400 response, next(err), a throw's construction).
     */
    public static boolean refuses(Fn fn) {
        List<Fn> all = new java.util.ArrayList<>();
        Analysis.collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                for (CallSite.Guard g : cs.guards()) {
                    if (!g.holds() && "truthy".equals(g.op()) && resultEmpty(g.left())) return true;
                }
            }
        }
        return false;
    }

    /** {@code validationResult(req).isEmpty()}. */
    private static boolean resultEmpty(Val v) {
        if (!(v instanceof Val.Call c) || !"isEmpty".equals(Vals.lastName(c.callee()))) return false;
        Val recv = Analysis.receiver(c.callee());
        return recv instanceof Val.Call rc && rc.callee() instanceof Val.Ref r && r.module().equals(MODULE) && r.export().equals("validationResult");
    }
}
