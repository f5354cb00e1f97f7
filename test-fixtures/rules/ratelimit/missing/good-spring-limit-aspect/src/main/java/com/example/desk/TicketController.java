package com.example.desk;

import com.example.desk.limit.Throttled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
public class TicketController {
    @GetMapping("/tickets")
    public List<String> list() {
        return List.of();
    }

    @Throttled(max = 5, seconds = 60)
    @PostMapping("/tickets")
    public String open(@RequestBody Map<String, String> body) {
        return "ok";
    }
}
