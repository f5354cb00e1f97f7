package dev.backcheck.lang.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * One shared copy of each short string the facts hold. A parse makes a new string for every identifier, property
 * name, import specifier and short literal it meets, so a 1M-line tree's facts held about 2 million strings of which
 * nine in ten repeated one already kept (the same names in every file): ~90 MB of the live heap that each young
 * collection copied and each marking cycle walked. The fact records hand their strings through {@link #of} as they
 * are made, so the duplicates die young.
 *
 * <p>The table is lossy and lock-free: a slot per hash, the last string stored wins, a miss just keeps the string it
 * was given. Nothing depends on which copy is returned (strings are compared with {@code equals}, and a {@link String}
 * read through a data race is safe: its fields are final), so the answers never change, only how many copies stay.
 * Long strings (SQL text, messages) are passed through: they rarely repeat and would push names out.
 */
public final class Names {
    private Names() { }

    private static final int MAX_LENGTH = 64;
    private static final String[] TABLE = new String[1 << 17];
    private static final Class<?> LIST12 = List.of("").getClass(), LISTN = List.of("", "", "").getClass();

    /**
     * A thread whose facts records share names: the scan's parse threads, which make (extract or decode) the facts
     * that stay to the end. Records made on other threads (the model's and rules' resolved values, mostly short-lived
     * and made of names already shared) keep their strings as given: a lookup costs a cache miss in the table, about
     * a fifth more extraction time, and pays only for what is kept.
     */
    public static final class Sharing extends Thread {
        public Sharing(Runnable r, String name, long stackSize) {
            super(null, r, name, stackSize);
        }
    }

    /** The kept copy of {@code s} when there is one, else {@code s} (kept for next time); {@code s} itself off the {@link Sharing} threads. */
    public static String of(String s) {
        if (s == null || s.length() > MAX_LENGTH || !(Thread.currentThread() instanceof Sharing)) return s;
        int h = s.hashCode();
        int i = (h ^ (h >>> 15)) & (TABLE.length - 1);
        String c = TABLE[i];
        if (c == s) return s;
        if (c != null && c.equals(s)) return c;
        TABLE[i] = s;
        return s;
    }

    /**
     * {@code l} with its strings the kept copies: the same list when they already are; an immutable list of the JDK's
     * ({@code List.of}, {@code List.copyOf}: no nulls) rebuilt the same way; an {@link ArrayList} changed in place
     * (each element replaced by an equal string, invisible to whoever else holds it); any other list as it is.
     */
    public static List<String> of(List<String> l) {
        if (l == null || !(Thread.currentThread() instanceof Sharing)) return l;
        int n = l.size();
        if (n == 0) return l;
        Class<?> type = l.getClass();
        for (int k = 0; k < n; k++) {
            String s = l.get(k);
            String c = of(s);
            if (c == s) continue;
            if (type == LIST12 || type == LISTN) {
                String[] a = l.toArray(new String[0]);
                a[k] = c;
                for (int j = k + 1; j < n; j++) a[j] = of(a[j]);
                return List.of(a);
            }
            if (type == ArrayList.class) {
                l.set(k, c);
                for (int j = k + 1; j < n; j++) {
                    String t = l.get(j);
                    String u = of(t);
                    if (u != t) l.set(j, u);
                }
            }
            return l;
        }
        return l;
    }
}
