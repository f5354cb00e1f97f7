package com.acme.lettings;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

// sample data for the local and demo environments only; never under prod
@Profile({"local", "demo"})
@RestController
public class FixtureDataController {
    @GetMapping("/api/sample-flats")
    public List<String> sample() {
        return List.of("sample-1");
    }
}
