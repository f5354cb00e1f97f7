package com.acme.kiosk.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/screens")
public class ScreenController {
    @GetMapping
    public List<String> list() {
        return List.of("lobby", "entrance");
    }
}
