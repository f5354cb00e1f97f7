package com.acme.kiosk.test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

// a diagnostics controller in a package the team named "test": it ships with the app and answers requests
@RestController
@RequestMapping("/api/diagnostics")
public class ConnectivityController {
    @GetMapping("/dns")
    public Map<String, Object> dns() {
        return Map.of("resolves", true);
    }
}
