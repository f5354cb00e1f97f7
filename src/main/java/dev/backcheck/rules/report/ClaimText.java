package dev.backcheck.rules.report;

/** Claim text as quoted in messages. */
final class ClaimText {
    private ClaimText() { }

    static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 120 ? t : t.substring(0, 117) + "...";
    }
}
