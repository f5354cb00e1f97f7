package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions a Fastify app adds to its instance by name ({@code server.decorate('requireAuthUser', async (req) => ..)}),
 * so that a call {@code server.requireAuthUser(req)} in a handler is a call of that function. A name decorated with two
 * different functions (a development stand-in and the real one) answers none: which one runs is not known here.
 */
public final class FastifyDecorations {
    private final Map<String, List<Project.FnRef>> byName = new HashMap<>();
    /** Names added to the reply with {@code decorateReply('json', ..)}, whatever the value. */
    private final java.util.Set<String> replyNames = new java.util.HashSet<>();

    private FastifyDecorations(Project project) {
        if (!project.dependsOn("fastify")) return;
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if ("decorateReply".equals(cs.methodName()) && !cs.args().isEmpty()) {
                        String name = Val.constString(cs.arg(0));
                        if (name != null) replyNames.add(name);
                        continue;
                    }
                    if (!"decorate".equals(cs.methodName()) || cs.args().size() < 2) continue;
                    String name = Val.constString(cs.arg(0));
                    if (name == null) continue;
                    Project.Resolved r = project.resolve(cs.arg(1), f);
                    if (!(r.val() instanceof Val.FnVal fv)) continue;
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Project.FnRef(fv.fn(), r.file() != null ? r.file() : f));
                }
            }
        }
    }

    public static FastifyDecorations of(Project project) {
        return project.derived(FastifyDecorations.class, FastifyDecorations::new);
    }

    /** True when some code of the project adds {@code name} to Fastify's reply ({@code decorateReply('json', ..)}). */
    public boolean replyDecorated(String name) {
        return replyNames.contains(name);
    }

    /** The one function decorated under {@code name}, or null. */
    public Project.FnRef function(String name) {
        List<Project.FnRef> fs = byName.get(name);
        return fs != null && fs.size() == 1 ? fs.get(0) : null;
    }
}
