package com.example.club;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/members")
public class MemberController {
    private final MemberService service;

    public MemberController(MemberService service) {
        this.service = service;
    }

    @PostMapping("/reset")
    public ResponseEntity<Void> reset(@RequestParam("email") String email) {
        service.startReset(email);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/reset/cancel")
    public ResponseEntity<Void> cancel(@RequestParam String code) {
        service.cancelReset(code);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/nickname")
    public ResponseEntity<Void> nickname(@RequestParam String email, @RequestParam String nickname) { // expect: validation/unvalidated-input
        service.rename(email, nickname);
        return ResponseEntity.noContent().build();
    }
}
