package com.example.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class PostController {

    private final JdbcTemplate jdbc;

    public PostController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/api/admin/posts/{id}/pin")
    public void pin(@PathVariable long id) {
        jdbc.update("UPDATE posts SET pinned = true WHERE id = ?", id);
    }

    @DeleteMapping("/api/posts/{id}") // expect: authn/unauthenticated-mutation
    public void remove(@PathVariable long id) {
        jdbc.update("DELETE FROM posts WHERE id = ?", id);
    }
}
