package dev.backcheck.lang.java;

import dev.backcheck.lang.ModuleResolver;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;

import java.util.*;

/**
 * Java imports over the scanned tree: a Java {@link dev.backcheck.lang.facts.Import} names a package (its module)
 * and a class in it (its export), so {@code import com.acme.users.UserService} resolves to the file declaring
 * class {@code UserService} in package {@code com.acme.users} (a nested class {@code Outer.Inner} to the file of
 * {@code Outer}). A package alone resolves to the first of its files, by path (so "is this a project package?" has
 * an answer). Anything else (the JDK, a library) resolves to null. No source roots are needed: the package comes
 * from each file's {@code package} declaration ({@link JavaExtractor#PACKAGE}).
 */
public final class JavaModuleResolver implements ModuleResolver {
    private final Map<String, String> byClass = new HashMap<>();
    private final Map<String, String> byPackage = new HashMap<>();
    private final Map<String, String> packageOfPath = new HashMap<>();
    private final Map<String, List<String>> wildcardsOfPath = new HashMap<>();

    public JavaModuleResolver(SortedMap<String, FileFacts> javaFiles) {
        for (FileFacts f : javaFiles.values()) {
            String pkg = packageOf(f);
            byPackage.putIfAbsent(pkg, f.path());
            packageOfPath.put(f.path(), pkg);
            if (f.symbols().get(JavaExtractor.WILDCARDS) instanceof Val.Arr a) {
                List<String> ws = new ArrayList<>();
                for (Val v : a.items()) if (Val.constString(v) != null) ws.add(Val.constString(v));
                wildcardsOfPath.put(f.path(), ws);
            }
            for (String c : f.classes().keySet()) byClass.putIfAbsent(pkg.isEmpty() ? c : pkg + "." + c, f.path());
            for (String qualified : f.exports().keySet()) byClass.putIfAbsent(pkg.isEmpty() ? qualified : pkg + "." + qualified, f.path());
        }
    }

    /** The package a Java file declares ("" for the default package). */
    public static String packageOf(FileFacts f) {
        Val p = f.symbols().get(JavaExtractor.PACKAGE);
        String s = p == null ? null : Val.constString(p);
        return s == null ? "" : s;
    }

    @Override
    public String resolve(String fromPath, String spec) {
        if (spec == null) return null;
        String c = byClass.get(spec);
        return c != null ? c : byPackage.get(spec);
    }

    @Override
    public String resolve(String fromPath, String module, String export) {
        if (module == null) return null;
        if (export == null || export.equals("*") || export.equals("default")) return resolve(fromPath, module);
        String q = module.isEmpty() ? export : module + "." + export;
        String c = byClass.get(q);
        if (c != null) return c;
        // a nested class imported through its outer class (com.acme.Outer + Inner): the outer class's file
        int dot = module.lastIndexOf('.');
        if (dot > 0 && Character.isUpperCase(module.charAt(dot + 1))) return byClass.get(module);
        // a name the file neither declares nor imports by name, which the front end placed in a wildcard-imported
        // package: Java finds a class of the file's own package first (UserServiceImpl implements UserService)
        String own = fromPath == null ? null : packageOfPath.get(fromPath);
        if (own != null && !own.equals(module) && dot >= 0 && !Character.isUpperCase(module.charAt(dot + 1))) {
            c = byClass.get(own.isEmpty() ? export : own + "." + export);
            if (c != null) return c;
        }
        // a name the front end could not place among several wildcard imports (it falls back to the file's own
        // package): the one wildcard-imported project package that declares the class
        if (fromPath != null && (module.equals(own) || wildcardsOfPath.getOrDefault(fromPath, List.of()).contains(module))) {
            String found = null;
            for (String w : wildcardsOfPath.getOrDefault(fromPath, List.of())) {
                String hit = byClass.get(w + "." + export);
                if (hit == null) continue;
                if (found != null && !found.equals(hit)) return null;
                found = hit;
            }
            return found;
        }
        return null;
    }

    @Override
    public SortedMap<String, String> problems() {
        return new TreeMap<>();
    }
}
