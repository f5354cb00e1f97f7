package com.example.ledger;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

// An @ExceptionHandler inside one controller only answers that controller's errors.
@RestController
public class LocalErrors {

    @GetMapping("/ping")
    public String ping() {
        return "pong";
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<String> conflict(IllegalStateException e) {
        return ResponseEntity.status(409).body("conflict");
    }
}
