package dev.backcheck.concepts;

import dev.backcheck.workspace.GitWorkTree;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What git knows about the files of a scan root inside a work tree: whether its index tracks a path, and whether
 * ignore rules the workspace walk does not see ({@code .gitignore} files above the scan root, {@code .git/info/exclude})
 * ignore it. Read with JGit's index and ignore readers (git itself is never run); null when the root is in no work tree.
 */
public final class GitState {
    private final GitWorkTree tree;
    private final List<Ignore> outer;
    private final IgnoreNode exclude;

    private record Ignore(String dir, IgnoreNode node) { }

    private GitState(GitWorkTree tree, List<Ignore> outer, IgnoreNode exclude) {
        this.tree = tree;
        this.outer = outer;
        this.exclude = exclude;
    }

    /** The work tree holding {@code root} (the root itself or a parent with a {@code .git}), or null. */
    static GitState find(Path root) {
        GitWorkTree wt = GitWorkTree.find(root);
        if (wt == null) return null;
        try {
            Path start = root.toAbsolutePath().normalize();
            Path top = wt.top();
            List<Ignore> outer = new ArrayList<>();
            // .gitignore files from the work tree's top down to the root's parent (the walk read the root's own and below)
            Path d = start.getParent();
            while (d != null && d.startsWith(top)) {
                IgnoreNode n = parse(d.resolve(".gitignore"));
                if (n != null) outer.add(new Ignore(top.relativize(d).toString().replace('\\', '/'), n));
                if (d.equals(top)) break;
                d = d.getParent();
            }
            IgnoreNode exclude = parse(wt.gitDir().resolve("info").resolve("exclude"));
            return new GitState(wt, outer, exclude);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The files outside the walked tree whose content decides what {@link #find} answers: the index, the
     * repository's exclude file and the .gitignore files above the root (for caches keyed by their content).
     */
    public static List<Path> inputs(Path root) {
        List<Path> out = new ArrayList<>();
        GitWorkTree wt = GitWorkTree.find(root);
        if (wt == null) return out;
        out.add(wt.gitDir().resolve("index"));
        out.add(wt.gitDir().resolve("info").resolve("exclude"));
        Path top = wt.top();
        for (Path d = root.toAbsolutePath().normalize().getParent(); d != null && d.startsWith(top); d = d.getParent()) {
            out.add(d.resolve(".gitignore"));
            if (d.equals(top)) break;
        }
        return out;
    }

    private static IgnoreNode parse(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        IgnoreNode n = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            n.parse(in);
            return n;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private String full(String rel) {
        return tree.prefix().isEmpty() ? rel : tree.prefix() + "/" + rel;
    }

    /** True when the index tracks {@code rel} (relative to the scan root); null when there is no index. */
    Boolean tracked(String rel) {
        DirCache index = tree.index();
        if (index == null) return null;
        return index.findEntry(full(rel)) >= 0;
    }

    /** True when ignore rules above the scan root or {@code info/exclude} ignore {@code rel}. */
    boolean ignored(String rel) {
        String f = full(rel);
        for (Ignore ig : outer) { // the deepest .gitignore first
            String sub = ig.dir().isEmpty() ? f : f.startsWith(ig.dir() + "/") ? f.substring(ig.dir().length() + 1) : null;
            if (sub == null) continue;
            IgnoreNode.MatchResult m = ig.node().isIgnored(sub, false);
            if (m == IgnoreNode.MatchResult.IGNORED) return true;
            if (m == IgnoreNode.MatchResult.NOT_IGNORED) return false;
        }
        return exclude != null && exclude.isIgnored(f, false) == IgnoreNode.MatchResult.IGNORED;
    }

    /** Paths (relative to the scan root) the index tracks under it, in path order. */
    List<String> trackedUnderRoot() {
        List<String> out = new ArrayList<>(tree.trackedUnderRoot());
        java.util.Collections.sort(out);
        return out;
    }
}
