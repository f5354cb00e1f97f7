package com.example.rooms.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
public class RoomController {
    @GetMapping("/rooms")
    public List<String> list() {
        return List.of();
    }

    @PostMapping("/rooms/book")
    public String book(@RequestBody Map<String, String> body) {
        return "booked";
    }
}
