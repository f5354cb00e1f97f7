package com.example.notes;

import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@CrossOrigin // expect: cors/permissive-origin[warning]
public class NoteController {

    @GetMapping("/notes")
    public List<String> list() {
        return List.of("first", "second");
    }
}
