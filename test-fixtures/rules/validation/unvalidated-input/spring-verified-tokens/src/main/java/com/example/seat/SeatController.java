package com.example.seat;

import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class SeatController {
    private final SessionKeys keys;
    private final Map<String, String> notes;

    public SeatController(SessionKeys keys, Map<String, String> notes) {
        this.keys = keys;
        this.notes = notes;
    }

    // each key is decrypted, then verified as a signed token before anything is done with it
    @DeleteMapping("/sessions")
    public void end(@RequestBody Set<String> wrapped) {
        for (String key : wrapped) {
            keys.end(Cipher.unwrapDecrypt(key));
        }
    }

    // handed to a method that does not use it yet
    @GetMapping("/search")
    public String search(@RequestParam String text) {
        return keys.search(text);
    }

    // a client object Spring would construct, not request data
    @GetMapping("/upstream")
    public String upstream(RestTemplate client) {
        return client.getForObject("http://localhost:9000", String.class);
    }

    // decrypted and kept as it is
    @PostMapping("/notes")
    public void note(@RequestParam String wrapped) { // expect: validation/unvalidated-input
        notes.put("last", Cipher.unwrapDecrypt(wrapped));
    }
}
