package dev.backcheck.report.ci;

/** Escaping for text from scanned code inside markdown that GitHub or GitLab renders. */
final class Markdown {
    private Markdown() { }

    /** One line, safe inside a table cell or list item: no raw HTML, no @mentions, no line breaks, pipes escaped. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    static String inline(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("@", "@\u200B");
    }
}
