package dev.backcheck.cli;

import dev.backcheck.Version;
import dev.backcheck.rules.RuleCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Objects;

/** Entry point: {@code backcheck scan|routes|rules|explain}. */
@Command(name = "backcheck", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks a backend written by a coding agent against its security and best-practice checklist.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order help lists them. Added by {@link #commandLine(RuleCatalog, String)} rather than
     * declared in {@code @Command(subcommands)}: picocli builds the model of every declared subcommand up front
     * (reflection over their options, a converter registry each), start-up that a run of one command need not pay.
     */
    private static final String[] NAMES = {"scan", "routes", "report", "rules", "explain", "merge", "parse-floor", "help"};
    private static final Class<?>[] SUBCOMMANDS = {ScanCommand.class, RoutesCommand.class, ReportCommand.class, RulesCommand.class,
            ExplainCommand.class, MergeCommand.class, ParseFloorCommand.class, CommandLine.HelpCommand.class};

    public static final int OK = 0, FINDINGS = 1, USAGE = 2, INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: scan, routes, rules or explain");
    }

    public static void main(String[] args) {
        noNameLookups();
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // one clear line, never a stack trace; exit 3 like any internal error
            System.err.println("backcheck: internal error: out of memory analysing this tree; give the JVM more heap,"
                    + " e.g. BACKCHECK_JAVA_OPTS=\"-Xmx2g -Xmn512m\" bin/backcheck ... (or java -Xmx2g -jar backcheck.jar ...)");
            code = INTERNAL;
        }
        System.exit(code);
    }

    /**
     * Makes host name resolution in this process fail fast without touching the network. backcheck
     * needs no names, but swc4j's start-up asks the JVM for its process id through
     * {@code RuntimeMXBean.getName()}, which resolves the local host name: through DNS when the name
     * is not in /etc/hosts (a query to the network, and a stall where DNS is slow or blocked). The
     * JDK's own hosts-file resolver pointed at a file that does not exist answers "unknown host" to
     * every lookup, and the JVM then uses "localhost". Must run before anything initialises
     * {@link java.net.InetAddress}; a value the user set is kept.
     */
    public static void noNameLookups() {
        if (System.getProperty("jdk.net.hosts.file") == null) {
            System.setProperty("jdk.net.hosts.file", "/nonexistent/backcheck-resolves-no-host-names");
        }
    }

    /** Runs the CLI and returns the exit code (tests call this); the built-in rule catalogue is read when a command needs it. */
    public static int run(String... args) {
        return execute(null, args);
    }

    /**
     * Runs the CLI with {@code catalog} instead of the built-in rule catalogue (embedding, and tests
     * that need a rule of their own, e.g. one that fails). Not reachable from the command line.
     */
    public static int run(RuleCatalog catalog, String... args) {
        return execute(Objects.requireNonNull(catalog, "catalog"), args);
    }

    private static int execute(RuleCatalog catalog, String... args) {
        return commandLine(catalog, only(args)).execute(args);
    }

    /**
     * The one subcommand {@code args} can reach ("" for none: a bare --version), or null when they may need all of
     * them (help, a usage error that lists or suggests commands): a command line's first word names its subcommand,
     * since the top level has no options that take a value.
     */
    static String only(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return "";
        if (args.length == 0 || args[0].equals("help")) return null;
        for (String n : NAMES) if (n.equals(args[0])) return n;
        return null;
    }

    static CommandLine commandLine() {
        return commandLine(null, null);
    }

    static CommandLine commandLine(RuleCatalog catalog) {
        return commandLine(catalog, null);
    }

    /** The CLI with every subcommand ({@code only} null), or only the one named ("" for none). */
    static CommandLine commandLine(RuleCatalog catalog, String only) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K k = defaults.create(cls);
                if (k instanceof ScanCommand sc) sc.catalog = catalog;
                return k;
            }
        };
        CommandLine cl = new CommandLine(new Main(), factory);
        for (int i = 0; i < NAMES.length; i++) {
            if (only == null || only.equals(NAMES[i])) cl.addSubcommand(NAMES[i], new CommandLine(SUBCOMMANDS[i], factory));
        }
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
