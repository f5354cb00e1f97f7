package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every call of the project by its method name ({@link CallSite#methodName}), from one walk over every file's
 * functions' calls. Concepts and rules that only look at calls of a few names (a winston handler, a cookie set, a
 * database method, {@code enableVersioning}) ask here instead of walking all the project's calls again each: on a
 * 1M-line tree one such walk touches 440k call sites and costs a tenth of a second or more.
 * <p>
 * Calls come back in the order that walk meets them: {@code project.files()} order, then
 * {@link Analysis#functions}, then {@link Fn#calls()}, so a loop over them does what the same loop over every call
 * with the name test in front did, in the same order. Calls with no method name are not kept. Test code is kept
 * (callers leave it out as before).
 */
public final class CallNames {

    /** One call: the file and function it is written in. */
    public record At(FileFacts file, Fn fn, CallSite cs) { }

    // a call's place packed in a long, ascending in walk order: file index, function index, call index (21 bits each)
    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private final List<FileFacts> files;
    private final Map<String, long[]> byName = new HashMap<>();
    /** False when the tree is too large to pack (more than two million files, functions in a file or calls in one): walked per ask. */
    private final boolean packed;

    public static CallNames of(Project p) {
        return p.derived(CallNames.class, CallNames::new);
    }

    private CallNames(Project p) {
        files = List.copyOf(p.files().values());
        Map<String, long[]> grow = new HashMap<>();
        Map<String, int[]> sizes = new HashMap<>();
        boolean fits = files.size() <= MASK;
        for (int fi = 0; fi < files.size() && fits; fi++) {
            List<Fn> fns = Analysis.functions(files.get(fi));
            if (fns.size() > MASK) fits = false;
            for (int gi = 0; gi < fns.size() && fits; gi++) {
                List<CallSite> calls = fns.get(gi).calls();
                if (calls.size() > MASK) fits = false;
                for (int ci = 0; ci < calls.size() && fits; ci++) {
                    CallSite cs = calls.get(ci);
                    long at = (long) fi << (2 * BITS) | (long) gi << BITS | ci;
                    if (cs.isNew()) {
                        if (newCount == news.length) news = Arrays.copyOf(news, news.length * 2);
                        news[newCount++] = at;
                    }
                    String m = cs.methodName();
                    if (m == null) continue;
                    int[] n = sizes.computeIfAbsent(m, k -> new int[1]);
                    long[] a = grow.get(m);
                    if (a == null) {
                        a = new long[4];
                        grow.put(m, a);
                    } else if (n[0] == a.length) {
                        a = Arrays.copyOf(a, a.length * 2);
                        grow.put(m, a);
                    }
                    a[n[0]++] = at;
                }
            }
        }
        packed = fits;
        if (fits) grow.forEach((m, a) -> byName.put(m, Arrays.copyOf(a, sizes.get(m)[0])));
        news = Arrays.copyOf(news, newCount);
    }

    /** Constructor calls ({@code new X(..)}), packed as above, in walk order. */
    private long[] news = new long[16];
    private int newCount;

    /** Every constructor call ({@code new X(..)}, {@link CallSite#isNew}) of the project, in walk order. */
    public List<At> constructed() {
        if (!packed) {
            List<At> out = new ArrayList<>();
            for (FileFacts f : files) for (Fn fn : Analysis.functions(f)) for (CallSite cs : fn.calls()) if (cs.isNew()) out.add(new At(f, fn, cs));
            return out;
        }
        return unpack(news);
    }

    /** The calls named one of {@code names}, in walk order. */
    public List<At> named(Set<String> names) {
        return named(names::contains);
    }

    /** The calls whose method name passes {@code test}, in walk order. */
    public List<At> named(Predicate<String> test) {
        if (!packed) return walk(test);
        List<long[]> parts = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, long[]> e : byName.entrySet()) {
            if (!test.test(e.getKey())) continue;
            parts.add(e.getValue());
            total += e.getValue().length;
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] a : parts) {
            System.arraycopy(a, 0, all, k, a.length);
            k += a.length;
        }
        if (parts.size() > 1) Arrays.sort(all);
        return unpack(all);
    }

    /** The files holding a call named {@code name} (in any of their {@link Analysis#functions}), in walk order. */
    public List<FileFacts> filesCalling(String name) {
        List<FileFacts> out = new ArrayList<>();
        if (!packed) {
            for (At a : walk(name::equals)) if (out.isEmpty() || out.get(out.size() - 1) != a.file()) out.add(a.file());
            return out;
        }
        long[] a = byName.get(name);
        if (a == null) return out;
        int lastFile = -1;
        for (long at : a) {
            int fi = (int) (at >>> (2 * BITS));
            if (fi != lastFile) {
                lastFile = fi;
                out.add(files.get(fi));
            }
        }
        return out;
    }

    /**
     * Adds the calls named one of {@code names} to {@code calls} and their files to {@code files} (sets: no order, no
     * {@link At} per call).
     */
    public void fill(Set<String> names, Set<CallSite> calls, Set<FileFacts> files) {
        if (!packed) {
            for (At a : walk(names::contains)) {
                calls.add(a.cs());
                files.add(a.file());
            }
            return;
        }
        for (String m : names) {
            long[] a = byName.get(m);
            if (a == null) continue;
            int lastFile = -1;
            List<Fn> fns = null;
            for (long at : a) {
                int fi = (int) (at >>> (2 * BITS));
                if (fi != lastFile) {
                    lastFile = fi;
                    fns = Analysis.functions(this.files.get(fi));
                    files.add(this.files.get(fi));
                }
                calls.add(fns.get((int) (at >>> BITS & MASK)).calls().get((int) (at & MASK)));
            }
        }
    }

    private List<At> unpack(long[] all) {
        List<At> out = new ArrayList<>(all.length);
        // the places are in walk order: a file's functions are looked up once per run of its calls, not per call
        int lastFile = -1;
        FileFacts f = null;
        List<Fn> fns = null;
        for (long at : all) {
            int fi = (int) (at >>> (2 * BITS));
            if (fi != lastFile) {
                lastFile = fi;
                f = files.get(fi);
                fns = Analysis.functions(f);
            }
            Fn fn = fns.get((int) (at >>> BITS & MASK));
            out.add(new At(f, fn, fn.calls().get((int) (at & MASK))));
        }
        return out;
    }

    private List<At> walk(Predicate<String> test) {
        List<At> out = new ArrayList<>();
        for (FileFacts f : files) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m != null && test.test(m)) out.add(new At(f, fn, cs));
                }
            }
        }
        return out;
    }
}
