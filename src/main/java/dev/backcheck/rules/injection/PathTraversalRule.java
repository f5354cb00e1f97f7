package dev.backcheck.rules.injection;

import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.flow.TaintEngine;
import dev.backcheck.flow.TaintEngine.Flow;
import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Request data in a file path: {@code fs} and {@code fs/promises} (and fs-extra) calls, express
 * {@code res.sendFile}/{@code res.download}, a view name for {@code res.render}, the root handed to
 * {@code reply.sendFile} of @fastify/static; entry names of an uploaded archive written out (zip slip, adm-zip /
 * unzipper / yauzl); the destination or file name a multer {@code diskStorage} callback gives.
 *
 * <p>What the libraries do themselves decides some cases (read from their source): express {@code res.sendFile}
 * hands the path to {@code send}, which answers 403 to any {@code ..} segment and, with a {@code root} option,
 * keeps every path under it; so only a path that {@code path.join/resolve/normalize} built from input (the
 * {@code ..} is gone before send looks) or one that starts with input (any absolute path) is reported.
 * {@code res.download} without {@code root} runs {@code path.resolve} first, so any input counts. @fastify/static's
 * {@code reply.sendFile(name)} re-roots the name under the plugin's root; only a root chosen by input is reported.
 * busboy (under multer and @fastify/multipart) cuts an upload's file name to its last segment unless
 * {@code preservePath} is set, so {@code file.originalname} is a path only with {@code preservePath: true}.
 *
 * <p>Sanitisers: {@code path.basename} and the other models' (numbers, schema output); a containment check that
 * guards the call ({@code resolved.startsWith(root)} on a {@code path.resolve/join/normalize} result or a path handed
 * in, {@code !path.relative(root, p).startsWith('..')}), also inside a helper whose result reaches the sink;
 * a check that the input has no {@code ..}; an allow-list or format check (judged by the engine).
 */
@RuleId("injection/path-traversal")
public final class PathTraversalRule extends TaintRule {
    private static final Set<String> NORMALISED = Set.of("path.resolve", "path.join", "path.normalize", "path.posix.join",
            "path.posix.resolve", "path.posix.normalize", "fs.realpathSync", "fs.realpath", "fs.promises.realpath",
            "fs.realpathSync.native", "path.relative",
            // Java: Path.normalize / toRealPath / toAbsolutePath().normalize(), File.getCanonicalPath / getCanonicalFile
            "*.normalize", "*.toRealPath", "*.getCanonicalPath", "*.getCanonicalFile", "java.io.File.getCanonicalPath",
            "java.io.File.getCanonicalFile", "java.nio.file.Path.normalize", "java.nio.file.Path.toRealPath");
    /** Java calls that normalise a path (a containment check on their result holds for the path). */
    private static final Set<String> JAVA_NORMALISING = Set.of("normalize", "toRealPath", "getCanonicalPath", "getCanonicalFile");
    private static final Set<String> ZIP_MODULES = Set.of("adm-zip", "unzipper", "yauzl", "decompress", "jszip", "node-stream-zip");
    private static final Set<String> ENTRY_NAMES = Set.of("entryName", "path", "fileName", "name");

    private final Set<String> reported = new HashSet<>();

    @Override
    protected String kind() {
        return "path";
    }

    @Override
    protected String risk(SinkSite s) {
        String when = s.model().when();
        if ("view".equals(when)) return "A client can have any template file on the server rendered (path traversal).";
        return "A client can name files outside the intended directory with ../ or an absolute path, and read, overwrite "
                + "or delete them (path traversal).";
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        reported.clear();
        super.check(project, ctx);
        TaintEngine engine = TaintEngine.of(project);
        zipSlip(project, engine, ctx);
        multer(project, engine, ctx);
    }

    private static final Set<String> FILE_NAME_METHODS = Set.of("getName", "getParent", "getPath", "getAbsolutePath", "toPath", "toURI",
            "isAbsolute", "getParentFile", "getCanonicalPath", "getCanonicalFile", "getAbsoluteFile");

