package dev.backcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.List;

/** Pairs repeatable --format with --output and writes each rendering exactly where it was asked to go. */
final class Outputs {
    private Outputs() { }

    record Target(String format, Path file) { }

    static List<Target> pair(List<String> formats, List<Path> outputs, String defaultFormat, List<String> allowed) {
        List<String> fs = formats.isEmpty() ? List.of(defaultFormat) : formats;
        for (String f : fs) {
            if (!allowed.contains(f)) throw new Main.UsageError("unknown --format '" + f + "' (one of " + String.join(", ", allowed) + ")");
        }
        if (outputs.size() > fs.size()) throw new Main.UsageError("more --output than --format options");
        long toStdout = fs.size() - outputs.size();
        if (toStdout > 1) throw new Main.UsageError("several formats would go to standard output: give each an --output FILE");
        java.util.ArrayList<Target> out = new java.util.ArrayList<>();
        for (int i = 0; i < fs.size(); i++) out.add(new Target(fs.get(i), i < outputs.size() ? outputs.get(i) : null));
        return out;
    }

    static void write(Target t, String content, PrintStream stdout) {
        if (t.file() == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        try {
            Path file = t.file().toAbsolutePath().normalize();
            Path dir = file.getParent();
            if (dir != null) Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".backcheck-", ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Main.UsageError("cannot write " + t.file() + ": " + e.getMessage());
        }
    }
}
