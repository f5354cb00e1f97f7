package com.acme.lettings;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

// a login for local work: the bean exists only when the dev profile is active (the default here; prod in the image)
@Profile("dev")
@RestController
@RequestMapping("/api/dev")
public class DevLoginController {
    @PostMapping("/session")
    public Map<String, String> session() {
        return Map.of("user", "dev-user");
    }
}
