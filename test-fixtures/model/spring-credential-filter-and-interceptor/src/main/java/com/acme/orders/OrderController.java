package com.acme.orders;
import org.springframework.web.bind.annotation.*;
import java.util.*;
@RestController
@RequestMapping("/api/orders")
public class OrderController {
    private final Map<String, String> orders = new HashMap<>();
    @PostMapping
    public Map<String, String> create(@RequestBody Map<String, String> body) { orders.put(body.get("id"), body.get("item")); return body; } // expect: validation/unvalidated-input
    @DeleteMapping("/{id}")
    public void delete(@PathVariable String id) { orders.remove(id); }
}
