package dev.backcheck.engine;

import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.TimeUnit;

/**
 * The files changed between a git revision and the working tree, for {@code --diff-base REF}:
 * everything that differs from the merge base of REF and HEAD (committed, staged, unstaged, and
 * new untracked files that are not ignored), like {@code git diff REF...} plus the working tree.
 * Uses JGit; when JGit cannot read the repository, runs the {@code git} executable with options
 * that keep repository configuration from running commands (no fsmonitor, no external diff, no
 * textconv). Paths are returned relative to the scan root with '/'.
 */
public final class ChangedFiles {
    /** Neither JGit nor git could answer. The CLI exits 2 with this message. */
    public static final class DiffException extends RuntimeException {
        public DiffException(String m) {
            super(m);
        }
    }

    /** The answer and how it was obtained. */
    public record Result(Set<String> paths, String base, String via) { }

    private static final long GIT_TIMEOUT_SECONDS = 60;

    private ChangedFiles() { }

    public static Result between(Path root, String ref) {
        if (ref == null || ref.isBlank()) throw new DiffException("--diff-base needs a git revision (branch, tag or commit)");
        if (ref.startsWith("-")) throw new DiffException("--diff-base '" + ref + "' is not a revision");
        String jgitProblem;
        try {
            return withJGit(root, ref);
        } catch (DiffException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            jgitProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        try {
            return withGit(root, ref);
        } catch (DiffException e) {
            throw new DiffException(e.getMessage() + " (JGit could not read the repository either: " + jgitProblem + ")");
        }
    }

    // ------------------------------------------------------------------ JGit

    static Result withJGit(Path root, String ref) throws IOException {
        Path real = root.toRealPath();
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(real.toFile());
        if (b.getGitDir() == null) {
            throw new DiffException("--diff-base: " + root + " is not inside a git repository");
        }
        try (Repository repo = b.setMustExist(true).build()) {
            if (repo.isBare()) throw new DiffException("--diff-base: the repository has no working tree");
            Path top = repo.getWorkTree().toPath().toRealPath();
            ObjectId refId = repo.resolve(ref + "^{commit}");
            if (refId == null) throw new DiffException("--diff-base: unknown revision '" + ref + "' (fetch it first, e.g. git fetch origin main)");
            ObjectId base = refId;
            ObjectId head = repo.resolve("HEAD^{commit}");
            try (RevWalk rw = new RevWalk(repo)) {
                if (head != null) {
                    rw.setRevFilter(RevFilter.MERGE_BASE);
                    rw.markStart(rw.parseCommit(refId));
                    rw.markStart(rw.parseCommit(head));
                    RevCommit mb = rw.next();
                    if (mb != null) base = mb.getId();
                    rw.reset();
                    rw.setRevFilter(RevFilter.ALL);
                }
                ObjectId tree = rw.parseCommit(base).getTree().getId();
                IndexDiff diff = new IndexDiff(repo, tree, new FileTreeIterator(repo));
                String prefix = top.equals(real) ? "" : top.relativize(real).toString().replace('\\', '/') + "/";
                if (!prefix.isEmpty()) diff.setFilter(PathFilterGroup.createFromStrings(prefix.substring(0, prefix.length() - 1)));
                diff.diff();
                Set<String> all = new TreeSet<>();
                all.addAll(diff.getAdded());
                all.addAll(diff.getChanged());
                all.addAll(diff.getRemoved());
                all.addAll(diff.getModified());
                all.addAll(diff.getMissing());
                all.addAll(diff.getUntracked());
                all.addAll(diff.getConflicting());
                return new Result(relative(all, prefix), base.getName(), "jgit");
            }
        }
    }

    private static Set<String> relative(Collection<String> repoPaths, String prefix) {
        Set<String> out = new TreeSet<>();
        for (String p : repoPaths) {
            if (prefix.isEmpty()) out.add(p);
            else if (p.startsWith(prefix)) out.add(p.substring(prefix.length()));
        }
        return out;
    }

    // ------------------------------------------------------------------ git executable

    static Result withGit(Path root, String ref) {
        String base = ref;
        String commit = git(root, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"), true).strip();
        if (commit.isEmpty()) throw new DiffException("--diff-base: unknown revision '" + ref + "' (fetch it first, e.g. git fetch origin main)");
        try {
            String mb = git(root, List.of("merge-base", commit, "HEAD"), false).strip();
            if (!mb.isEmpty()) base = mb;
            else base = commit;
        } catch (DiffException e) {
            base = commit; // no HEAD yet, or unrelated histories
        }
        Set<String> out = new TreeSet<>();
        for (String p : git(root, List.of("diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", "--relative", base, "--"), false)
                .split("\u0000")) if (!p.isEmpty()) out.add(p);
        for (String p : git(root, List.of("ls-files", "--others", "--exclude-standard", "-z"), false).split("\u0000")) {
            if (!p.isEmpty()) out.add(p);
        }
        return new Result(out, base, "git");
    }

    private static String git(Path root, List<String> args, boolean allowFailure) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.fsmonitor=false", "-c", "core.quotepath=off",
                "-c", "diff.external=", "-C", root.toAbsolutePath().toString()));
        cmd.addAll(args);
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
            pb.environment().put("GIT_TERMINAL_PROMPT", "0");
            pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
            p = pb.start();
        } catch (IOException e) {
            throw new DiffException("--diff-base: git is not available (" + e.getMessage() + ")");
        }
        try {
            p.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread te = new Thread(() -> copy(p.getErrorStream(), err));
            te.setDaemon(true);
            te.start();
            copy(p.getInputStream(), out);
            if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new DiffException("--diff-base: git " + args.get(0) + " took longer than " + GIT_TIMEOUT_SECONDS + " s");
            }
            te.join(1000);
            if (p.exitValue() != 0 && !allowFailure) {
                String msg = err.toString(StandardCharsets.UTF_8).strip();
                throw new DiffException("--diff-base: git " + args.get(0) + " failed: "
                        + (msg.isEmpty() ? "exit " + p.exitValue() : msg.lines().findFirst().orElse(msg)));
            }
            return p.exitValue() == 0 ? out.toString(StandardCharsets.UTF_8) : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new DiffException("--diff-base: interrupted");
        } catch (IOException e) {
            throw new DiffException("--diff-base: git failed: " + e.getMessage());
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the exit code tells
        }
    }

    /**
     * Keeps the findings located in changed files; adds a note saying what was left out. The whole
     * tree was analysed, so absence checks and the route model are unaffected.
     */
    public static ScanResult restrict(ScanResult r, Result changed, String ref) {
        List<dev.backcheck.findings.Finding> kept = new ArrayList<>();
        int dropped = 0;
        for (dev.backcheck.findings.Finding f : r.findings()) {
            // a rolled-up absence finding stays when the file of any application it names changed
            if (dev.backcheck.rules.AbsenceRollup.paths(f).stream().anyMatch(changed.paths()::contains)) kept.add(f);
            else if (!f.suppressed()) dropped++;
        }
        List<dev.backcheck.findings.Notification> notes = new ArrayList<>(r.notifications());
        notes.add(dev.backcheck.findings.Notification.file(dev.backcheck.findings.Level.NOTE, "diff-base", null,
                "reporting findings in the " + changed.paths().size() + " files changed since " + ref + " (base "
                        + changed.base().substring(0, Math.min(12, changed.base().length())) + "); " + dropped
                        + (dropped == 1 ? " finding" : " findings") + " in other files not reported"));
        notes.sort(dev.backcheck.findings.Notification.ORDER);
        return r.withFindings(kept, notes);
    }
}
