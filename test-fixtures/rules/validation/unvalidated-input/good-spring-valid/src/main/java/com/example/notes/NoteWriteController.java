package com.example.notes;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NoteWriteController {

    private final NoteRepository notes;

    public NoteWriteController(NoteRepository notes) {
        this.notes = notes;
    }

    @PostMapping("/notes")
    public void create(@Valid @RequestBody NoteRequest request) {
        notes.save(new Note(0, request.title(), request.body()));
    }
}
