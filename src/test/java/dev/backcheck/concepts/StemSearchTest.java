package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ServerCode's one-pass stem search answers exactly what String.contains answers per stem. */
class StemSearchTest {

    @Test
    void findsWhatContainsFinds() {
        Random r = new Random(7);
        String alphabet = "abcde_/.\n'é";
        for (int round = 0; round < 2000; round++) {
            List<String> stems = new ArrayList<>();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) stems.add(word(r, alphabet, 1 + r.nextInt(4)));
            ServerCode.StemSearch search = new ServerCode.StemSearch(stems);
            String text = word(r, alphabet, r.nextInt(200));
            Set<String> wanted = new HashSet<>();
            for (String s : stems) if (r.nextInt(4) > 0) wanted.add(s);
            Set<String> expected = new HashSet<>();
            for (String s : wanted) if (text.contains(s)) expected.add(s);
            assertEquals(expected, search.in(text, wanted), () -> "text " + text + " stems " + wanted);
        }
    }

    @Test
    void longStemsThroughTheTripleFilter() {
        // module names of a generated tree: each file holds most triples of its neighbours' names, few hold them all
        Random r = new Random(13);
        String alphabet = "abc-.e";
        for (int round = 0; round < 3000; round++) {
            List<String> stems = new ArrayList<>();
            int n = 3 + r.nextInt(40);
            for (int i = 0; i < n; i++) stems.add(word(r, alphabet, 3 + r.nextInt(8)));
            ServerCode.StemSearch search = new ServerCode.StemSearch(stems);
            String text = word(r, alphabet, r.nextInt(400));
            Set<String> wanted = new HashSet<>(stems);
            Set<String> expected = new HashSet<>();
            for (String s : wanted) if (text.contains(s)) expected.add(s);
            assertEquals(expected, search.in(text, wanted), () -> "text " + text + " stems " + wanted);
        }
    }

    @Test
    void namesAStemAtTheEndAndOverlapping() {
        ServerCode.StemSearch search = new ServerCode.StemSearch(List.of("users", "user", "service", "serv"));
        assertEquals(Set.of("users", "user", "serv"), search.in("import x from './users'; serv", Set.of("users", "user", "service", "serv")));
        assertEquals(Set.of(), search.in("", Set.of("users", "user", "service")));
        // more stems than the per-stem path takes: the one-pass search, with its second-character filter
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) many.add("mod" + (char) ('a' + i % 26) + i);
        ServerCode.StemSearch big = new ServerCode.StemSearch(many);
        assertEquals(Set.of("moda0", "modz25", "modd29"), big.in("moda0 mod mo modz25\nmodd29", new HashSet<>(many)));
    }

    @Test
    void charactersBeyondLatin1InTextOrStem() {
        // the triple filter reads the text as Latin-1 bytes: other characters must neither hide nor invent a stem
        Random r = new Random(11);
        String alphabet = "ab_/.жé\uD83D\uDE00";
        for (int round = 0; round < 3000; round++) {
            List<String> stems = new ArrayList<>();
            int n = 3 + r.nextInt(30);
            for (int i = 0; i < n; i++) stems.add(word(r, alphabet, 2 + r.nextInt(3)));
            ServerCode.StemSearch search = new ServerCode.StemSearch(stems);
            String text = word(r, alphabet, r.nextInt(120));
            Set<String> wanted = new HashSet<>(stems);
            Set<String> expected = new HashSet<>();
            for (String s : wanted) if (text.contains(s)) expected.add(s);
            assertEquals(expected, search.in(text, wanted), () -> "text " + text + " stems " + wanted);
        }
        ServerCode.StemSearch search = new ServerCode.StemSearch(List.of("userжRoutes", "orders", "items", "carts"));
        assertEquals(Set.of("userжRoutes", "items"), search.in("import './userжRoutes'; // items \uD83D\uDE00 order", Set.of("userжRoutes", "orders", "items", "carts")));
    }

    private static String word(Random r, String alphabet, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }
}
