package dev.backcheck.rules.injection;

import dev.backcheck.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    static Project project(String lockName, String text) {
        return new Project(Path.of("."), Map.of(), List.of(), Map.of(lockName, text));
    }

    @Test
    void lockfilesNameTheCopyTheApplicationImports() {
        String yarn = """
                lodash@4.17.4:
                  version "4.17.4"

                "lodash@^4.17.20", lodash@^4.17.21:
                  version "4.17.21"
                """;
        assertArrayEquals(new int[]{4, 17, 21}, Installed.version(project("yarn.lock", yarn), "lodash"));
        String npm1 = """
                {
                  "lockfileVersion": 1,
                  "dependencies": {
                    "async": {
                      "version": "2.6.0",
                      "dependencies": {
                        "lodash": {
                          "version": "4.17.4"
                        }
                      }
                    },
                    "lodash": {
                      "version": "4.17.21"
                    }
                  }
                }
                """;
        assertArrayEquals(new int[]{4, 17, 21}, Installed.version(project("package-lock.json", npm1), "lodash"));
        assertTrue(Installed.within(project("package-lock.json", "{\"packages\": {\"node_modules/lodash\": {\"version\": \"4.17.4\"}}}"), "lodash", "<4.17.11"));
        assertFalse(Installed.within(project("yarn.lock", yarn), "lodash", "<4.17.11"));
        assertFalse(Installed.within(project("yarn.lock", ""), "lodash", "<4.17.11"), "unknown: not reported");
    }

    @Test
    void packageOfASpecifier() {
        assertEquals("lodash", Installed.packageOf("lodash/merge"));
        assertEquals("@scope/pkg", Installed.packageOf("@scope/pkg/sub"));
        assertEquals("fs", Installed.packageOf("node:fs"));
    }
}
