package com.acme.lettings;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

// every profile but prod
@Profile(value = "!prod")
@RestController
public class ProbeController {
    @GetMapping("/api/probe")
    public String probe() {
        return "ok";
    }
}
