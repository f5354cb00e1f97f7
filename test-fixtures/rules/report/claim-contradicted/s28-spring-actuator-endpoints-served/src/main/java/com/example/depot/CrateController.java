package com.example.depot;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/crates")
public class CrateController {
    @GetMapping
    public List<String> list() {
        return List.of("a", "b");
    }

    @GetMapping("/{id}")
    public String one(@PathVariable long id) {
        return "crate";
    }
}
