package dev.backcheck.lang.ts;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Fn.writes: assignments through a computed member key, with the chain's keys, the value and the guards. */
class ComputedWritesTest {

    static List<Fn.Write> writes(String code) throws Exception {
        FileFacts f = new TsParser().parse("src/a.ts", code);
        List<Fn.Write> out = new ArrayList<>();
        for (Fn fn : Analysis.functions(f)) out.addAll(fn.writes());
        return out;
    }

    @Test
    void nestedWriteKeepsEveryKeyFromTheOutermostObjectInward() throws Exception {
        List<Fn.Write> w = writes("""
                const store = {};
                app.post('/x', (req, res) => { store[req.body.section][req.body.key] = req.body.value; });
                """);
        assertEquals(1, w.size());
        List<Val> keys = w.get(0).keys();
        assertEquals(2, keys.size());
        assertEquals(new Req("body", List.of("section")), keys.get(0));
        assertEquals(new Req("body", List.of("key")), keys.get(1));
        assertEquals(new Req("body", List.of("value")), w.get(0).value());
    }

    @Test
    void fixedNamesAreLiteralsAndConstantOnlyChainsAreNotRecorded() throws Exception {
        List<Fn.Write> w = writes("""
                function f(users, id, name) { users[id].name = name; users.a.b = 1; users['c'] = 2; }
                """);
        assertEquals(1, w.size());
        assertEquals(new Param(1, "id", List.of()), w.get(0).keys().get(0));
        assertEquals(new Lit("name"), w.get(0).keys().get(1));
        assertEquals(new Param(0, "users", List.of()), w.get(0).target());
    }

    @Test
    void fixedNamesBeforeTheFirstComputedKeyBelongToTheTarget() throws Exception {
        List<Fn.Write> w = writes("""
                class S { flags = {}; set(t, f) { this.flags[t][f] = true; } }
                """);
        assertEquals(1, w.size());
        assertEquals(new This(List.of("flags")), w.get(0).target());
        assertEquals(List.of(new Param(0, "t", List.of()), new Param(1, "f", List.of())), w.get(0).keys());
    }

    @Test
    void conditionsOfEnclosingIfsAndOfContinueAreKept() throws Exception {
        List<Fn.Write> w = writes("""
                function f(store, keys, v) {
                  for (const k of keys) {
                    if (k === '__proto__') continue;
                    store[k][k] = v;
                  }
                  if (keys[0] !== 'constructor') store[keys[0]].x = v;
                }
                """);
        assertEquals(2, w.size());
        for (Fn.Write x : w) {
            assertTrue(x.guards().stream().anyMatch(g -> g.right() instanceof Lit l && (l.value().equals("__proto__") || l.value().equals("constructor"))),
                    x.guards().toString());
        }
    }
}
