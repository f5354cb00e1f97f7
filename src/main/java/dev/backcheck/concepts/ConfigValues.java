package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

/** TEMPORARY stub of the lead's ConfigValues (same API as the brief), replaced by main's on merge. */
public final class ConfigValues {
    public enum Kind { LITERAL, ENV_DEFAULT, ENV, FILE, UNKNOWN }

    public record Value(Kind kind, String text, String name, Location literal, String describe) { }

    private final Project project;

    private ConfigValues(Project p) {
        this.project = p;
    }

    public static ConfigValues of(Project p) {
        return p.derived(ConfigValues.class, ConfigValues::new);
    }

    public Value value(Val v, FileFacts in, Fn fn) {
        Project.Resolved r = project.resolve(v, in);
        Val x = r.val();
        String c = Val.constString(x);
        if (c != null) return new Value(Kind.LITERAL, c, null, null, "literal");
        if (x instanceof Global g && g.name().equals("process") && g.path().size() == 2) {
            return new Value(Kind.ENV, null, g.path().get(1), null, "env " + g.path().get(1));
        }
        if (x instanceof OneOf o && o.options().size() == 2) {
            Value a = value(o.options().get(0), r.file(), fn);
            String lit = Val.constString(project.resolve(o.options().get(1), r.file()).val());
            if (a.kind() == Kind.ENV && lit != null) return new Value(Kind.ENV_DEFAULT, lit, a.name(), null, a.describe());
        }
        if (x instanceof Call call && ("readFileSync".equals(Vals.lastName(call.callee())) || "readFile".equals(Vals.lastName(call.callee())))) {
            return new Value(Kind.FILE, null, null, null, "file");
        }
        if (x instanceof Call call && ("get".equals(Vals.lastName(call.callee())) || "getOrThrow".equals(Vals.lastName(call.callee())))
                && !call.args().isEmpty()) {
            String key = Val.constString(call.args().get(0));
            if (key != null) {
                String def = call.args().size() > 1 ? Val.constString(call.args().get(1)) : null;
                return new Value(def == null ? Kind.ENV : Kind.ENV_DEFAULT, def, key, null, "config key '" + key + "'");
            }
        }
        return new Value(Kind.UNKNOWN, null, null, null, "expression");
    }

    public String effective(Val v, FileFacts in, Fn fn) {
        Value x = value(v, in, fn);
        return x.text();
    }

    public static Location locate(FileFacts f, String text, Location near) {
        return null;
    }
}
