package dev.backcheck.config;

/**
 * A configuration file backcheck cannot accept: unknown key, wrong type, unknown rule id or option,
 * bad YAML. The message names the file, line and column and, when there is one, a suggestion.
 * The CLI turns it into exit code 2.
 */
public final class ConfigException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public ConfigException(String file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
