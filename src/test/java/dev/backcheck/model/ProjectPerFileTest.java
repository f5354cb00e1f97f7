package dev.backcheck.model;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.ts.TsParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** Project.perFile: answers in file order on any number of threads; a failure is the first file's, as on one thread. */
class ProjectPerFileTest {
    private static Project project(int files, int jobs) throws Exception {
        TsParser parser = new TsParser();
        Map<String, FileFacts> facts = new TreeMap<>();
        for (int i = 0; i < files; i++) {
            String path = String.format("src/f%04d.ts", i);
            facts.put(path, parser.parse(path, "export const x" + i + " = " + i + ";"));
        }
        Project p = new Project(Path.of("/tmp/none"), facts, List.of(), Map.of());
        p.setJobs(jobs);
        return p;
    }

    @Test
    void answersComeInFileOrderWhateverTheThreads() throws Exception {
        for (int jobs : new int[] {1, 2, 4}) {
            Project p = project(300, jobs);
            List<String> expected = new ArrayList<>(p.files().keySet());
            assertEquals(expected, p.perFile(FileFacts::path), "jobs " + jobs);
        }
    }

    @Test
    void theFirstFailingFileInOrderIsRethrown() throws Exception {
        Project p = project(300, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.perFile(f -> {
            if (f.path().compareTo("src/f0100.ts") >= 0) throw new IllegalStateException(f.path());
            return f.path();
        }));
        assertEquals("src/f0100.ts", e.getMessage());
    }

    @Test
    void anEmptyProjectHasNoAnswers() throws Exception {
        assertEquals(List.of(), project(0, 2).perFile(FileFacts::path));
    }
}
