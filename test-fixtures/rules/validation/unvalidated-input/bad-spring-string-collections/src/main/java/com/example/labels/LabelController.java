package com.example.labels;

import java.util.ArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

// Free text in a collection: nothing converts or bounds the elements.
@RestController
@RequestMapping("/labels")
public class LabelController {

    private final JdbcTemplate jdbc;

    public LabelController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping
    public void create(@RequestBody ArrayList<String> names) { // expect: validation/unvalidated-input
        for (String n : names) jdbc.update("INSERT INTO labels(name) VALUES (?)", n);
    }
}
