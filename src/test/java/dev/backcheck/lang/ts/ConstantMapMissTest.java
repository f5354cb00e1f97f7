package dev.backcheck.lang.ts;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A refused miss of a lookup in a constant Map (new Map([['a', 1], ..]).get(x)) checks x against the Map's keys. */
class ConstantMapMissTest {

    static List<Fn.Check> checks(String code) throws Exception {
        FileFacts f = new TsParser().parse("src/a.ts", code);
        List<Fn.Check> out = new ArrayList<>();
        for (Fn fn : Analysis.functions(f)) out.addAll(fn.checks());
        return out;
    }

    @Test
    void refusedMissOfAConstantMapIsARangeCheckOfTheKey() throws Exception {
        List<Fn.Check> c = checks("""
                const SEATS = new Map([['starter', 3], ['team', 25]]);
                app.post('/x', (req, res) => {
                  const seats = SEATS.get(req.body.tier);
                  if (!seats) return res.status(400).json({});
                  res.json({ seats });
                });
                function seatsFor(tier) {
                  const seats = SEATS.get(tier);
                  if (seats === undefined) throw new Error('unknown tier');
                  return seats;
                }
                """);
        assertTrue(c.stream().anyMatch(k -> k.kind().equals("range") && k.subject().equals(new Req("body", List.of("tier")))), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.kind().equals("range") && k.subject() instanceof Param p && p.name().equals("tier")), c.toString());
    }

    @Test
    void aMapFilledAtRunTimeOrAFallbackIsNoCheck() throws Exception {
        List<Fn.Check> c = checks("""
                const sessions = new Map();
                app.post('/x', (req, res) => {
                  const s = sessions.get(req.body.token);
                  if (!s) return res.status(401).json({});
                  const n = SEATS.get(req.body.tier) || 1;
                  res.json({ n });
                });
                const SEATS = new Map([['starter', 3]]);
                """);
        assertTrue(c.stream().noneMatch(k -> k.kind().equals("range")), c.toString());
    }
}
