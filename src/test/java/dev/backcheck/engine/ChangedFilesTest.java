package dev.backcheck.engine;

import dev.backcheck.findings.Finding;
import dev.backcheck.rules.testonly.TestCatalog;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static dev.backcheck.rules.testonly.TestCatalog.write;
import static org.junit.jupiter.api.Assertions.*;

/** --diff-base: which files changed, through JGit and through the git executable, and the restricted result. */
class ChangedFilesTest {
    @TempDir
    Path tmp;

    private static final PersonIdent ME = new PersonIdent("Test", "test@example.com");

    private static void commit(Git git, String msg) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(msg).setAuthor(ME).setCommitter(ME).setSign(false).call();
    }

    private static String q(String table) {
        return "export const f = (x) => db.query(`SELECT * FROM " + table + " WHERE id = ${x}`);\n";
    }

    private Path repo() throws Exception {
        Path root = tmp.resolve("repo");
        Files.createDirectories(root);
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            write(root, ".gitignore", "generated/\n");
            write(root, "src/a.ts", q("a"));
            write(root, "src/b.ts", q("b"));
            write(root, "src/c.ts", q("c"));
            commit(git, "initial");
        }
        return root;
    }

    private static boolean gitAvailable() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void workingTreeChangesAndNewFilesButNotIgnoredOnes() throws Exception {
        Path root = repo();
        write(root, "src/b.ts", q("b") + "export const g = 1;\n");  // unstaged edit
        write(root, "src/d.ts", q("d"));                            // untracked
        write(root, "generated/e.ts", q("e"));                      // ignored
        Set<String> want = Set.of("src/b.ts", "src/d.ts");
        ChangedFiles.Result viaJGit = ChangedFiles.withJGit(root, "HEAD");
        assertEquals(want, viaJGit.paths());
        assertEquals("jgit", viaJGit.via());
        if (gitAvailable()) {
            ChangedFiles.Result viaGit = ChangedFiles.withGit(root, "HEAD");
            assertEquals(want, viaGit.paths());
            assertEquals(viaJGit.base(), viaGit.base());
        }
        ScanResult all = TestCatalog.scan(root);
        assertEquals(4, all.findings().size(), all.findings().toString());
        ScanResult r = ChangedFiles.restrict(all, ChangedFiles.between(root, "HEAD"), "HEAD");
        Set<String> paths = new TreeSet<>();
        for (Finding f : r.findings()) paths.add(f.location().path());
        assertEquals(want, paths);
        assertTrue(r.notifications().stream().anyMatch(n -> n.id().equals("diff-base") && n.message().contains("2 findings in other files not reported")),
                r.notifications().toString());
        // the model still saw the whole tree
        assertEquals(4, r.project().files().size());
    }

    @Test
    void comparesWithTheMergeBaseAndScopesToASubdirectory() throws Exception {
        Path root = repo();
        try (Git git = Git.open(root.toFile())) {
            git.branchCreate().setName("feature").call();
            write(root, "src/c.ts", q("c2"));   // main moves on after the branch point
            commit(git, "main work");
            git.checkout().setName("feature").call();
            write(root, "src/b.ts", q("b2"));
            write(root, "sub/src/x.ts", q("x"));
            commit(git, "feature work");
        }
        assertEquals(Set.of("src/b.ts", "sub/src/x.ts"), ChangedFiles.withJGit(root, "main").paths());
        assertEquals(Set.of("src/x.ts"), ChangedFiles.withJGit(root.resolve("sub"), "main").paths());
        if (gitAvailable()) {
            assertEquals(Set.of("src/b.ts", "sub/src/x.ts"), ChangedFiles.withGit(root, "main").paths());
            assertEquals(Set.of("src/x.ts"), ChangedFiles.withGit(root.resolve("sub"), "main").paths());
        }
    }

    @Test
    void clearErrorsOutsideARepositoryAndForUnknownRevisions() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        ChangedFiles.DiffException e = assertThrows(ChangedFiles.DiffException.class, () -> ChangedFiles.between(plain, "main"));
        assertTrue(e.getMessage().contains("not inside a git repository") || e.getMessage().contains("not a git repository"), e.getMessage());
        Path root = repo();
        e = assertThrows(ChangedFiles.DiffException.class, () -> ChangedFiles.between(root, "no-such-branch"));
        assertTrue(e.getMessage().contains("unknown revision 'no-such-branch'"), e.getMessage());
        e = assertThrows(ChangedFiles.DiffException.class, () -> ChangedFiles.between(root, "--output=/tmp/x"));
        assertTrue(e.getMessage().contains("is not a revision"), e.getMessage());
    }
}
