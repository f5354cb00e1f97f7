package dev.backcheck;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs backcheck in a separate JVM with this test run's class path and the JVM's default thread
 * stack sizes (surefire runs the tests with -Xss16m; production does not), so a native crash or a
 * Java stack overflow shows as what it would be for a user: a dead process.
 */
public final class Fork {
    private Fork() { }

    public record Result(int exit, String stdout, String stderr) { }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code prefix} (e.g. strace) + java + {@code jvmArgs} + ForkedMain + {@code args}, in {@code cwd}. */
    public static Result run(List<String> prefix, List<String> jvmArgs, List<String> args, Path cwd, Path scratch) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(java());
        cmd.addAll(jvmArgs);
        cmd.add("-XX:ErrorFile=" + scratch.resolve("hs_err_%p.log"));
        cmd.add("-XX:-CreateCoredumpOnCrash");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ForkedMain.class.getName());
        cmd.addAll(args);
        Path out = scratch.resolve("fork.out"), err = scratch.resolve("fork.err");
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("forked backcheck did not finish in 240 s: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    public static Result run(List<String> args, Path cwd, Path scratch) throws Exception {
        return run(List.of(), List.of(), args, cwd, scratch);
    }

    /** True when {@code tool} is an executable on the PATH. */
    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }
}
