package com.example.notes;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/notes/rename")
public class NoteRenameController {

    private final JdbcTemplate jdbc;

    public NoteRenameController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping
    public ResponseEntity<Void> rename(@RequestBody RenameRequest req) { // expect: validation/unvalidated-input
        jdbc.update("UPDATE notes SET title = ? WHERE id = ?", req.getTitle(), req.getNoteId());
        return ResponseEntity.noContent().build();
    }
}
