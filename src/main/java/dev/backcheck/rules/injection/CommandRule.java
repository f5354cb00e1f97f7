package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

import java.util.Set;

/**
 * Request data in a shell command: {@code exec}/{@code execSync} always run their string through a shell;
 * {@code spawn}/{@code execFile}/{@code execa} only with {@code shell: true} or a shell as the program
 * ({@code spawn('sh', ['-c', cmd])}). Arguments handed to a program without a shell are not injection.
 */
@RuleId("injection/command")
public final class CommandRule extends TaintRule {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "/bin/sh", "/bin/bash", "/usr/bin/bash",
            "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh");

    @Override
    protected String kind() {
        return "command";
    }

    @Override
    protected String risk(SinkSite s) {
        return "A client can run any command on the server with the service's rights (command injection).";
    }

    @Override
    protected boolean accept(SinkSite s, Project project) {
        String when = s.model().when();
        if ("java-exec".equals(when) || "java-argv".equals(when)) return javaAccept(s, when);
        if (!"shell".equals(s.model().when())) return true;
        var args = s.cs().args();
        // the options object (spawn(cmd, args, { cwd, env, shell: true })): its cwd, env and timeout are handed to the
        // process as they are; the shell parses only the command line
        if (s.arg() >= 0 && s.arg() < args.size() && args.get(s.arg()) instanceof Obj) return false;
        // spawn(program, args, options): the shell option, or a shell as the program with -c
        for (Val a : args) {
            Val v = a instanceof Obj o ? o.props().get("shell") : null;
            if (v != null && !(v instanceof Lit l && (Boolean.FALSE.equals(l.value()) || l.value() == null))) return true;
        }
        String program = args.isEmpty() ? null : Val.constString(args.get(0));
        if (program != null && SHELLS.contains(program)) return s.arg() >= 1;
        // without a shell, only the program itself being chosen by the client is a command injection
        return s.arg() == 0 && !(args.get(0) instanceof Lit);
    }

    /**
     * Java: {@code Runtime.exec(String)} tokenises its line without a shell, so text in it adds arguments or picks the
     * program (reported); {@code Runtime.exec(String[])}, {@code new ProcessBuilder(...)} and {@code command(...)} run an
     * argument vector: reported when its program is a shell ({@code sh -c}) or not a constant.
     */
    private static boolean javaAccept(SinkSite s, String when) {
        var args = s.cs().args();
        if (args.isEmpty()) return false;
        java.util.List<Val> argv = argv(args);
        if ("java-exec".equals(when) && argv == null) return s.arg() == 0;
        if (argv == null || argv.isEmpty()) return false;
        String program = Val.constString(argv.get(0));
        if (program == null) return !(argv.get(0) instanceof Lit);
        String base = program.contains("/") ? program.substring(program.lastIndexOf('/') + 1) : program;
        return SHELLS.contains(program) || SHELLS.contains(base);
    }

    /** The argument vector of a Java process call: {@code new String[]{...}}, {@code List.of(...)}, {@code Arrays.asList(...)}, varargs; null for one string. */
    private static java.util.List<Val> argv(java.util.List<Val> args) {
        if (args.size() == 1) {
            Val a = args.get(0);
            if (a instanceof Arr arr) return arr.items();
            if (a instanceof Call c && java.util.Set.of("of", "asList").contains(dev.backcheck.lang.facts.Vals.lastName(c.callee()))) return c.args();
            if (Val.constString(a) != null || a instanceof Concat || a instanceof Tpl || a instanceof Param || a instanceof Req) return null;
            return null;
        }
        return args;
    }

    @Override
    protected String fixKey(SinkSite s) {
        if ("java-exec".equals(s.model().when()) || "java-argv".equals(s.model().when())) return "java";
        return "shell".equals(s.model().when()) ? "spawn" : "exec";
    }
}
