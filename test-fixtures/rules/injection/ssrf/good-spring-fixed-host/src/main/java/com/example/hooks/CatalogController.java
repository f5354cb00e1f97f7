package com.example.hooks;

import java.net.URI;
import java.util.Set;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class CatalogController {
    private static final Set<String> PARTNERS = Set.of("https://partner-a.example.com/feed", "https://partner-b.example.com/feed");
    private final RestTemplate restTemplate;

    public CatalogController(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @GetMapping("/catalog/{id}")
    public String item(@PathVariable String id) {
        return restTemplate.getForObject("https://catalog.example.com/items/{id}", String.class, id);
    }

    @GetMapping("/catalog/search")
    public String search(@RequestParam String q) {
        return restTemplate.getForObject("https://catalog.example.com/search?q=" + q, String.class);
    }

    @GetMapping("/partners")
    public String partner(@RequestParam String feed) {
        if (!PARTNERS.contains(feed)) {
            throw new IllegalArgumentException("unknown feed");
        }
        return restTemplate.getForObject(URI.create(feed), String.class);
    }
}
