package com.example.shelf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

// Typed bindings Spring converts element by element (collections other than List, arrays, enums):
// a malformed element or an unknown enum name is a 400 before the handler runs.
@RestController
@RequestMapping("/shelf")
public class ShelfController {

    private final JdbcTemplate jdbc;

    public ShelfController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @DeleteMapping("/books")
    public ResponseEntity<Void> removeBooks(@RequestBody ArrayList<Long> bookIds) {
        for (Long id : bookIds) jdbc.update("DELETE FROM books WHERE id = ?", id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tags")
    public ResponseEntity<Void> tag(@RequestParam Set<UUID> tagIds, @RequestParam Integer[] ranks) {
        for (UUID t : tagIds) jdbc.update("INSERT INTO shelf_tags(tag_id, rank) VALUES (?, ?)", t, ranks.length);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/hide")
    public ResponseEntity<Void> hide(@RequestBody Collection<Integer> positions) {
        for (Integer p : positions) jdbc.update("UPDATE shelf SET hidden = true WHERE position = ?", p);
        return ResponseEntity.ok().build();
    }

    @GetMapping("/by-genre")
    public Object byGenre(@RequestParam Genre genre) {
        return jdbc.queryForList("SELECT * FROM books WHERE genre = '" + genre.name() + "'");
    }

    @PostMapping("/filter")
    public Object filter(@RequestBody ShelfFilter filter) {
        return jdbc.queryForList("SELECT * FROM books WHERE pages >= ?", filter.getMinPages());
    }
}
