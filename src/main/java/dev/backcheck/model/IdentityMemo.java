package dev.backcheck.model;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe memo keyed by object identity whose keys are held weakly: an entry goes once its key is no longer
 * used elsewhere (facts of a finished scan). For values computed from immutable objects whose own
 * equals/hashCode would walk the whole object (records of facts). A value must not refer to its key.
 */
public final class IdentityMemo<K, V> {
    private final ConcurrentHashMap<Key, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    /** The value stored for {@code k}, or null. */
    public V get(K k) {
        // looked up by a plain probe (no weak reference made per lookup: asked millions of times per scan); the map
        // compares the probe with its keys by the probe's equals, which holds when a key refers to the same object
        return map.get(new Probe(k));
    }

    /** A lookup key: equal to the stored {@link Key} of the same object (same hash: the object's identity hash). */
    private static final class Probe {
        private final Object referent;
        private final int hash;

        Probe(Object referent) {
            this.referent = referent;
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && referent != null && k.get() == referent;
        }
    }

    /** Stores {@code v} for {@code k} (a concurrent put for the same key keeps either; both are the same value). */
    public void put(K k, V v) {
        expunge();
        map.put(new Key(k, queue), v);
    }

    private void expunge() {
        for (Object r; (r = queue.poll()) != null; ) map.remove(r);
    }

    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> q) {
            super(referent, q);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Key k)) return false;
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }
}
