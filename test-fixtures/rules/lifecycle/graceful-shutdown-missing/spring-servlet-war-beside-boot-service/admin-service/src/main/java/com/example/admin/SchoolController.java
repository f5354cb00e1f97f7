package com.example.admin;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SchoolController {

    @GetMapping("/schools")
    public List<String> list() {
        return List.of("north campus");
    }
}
