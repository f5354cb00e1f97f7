package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * A middleware that is another middleware under a new name: a function that hands its own request on
 * ({@code async (c, next) => verify(c, next)}, {@code (req, res, next) => requireAuth(req, res, next)}), and Hono's
 * {@code createMiddleware(fn)} (hono/factory), which is the function it wraps. The Hono model classifies a middleware
 * through them, Authentication judges a hook's calls through them: one definition of "the same middleware".
 */
public final class MiddlewareDelegation {
    private MiddlewareDelegation() { }

    /**
     * {@code mw(c, next)} / {@code mw(req, res, next)}: the call hands the calling middleware's own parameters on, in
     * order (two at least: the request or context, then the response or next), and nothing else.
     */
    public static boolean handsRequestOn(CallSite cs, Fn f) {
        int n = f.params().size();
        int k = cs.args().size();
        if (n < 2 || k < 2 || k > n) return false;
        for (int i = 0; i < k; i++) {
            if (!(cs.arg(i) instanceof Val.Param p) || p.index() != i || !p.path().isEmpty()) return false;
        }
        return true;
    }

    /** The calls of {@code fn} that hand its request on ({@link #handsRequestOn}), in order. */
    public static List<CallSite> handOns(Fn fn) {
        List<CallSite> out = new ArrayList<>();
        for (CallSite cs : fn.calls()) if (handsRequestOn(cs, fn)) out.add(cs);
        return out;
    }

    /**
     * The function a Hono {@code createMiddleware(fn)} call (of hono/factory, or hono's re-export) wraps, or null when
     * {@code v} is no such call or its function is not found.
     */
    public static Project.FnRef honoWrapped(Project project, Val v, FileFacts file) {
        if (!(v instanceof Val.Call c) || c.args().isEmpty() || !"createMiddleware".equals(Vals.lastName(c.callee()))) return null;
        if (!String.valueOf(project.rootModule(c.callee(), file)).startsWith("hono")) return null;
        return project.function(c.args().get(0), file);
    }

    /** True when {@code v} is a Hono {@code createMiddleware(..)} call (its function found or not). */
    public static boolean honoCreate(Project project, Val v, FileFacts file) {
        return v instanceof Val.Call c && !c.args().isEmpty() && "createMiddleware".equals(Vals.lastName(c.callee()))
                && String.valueOf(project.rootModule(c.callee(), file)).startsWith("hono");
    }
}
