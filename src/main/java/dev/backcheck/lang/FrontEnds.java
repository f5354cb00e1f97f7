package dev.backcheck.lang;

import dev.backcheck.lang.facts.FileFacts;

import java.util.*;

/**
 * The front ends backcheck has, by language, and which one reads a file (by its extension). The engine, the workspace
 * and the project ask here instead of naming a parser.
 */
public final class FrontEnds {
    private FrontEnds() { }

    /**
     * Stack size for parse threads: swc4j recurses natively (see {@link dev.backcheck.lang.ts.TsParser}) and
     * javaparser recurses in Java; 256 MiB holds far more than either's nesting guard lets through.
     */
    public static final long THREAD_STACK_BYTES = 256L * 1024 * 1024;

    /** Languages in a fixed order. */
    public static final List<String> LANGUAGES = List.of("ts", "java");

    /** The language whose front end reads {@code fileName} (a name or a path), or null when no front end does. */
    public static String languageOf(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (dev.backcheck.lang.java.JavaFrontEnd.isSource(name)) return "java";
        if (dev.backcheck.lang.ts.TsParser.isSource(name)) return "ts";
        return null;
    }

    /** True when some front end reads {@code fileName}. */
    public static boolean isSource(String fileName) {
        return languageOf(fileName) != null;
    }

    /** A new front end for {@code language} (one per thread). */
    public static FrontEnd create(String language) {
        return switch (language) {
            case "ts" -> new dev.backcheck.lang.ts.TsParser();
            case "java" -> new dev.backcheck.lang.java.JavaFrontEnd();
            default -> throw new IllegalArgumentException("no front end for " + language);
        };
    }

    /** Front ends created on demand, one per language: what one parse thread holds. */
    public static final class PerThread {
        private final Map<String, FrontEnd> made = new HashMap<>();

        /** The front end for {@code path}, or null when no front end reads it. */
        public FrontEnd forPath(String path) {
            String lang = languageOf(path);
            return lang == null ? null : made.computeIfAbsent(lang, FrontEnds::create);
        }
    }

    /**
     * Module resolution for the whole tree: each file's imports resolve with its language's resolver
     * (a path with no front end, such as a config file's "_", resolves as TS).
     *
     * @param files the facts of every source file
     * @param texts non-source files read by the workspace (package.json, tsconfig, ...)
     */
    public static ModuleResolver resolver(SortedMap<String, FileFacts> files, SortedMap<String, String> texts) {
        List<String> tsFiles = new ArrayList<>();
        SortedMap<String, FileFacts> javaFiles = new TreeMap<>();
        files.forEach((p, f) -> {
            if ("java".equals(f.language())) javaFiles.put(p, f);
            else tsFiles.add(p);
        });
        Map<String, String> configs = new TreeMap<>();
        texts.forEach((p, t) -> {
            if (p.endsWith("package.json") || dev.backcheck.workspace.Workspace.moduleConfig(p)) configs.put(p, t);
        });
        ModuleResolver ts = new dev.backcheck.workspace.TsModuleResolver(tsFiles, configs);
        ModuleResolver java = new dev.backcheck.lang.java.JavaModuleResolver(javaFiles);
        return new ModuleResolver() {
            private ModuleResolver of(String from) {
                return "java".equals(languageOf(from == null ? "" : from)) ? java : ts;
            }

            @Override
            public String resolve(String fromPath, String spec) {
                return of(fromPath).resolve(fromPath, spec);
            }

            @Override
            public String resolve(String fromPath, String module, String export) {
                return of(fromPath).resolve(fromPath, module, export);
            }

            @Override
            public SortedMap<String, String> problems() {
                SortedMap<String, String> all = new TreeMap<>(ts.problems());
                all.putAll(java.problems());
                return all;
            }
        };
    }
}
