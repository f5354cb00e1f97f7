package com.acme.orders;
import org.springframework.web.bind.annotation.*;
@RestController
public class PublicController {
    @PostMapping("/hooks/ping")
    public String ping(@RequestBody String body) { return "ok"; }
}
