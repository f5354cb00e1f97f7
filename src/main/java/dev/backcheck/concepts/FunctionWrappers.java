package dev.backcheck.concepts;

import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;

import java.util.Set;

/**
 * Wrappers that cache or limit a function and hand its arguments on unchanged, so the arguments of a call of the wrapped value
 * go where the function it was given takes them (when it runs: a cached answer runs nothing); the key walk follows them:
 * {@code export const getAccess = cacheable('getAccess', async ({ userId, projectId }) => ..., 300)},
 * lodash {@code memoize(fn)}, {@code mem(fn)}, {@code pMemoize(fn)}, {@code memoizeOne(fn)}, React's {@code cache(fn)},
 * Next's {@code unstable_cache(fn, keys)}, {@code once(fn)}. Only these: a wrapper that changes the arguments (promisify,
 * a selector factory, a route handler wrapper that adds next) is not one.
 */
public final class FunctionWrappers {
    private FunctionWrappers() { }

    private static final Set<String> KEEPS_SIGNATURE = Set.of("cacheable", "cachable", "cached", "withCache", "memoize",
            "memoizee", "mem", "pMemoize", "memoizeOne", "moize", "cache", "unstable_cache", "once");

    /**
     * The function argument of {@code v} when {@code v} is a call of such a wrapper with exactly one function argument (a
     * literal or a name), or null.
     */
    public static Val wrapped(Val v) {
        if (!(v instanceof Val.Call c)) return null;
        String name = Vals.lastName(c.callee());
        if (name == null || !KEEPS_SIGNATURE.contains(name)) return null;
        Val fn = null;
        for (Val a : c.args()) {
            if (a instanceof Val.FnVal || a instanceof Val.Local || a instanceof Val.Ref) {
                if (fn != null) return null;
                fn = a;
            }
        }
        return fn;
    }
}
