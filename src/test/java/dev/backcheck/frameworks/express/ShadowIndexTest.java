package dev.backcheck.frameworks.express;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The index of earlier routes answers as comparing a later path with each earlier route in turn (what the model did before). */
class ShadowIndexTest {

    /** The comparison ExpressModel made per earlier route of the same method. */
    private static boolean coversLinear(List<String[]> earlierRoutes, String method, String full) {
        String[] later = full.split("/", -1);
        for (String[] e : earlierRoutes) {
            if (!e[0].equals(method)) continue;
            String[] earlier = e[1].split("/", -1);
            if (earlier.length != later.length) continue;
            boolean covers = true;
            for (int i = 0; i < earlier.length && covers; i++) {
                String a = earlier[i], b = later[i];
                if (a.contains("*") || a.contains("(") || a.contains("?") || a.contains("{") || b.contains("{")) covers = false;
                else if (a.startsWith(":")) covers = !b.isEmpty();
                else covers = a.equals(b);
            }
            if (covers) return true;
        }
        return false;
    }

    @Test
    void chosenCases() {
        ShadowIndex index = new ShadowIndex();
        List<String[]> earlier = new ArrayList<>();
        String[][] routes = {{"GET", "/:loan_id/schedule"}, {"PUT", "/:id/items/:n"}, {"GET", "/a/*"}, {"GET", "/b/:id?"}, {"POST", "/"},
                {"GET", "/x/{y}"}, {"DELETE", ""}, {"GET", "/c//d"}};
        for (String[] r : routes) {
            index.add(r[0], r[1]);
            earlier.add(r);
        }
        String[][] later = {{"GET", "/:loanId/schedule"}, {"GET", "/7/schedule"}, {"GET", "//schedule"}, {"PUT", "/1/items/batch"},
                {"PUT", "/1/items/"}, {"GET", "/a/b"}, {"GET", "/b/1"}, {"POST", "/"}, {"POST", ""}, {"GET", "/x/{y}"}, {"DELETE", ""},
                {"GET", "/c//d"}, {"GET", "/c/e/d"}, {"PATCH", "/:id/items/1"}, {"GET", "/{a}/schedule"}};
        for (String[] l : later) assertEquals(coversLinear(earlier, l[0], l[1]), index.covers(l[0], l[1]), l[0] + " " + l[1]);
        assertTrue(index.covers("GET", "/7/schedule"));
        assertFalse(index.covers("GET", "//schedule"));
    }

    @Test
    void randomCases() {
        Random rnd = new Random(14);
        String[] segments = {"", "a", "b", ":id", ":n", "*", "a?", "(x)", "{y}", ":"};
        String[] methods = {"GET", "POST"};
        for (int round = 0; round < 300; round++) {
            ShadowIndex index = new ShadowIndex();
            List<String[]> earlier = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                String m = methods[rnd.nextInt(methods.length)];
                String path = path(rnd, segments);
                String later = path(rnd, segments);
                assertEquals(coversLinear(earlier, m, later), index.covers(m, later), m + " " + later + " after " + earlier.size());
                index.add(m, path);
                earlier.add(new String[]{m, path});
            }
        }
    }

    private static String path(Random rnd, String[] segments) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) sb.append('/').append(segments[rnd.nextInt(segments.length)]);
        return sb.toString();
    }
}
