package com.example.directory;

import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/people")
public class PeopleController {
    private final DirectoryService directory;

    public PeopleController(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping
    public List<String> find(@RequestParam String uid) {
        return directory.byUid(uid);
    }

    @PostMapping("/login")
    public boolean login(@RequestBody LoginForm form) {
        return directory.check(form.getUsername(), form.getPassword());
    }
}
