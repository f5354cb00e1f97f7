package com.example.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/billing")
public class BillingWebhookController {

    private final JdbcTemplate jdbc;

    @Value("${billing.webhook-secret}")
    private String signingSecret;

    public BillingWebhookController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // the payload is parsed into an event only when Stripe's signature over it holds
    @PostMapping("/stripe")
    public ResponseEntity<String> stripe(@RequestBody String payload, @RequestHeader("Stripe-Signature") String signature) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, signingSecret);
        } catch (SignatureVerificationException e) {
            return ResponseEntity.badRequest().body("bad signature");
        }
        jdbc.update("INSERT INTO billing_events(id, type) VALUES (?, ?)", event.getId(), event.getType());
        return ResponseEntity.ok("ok");
    }

    // a raw text body stored as it came, nothing verifies or checks it
    @PostMapping("/notes")
    public ResponseEntity<String> note(@RequestBody String text) { // expect: validation/unvalidated-input
        jdbc.update("INSERT INTO billing_notes(text) VALUES (?)", text);
        return ResponseEntity.ok("saved");
    }
}
