package dev.backcheck.flow;

import dev.backcheck.Fixtures;
import dev.backcheck.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The taint engine's answers do not depend on the order sinks are traced in. Injection rules trace on several
 * threads and share the engine's caller-search memo; a flow found by a search asked from a sink a few levels up
 * was kept and handed to a later search asked from deeper down, where a search of its own stops at the depth
 * limit: the later sink then had a flow or not, and its message one path or another, by who traced first. The
 * fixture (test-fixtures/determinism/taint-chains) has sinks at several depths of the same chains, a chain just
 * deeper than the limit from its last sink, a self-recursive function and parameters swapped through one helper.
 * Every sink is traced on a fresh engine in many orders and compared with a fresh engine asked that sink alone.
 */
class TaintOrderTest {

    private static final Path TREE = Fixtures.ROOT.resolve("determinism").resolve("taint-chains");
    private static final List<String> KINDS = List.of("sql", "command");

    private record Ask(String kind, int index) { }

    private static String answer(TaintEngine engine, Ask ask) {
        TaintEngine.SinkSite s = engine.sinks(ask.kind()).get(ask.index());
        TaintEngine.Flow f = engine.trace(s);
        String where = ask.kind() + " " + s.file().path() + ":" + s.cs().location().line();
        if (f == null) return where + " -> none";
        StringBuilder sb = new StringBuilder(where + " -> " + TaintEngine.describe(f.source()));
        for (var step : f.steps()) sb.append(" | ").append(step.line()).append(':').append(step.column()).append(' ').append(step.message());
        return sb.toString();
    }

    private static Map<Ask, String> run(Project project, List<Ask> order) {
        TaintEngine engine = new TaintEngine(project, CallIndex.of(project), Models.builtin());
        Map<Ask, String> out = new LinkedHashMap<>();
        for (Ask ask : order) out.put(ask, answer(engine, ask));
        return out;
    }

    @Test
    void everyFlowIsTheFlowOfAFreshTraceWhateverTheOrder() {
        Project project = Fixtures.scan(TREE, Set.of("injection/sql-raw-query")).project();
        TaintEngine probe = new TaintEngine(project, CallIndex.of(project), Models.builtin());
        List<Ask> asks = new ArrayList<>();
        for (String kind : KINDS) for (int i = 0; i < probe.sinks(kind).size(); i++) asks.add(new Ask(kind, i));
        assertTrue(asks.size() >= 10, "sinks: " + asks.size());

        Map<Ask, String> alone = new HashMap<>();
        for (Ask ask : asks) alone.put(ask, run(project, List.of(ask)).get(ask));
        if (System.getenv("ORDER_TEST_PRINT") != null) for (Ask ask : asks) System.out.println(alone.get(ask));
        // the tree has flows found through long caller chains, and a sink whose chain is deeper than a search goes
        assertTrue(alone.values().stream().anyMatch(s -> s.contains("reports.ts:20 -> `req.query.title`")), "queryTitle's sink has a flow");
        assertTrue(alone.values().stream().anyMatch(s -> s.contains("reports.ts:100 -> none")), "exportStep5's chain is deeper than the limit");

        Map<String, List<Ask>> orders = new LinkedHashMap<>();
        orders.put("forward", asks);
        List<Ask> backward = new ArrayList<>(asks);
        Collections.reverse(backward);
        orders.put("backward", backward);
        for (long seed = 1; seed <= 10; seed++) {
            List<Ask> shuffled = new ArrayList<>(asks);
            Collections.shuffle(shuffled, new Random(seed));
            orders.put("shuffle " + seed, shuffled);
        }
        List<String> differences = new ArrayList<>();
        for (var o : orders.entrySet()) {
            Map<Ask, String> got = run(project, o.getValue());
            for (Ask ask : asks) {
                if (!got.get(ask).equals(alone.get(ask))) differences.add(o.getKey() + ":\n   alone: " + alone.get(ask) + "\n   here:  " + got.get(ask));
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " flows depend on the order of traces:\n"
                + String.join("\n", differences.subList(0, Math.min(10, differences.size()))));
    }
}
