package org.example.catalog;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
public class CatalogController {
    @GetMapping("/products")
    public List<String> products() {
        return List.of("kettle", "mug");
    }

    @PostMapping("/auth/login")
    public Map<String, String> login(@RequestBody Map<String, String> body) {
        return Map.of("token", "t-" + body.size());
    }

    @PostMapping("/orders")
    public Map<String, Object> order(@RequestBody Map<String, Object> body) {
        return Map.of("accepted", body.size());
    }

    @GetMapping("/partner/stock")
    public Map<String, Integer> stock() {
        return Map.of("kettle", 4);
    }
}
