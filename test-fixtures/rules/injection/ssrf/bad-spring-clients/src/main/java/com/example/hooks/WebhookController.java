package com.example.hooks;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
@RequestMapping("/hooks")
public class WebhookController {
    private final RestTemplate restTemplate;
    private final HttpClient http = HttpClient.newHttpClient();

    public WebhookController(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @PostMapping("/test")
    public String test(@RequestBody HookRequest hook) {
        return restTemplate.postForObject(hook.getUrl(), "{}", String.class); // expect: injection/ssrf
    }

    @GetMapping("/fetch")
    public byte[] fetch(@RequestParam String url) throws Exception {
        try (InputStream in = new URL(url).openStream()) { // expect: injection/ssrf
            return in.readAllBytes();
        }
    }

    @GetMapping("/status")
    public int status(@RequestParam String target) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(target)).GET().build(); // expect: injection/ssrf
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
