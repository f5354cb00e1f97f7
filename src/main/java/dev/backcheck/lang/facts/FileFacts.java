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
 * @param strings  every string literal of the file (and template literal without holes), in source order, with
 *                 where it is written and the name it is bound to; secrets, keys and options are found by value here
 */
public record FileFacts(String path, String language, Map<String, Import> imports, Map<String, Val> symbols,
                        Map<String, Val> exports, List<String> reexportAll, Fn main, Map<String, ClassInfo> classes,
                        int lines, List<Comment> comments, List<Span> statements, List<Str> strings) implements java.io.Serializable {
    public record Comment(int line, int endLine, String text) implements java.io.Serializable { }

    /** Lines {@code line..endLine} (1-based, inclusive) of one statement. */
    public record Span(int line, int endLine) implements java.io.Serializable { }

    /**
     * A string literal: its value, where it is written (the quotes included), and {@code context}: the name it is
     * bound to, the nearest of a variable ({@code const apiKey = '...'}), an object key ({@code { secret: '...' }}),
     * an assignment target's last name ({@code cfg.password = '...'}), a class field, or {@code name()} for a call
     * argument ({@code sign()}); null at statement level.
     */
    public record Str(String value, dev.backcheck.findings.Location location, String context) implements java.io.Serializable {
        public Str {
            value = Names.of(value);
            context = Names.of(context);
        }
    }

    public FileFacts {
        statements = statements == null ? List.of() : statements;
        strings = strings == null ? List.of() : strings;
    }

    /** Facts without string literals. */
    public FileFacts(String path, String language, Map<String, Import> imports, Map<String, Val> symbols,
                     Map<String, Val> exports, List<String> reexportAll, Fn main, Map<String, ClassInfo> classes,
                     int lines, List<Comment> comments, List<Span> statements) {
        this(path, language, imports, symbols, exports, reexportAll, main, classes, lines, comments, statements, List.of());
    }

    /** Facts without statement spans. */
    public FileFacts(String path, String language, Map<String, Import> imports, Map<String, Val> symbols,
                     Map<String, Val> exports, List<String> reexportAll, Fn main, Map<String, ClassInfo> classes,
                     int lines, List<Comment> comments) {
        this(path, language, imports, symbols, exports, reexportAll, main, classes, lines, comments, List.of());
    }
}
