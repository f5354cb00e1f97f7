package dev.backcheck.workspace;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The git work tree holding a scan root, when there is one: its top folder, its git folder (a {@code .git} folder, or the
 * one a {@code .git} file names for a linked work tree or submodule) and its index, read with JGit (git itself is never
 * run). The walk asks it which files the index tracks, since git keeps a tracked file whatever a later {@code .gitignore}
 * says; {@code concepts/GitState} asks it the same for its questions.
 */
public final class GitWorkTree {
    private final Path top;
    private final Path gitDir;
    private final String prefix;
    private DirCache index;
    private boolean indexRead;

    private GitWorkTree(Path top, Path gitDir, String prefix) {
        this.top = top;
        this.gitDir = gitDir;
        this.prefix = prefix;
    }

    /** The work tree holding {@code root} (the root itself or one of its 12 nearest parents has a {@code .git}), or null. */
    public static GitWorkTree find(Path root) {
        if (root == null) return null;
        try {
            Path start = root.toAbsolutePath().normalize();
            Path top = start;
            Path gitDir = null;
            for (int i = 0; i < 12 && top != null; i++, top = top.getParent()) {
                gitDir = gitDir(top);
                if (gitDir != null) break;
            }
            if (gitDir == null || top == null) return null;
            return new GitWorkTree(top, gitDir, top.relativize(start).toString().replace('\\', '/'));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path gitDir(Path dir) throws IOException {
        Path g = dir.resolve(".git");
        if (Files.isDirectory(g, LinkOption.NOFOLLOW_LINKS)) return g;
        if (Files.isRegularFile(g, LinkOption.NOFOLLOW_LINKS)) {
            // a linked work tree or submodule: "gitdir: <path>"
            String t = Files.readString(g).strip();
            if (t.startsWith("gitdir:")) {
                Path p = Path.of(t.substring(7).strip());
                return p.isAbsolute() ? p.normalize() : dir.resolve(p).normalize();
            }
        }
        return null;
    }

    /** The work tree's top folder. */
    public Path top() {
        return top;
    }

    /** The repository's git folder. */
    public Path gitDir() {
        return gitDir;
    }

    /** The scan root relative to the top, "" when they are the same. */
    public String prefix() {
        return prefix;
    }

    /** The index, read on the first ask (a cache key needs only the paths), or null when there is none or it cannot be read. */
    public synchronized DirCache index() {
        if (!indexRead) {
            indexRead = true;
            Path indexFile = gitDir.resolve("index");
            if (Files.isRegularFile(indexFile, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    index = DirCache.read(indexFile.toFile(), FS.DETECTED);
                } catch (IOException | RuntimeException e) {
                    index = null; // a damaged index tracks nothing we can tell
                }
            }
        }
        return index;
    }

    /** Paths relative to the scan root that the index tracks under it; empty without an index. */
    public Set<String> trackedUnderRoot() {
        Set<String> out = new HashSet<>();
        DirCache index = index();
        if (index == null) return out;
        String p = prefix.isEmpty() ? "" : prefix + "/";
        for (int i = 0; i < index.getEntryCount(); i++) {
            String path = index.getEntry(i).getPathString();
            if (path.startsWith(p)) out.add(path.substring(p.length()));
        }
        return out;
    }
}
