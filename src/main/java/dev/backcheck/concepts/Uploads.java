package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.model.Route;

import java.util.List;

/**
 * What multer lets into a route: the most files its upload middleware, mounted in the route's own registration,
 * accepts. {@code upload.fields([{ name: 'passport', maxCount: 1 }, ...])} gives {@code req.files} one key per listed
 * field; {@code upload.array('images', 5)} at most 5 files; {@code multer({ limits: { files: 3 } })} at most 3 files
 * whatever the call. Numbers are read only when written as literals.
 */
public final class Uploads {
    private Uploads() { }

    /**
     * The bound on {@code req.files} of a route's multer middleware: at most {@code fields} keys (named fields) and
     * {@code files} files in all; -1 when not known.
     */
    public record Limit(int fields, int files) { }

    /**
     * The limit of the multer middleware mounted in {@code route}'s registration call, or null when the route mounts
     * none there or its limits are not literals.
     */
    public static Limit of(Project project, Route route) {
        if (route == null || route.location() == null) return null;
        FileFacts f = project.files().get(route.location().path());
        if (f == null) return null;
        CallSite reg = null;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (route.location().equals(cs.location())) {
                    reg = cs;
                    break;
                }
            }
            if (reg != null) break;
        }
        if (reg == null) return null;
        for (Val a : reg.args()) {
            Project.Resolved r = resolve(project, a, f);
            if (r == null) continue;
            if (r.val() instanceof Arr arr) {
                for (Val item : arr.items()) {
                    Project.Resolved ri = resolve(project, item, r.file());
                    Limit l = ri == null ? null : limit(project, ri.val(), ri.file());
                    if (l != null) return l;
                }
            } else {
                Limit l = limit(project, r.val(), r.file());
                if (l != null) return l;
            }
        }
        return null;
    }

    /**
     * True when the multer middleware mounted in {@code route}'s registration keeps the files in memory: its instance
     * is made with {@code storage: multer.memoryStorage()}, or with neither {@code storage} nor {@code dest} (multer's
     * default is its MemoryStorage). multer's MemoryStorage hands each file on as {@code { buffer, size }}: the file
     * has no {@code path}, so {@code req.file.path} is undefined there.
     */
    public static boolean inMemory(Project project, Route route) {
        CallSite reg = registration(project, route);
        if (reg == null) return false;
        FileFacts f = project.files().get(route.location().path());
        for (Val a : reg.args()) {
            Project.Resolved r = resolve(project, a, f);
            if (r == null) continue;
            List<Val> items = r.val() instanceof Arr arr ? arr.items() : List.of(r.val());
            for (Val item : items) {
                Project.Resolved ri = item == r.val() ? r : resolve(project, item, r.file());
                if (ri == null || !(ri.val() instanceof Call c) || ri.file() == null) continue;
                String m = Vals.lastName(c.callee());
                if (m == null || !List.of("fields", "array", "single", "any", "none").contains(m)) continue;
                if (!"multer".equals(root(project, c.callee(), ri.file()))) continue;
                Project.Resolved inst = resolve(project, Vals.receiver(c.callee()), ri.file());
                if (inst == null || !(inst.val() instanceof Call made)) continue;
                if (made.args().isEmpty()) return true;
                Project.Resolved o = resolve(project, made.args().get(0), inst.file());
                if (o == null || !(o.val() instanceof Obj opts) || opts.props().keySet().stream().anyMatch(k -> k.startsWith("..."))) continue;
                if (opts.props().containsKey("dest")) continue;
                Val storage = opts.props().get("storage");
                if (storage == null) return true;
                Project.Resolved st = resolve(project, storage, o.file());
                if (st != null && st.val() instanceof Call sc && "memoryStorage".equals(Vals.lastName(sc.callee()))) return true;
            }
        }
        return false;
    }

    /**
     * The multer instances of running code that check what they accept: {@code multer({ fileFilter })} (a test of each
     * file's type or name) or {@code multer({ limits: { fileSize } })}, by the location of the {@code multer(..)} call,
     * in file order. Test code and files no process runs do not count.
     */
    public static List<dev.backcheck.findings.Location> fileChecks(Project project) {
        return project.derived(FileChecks.class, p -> new FileChecks(computeFileChecks(p))).at();
    }

    private record FileChecks(List<dev.backcheck.findings.Location> at) { }

    private static List<dev.backcheck.findings.Location> computeFileChecks(Project project) {
        List<dev.backcheck.findings.Location> out = new java.util.ArrayList<>();
        ImportIndex index = ImportIndex.of(project);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || index.notRun(f.path()) || f.imports().values().stream().noneMatch(i -> "multer".equals(i.module()))) {
                continue;
            }
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.args().isEmpty() || !"multer".equals(Vals.lastName(cs.callee()))) continue;
                    if (!"multer".equals(root(project, cs.callee(), f))) continue;
                    Project.Resolved o = resolve(project, cs.args().get(0), f);
                    if (o == null || !(o.val() instanceof Obj opts)) continue;
                    boolean sized = opts.props().get("limits") instanceof Obj limits && limits.props().containsKey("fileSize");
                    if (opts.props().containsKey("fileFilter") || sized) out.add(cs.location());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The call that registers {@code route} (its location's call), or null. */
    private static CallSite registration(Project project, Route route) {
        if (route == null || route.location() == null) return null;
        FileFacts f = project.files().get(route.location().path());
        if (f == null) return null;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) if (route.location().equals(cs.location())) return cs;
        }
        return null;
    }

    /** The package {@code callee} comes from, or null when it cannot be told. */
    private static String root(Project project, Val callee, FileFacts f) {
        try {
            return project.rootModule(callee, f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Project.Resolved resolve(Project project, Val v, FileFacts f) {
        try {
            return project.resolve(v, f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code upload.fields([...])} / {@code upload.array(name, n)} / {@code .single(name)} of a multer instance. */
    private static Limit limit(Project project, Val v, FileFacts f) {
        if (!(v instanceof Call c) || f == null) return null;
        String m = Vals.lastName(c.callee());
        if (m == null || !List.of("fields", "array", "single").contains(m)) return null;
        if (!"multer".equals(root(project, c.callee(), f))) return null;
        int files = filesLimit(project, Vals.receiver(c.callee()), f);
        int fields = -1;
        if (m.equals("single")) files = files < 0 ? 1 : Math.min(files, 1);
        if (m.equals("array") && c.args().size() >= 2 && count(c.args().get(1)) >= 0) {
            int n = count(c.args().get(1));
            files = files < 0 ? n : Math.min(files, n);
        }
        if (m.equals("fields") && !c.args().isEmpty()) {
            Project.Resolved r = resolve(project, c.args().get(0), f);
            if (r != null && r.val() instanceof Arr list && list.items().stream().allMatch(i -> i instanceof Obj)) {
                fields = list.items().size();
                int sum = 0;
                for (Val i : list.items()) {
                    int n = count(((Obj) i).props().get("maxCount"));
                    if (n < 0 || sum < 0) sum = -1;
                    else sum += n;
                }
                if (sum >= 0) files = files < 0 ? sum : Math.min(files, sum);
            }
        }
        return fields < 0 && files < 0 ? null : new Limit(fields, files);
    }

    /** {@code multer({ limits: { files: 3 } })}: the instance's literal file limit, -1 when none. */
    private static int filesLimit(Project project, Val instance, FileFacts f) {
        Project.Resolved r = instance == null ? null : resolve(project, instance, f);
        if (r == null || !(r.val() instanceof Call c) || c.args().isEmpty()) return -1;
        Project.Resolved o = resolve(project, c.args().get(0), r.file());
        if (o == null || !(o.val() instanceof Obj opts) || !(opts.props().get("limits") instanceof Obj limits)) return -1;
        return count(limits.props().get("files"));
    }

    private static int count(Val v) {
        if (v instanceof Lit l && l.value() instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() == Math.floor(n.doubleValue())
                && n.doubleValue() < 1_000_000) return n.intValue();
        return -1;
    }

    /**
     * True when {@code v} is the request's uploaded files ({@code req.files}, {@code req.files || {}}), the value the
     * limits of {@link #of} bound.
     */
    public static boolean requestFiles(Val v) {
        if (v instanceof Req r) return r.part().equals("files") && r.path().isEmpty();
        if (v instanceof OneOf o) {
            boolean files = false;
            for (Val x : o.options()) {
                if (requestFiles(x)) files = true;
                else if (!(x instanceof Obj ob && ob.props().isEmpty() || x instanceof Arr a && a.items().isEmpty()
                        || x instanceof Lit l && l.value() == null)) return false;
            }
            return files;
        }
        return false;
    }
}
