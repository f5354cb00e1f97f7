package com.example.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/feedback")
public class FeedbackController {
    private final List<Map<String, String>> received;

    public FeedbackController(List<Map<String, String>> received) {
        this.received = received;
    }

    // not implemented yet: the body is bound and dropped, a fixed answer goes back
    @PostMapping
    public ResponseEntity<Map<String, Object>> send(@RequestBody Map<String, String> form) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("ok", true);
        answer.put("at", System.currentTimeMillis());
        return ResponseEntity.ok(answer);
    }

    // the body is kept as sent
    @PostMapping("/keep")
    public ResponseEntity<String> keep(@RequestBody Map<String, String> form) { // expect: validation/unvalidated-input
        received.add(form);
        return ResponseEntity.ok("kept");
    }
}
