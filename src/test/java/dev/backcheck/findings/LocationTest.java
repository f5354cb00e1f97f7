package dev.backcheck.findings;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Location's written-out equals and hashCode answer as a generated record of the same components does. */
class LocationTest {
    /** The same components, with the equals and hashCode the compiler generates. */
    private record Generated(String path, int line, int column, int endLine, int endColumn, String message) {}

    @Test
    void equalsAndHashCodeAreTheRecordOnes() {
        Random rnd = new Random(7);
        String[] paths = {null, "a.ts", "src/b.ts", "src/routes/users.ts"};
        String[] messages = {null, "", "m", "another message"};
        for (int i = 0; i < 20_000; i++) {
            Location a = random(rnd, paths, messages);
            Location b = rnd.nextInt(3) == 0 ? new Location(a.path(), a.line(), a.column(), a.endLine(), a.endColumn(), a.message())
                    : random(rnd, paths, messages);
            Generated ga = gen(a), gb = gen(b);
            assertEquals(ga.hashCode(), a.hashCode(), a::toString);
            assertEquals(ga.equals(gb), a.equals(b), () -> a + " vs " + b);
            assertEquals(gb.equals(ga), b.equals(a));
        }
        Location l = Location.at("x.ts", 3, 4);
        assertEquals(l, l);
        assertNotEquals(l, null);
        assertNotEquals(l, "x.ts:3:4");
    }

    private static Location random(Random rnd, String[] paths, String[] messages) {
        int line = 1 + rnd.nextInt(3), col = 1 + rnd.nextInt(3);
        return new Location(paths[rnd.nextInt(paths.length)], line, col, line + rnd.nextInt(2), col + rnd.nextInt(2),
                messages[rnd.nextInt(messages.length)]);
    }

    private static Generated gen(Location l) {
        return new Generated(l.path(), l.line(), l.column(), l.endLine(), l.endColumn(), l.message());
    }
}
