package com.example.notes;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/notes/move")
public class NoteMoveController {

    private final JdbcTemplate jdbc;

    public NoteMoveController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping
    public ResponseEntity<Void> move(@RequestBody MoveRequest req) {
        jdbc.update("UPDATE notes SET folder_id = ?, pinned = ? WHERE id = ?", req.getFolderId(), req.isPinned(), req.getNoteId());
        return ResponseEntity.noContent().build();
    }
}
