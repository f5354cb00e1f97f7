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

    /**
     * Starts loading what the front ends need before their first file (swc4j's native library) on a daemon thread,
     * so that it overlaps the walk; the first parser waits for it. Nothing changes when it fails: the parser's own
     * load then tries again and reports as before.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                dev.backcheck.lang.ts.TsParser.preload();
            } catch (Throwable ignored) {
                // the first TsParser loads it again (NativeLib.load is once only; failures fall back to swc4j's loader)
            }
        }, "backcheck-preload");
        t.setDaemon(true);
        t.start();
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
            return lang == null ? null : forLanguage(lang);
        }

        /** The front end for {@code language} ("ts", "java"). */
        public FrontEnd forLanguage(String language) {
            return made.computeIfAbsent(language, FrontEnds::create);
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
            // Per importing file: its language's resolver and every specifier it resolved (the resolvers' answers never
            // change once given). Project.resolve asks the same (file, specifier) pairs again and again; this answers
            // them without the path arithmetic, key building and hashing each resolver does per call.
            private final java.util.concurrent.ConcurrentHashMap<String, PerFile> perFile = new java.util.concurrent.ConcurrentHashMap<>();

            private ModuleResolver of(String from) {
                return "java".equals(languageOf(from == null ? "" : from)) ? java : ts;
            }

            private PerFile perFile(String from) {
                PerFile pf = perFile.get(from);
                return pf != null ? pf : perFile.computeIfAbsent(from, k -> new PerFile(of(k)));
            }

            @Override
            public String resolve(String fromPath, String spec) {
                if (fromPath == null || spec == null) return of(fromPath).resolve(fromPath, spec);
                PerFile pf = perFile(fromPath);
                String hit = pf.specs.get(spec);
                if (hit != null) return hit == NONE ? null : hit;
                String r = pf.resolver.resolve(fromPath, spec);
                pf.specs.put(spec, r == null ? NONE : r);
                return r;
            }

            @Override
            public String resolve(String fromPath, String module, String export) {
                if (fromPath == null) return of(null).resolve(null, module, export);
                PerFile pf = perFile(fromPath);
                // the TS resolver ignores the export (a module is a file): the memoised two-argument answer
                if (pf.resolver == ts) return resolve(fromPath, module);
                return pf.resolver.resolve(fromPath, module, export);
            }

            @Override
            public Boolean workspacePackage(String dir) {
                return ts.workspacePackage(dir);
            }

            @Override
            public SortedMap<String, String> problems() {
                SortedMap<String, String> all = new TreeMap<>(ts.problems());
                all.putAll(java.problems());
                return all;
            }
        };
    }

    /** "No project file" in a memo of module answers (compared by identity). */
    private static final String NONE = new String("");

    /** One importing file's resolver and the answers it gave, by specifier ({@link #NONE} for null). */
    private static final class PerFile {
        final ModuleResolver resolver;
        final java.util.concurrent.ConcurrentHashMap<String, String> specs = new java.util.concurrent.ConcurrentHashMap<>();

        PerFile(ModuleResolver resolver) {
            this.resolver = resolver;
        }
    }
}
