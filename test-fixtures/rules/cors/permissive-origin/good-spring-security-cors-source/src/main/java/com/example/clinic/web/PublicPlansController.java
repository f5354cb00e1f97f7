package com.example.clinic.web;

import java.util.List;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

// left from before the security configuration: the CorsFilter answers first with the configured origins, so this
// wildcard never takes effect
@RestController
@CrossOrigin("*")
@RequestMapping("/api/public/plans")
public class PublicPlansController {
    @GetMapping
    public List<String> plans() {
        return List.of("basic", "pro");
    }
}
