package dev.backcheck.rules.perf;

import dev.backcheck.concepts.RequestPaths;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A synchronous, blocking call on a request path: file-system {@code *Sync} calls, {@code bcrypt.hashSync} /
 * {@code compareSync} (not {@code genSaltSync}: it draws random bytes and encodes the cost, it hashes nothing), {@code crypto.pbkdf2Sync} / {@code scryptSync}, {@code child_process.execSync}, {@code zlib.*Sync}.
 * Node runs every request on one thread: while such a call runs, no other request is served. Not reported: code run at
 * module load, a value read once and kept ({@code if (!cache) cache = fs.readFileSync(..)}, or per key in a map the
 * function fills: {@code if (!templates.get(k)) { ..readFileSync(..); templates.set(k, t) }}), and the set-up of something
 * missing ({@code if (!fs.existsSync(file)) { ...readFileSync(schema)...; create file }}, also through a flag
 * {@code const needsInit = !existsSync(file)}): it runs the first time only, once the file exists it is skipped, so it
 * is no per-request cost. Nor a file call on {@code req.file.path} where multer keeps uploads in memory
 * ({@link dev.backcheck.concepts.Uploads#inMemory}): there the file has no path and the call throws before any disk access.
 * Nor a call under a development-only test ({@code if (process.env.NODE_ENV === 'production') return;} before it,
 * {@link dev.backcheck.concepts.ServerCode#devOnly}): production never runs it.
 */
@RuleId("perf/sync-in-handler")
public final class SyncInHandlerRule implements Rule {
    private static final Pattern FS = Pattern.compile("(fs|fs-extra|graceful-fs)\\.(\\w+Sync)");
    private static final Set<String> FS_CHEAP = Set.of("existsSync");
    private static final Pattern OTHER = Pattern.compile(
            "(crypto\\.(pbkdf2Sync|scryptSync|generateKeyPairSync)|(bcrypt|bcryptjs)\\.(hashSync|compareSync)"
            + "|child_process\\.(execSync|execFileSync|spawnSync)|zlib\\.\\w+Sync)");

    @Override
    public void check(Project project, RuleContext ctx) {
        CallIndex index = CallIndex.of(project);
        Set<Location> done = new HashSet<>();
        for (RequestPaths.Path p : RequestPaths.of(project).paths()) {
            for (RequestPaths.Step s : p.steps()) {
                for (CallSite cs : s.fn().calls()) {
                    String api = api(index.qualifiedKey(cs, s.file()));
                    if (api == null || RequestPaths.cachedOnce(cs) || RequestPaths.cachedOnce(s.guards()) || RequestPaths.memoized(s.fn(), cs)
                            || createsMissing(cs.guards()) || createsMissing(s.guards()) || initFlag(s.fn(), cs)) continue;
                    // the value is kept in a module-level cache (or a field) that the function reads first, here or in a
                    // caller on the path: cache.set(name, loadTemplate(name)) after if (!cache.has(name)), manifest ??= read()
                    if (RequestPaths.keptOnce(project, s.fn(), cs.location()) || keptUpstream(project, p, s)) continue;
                    // if (!captureFile || process.env.NODE_ENV === 'production') return; .. appendFileSync(captureFile, ..): a
                    // development or test sink that production never runs, so it blocks no production request
                    if (dev.backcheck.concepts.ServerCode.devOnly(cs)) continue;
                    // fs.readFileSync(req.file.path) where multer keeps the upload in memory: the file has no path, the call
                    // throws a TypeError at once and touches no disk
                    if (api.startsWith("fs.") && !cs.args().isEmpty() && uploadPath(cs.args().get(0))
                            && dev.backcheck.concepts.Uploads.inMemory(project, p.route())) continue;
                    if (!done.add(cs.location())) continue;
                    String via = s.via().isEmpty() ? "in the handler of " + p.route().label()
                            : "on the path of " + p.route().label() + " (reached through " + s.via().size() + " call" + (s.via().size() == 1 ? "" : "s") + ")";
                    String why = api.contains("bcrypt") || api.contains("pbkdf2") || api.contains("scrypt") || api.contains("generateKeyPair")
                            ? "a deliberately slow hash that holds the thread for tens to hundreds of milliseconds"
                            : api.startsWith("child_process") ? "it waits for a whole child process"
                            : api.startsWith("zlib") ? "it compresses the whole buffer on the main thread"
                            : "it waits for the disk";
                    ctx.report(cs.location(), api + "() blocks the event loop " + via + ": " + why
                                    + ", and no other request is served meanwhile. Use the asynchronous form (await it), or do the work once at startup.")
                            .related(p.route().location(), p.route().label() + " is declared here")
                            .fix(ctx.meta().fixText(p.app().framework()))
                            .property("api", api)
                            .add();
                }
            }
        }
    }

    /**
     * True when a call on the way to the step (in a caller on the path) is memoised: its result kept in a module-level
     * cache the caller reads first ({@link RequestPaths#keptOnce}, {@link RequestPaths#memoized}); the step then runs once
     * (per key), not per request.
     */
    private static boolean keptUpstream(Project project, RequestPaths.Path p, RequestPaths.Step s) {
        for (int i = 0; i < s.via().size(); i++) {
            List<Location> prefix = s.via().subList(0, i);
            Location call = s.via().get(i);
            for (RequestPaths.Step caller : p.steps()) {
                if (!caller.via().equals(prefix)) continue;
                if (RequestPaths.keptOnce(project, caller.fn(), call)) return true;
                for (CallSite c : caller.fn().calls()) if (call.equals(c.location()) && (RequestPaths.memoized(caller.fn(), c) || RequestPaths.cachedOnce(c))) return true;
            }
        }
        return false;
    }

    /** The blocking API a call's qualified name ({@link CallIndex#qualifiedKey}, the only key not "*.m" / "<response>.m") names, or null. */
    private static String api(String k) {
        if (k == null || k.startsWith("*.") || k.startsWith("<")) return null;
        var m = FS.matcher(k);
        if (m.matches()) return FS_CHEAP.contains(m.group(2)) ? null : "fs." + m.group(2);
        if (OTHER.matcher(k).matches()) return k;
        return null;
    }


    /** {@code req.file.path}, {@code req.files[i].path}: the disk path multer gives an uploaded file. */
    private static boolean uploadPath(Val v) {
        if (!(v instanceof dev.backcheck.lang.facts.Val.Req r) || r.path().isEmpty() || !r.path().get(r.path().size() - 1).equals("path")) return false;
        return r.part().equals("file") && r.path().size() == 1 || r.part().equals("files") && r.path().size() >= 2;
    }

    /** True when a condition is "the file does not exist yet": {@code !existsSync(p)}, {@code existsSync(p) === false}. */
    static boolean createsMissing(List<CallSite.Guard> guards) {
        for (CallSite.Guard g : guards) {
            if (!(g.left() instanceof Call c) || !"existsSync".equals(dev.backcheck.lang.facts.Vals.lastName(c.callee()))) continue;
            if (g.op().equals("truthy") && !g.holds()) return true;
            boolean isFalse = g.right() instanceof Lit l && Boolean.FALSE.equals(l.value());
            if (isFalse && (g.op().equals("==") && g.holds() || g.op().equals("!=") && !g.holds())) return true;
        }
        return false;
    }

    private static final Pattern INIT_FLAG = Pattern.compile("(?i)init|fresh|missing|first|creat|setup|exist|new");

    /**
     * True when {@code cs} runs under a flag the same function set from a negated existence test,
     * {@code const needsInit = !existsSync(file); ... if (needsInit) readFileSync(schema)} (the front end keeps a
     * negation as an unknown boolean, so the flag is found by its name and the {@code existsSync} call it holds).
     */
    static boolean initFlag(dev.backcheck.lang.facts.Fn fn, CallSite cs) {
        boolean underFlag = cs.guards().stream().anyMatch(g -> g.op().equals("truthy") && g.holds()
                && g.left() instanceof Unknown u && "boolean".equals(u.kind()));
        if (!underFlag) return false;
        for (dev.backcheck.lang.facts.Fn.Named n : fn.names()) {
            if (n.value() == null || !INIT_FLAG.matcher(n.name()).find()) continue;
            for (CallSite e : fn.calls()) {
                if (!"existsSync".equals(dev.backcheck.lang.facts.Vals.lastName(e.callee())) || !n.value().spans(e.location())) continue;
                // the value starts before the call: the ! in front of it
                Location v = n.value(), c = e.location();
                if (v.line() < c.line() || v.line() == c.line() && v.column() < c.column()) return true;
            }
        }
        return false;
    }
}
