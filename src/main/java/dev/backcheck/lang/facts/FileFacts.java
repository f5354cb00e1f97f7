package dev.backcheck.lang.facts;

import java.util.List;
import java.util.Map;

/**
 * Everything the later stages need from one source file, with the AST dropped.
 *
 * @param path     path relative to the scan root, '/' separated
 * @param language "ts" (TS/JS family) or "java"
 * @param imports  import bindings by local name
 * @param symbols  top-level bindings by name (const/let/var initializers, functions, classes)
 * @param exports  exported names to their values (a Local for re-exported bindings, a Ref for re-exports from other modules)
 * @param reexportAll modules re-exported with {@code export * from}
 * @param main     the module body as a pseudo-function: top-level calls in order, nested functions
 * @param classes  classes by name
 * @param lines    number of lines (for statistics)
 * @param comments line comments and block comments with their line, for suppressions and annotations
 * @param statements line spans of the statements that cover several lines (at any nesting), sorted by
 *                   start line; inline suppressions use them to cover a statement a formatter split
 */
public record FileFacts(String path, String language, Map<String, Import> imports, Map<String, Val> symbols,
                        Map<String, Val> exports, List<String> reexportAll, Fn main, Map<String, ClassInfo> classes,
                        int lines, List<Comment> comments, List<Span> statements) {
    public record Comment(int line, int endLine, String text) { }

    /** Lines {@code line..endLine} (1-based, inclusive) of one statement. */
    public record Span(int line, int endLine) { }

    public FileFacts {
        statements = statements == null ? List.of() : statements;
    }

    /** Facts without statement spans. */
    public FileFacts(String path, String language, Map<String, Import> imports, Map<String, Val> symbols,
                     Map<String, Val> exports, List<String> reexportAll, Fn main, Map<String, ClassInfo> classes,
                     int lines, List<Comment> comments) {
        this(path, language, imports, symbols, exports, reexportAll, main, classes, lines, comments, List.of());
    }
}
