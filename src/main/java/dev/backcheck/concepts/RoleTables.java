package dev.backcheck.concepts;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.Arr;
import dev.backcheck.lang.facts.Val.Lit;
import dev.backcheck.lang.facts.Val.New;
import dev.backcheck.lang.facts.Val.Obj;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Constant role to permission tables written in the project: a module-level object literal
 * ({@code const ROLE_PERMISSIONS = { admin: ['delete:users', ..], viewer: ['read:users'] }}) or a
 * {@code new Map([['admin', [..]], ..])} whose every entry is a list of string permissions. A permission such a
 * table grants to some roles and not to others is held by those roles only: a check that requires it
 * (an {@code authorize({ permissions: ['delete:users'] })} middleware that reads the table and answers 403) is a
 * role check. The front end keeps at most {@link #MAX_ITEMS} items of a list: a list that long may be cut short
 * and is read as "may hold anything".
 */
public final class RoleTables {
    /** The most items the front end keeps of an array literal (TsExtractor's MAX_VAL_ITEMS). */
    static final int MAX_ITEMS = 64;

    /**
     * One table: where it is declared (file and top-level name), the permissions each role's list holds when the list was
     * read whole, and the roles whose list may have been cut short.
     */
    public record Table(String file, String name, Map<String, Set<String>> grants, Set<String> cutShort, Set<String> vocabulary, Val value) {
        /**
         * {@code v} holds the table (the front end writes a module constant's value where it is read, also in a module that
         * imports it), or names it in its own module ({@code home}).
         */
        public boolean namedIn(Val v, boolean home) {
            return Vals.anyPart(v, x -> home && x instanceof Val.Local l && l.name().equals(name) || x.equals(value));
        }

        /**
         * True when each of {@code perms} is a permission this table names (some role's list holds it) and some role whose
         * list was read whole holds none of them: whoever has that role is turned away.
         */
        public boolean restricts(Collection<String> perms) {
            if (perms.isEmpty() || !vocabulary.containsAll(perms)) return false;
            return grants.values().stream().anyMatch(g -> perms.stream().noneMatch(g::contains));
        }
    }

    private final List<Table> tables = new ArrayList<>();

    public static RoleTables of(Project p) {
        return p.derived(RoleTables.class, RoleTables::new);
    }

    private RoleTables(Project project) {
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path())) continue;
            for (Map.Entry<String, Val> e : f.symbols().entrySet()) {
                Table t = table(f.path(), e.getKey(), e.getValue());
                if (t != null) tables.add(t);
            }
        }
    }

    public List<Table> tables() {
        return tables;
    }

    /** The tables declared in {@code path}. */
    public List<Table> in(String path) {
        return tables.stream().filter(t -> t.file().equals(path)).toList();
    }

    private static Table table(String file, String name, Val v) {
        Map<String, Val> entries = new LinkedHashMap<>();
        if (v instanceof Obj o) {
            entries.putAll(o.props());
        } else if (v instanceof New n && "Map".equals(Vals.lastName(n.callee())) && n.args().size() == 1 && n.args().get(0) instanceof Arr a) {
            for (Val item : a.items()) {
                if (!(item instanceof Arr pair) || pair.items().size() != 2) return null;
                String k = Val.constString(pair.items().get(0));
                if (k == null) return null;
                entries.put(k, pair.items().get(1));
            }
        } else {
            return null;
        }
        if (entries.size() < 2) return null;
        Map<String, Set<String>> grants = new LinkedHashMap<>();
        Set<String> cut = new java.util.TreeSet<>(), vocabulary = new java.util.TreeSet<>();
        for (Map.Entry<String, Val> e : entries.entrySet()) {
            if (e.getKey().startsWith("...") || !(e.getValue() instanceof Arr list)) return null;
            Set<String> perms = new java.util.TreeSet<>();
            for (Val x : list.items()) {
                if (!(x instanceof Lit l) || !(l.value() instanceof String s)) return null; // a spread or a computed entry: not plain
                perms.add(s);
            }
            vocabulary.addAll(perms);
            if (list.items().size() >= MAX_ITEMS) cut.add(e.getKey());
            else grants.put(e.getKey(), Set.copyOf(perms));
        }
        if (grants.isEmpty()) return null;
        return new Table(file, name, Map.copyOf(grants), Set.copyOf(cut), Set.copyOf(vocabulary), v);
    }
}
