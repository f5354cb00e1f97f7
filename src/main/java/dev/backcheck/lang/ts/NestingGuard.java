package dev.backcheck.lang.ts;

import java.util.Arrays;

/**
 * A cheap, conservative estimate of how deeply the syntax tree of a JS/TS source nests, computed
 * before the native parser sees the file. It tracks bracket depth (including JSX elements) and,
 * per bracket level, how many operators are chained since the last {@code ,} or {@code ;}
 * (a chain {@code a+a+a...} nests the tree as deeply as brackets do). Strings, templates and
 * comments are skipped. Real code stays far below 100; generated hostile input goes far above.
 */
public final class NestingGuard {
    private NestingGuard() { }

    public static int estimate(String s) {
        int depth = 0, max = 0;
        int[] chain = new int[256];
        int n = s.length();
        char prev = ';'; // last significant character
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
                continue;
            }
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int e = s.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 1;
                continue;
            }
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i, c);
                prev = 'a';
                continue;
            }
            if (depth + 2 >= chain.length) chain = Arrays.copyOf(chain, chain.length * 2);
            switch (c) {
                case '(', '[', '{' -> chain[++depth] = 0;
                case ')', ']', '}' -> {
                    if (depth > 0) depth--;
                }
                case ',', ';' -> chain[depth] = 0;
                case '<' -> {
                    boolean jsxOpen = i + 1 < n && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '>')
                            && !isOperand(prev);
                    if (jsxOpen) chain[++depth] = 0;
                    else if (i + 1 < n && s.charAt(i + 1) == '/') {
                        if (depth > 0) depth--; // closing tag
                        i++;
                    } else chain[depth]++;
                }
                case '/' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '>') {
                        if (depth > 0) depth--; // self-closing JSX element
                        i++;
                    } else chain[depth]++;
                }
                case '+', '-', '*', '%', '&', '|', '?', '=', '!', '>', ':' -> {
                    if (c != ':' && !isOperatorChar(prev)) chain[depth]++;
                }
                default -> { }
            }
            prev = c;
            int est = depth + chain[depth];
            if (est > max) max = est;
        }
        return max;
    }

    private static boolean isOperand(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == ')' || c == ']';
    }

    private static boolean isOperatorChar(char c) {
        return "+-*%&|?=!<>".indexOf(c) >= 0;
    }

    private static int skipString(String s, int i, char q) {
        int n = s.length();
        for (int j = i + 1; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\\') j++;
            else if (c == q) return j;
            else if (c == '\n' && q != '`') return j;
        }
        return n;
    }
}
