package dev.backcheck.frameworks.express;

import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.model.Control;
import dev.backcheck.model.ControlKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The indexed list of controls in force answers as the linear scans the Express model made before it (a route's
 * controls: every control whose scope applies to the route's path; a mount's: those of one method, those whose scope
 * applies to the mount path, and those on a path under it), the same controls in the same order.
 */
class ExpressActiveIndexTest {

    private static final String[] SEGMENTS = {"", "api", "v1", "users", ":id", "*", "a", "ab", "admin", "{x}", "(.*)", ":id?", "a*", "/"};

    private static String path(Random rnd) {
        switch (rnd.nextInt(12)) {
            case 0: return null;
            case 1: return "";
            case 2: return "/";
            case 3: return "*";
            case 4: return "/*";
            default: break;
        }
        StringBuilder b = new StringBuilder();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) b.append('/').append(SEGMENTS[rnd.nextInt(SEGMENTS.length)]);
        if (rnd.nextInt(5) == 0) b.append('/');
        if (rnd.nextInt(7) == 0) b.append("/*");
        if (rnd.nextInt(9) == 0) b.append('*');
        return b.toString();
    }

    private static List<ExpressModel.Scoped> linearRoute(List<ExpressModel.Scoped> active, String full) {
        List<ExpressModel.Scoped> out = new ArrayList<>();
        for (ExpressModel.Scoped s : active) if (s.applies(full)) out.add(s);
        return out;
    }

    private static List<ExpressModel.Scoped> linearMount(List<ExpressModel.Scoped> active, String full) {
        List<ExpressModel.Scoped> out = new ArrayList<>();
        for (ExpressModel.Scoped s : active) {
            if (s.method() != null || ModelSupport.applies(s.path(), full) || ModelSupport.applies(full, s.path())) out.add(s);
        }
        return out;
    }

    @Test
    void sameControlsInTheSameOrderAsTheLinearScans() {
        Random rnd = new Random(14);
        int compared = 0, nonEmpty = 0;
        for (int round = 0; round < 300; round++) {
            int size = rnd.nextInt(120);
            List<ExpressModel.Scoped> plain = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Control c = new Control(ControlKind.OTHER, "mw" + i, null, null, "global");
                String p = path(rnd);
                String method = rnd.nextInt(10) == 0 ? "GET" : null;
                plain.add(new ExpressModel.Scoped(c, p, method));
            }
            // built the ways the model builds it: from an inherited list, then grown one by one and by a router's list
            int cut = size == 0 ? 0 : rnd.nextInt(size);
            List<ExpressModel.Scoped> indexed = new ExpressModel.ActiveList(plain.subList(0, cut));
            int i = cut;
            while (i < size) {
                if (rnd.nextBoolean()) indexed.add(plain.get(i++));
                else {
                    int to = Math.min(size, i + 1 + rnd.nextInt(5));
                    indexed.addAll(plain.subList(i, to));
                    i = to;
                }
            }
            assertEquals(plain, indexed);
            for (int q = 0; q < 40; q++) {
                String full = path(rnd);
                if (full == null) full = "/";
                List<ExpressModel.Scoped> route = linearRoute(plain, full);
                assertEquals(route, ExpressModel.ActiveList.applying(indexed, full), () -> "route controls for " + plain);
                List<ExpressModel.Scoped> mount = linearMount(plain, full);
                assertEquals(mount, ExpressModel.ActiveList.mountable(indexed, full), () -> "mount controls for " + plain);
                compared++;
                if (!route.isEmpty() && route.size() < plain.size()) nonEmpty++;
            }
        }
        assertEquals(12_000, compared);
        assertTrue(nonEmpty > 1_000, "the random paths must match some controls and not others: " + nonEmpty);
    }

    @Test
    void chosenCases() {
        List<ExpressModel.Scoped> plain = new ArrayList<>();
        String[] scopes = {"/api", "/api/", "/api/*", "/api*", "/", "", null, "*", "/api/v1", "/apix", "/api/v1/users/:id", "/api/v1/users/"};
        for (int k = 0; k < 4; k++) {
            for (String s : scopes) plain.add(new ExpressModel.Scoped(new Control(ControlKind.AUTH, "a" + plain.size(), null, null, "global"), s, null));
        }
        plain.add(new ExpressModel.Scoped(new Control(ControlKind.RATE_LIMIT, "limit", null, null, "route"), "/api/v1/login", "POST"));
        List<ExpressModel.Scoped> indexed = new ExpressModel.ActiveList(plain);
        for (String full : new String[] {"/api", "/api/", "/api/v1", "/api/v1/users/:id", "/apix/y", "/ap", "/", "", "/api/v1/users/",
                "/api/v1/users/:id/x", "/other"}) {
            assertEquals(linearRoute(plain, full), ExpressModel.ActiveList.applying(indexed, full), full);
            assertEquals(linearMount(plain, full), ExpressModel.ActiveList.mountable(indexed, full), full);
        }
    }
}
