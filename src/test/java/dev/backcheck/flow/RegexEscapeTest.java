package dev.backcheck.flow;

import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The hand-written regex escape is recognised by its class and replacement, not by the function's name. */
class RegexEscapeTest {
    static boolean escapes(String pattern, String flags, String with) {
        return RegexEscape.sanitizes("regex", "replace", List.<Val>of(new Regex(pattern, flags), new Lit(with)));
    }

    @Test
    void theUsualEscapesAreSanitisers() {
        assertTrue(escapes("[.*+?^${}()|[\\]\\\\]", "g", "\\$&"));
        assertTrue(escapes("[-[\\]{}()*+?.,\\\\^$|#\\s]", "g", "\\$&"));
        assertTrue(escapes("[\\\\^$.*+?()[\\]{}|]", "g", "\\$&"));
        assertTrue(escapes("([.*+?^=!:${}()|\\[\\]\\/\\\\])", "g", "\\$1"));
    }

    @Test
    void removingEverythingButWordCharactersIsASanitiser() {
        assertTrue(escapes("[^a-zA-Z0-9 ]", "g", ""));
        assertTrue(escapes("[\\W]+", "g", ""));
        assertTrue(escapes("[^\\w\\s-]", "gi", ""));
        assertFalse(escapes("[^a-zA-Z0-9 .*]", "g", ""), "keeps . and *");
        assertFalse(escapes("[<>]", "g", ""), "removes only some characters");
    }

    @Test
    void incompleteOrWrongReplacementsAreNot() {
        assertFalse(escapes("[.*+?^${}()|[\\]\\\\]", "", "\\$&"), "not global: only the first metacharacter is escaped");
        assertFalse(escapes("[.*+?^${}()[\\]\\\\]", "g", "\\$&"), "| left out");
        assertFalse(escapes("[.*+?^${}()|[\\]]", "g", "\\$&"), "backslash left out");
        assertFalse(escapes("[.*+?^${}()|[\\]\\\\]", "g", ""), "removes instead of escaping");
        assertFalse(escapes("[^a-z]", "g", "\\$&"), "a negated class");
        assertFalse(RegexEscape.sanitizes("sql", "replace", List.<Val>of(new Regex("[.*+?^${}()|[\\]\\\\]", "g"), new Lit("\\$&"))), "only for regex flows");
    }
}
