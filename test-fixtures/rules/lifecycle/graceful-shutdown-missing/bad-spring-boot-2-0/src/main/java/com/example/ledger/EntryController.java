package com.example.ledger;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EntryController {

    @GetMapping("/entries")
    public List<String> list() {
        return List.of("opening balance");
    }

    @GetMapping("/entries/{id}")
    public String one(@PathVariable long id) {
        return "entry " + id;
    }
}
