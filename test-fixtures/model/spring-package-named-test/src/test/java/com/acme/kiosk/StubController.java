package com.acme.kiosk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

// a controller only the tests load: not part of the served app
@RestController
public class StubController {
    @GetMapping("/stub")
    public String stub() {
        return "stub";
    }
}
