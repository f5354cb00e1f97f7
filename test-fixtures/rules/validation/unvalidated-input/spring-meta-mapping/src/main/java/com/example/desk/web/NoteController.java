package com.example.desk.web;

import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/notes")
public class NoteController {
    private final Map<String, String> notes;

    public NoteController(Map<String, String> notes) {
        this.notes = notes;
    }

    // mapped through the project's own annotation, path given positionally
    @OpenPost("/draft")
    public void draft(@RequestParam String text) { // expect: validation/unvalidated-input
        notes.put("draft", text);
    }

    // the same, path given by name
    @OpenPost(path = "/final")
    public void publish(@RequestBody String text) { // expect: validation/unvalidated-input
        notes.put("final", text);
    }

    // not a mapping: an annotation the project declares without one
    @Deprecated
    public void helper(String text) {
        notes.put("helper", text);
    }
}
