package com.example.pantry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class PaintController {
    private final JdbcTemplate jdbc;

    public PaintController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // the shade is parsed leniently (a bad one becomes LIGHT), which rejects nothing; the caption is stored as sent
    @PostMapping("/paint")
    public void paint(@RequestBody PaintRequest req) { // expect: validation/unvalidated-input
        Shade shade;
        try {
            shade = Shade.valueOf(req.getShade());
        } catch (IllegalArgumentException e) {
            shade = Shade.LIGHT;
        }
        jdbc.update("insert into paint(shade, caption) values (?, ?)", shade.name(), req.getCaption());
    }
}
