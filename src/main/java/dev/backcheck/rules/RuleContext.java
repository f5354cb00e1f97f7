package dev.backcheck.rules;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;

import java.util.*;

/** What a rule sees besides the project: its metadata, effective options and level, and a sink. */
public final class RuleContext {
    private final RuleMeta meta;
    private final Level level;
    private final Map<String, Object> options;
    private final List<Finding> sink;

    public RuleContext(RuleMeta meta, Level level, Map<String, Object> options, List<Finding> sink) {
        this.meta = meta;
        this.level = level;
        this.options = options;
        this.sink = sink;
    }

    public RuleMeta meta() {
        return meta;
    }

    /** An option's effective value: configured, else the default declared in the rule's YAML. */
    public Object option(String name) {
        if (options.containsKey(name)) return options.get(name);
        RuleMeta.Option o = meta.options().get(name);
        return o == null ? null : o.defaultValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> optionList(String name) {
        Object o = option(name);
        if (o instanceof List<?> l) return (List<String>) (List<?>) l.stream().map(String::valueOf).toList();
        return o == null ? List.of() : List.of(String.valueOf(o));
    }

    /** Starts a finding at {@code location} with the rule's level. */
    public Builder report(Location location, String message) {
        return new Builder(location, message);
    }

    public final class Builder {
        private final Location location;
        private final String message;
        private Level lvl = level;
        private String fix;
        private final List<Location> related = new ArrayList<>();
        private final Map<String, String> props = new TreeMap<>();
        private final List<Location> flow = new ArrayList<>();
        private boolean done;

        Builder(Location location, String message) {
            this.location = location;
            this.message = message;
        }

        /** Overrides the level for this finding (e.g. error when request data is involved). Ignored when config pinned the level. */
        public Builder level(Level l) {
            if (level == meta.defaultLevel()) this.lvl = l;
            return this;
        }

        public Builder fix(String f) {
            this.fix = f;
            return this;
        }

        public Builder related(Location l, String msg) {
            if (l != null) related.add(l.withMessage(msg));
            return this;
        }

        /** The path data took: source first, sink last, each step's message saying what happens there. */
        public Builder flow(List<Location> steps) {
            if (steps != null) for (Location l : steps) if (l != null) flow.add(l);
            return this;
        }

        public Builder property(String k, String v) {
            if (v != null) props.put(k, v);
            return this;
        }

        /** Adds the finding; call exactly once. */
        public void add() {
            if (done) return;
            done = true;
            sink.add(new Finding(meta.id(), lvl, message, location, related, fix, props, null, null, null, flow));
        }
    }
}
