package com.acme.depot;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/crates")
public class CrateController {
    @GetMapping
    public List<String> list() {
        return List.of("c-1", "c-2");
    }
}