    /** True when the {@code new File(...)} of sink {@code s} is the receiver of a call that only reads or converts the name. */
    private static boolean nameOnly(SinkSite s) {
        Location at = s.cs().location();
        for (CallSite cs : s.fn().calls()) {
            if (!FILE_NAME_METHODS.contains(String.valueOf(cs.methodName())) || cs == s.cs()) continue;
            // (new File(x)).getName(): the call spans the constructor (a File receiver is named by its type)
            Location c = cs.location();
            boolean spans = c.path().equals(at.path()) && (c.line() < at.line() || c.line() == at.line() && c.column() <= at.column())
                    && (c.endLine() > at.endLine() || c.endLine() == at.endLine() && c.endColumn() >= at.endColumn());
            if (spans && (cs.callee() instanceof Member m && m.object() instanceof New || cs.callee() instanceof Ref r && r.export().equals("File"))) return true;
        }
        return false;
    }

    /** True when {@code v} is built through a normalising call ({@code root.resolve(name).normalize()}, {@code getCanonicalPath()}). */
    private static boolean normalisedJava(Val v) {
        return FlowGuards.deep(v, x -> x instanceof Call c && JAVA_NORMALISING.contains(String.valueOf(Vals.lastName(c.callee()))));
    }

    @Override
    protected boolean accept(SinkSite s, Project project) {
        // Java: new FileInputStream(new File(x)), upload.transferTo(new File(dir, name)): the inner new File is the sink reported
        if ("java".equals(s.file().language()) && s.value() instanceof New n && "File".equals(Vals.lastName(n.callee()))
                && !s.model().label().equals("new File")) return false;
        // Java: new File(name).getName() / getParent() / toPath() only reads or converts the name; a later file call is its own sink
        if ("java".equals(s.file().language()) && s.model().label().equals("new File") && nameOnly(s)) return false;
        String when = s.model().when();
        if (when == null) return true;
        boolean fastify = fastify(s, project);
        List<Val> args = s.cs().args();
        switch (when) {
            case "send" -> {
                // send keeps every path under a root option; @fastify/static re-roots the name under its root
                if (fastify) return false;
                return !(args.size() > 1 && args.get(1) instanceof Obj o && o.props().containsKey("root"));
            }
            case "send-root" -> {
                return fastify && !(args.get(1) instanceof Obj);
            }
            case "download" -> {
                if (fastify) return false;
                for (int i = 1; i < args.size(); i++) if (args.get(i) instanceof Obj o && o.props().containsKey("root")) return false;
                return true;
            }
            case "view" -> {
                // Hono's c.render() takes content, not a file name
                return !hono(s);
            }
            default -> {
                return true;
            }
        }
    }

    @Override
    protected Flow trace(TaintEngine engine, SinkSite s, Project project) {
        if ("send".equals(s.model().when())) {
            return Heads.trace(engine, project, Heads.Mode.SEND, kind(), s.value(), s.fn(), s.file(), s.cs());
        }
        return engine.trace(s);
    }

    @Override
    protected Flow confirm(SinkSite s, Flow f, Project project) {
        if (contained(project, s, f)) {
            // the checked value may not be the only input in the path: trace again without it
            Val rest = replaceReq(s.value(), f.source());
            if (rest.equals(s.value())) return null;
            Flow other = TaintEngine.of(project).trace(rest, s.fn(), s.file(), kind(), s.cs());
            if (other == null || contained(project, s, other)) return null;
            f = other;
        }
        Location at = s.cs().location();
        reported.add(at.path() + ":" + at.line() + ":" + at.column());
        return f;
    }

    /** A containment check or a {@code ..} check on the flow, or a helper that checks containment before it returns the path. */
    private boolean contained(Project project, SinkSite s, Flow f) {
        if (FlowGuards.dead(s.cs()) || FlowGuards.checkedByEnclosing(project, s, f)) return true;
        CallIndex index = CallIndex.of(project);
        List<CallSite> calls = FlowGuards.callsOnFlow(project, s, f);
        if (FlowGuards.any(calls, g -> containment(g, f, s.value(), s.fn(), s.file(), index))) return true;
        if (FlowGuards.lookedUp(calls, f, s.value())) return true;
        if (storedRecordFound(project, calls, f, s)) return true;
        // Java: a Path or File local is named by its type (its value is not on the guard), so
        // if (!file.startsWith(root)) throw ... before a sink whose path is normalised is the containment check
        if ("java".equals(s.file().language()) && normalisedJava(s.value())
                && FlowGuards.any(calls, g -> g.holds() && "startsWith".equals(FlowGuards.method(g)) && Val.constString(FlowGuards.arg0(g)) == null
                && FlowGuards.arg0(g) != null && !(FlowGuards.receiver(g) instanceof Param))) return true;
        // the very path the sink gets is tested with startsWith in its function (if (...) continue; in a loop, or an else)
        List<String> argKeys = FlowGuards.keys(index, s.value(), s.fn(), s.file());
        if (argKeys.stream().anyMatch(NORMALISED::contains) && !argKeys.contains("path.relative")) {
            for (CallSite cs : s.fn().calls()) {
                if ("startsWith".equals(cs.methodName()) && s.value().equals(Analysis.receiver(cs.callee()))
                        && !(cs.arg(0) instanceof Lit)) return true;
            }
        }
        // a helper (safeJoin(root, name)) whose result reaches the sink and that checks containment itself
        boolean[] found = {false};
        FlowGuards.deep(s.value(), v -> {
            if (found[0] || !(v instanceof Call c)) return false;
            Project.FnRef t;
            try {
                t = project.function(c.callee(), s.file());
                if (t == null) t = index.analysis().resolveCallee(c.callee(), s.file(), s.fn());
            } catch (RuntimeException e) {
                t = null;
            }
            if (t != null && checksContainment(t.fn(), t.file(), index)) found[0] = true;
            return found[0];
        });
        return found[0];
    }

