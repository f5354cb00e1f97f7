package com.acme.lettings;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flats")
public class FlatController {
    @GetMapping
    public List<String> list() {
        return List.of("flat-1", "flat-2");
    }

    @GetMapping("/{id}")
    public String one(@PathVariable long id) {
        return "flat-" + id;
    }
}
