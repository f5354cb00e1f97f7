package com.example.inbox.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hooks")
public class HookController {
    @PostMapping("/mail")
    public String received(@RequestBody String payload) {
        return "queued " + payload.length();
    }
}