    /**
     * The sink runs only when a project function handed the flow's value found a stored record with it
     * ({@code const build = await getBuildById(buildId); if (!build) return null;} where getBuildById reads a table with a
     * WHERE on its parameter): the value then equals a key the database holds, which the server issued, and a
     * {@code ../} sent instead finds no row. A helper whose body reads no table with that parameter (it makes up its
     * answer, or reads the file system) proves nothing.
     */
    private static boolean storedRecordFound(Project project, List<CallSite> calls, Flow f, SinkSite s) {
        Analysis analysis = CallIndex.of(project).analysis();
        for (CallSite cs : calls) {
            List<Val> carried = new ArrayList<>();
            for (Val a : cs.args()) FlowGuards.deep(a, x -> (x instanceof Param || x instanceof Req) && carried.add(x) && false);
            FlowGuards.deep(s.value(), x -> (x instanceof Param || x instanceof Req) && carried.add(x) && false);
            carried.add(f.source());
            for (CallSite.Guard g : cs.guards()) {
                if (!g.holds() || !"truthy".equals(g.op()) || g.left() == null) continue;
                boolean[] found = {false};
                FlowGuards.deep(g.left(), x -> {
                    if (found[0] || !(x instanceof Call c)) return found[0];
                    for (int i = 0; i < c.args().size() && !found[0]; i++) {
                        if (!FlowGuards.deep(c.args().get(i), y -> carried.contains(y))) continue;
                        Project.FnRef t;
                        try {
                            t = project.function(c.callee(), s.file());
                            if (t == null) t = analysis.resolveCallee(c.callee(), s.file(), s.fn());
                        } catch (RuntimeException e) {
                            t = null;
                        }
                        if (t != null && t.file() != null && readsRowBy(project, t, i)) found[0] = true;
                    }
                    return found[0];
                });
                if (found[0]) return true;
            }
        }
        return false;
    }

    /** Function {@code t} reads stored data (a query the database concept recognises) with its parameter {@code i} among the query's values. */
    private static boolean readsRowBy(Project project, Project.FnRef t, int i) {
        dev.backcheck.concepts.DbClients db = dev.backcheck.concepts.DbClients.of(project);
        // (the function's own calls: a parameter of a callback written in it has another owner)
        for (CallSite cs : t.fn().calls()) {
            if (cs.args().stream().noneMatch(a -> FlowGuards.deep(a, x -> x instanceof Param p && p.index() == i))) continue;
            dev.backcheck.concepts.DbClients.Op op = db.op(new CallIndex.Site(t.fn(), t.file(), cs, List.of()));
            if (op != null && op.kind() == dev.backcheck.concepts.DbClients.Kind.READ) return true;
        }
        return false;
    }

