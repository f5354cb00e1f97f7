package dev.backcheck.lang.ts;

import com.caoccao.javet.swc4j.Swc4jLibLoader;
import com.caoccao.javet.swc4j.interfaces.ISwc4jLibLoadingListener;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Loads swc4j's native library without running a program. swc4j's own loader copies the library
 * into {@code <tmpdir>/swc4j/<pid>/} on every start, leaves it there, and runs {@code chmod 755}
 * found through {@code PATH} (a process spawn per run, and a program chosen by the environment:
 * CI jobs often put the scanned project's {@code node_modules/.bin} on the PATH). Here the library
 * is copied into a fresh private directory (mode 700), loaded from there (loading needs no execute
 * bit on Linux or macOS), and deleted right away. When anything about that fails, swc4j's own
 * loader runs as before.
 */
final class NativeLib {
    private static boolean done;

    private NativeLib() { }

    static synchronized void load() {
        if (done) return;
        done = true;
        String name = fileName();
        if (name == null) return;
        Path dir = null;
        Path lib = null;
        try (InputStream in = NativeLib.class.getResourceAsStream("/" + name)) {
            if (in == null) return;
            dir = Files.createTempDirectory("backcheck-swc4j-");
            lib = dir.resolve(name);
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
            File libDir = dir.toFile();
            Swc4jLibLoader.setLibLoadingListener(new ISwc4jLibLoadingListener() {
                @Override
                public File getLibPath() {
                    return libDir;
                }

                @Override
                public boolean isDeploy() {
                    return false;
                }
            });
            Class.forName("com.caoccao.javet.swc4j.Swc4j", true, NativeLib.class.getClassLoader()); // loads the library
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            Swc4jLibLoader.setLibLoadingListener(new ISwc4jLibLoadingListener() { }); // swc4j's defaults
        } finally {
            // the mapping stays valid once loaded; Windows keeps a loaded DLL, so that one goes at exit
            if (lib != null) delete(lib);
            if (dir != null) delete(dir);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }

    /** {@code libswc4j-<os>-<arch>.v.<version>.<ext>}, as in the swc4j native jars; null when unknown. */
    static String fileName() {
        String version = null;
        try (InputStream in = NativeLib.class.getResourceAsStream("/backcheck-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                version = p.getProperty("swc4j.version");
            }
        } catch (IOException ignored) {
            // fall back to swc4j's loader
        }
        if (version == null || version.startsWith("$")) return null;
        String osName = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String archName = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String os, ext;
        if (osName.startsWith("linux") && !System.getProperty("java.vendor", "").contains("Android")) {
            os = "linux";
            ext = "so";
        } else if (osName.startsWith("mac")) {
            os = "macos";
            ext = "dylib";
        } else if (osName.startsWith("windows")) {
            os = "windows";
            ext = "dll";
        } else return null;
        String arch = switch (archName) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        return arch == null ? null : "libswc4j-" + os + "-" + arch + ".v." + version + "." + ext;
    }
}
