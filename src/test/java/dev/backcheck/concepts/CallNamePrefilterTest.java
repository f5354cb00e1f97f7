package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The cheap shape tests in front of the request-id maker and audit helper patterns never hide a match. */
class CallNamePrefilterTest {
    private static final String[] PIECES = {"generate", "Generate", "create", "new", "make", "Make", "_", "request", "Request", "req", "correlation",
            "trace", "Trace", "id", "Id", "ID", "iD", "random", "UUID", "uuid", "v4", "V4", "nano", "c", "u", "l", "log", "Log", "In", "Out",
            "audit", "Audit", "write", "record", "Activity", "Event", "x", "1", "\u0131", "\u00e9"};

    @Test
    void neverHidesAMatch() {
        Random rnd = new Random(27);
        int makers = 0, helpers = 0, others = 0;
        for (int i = 0; i < 80_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(5);
            for (int k = 0; k < n; k++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
            String name = b.toString();
            boolean maker = Loggers.ID_MAKER.matcher(name).matches();
            if (maker) {
                makers++;
                assertTrue(Loggers.idMakerShape(name), () -> "maker hidden: [" + name + "]");
            }
            boolean helper = AuditRecords.HELPER.matcher(name).matches();
            assertEquals(helper, AuditRecords.helperName(name), () -> "helper: [" + name + "]");
            if (helper) helpers++;
            if (!maker && !helper) others++;
        }
        assertTrue(makers > 1_000 && helpers > 1_000 && others > 5_000, makers + " / " + helpers + " / " + others);
    }
}
