package dev.backcheck.concepts;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.List;
import java.util.Set;

/**
 * The fields a GraphQL or tRPC context function copies from the request: {@code context: ({ req }) => ({ token:
 * req.headers.authorization })}, {@code createContext({ req }) => ({ req, lang: req.query.lang })}. A resolver reading
 * {@code ctx.token} reads the request's header. A field the function computes by a call of its own (the user a token
 * verification returned, a database client) is no request value.
 */
final class RequestContext {
    /** String steps that keep what a value carries ({@code authorization?.replace('Bearer ', '')}). */
    private static final Set<String> KEEPS = Set.of("replace", "replaceAll", "split", "trim", "toLowerCase", "toUpperCase", "slice",
            "substring", "substr", "toString", "at");

    private RequestContext() { }

    /**
     * The request value {@code ctx.<path>} stands for when the context is built by {@code ctxFn}, or null.
     * {@code requestParam}: the context function's parameter index holding the request, {@code requestKey}: the key
     * of that parameter that is the request ({@code req} of {@code ({ req })}), or null when the parameter is the
     * request itself (Mercurius, Express).
     */
    static Val field(Project project, Fn ctxFn, FileFacts file, List<String> path, int requestParam, Set<String> requestKeys) {
        if (ctxFn == null || path.isEmpty()) return null;
        for (Val ret : ctxFn.returns()) {
            Val r = project.resolve(ret, file).val();
            if (!(r instanceof Obj o)) continue;
            Val v = o.props().get(path.get(0));
            if (v == null) continue;
            Val req = translate(v, requestParam, requestKeys, 0);
            if (req == null) return null;
            for (String s : path.subList(1, path.size())) req = Val.member(req, s);
            return req;
        }
        return null;
    }

    private static Val translate(Val v, int requestParam, Set<String> requestKeys, int depth) {
        if (v == null || depth > 6) return null;
        if (v instanceof Param p && p.index() == requestParam) {
            List<String> rest = p.path();
            if (requestKeys != null) {
                if (rest.isEmpty() || !requestKeys.contains(rest.get(0))) return null;
                rest = rest.subList(1, rest.size());
            }
            Val r = new Req("raw", List.of());
            for (String s : rest) r = Val.member(r, s);
            return r;
        }
        if (v instanceof Call c && c.callee() instanceof Member m) {
            Val recv = translate(m.object(), requestParam, requestKeys, depth + 1);
            if (recv == null) return null;
            // a Fetch Request's headers.get('x')
            if (m.prop().equals("get") && recv instanceof Req q && q.part().equals("headers") && !c.args().isEmpty()) {
                String name = Val.constString(c.args().get(0));
                return name == null ? recv : Val.member(recv, name.toLowerCase(java.util.Locale.ROOT));
            }
            return KEEPS.contains(m.prop()) ? recv : null;
        }
        if (v instanceof Call c && c.callee() instanceof Param p && !p.path().isEmpty() && KEEPS.contains(p.path().get(p.path().size() - 1))) {
            // req.headers.authorization.replace(...) written as one parameter path
            Param base = new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
            return translate(base, requestParam, requestKeys, depth + 1);
        }
        if (v instanceof OneOf one && !one.options().isEmpty()) return translate(one.options().get(0), requestParam, requestKeys, depth + 1);
        return null;
    }
}
