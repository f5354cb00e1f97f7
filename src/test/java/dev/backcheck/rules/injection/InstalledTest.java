package dev.backcheck.rules.injection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The newest version a package.json range lets npm install decides whether a fixed library is vulnerable. */
class InstalledTest {
    @Test
    void newestVersionOfARange() {
        assertArrayEquals(new int[]{4, 17, 4}, Installed.newest("4.17.4"));
        assertArrayEquals(new int[]{4, 17, Integer.MAX_VALUE}, Installed.newest("~4.17.4"));
        assertArrayEquals(new int[]{4, Integer.MAX_VALUE, Integer.MAX_VALUE}, Installed.newest("^4.17.4"));
        assertArrayEquals(new int[]{0, 0, Integer.MAX_VALUE}, Installed.newest("^0.0.4"));
        assertArrayEquals(new int[]{3, Integer.MAX_VALUE, Integer.MAX_VALUE}, Installed.newest("3.x"));
        assertNull(Installed.newest("latest"));
        assertNull(Installed.newest(">=4.0.0"));
    }

    @Test
    void packageOfASpecifier() {
        assertEquals("lodash", Installed.packageOf("lodash/merge"));
        assertEquals("@scope/pkg", Installed.packageOf("@scope/pkg/sub"));
        assertEquals("fs", Installed.packageOf("node:fs"));
    }
}