    /** {@code p.startsWith(root)} holding on a resolved path (or a path handed in); {@code path.relative(...).startsWith('..')} failing; {@code x.includes('..')} failing. */
    private static boolean containment(CallSite.Guard g, Flow f, Val sinkArg, Fn fn, FileFacts file, CallIndex index) {
        String m = FlowGuards.method(g);
        if (m == null) return false;
        Val recv = FlowGuards.receiver(g);
        String a0 = Val.constString(FlowGuards.arg0(g));
        if (m.equals("startsWith") && g.holds() && a0 == null) {
            if (recv instanceof Param || recv instanceof This) return true;
            List<String> keys = FlowGuards.keys(index, recv, fn, file);
            return keys.stream().anyMatch(NORMALISED::contains) && !keys.contains("path.relative");
        }
        if (m.equals("startsWith") && !g.holds() && a0 != null && a0.startsWith("..")) {
            return FlowGuards.keys(index, recv, fn, file).contains("path.relative") || recv instanceof Param;
        }
        if (m.equals("includes") && !g.holds() && a0 != null && a0.startsWith("..")) return FlowGuards.mentions(recv, f, sinkArg);
        // if (name.match(/\.\.[\/\\]/)) return ...; if (/\.\./.test(name)) throw ...
        Val pattern = m.equals("match") ? FlowGuards.arg0(g) : m.equals("test") ? recv : null;
        Val tested = m.equals("match") ? recv : FlowGuards.arg0(g);
        if (pattern instanceof Regex r && !g.holds() && r.pattern().contains("\\.\\.")) return FlowGuards.mentions(tested, f, sinkArg);
        return false;
    }

    /** A function that tests a resolved path with startsWith (or a path.relative result for ..) and leaves when it fails. */
    private static boolean checksContainment(Fn fn, FileFacts file, CallIndex index) {
        for (CallSite cs : fn.calls()) {
            if (!"startsWith".equals(cs.methodName())) continue;
            Val recv = Analysis.receiver(cs.callee());
            List<String> keys = FlowGuards.keys(index, recv, fn, file);
            if (keys.stream().anyMatch(NORMALISED::contains) || recv instanceof Param) {
                if (!fn.throwsTypes().isEmpty() || !fn.statuses().isEmpty() || fn.returns().size() > 1) return true;
            }
        }
        return false;
    }

    private static boolean fastify(SinkSite s, Project project) {
        Val recv = Analysis.receiver(s.cs().callee());
        Val root = recv;
        for (int i = 0; i < 8 && root != null && !(root instanceof Param); i++) {
            root = root instanceof Call c ? Analysis.receiver(c.callee()) : root instanceof Member m ? m.object() : null;
        }
        if (root instanceof Param p) {
            Fn.Param decl = s.fn().param(p.index());
            String type = decl == null || decl.type() == null ? "" : decl.type().toLowerCase(Locale.ROOT);
            if (type.contains("fastify") || type.endsWith("reply")) return true;
            if (!type.isEmpty()) return false;
            if (p.name().equals("reply") || p.name().equals("rep")) return true;
        }
        return "fastify".equals(frameworkOf(project, s.file().path()));
    }

    private static boolean hono(SinkSite s) {
        Val recv = Analysis.receiver(s.cs().callee());
        if (!(recv instanceof Param p)) return false;
        Fn.Param decl = s.fn().param(p.index());
        String type = decl == null || decl.type() == null ? "" : decl.type();
        return type.equals("Context") || type.endsWith(".Context") || type.isEmpty() && (p.name().equals("c") || p.name().equals("ctx"));
    }

    // ------------------------------------------------------------------ zip slip

    /**
     * An entry name of an archive (adm-zip {@code entry.entryName}, unzipper {@code entry.path}, yauzl
     * {@code entry.fileName}) in a path an fs call writes, when the archive came from the request.
     */
    private void zipSlip(Project project, TaintEngine engine, RuleContext ctx) {
        CallIndex index = engine.index();
        for (SinkSite s : engine.sinks(kind())) {
            if (project.isTestPath(s.file().path()) || s.model().when() != null) continue;
            Location at = s.cs().location();
            if (reported.contains(at.path() + ":" + at.line() + ":" + at.column())) continue;
            Entry entry = entryName(s, index);
            if (entry == null) continue;
            // the entry name in the path, past no sanitiser: traced as if it were request data
            Val marked = substitute(s.value(), entry.name(), new Req("body", List.of("zipEntry", entry.field())));
            Flow inEntry = engine.trace(marked, s.fn(), s.file(), kind(), s.cs());
            if (inEntry == null) continue;
            Flow archive = archiveSource(entry.from(), s.fn(), s.file(), engine);
            if (archive == null) continue;
            String entryExpr = entry.expr();
            Flow f = archive.to(entry.at() == null ? s.cs().location() : entry.at(),
                    "each entry of the archive, its name `" + entryExpr + "` chosen by whoever made the archive");
            if (FlowGuards.any(FlowGuards.callsOnFlow(project, s, f), g -> containment(g, f, s.value(), s.fn(), s.file(), index))) continue;
            if (contained(project, s, f)) continue;
            reported.add(at.path() + ":" + at.line() + ":" + at.column());
            Location src = f.sourceAt();
            String where = src == null ? "" : " at " + src.path() + ":" + src.line();
            ctx.report(at, "The name of an entry (`" + entryExpr + "`) of an archive from the request (" + f.what()
                            + where + ") reaches " + s.model().label() + ". An entry named ../../app/server.js is written outside the "
                            + "destination (zip slip): a client can overwrite any file the service can write.")
                    .related(src, f.what() + " is read here")
                    .flow(f.to(s.argLocation(), "reaches " + s.model().label()).steps())
                    .fix(ctx.meta().fixText(frameworkOf(project, s.file().path()), "zip"))
                    .property("source", "archive entry name")
                    .property("sink", s.model().label())
                    .add();
        }
    }

