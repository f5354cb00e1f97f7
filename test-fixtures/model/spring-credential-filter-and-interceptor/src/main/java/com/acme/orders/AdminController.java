package com.acme.orders;
import org.springframework.web.bind.annotation.*;
@RestController
@RequestMapping("/admin")
public class AdminController {
    @PostMapping("/reindex")
    public String reindex() { return "ok"; }
    @PostMapping("/health")
    public String health() { return "ok"; }
}
