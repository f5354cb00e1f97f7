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
 * {@code compareSync}, {@code crypto.pbkdf2Sync} / {@code scryptSync}, {@code child_process.execSync}, {@code zlib.*Sync}.
 * Node runs every request on one thread: while such a call runs, no other request is served. Not reported: code run at
 * module load, and a value read once and kept ({@code if (!cache) cache = fs.readFileSync(..)}).
 */
@RuleId("perf/sync-in-handler")
public final class SyncInHandlerRule implements Rule {
    private static final Pattern FS = Pattern.compile("(fs|fs-extra|graceful-fs)\\.(\\w+Sync)");
    private static final Set<String> FS_CHEAP = Set.of("existsSync");
    private static final Pattern OTHER = Pattern.compile(
            "(crypto\\.(pbkdf2Sync|scryptSync|generateKeyPairSync)|(bcrypt|bcryptjs)\\.(hashSync|compareSync|genSaltSync)"
            + "|child_process\\.(execSync|execFileSync|spawnSync)|zlib\\.\\w+Sync)");

    @Override
    public void check(Project project, RuleContext ctx) {
        CallIndex index = CallIndex.of(project);
        Set<Location> done = new HashSet<>();
        for (RequestPaths.Path p : RequestPaths.of(project).paths()) {
            for (RequestPaths.Step s : p.steps()) {
                for (CallSite cs : s.fn().calls()) {
                    String api = api(index.keys(cs, s.fn(), s.file()));
                    if (api == null || RequestPaths.cachedOnce(cs) || !done.add(cs.location())) continue;
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

    private static String api(List<String> keys) {
        for (String k : keys) {
            if (k.startsWith("*.") || k.startsWith("<")) continue;
            var m = FS.matcher(k);
            if (m.matches()) return FS_CHEAP.contains(m.group(2)) ? null : "fs." + m.group(2);
            if (OTHER.matcher(k).matches()) return k;
        }
        return null;
    }

}
