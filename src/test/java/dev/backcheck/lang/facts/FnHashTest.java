package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;
import org.junit.jupiter.api.Test;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** A function's hash is where it is, never its body: hash-keyed sets and memos of functions cost the same for any size. */
class FnHashTest {

    private static Fn fn(String name, Location at, List<CallSite> calls) {
        return new Fn(name, List.of(), false, at, calls, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                at.path(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A body that fails the test if anything hashes it. */
    private static List<CallSite> untouchable() {
        return new AbstractList<>() {
            @Override public CallSite get(int i) { throw new AssertionError("the body was read"); }
            @Override public int size() { return 1; }
            @Override public int hashCode() { throw new AssertionError("the body was hashed"); }
        };
    }

    @Test
    void theHashDoesNotReadTheBody() {
        Location at = new Location("web/.next/server/vendor-chunks/next.js", 1, 1, 9000, 1, null);
        Fn big = fn("", at, untouchable());
        Set<Fn> seen = new HashSet<>();
        assertTrue(seen.add(big));
        assertFalse(seen.add(big), "the same function is found again by its hash and identity");
        assertEquals(big.hashCode(), fn("", at, List.of()).hashCode(), "a function at the same place hashes alike");
        Set<Val> values = new HashSet<>();
        values.add(new Val.FnVal(big));
        assertTrue(values.contains(new Val.FnVal(big)), "a value holding the function is hashed by the function's place too");
    }

    @Test
    void equalFunctionsHashAlikeAndFunctionsElsewhereAreKeptApart() {
        Location a = new Location("src/routes/users.ts", 10, 3, 20, 4, null);
        Location b = new Location("src/routes/users.ts", 30, 3, 40, 4, null);
        Fn one = fn("list", a, List.of()), same = fn("list", a, List.of()), other = fn("list", b, List.of());
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, other);
        Set<Fn> s = new HashSet<>(List.of(one, other));
        assertEquals(2, s.size());
        assertTrue(s.contains(same));
    }
}