    /** An archive entry's name in a sink's path: the value to mark, its field, where entries are read, and the call they come out of. */
    private record Entry(Val name, String field, String expr, Location at, CallSite from) { }

    /**
     * The entry-name field the sink's path uses: of the parameter of a callback that iterates archive entries
     * ({@code zip.getEntries().forEach(e => ...)}, {@code .on('entry', e => ...)}), or of a loop variable in a
     * function that reads an archive ({@code for (const e of zip.getEntries())}).
     */
    private static Entry entryName(SinkSite s, CallIndex index) {
        CallIndex.Callback cb = index.callback(s.fn());
        if (cb != null && zipChain(cb.site().cs(), cb.site().keys())) {
            Val[] found = {null};
            FlowGuards.deep(s.value(), v -> {
                if (v instanceof Param p && p.path().size() == 1 && ENTRY_NAMES.contains(p.path().get(0)) && s.fn().param(p.index()) != null) {
                    found[0] = p;
                    return true;
                }
                return false;
            });
            if (found[0] instanceof Param p) {
                Fn.Param decl = s.fn().param(p.index());
                return new Entry(p, p.path().get(0), p.name() + "." + p.path().get(0), decl.location(), cb.site().cs());
            }
            return null;
        }
        Val[] loopVar = {null};
        FlowGuards.deep(s.value(), v -> {
            // the loop variable of for (const e of zip.getEntries()): an element of the iterable (or unknown when not followed)
            boolean element = v instanceof Member m0 && (m0.object() instanceof Unknown u && "loop".equals(u.kind())
                    || m0.object() instanceof Member mm && mm.prop().equals("*"));
            if (element && v instanceof Member m
                    && (m.prop().equals("entryName") || m.prop().equals("fileName"))) {
                loopVar[0] = m;
                return true;
            }
            return false;
        });
        if (loopVar[0] == null) return null;
        for (CallSite cs : s.fn().calls()) {
            if (zipChain(cs, index.keys(cs, s.fn(), s.file()))) {
                String field = ((Member) loopVar[0]).prop();
                return new Entry(loopVar[0], field, "entry." + field, null, cs);
            }
        }
        return null;
    }

    private static boolean zipChain(CallSite cs, List<String> keys) {
        if (FlowGuards.deep(cs.callee(), v -> v instanceof Ref r && ZIP_MODULES.contains(r.module()))) return true;
        return keys.stream().anyMatch(k -> ZIP_MODULES.stream().anyMatch(z -> k.startsWith(z + ".") || k.startsWith("new " + z)));
    }

    /** The request data the archive is read from: the arguments of the calls the entries come out of. */
    private static Flow archiveSource(CallSite cs, Fn fn, FileFacts file, TaintEngine engine) {
        List<Val> args = new ArrayList<>(cs.args());
        Val v = cs.callee();
        for (int i = 0; i < 12 && v != null; i++) {
            if (v instanceof Call c) {
                args.addAll(c.args());
                v = Analysis.receiver(c.callee());
            } else if (v instanceof New n) {
                args.addAll(n.args());
                v = null;
            } else if (v instanceof Member m) {
                v = m.object();
            } else {
                v = Analysis.receiver(v);
            }
        }
        for (Val a : args) {
            if (a instanceof FnVal || a instanceof Lit) continue;
            Flow f = engine.trace(a, fn, file, "archive", null);
            if (f != null) return f;
        }
        return null;
    }

