package com.example.notes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

import java.util.List;

@RestController
@RequestMapping("/comments")
public class CommentController {

    private final JdbcTemplate jdbc;

    public CommentController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record CommentRequest(@NotBlank String text) { }

    @GetMapping
    public List<String> list() {
        return jdbc.queryForList("SELECT text FROM comments ORDER BY id DESC LIMIT 50", String.class);
    }

    @PostMapping // expect: authn/unauthenticated-mutation
    public void add(@Valid @RequestBody CommentRequest request) {
        jdbc.update("INSERT INTO comments (text) VALUES (?)", request.text());
    }
}
