package dev.backcheck.concepts;

import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * The HTTP statuses a function answers with, also those it writes through a project helper: a function's own
 * {@code res.status(403)} (its facts' statuses), and a literal status handed to a helper that answers with the status it
 * is handed ({@code errorResponse(res, 403, 'Forbidden')} where {@code errorResponse} calls
 * {@code sendResponse(res, statusCode, ..)} and that one {@code res.status(statusCode).json(..)}), helpers followed
 * {@value #DEPTH} calls deep. A status answered through such a helper is recorded here once, for every rule that asks
 * who a function turns away.
 */
public final class ResponseStatuses {
    private static final int DEPTH = 3;

    private final Project project;
    private final CallIndex index;
    private final Map<Fn, Set<Integer>> params = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Fn, Set<Integer>> statuses = Collections.synchronizedMap(new IdentityHashMap<>());

    public static ResponseStatuses of(Project p) {
        return p.derived(ResponseStatuses.class, ResponseStatuses::new);
    }

    private ResponseStatuses(Project project) {
        this.project = project;
        this.index = CallIndex.of(project);
    }

    /**
     * The parameters a function answers with as the HTTP status, written in it: {@code c.json(body, status)},
     * {@code res.status(code)}, {@code new Response(body, { status })}, {@code reply.code(code)}, where the status is the
     * parameter as it came.
     */
    public static Set<Integer> ownStatusParams(Fn fn) {
        Set<Integer> out = new TreeSet<>();
        for (CallSite cs : fn.calls()) {
            Integer i = statusParam(fn, cs);
            if (i != null) out.add(i);
        }
        return out;
    }

    private static Integer statusParam(Fn fn, CallSite cs) {
        String m = cs.methodName();
        if (m == null) return null;
        Val st = null;
        if ((m.equals("status") || m.equals("code") || m.equals("sendStatus")) && cs.args().size() == 1) st = cs.arg(0);
        else if (Set.of("json", "text", "body", "html", "Response", "newResponse").contains(m) && cs.args().size() >= 2) {
            st = cs.arg(1) instanceof Obj init && init.props().get("status") != null ? init.props().get("status") : cs.arg(1);
        }
        if (st instanceof Param p && p.path().isEmpty() && fn.param(p.index()) != null && fn.param(p.index()).name().equals(p.name())) return p.index();
        return null;
    }

    /**
     * The parameters a function answers with as the HTTP status, written in it ({@link #ownStatusParams}) or handed as
     * it came to such a parameter of a project helper it calls ({@code errorResponse(res, statusCode, ..)} handing
     * {@code statusCode} on to {@code sendResponse}).
     */
    public Set<Integer> statusParams(Fn fn, FileFacts file) {
        return statusParams(fn, file, 0);
    }

    private Set<Integer> statusParams(Fn fn, FileFacts file, int depth) {
        Set<Integer> known = params.get(fn);
        if (known != null) return known;
        Set<Integer> out = ownStatusParams(fn);
        if (depth < DEPTH && file != null) {
            for (CallSite cs : fn.calls()) {
                if (cs.args().isEmpty() || cs.args().stream().noneMatch(a -> a instanceof Param)) continue;
                Project.FnRef t = target(cs, file, fn);
                if (t == null) continue;
                for (int i : statusParams(t.fn(), t.file(), depth + 1)) {
                    if (i < cs.args().size() && cs.arg(i) instanceof Param p && p.path().isEmpty() && fn.param(p.index()) != null
                            && fn.param(p.index()).name().equals(p.name())) out.add(p.index());
                }
            }
        }
        Set<Integer> answer = Set.copyOf(out);
        // (an answer cut short by the depth bound is kept only where the walk started: the same function asked from
        // the top follows its helpers as far as the bound allows)
        if (depth == 0) params.put(fn, answer);
        return answer;
    }

    /**
     * The statuses a function answers with: its own ({@link Fn#statuses}) and each literal status it hands to a project
     * helper's status parameter ({@link #statusParams}).
     */
    public Set<Integer> statuses(Fn fn, FileFacts file) {
        Set<Integer> known = statuses.get(fn);
        if (known != null) return known;
        Set<Integer> out = new TreeSet<>(fn.statuses());
        if (file != null) {
            for (CallSite cs : fn.calls()) {
                if (cs.args().stream().noneMatch(ResponseStatuses::statusLiteral)) continue;
                Project.FnRef t = target(cs, file, fn);
                if (t == null) continue;
                for (int i : statusParams(t.fn(), t.file())) {
                    if (i < cs.args().size() && statusLiteral(cs.arg(i))) out.add(((Double) ((Lit) cs.arg(i)).value()).intValue());
                }
            }
        }
        Set<Integer> answer = Set.copyOf(out);
        statuses.put(fn, answer);
        return answer;
    }

    private static boolean statusLiteral(Val a) {
        return a instanceof Lit l && l.value() instanceof Double d && d >= 100 && d < 600 && d == Math.floor(d);
    }

    private Project.FnRef target(CallSite cs, FileFacts file, Fn fn) {
        try {
            Project.FnRef t = index.resolve(cs, file, fn);
            return t == null || t.fn() == fn ? null : t;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
