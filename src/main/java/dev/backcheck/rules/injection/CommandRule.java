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
        if (!"shell".equals(s.model().when())) return true;
        var args = s.cs().args();
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

    @Override
    protected String fixKey(SinkSite s) {
        return "shell".equals(s.model().when()) ? "spawn" : "exec";
    }
}
