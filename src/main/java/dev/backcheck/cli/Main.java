package dev.backcheck.cli;

import dev.backcheck.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code backcheck scan|routes|rules|explain}. */
@Command(name = "backcheck", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks a backend written by a coding agent against its security and best-practice checklist.",
        subcommands = {ScanCommand.class, RoutesCommand.class, ReportCommand.class, RulesCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0, FINDINGS = 1, USAGE = 2, INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: scan, routes, rules or explain");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("backcheck: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UsageError || ex instanceof dev.backcheck.config.ConfigException) {
                c.getErr().println("backcheck: " + ex.getMessage());
                return USAGE;
            }
            c.getErr().println("backcheck: internal error: " + ex);
            if (parseResult.hasMatchedOption("--verbose")) ex.printStackTrace(c.getErr());
            return INTERNAL;
        });
        return cl;
    }

    /** A user mistake (bad path, bad config): exit 2 with a one-line message, no stack trace. */
    public static final class UsageError extends RuntimeException {
        public UsageError(String m) {
            super(m);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"backcheck " + Version.VERSION};
        }
    }
}
