package com.example.notes;

import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

// Batch endpoints whose bodies are collections of ids: Jackson converts every element to a number and
// answers 400 for anything else, so there is no free-form value to constrain.
@RestController
@RequestMapping("/notes/batch")
public class NoteBatchController {

    private final JdbcTemplate jdbc;

    public NoteBatchController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @DeleteMapping
    public ResponseEntity<Void> delete(@RequestBody Set<Long> ids) {
        for (Long id : ids) jdbc.update("DELETE FROM notes WHERE id = ?", id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/archive")
    public ResponseEntity<Void> archive(@RequestBody List<
            Integer> ids) {
        for (Integer id : ids) jdbc.update("UPDATE notes SET archived = true WHERE id = ?", id);
        return ResponseEntity.noContent().build();
    }
}