    /** {@code v} with request value {@code q} (and values read under it) replaced by a constant. */
    private static Val replaceReq(Val v, Req q) {
        if (v instanceof Req r && r.part().equals(q.part()) && r.path().size() >= q.path().size()
                && r.path().subList(0, q.path().size()).equals(q.path())) return new Lit("");
        if (v instanceof Call c) return new Call(replaceReq(c.callee(), q), c.args().stream().map(a -> replaceReq(a, q)).toList(), c.site());
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(a -> replaceReq(a, q)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(a -> replaceReq(a, q)).toList());
        if (v instanceof Member m) return new Member(replaceReq(m.object(), q), m.prop());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(a -> replaceReq(a, q)).toList(), o.test());
        return v;
    }

    private static Val substitute(Val v, Val target, Val with) {
        if (v == null) return null;
        if (v.equals(target)) return with;
        if (v instanceof Call c) return new Call(substitute(c.callee(), target, with), c.args().stream().map(a -> substitute(a, target, with)).toList(), c.site());
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(a -> substitute(a, target, with)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(a -> substitute(a, target, with)).toList());
        if (v instanceof Member m) return new Member(substitute(m.object(), target, with), m.prop());
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(a -> substitute(a, target, with)).toList(), o.test());
        return v;
    }

    // ------------------------------------------------------------------ multer

    /**
     * multer {@code diskStorage({ destination, filename })} callbacks: request data in the directory or name they
     * hand to {@code cb}, and {@code file.originalname} when the multer instance keeps client paths
     * ({@code preservePath: true}).
     */
    private void multer(Project project, TaintEngine engine, RuleContext ctx) {
        CallIndex index = engine.index();
        List<CallIndex.Site> sites = new ArrayList<>(index.sites("multer.diskStorage"));
        sites.addAll(index.sites("multer.default.diskStorage"));
        for (CallIndex.Site site : sites) {
            if (project.isTestPath(site.file().path())) continue;
            if (!(site.cs().arg(0) instanceof Obj o)) continue;
            boolean preserve = preservesPath(site.file(), index);
            for (String cbName : List.of("destination", "filename")) {
                if (!(o.props().get(cbName) instanceof FnVal fv)) continue;
                Fn fn = fv.fn();
                for (CallSite cs : fn.calls()) {
                    if (!(cs.callee() instanceof Param p) || p.index() != 2 || !p.path().isEmpty() || cs.args().size() < 2) continue;
                    Location at = cs.location();
                    if (!reported.add(at.path() + ":" + at.line() + ":" + at.column())) continue;
                    Val name = cs.arg(1);
                    Flow f = engine.trace(name, fn, site.file(), kind(), cs);
                    String label = "multer diskStorage " + cbName;
                    if (f == null && preserve && cbName.equals("filename")) {
                        Val marked = substitute(name, new Param(1, fn.param(1) == null ? "file" : fn.param(1).name(), List.of("originalname")),
                                new Req("body", List.of("uploadName")));
                        if (engine.trace(marked, fn, site.file(), kind(), cs) != null) {
                            f = new Flow(new Req("file", List.of("originalname")), List.of(cs.argLocation(1).withMessage(
                                    "the uploaded file's name, kept whole with preservePath: true")));
                        }
                    }
                    if (f == null) {
                        reported.remove(at.path() + ":" + at.line() + ":" + at.column());
                        continue;
                    }
                    Location src = f.sourceAt();
                    ctx.report(at, f.origin() + " becomes the "
                                    + (cbName.equals("filename") ? "file name" : "directory") + " multer writes an upload to. "
                                    + "A client can write the upload outside the upload directory with ../ (path traversal).")
                            .related(src, f.what() + " is read here")
                            .flow(f.to(cs.argLocation(1), "reaches " + label).steps())
                            .fix(ctx.meta().fixText(frameworkOf(project, site.file().path()), "multer"))
                            .property("source", f.what().replace("`", ""))
                            .property("sink", label)
                            .add();
                }
            }
        }
    }

    /** A multer instance in this file that keeps the client's full file path. */
    private static boolean preservesPath(FileFacts file, CallIndex index) {
        for (String k : List.of("multer", "multer.default")) {
            for (CallIndex.Site s : index.sites(k)) {
                if (s.file() != file) continue;
                if (s.cs().arg(0) instanceof Obj o && o.props().get("preservePath") instanceof Lit l && Boolean.TRUE.equals(l.value())) return true;
            }
        }
        return false;
    }
}
