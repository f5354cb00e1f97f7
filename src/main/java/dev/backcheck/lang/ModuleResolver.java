package dev.backcheck.lang;

import java.util.SortedMap;

/**
 * How one language's imports name files of the scanned tree: TypeScript/Node module resolution
 * ({@link dev.backcheck.workspace.TsModuleResolver}), Java packages ({@link dev.backcheck.lang.java.JavaModuleResolver}).
 * Never throws on bad input.
 */
public interface ModuleResolver {
    /** The project file {@code spec} imported from {@code fromPath} refers to, or null (a library, unknown). */
    String resolve(String fromPath, String spec);

    /**
     * The project file that defines {@code export} of {@code module} (an {@link dev.backcheck.lang.facts.Import}'s
     * module and export). Languages whose module is a file (TS) ignore {@code export}; Java's module is a package
     * and the export a class in it.
     */
    default String resolve(String fromPath, String module, String export) {
        return resolve(fromPath, module);
    }

    /**
     * Whether the tree's workspace declarations (package.json {@code workspaces}, pnpm-workspace.yaml {@code packages})
     * take in the package folder {@code dir} ("" the root); null when the tree declares no workspaces, or the language
     * has none.
     */
    default Boolean workspacePackage(String dir) {
        return null;
    }

    /** Configuration files it could not read: path → reason. */
    SortedMap<String, String> problems();
}
