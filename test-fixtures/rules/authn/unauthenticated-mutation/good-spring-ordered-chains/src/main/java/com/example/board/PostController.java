package com.example.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/posts")
public class PostController {

    private final JdbcTemplate jdbc;

    public PostController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/{id}/like")
    public void like(@PathVariable long id) {
        jdbc.update("UPDATE posts SET likes = likes + 1 WHERE id = ?", id);
    }

    @DeleteMapping("/{id}")
    public void remove(@PathVariable long id) {
        jdbc.update("DELETE FROM posts WHERE id = ?", id);
    }
}
