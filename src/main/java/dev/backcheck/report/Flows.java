package dev.backcheck.report;

import dev.backcheck.findings.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The plain-text forms of a finding's flow ({@code Finding.flow()}: source first, sink last), shared by the
 * text, CI and report formats so that each shows the same steps in the same words.
 */
public final class Flows {
    private Flows() { }

    /**
     * The steps with consecutive steps at the same place (path, line, column) merged into one, their messages
     * joined with ", " ("`req.query.host` is read here, passed to pingHost() as host").
     */
    public static List<Location> merged(List<Location> flow) {
        List<Location> out = new ArrayList<>();
        for (Location l : flow) {
            Location last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && samePlace(last, l)) {
                String m = last.message() == null ? l.message()
                        : l.message() == null || last.message().equals(l.message()) ? last.message() : last.message() + ", " + l.message();
                out.set(out.size() - 1, last.withMessage(m));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    public static boolean samePlace(Location a, Location b) {
        return a.path().equals(b.path()) && a.line() == b.line() && a.column() == b.column();
    }

    /**
     * One line, each step as {@code path:line:col message} (the form terminals and editors open), joined with " → ":
     * {@code src/app.js:19:27 `req.query.host` is read here → src/net.js:7:32 reaches child_process.exec}.
     */
    public static String line(List<Location> flow) {
        StringJoiner j = new StringJoiner(" → ");
        for (Location l : merged(flow)) j.add(step(l));
        return j.toString();
    }

    /** {@code path:line:col message}, or the place alone. */
    public static String step(Location l) {
        String at = l.path() + ":" + l.line() + ":" + l.column();
        return l.message() == null || l.message().isBlank() ? at : at + " " + oneLine(l.message());
    }

    /** Only the places, {@code path:line → path:line}, for summaries with little room. */
    public static String places(List<Location> flow) {
        StringJoiner j = new StringJoiner(" → ");
        Location prev = null;
        for (Location l : flow) {
            if (prev != null && prev.path().equals(l.path()) && prev.line() == l.line()) continue;
            j.add(l.path() + ":" + l.line());
            prev = l;
        }
        return j.toString();
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
