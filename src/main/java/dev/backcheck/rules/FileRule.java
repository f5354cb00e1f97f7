package dev.backcheck.rules;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.Project;

/**
 * A rule whose run is one check per source file, in the project's file order, and nothing else: its findings are the
 * concatenation of each file's. Under {@code --cache} the engine runs it file by file, each under its own read frame
 * ({@link dev.backcheck.model.Reads}), and reuses a file's stored findings when every file that check read is unchanged
 * (issue 14, one changed file: a rule that reports over every file reads every file, but each file's part rarely does).
 * A rule with a part over the whole tree (absence findings, joins) keeps that part in a rule of its own.
 */
public interface FileRule extends Rule {
    /**
     * Reports what {@code file} holds; may read other files (they become part of this file's read set). Must not depend
     * on which files were checked before it (no state kept from one file to the next).
     */
    void checkFile(Project project, FileFacts file, RuleContext ctx);

    @Override
    default void check(Project project, RuleContext ctx) {
        for (FileFacts f : project.files().values()) checkFile(project, f, ctx);
    }
}
