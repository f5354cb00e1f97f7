package com.example.notebook.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/notes")
public class NoteController {
    @GetMapping
    public List<String> list() {
        return List.of();
    }

    @PostMapping("/{id}/archive")
    public String archive(@PathVariable long id) {
        return "archived " + id;
    }
}
