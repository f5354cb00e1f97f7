package org.example.ledger.web;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/entries")
public class EntryController {
    @PostMapping("/{id}/close")
    public String close(@PathVariable long id) {
        return "closed " + id;
    }
}
