package dev.backcheck.cli;

/** Colour only on an interactive terminal, and never when NO_COLOR is set (https://no-color.org). */
final class Terminal {
    private Terminal() { }

    static boolean colors() {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return false;
        if ("dumb".equals(System.getenv("TERM"))) return false;
        return System.console() != null;
    }
}
