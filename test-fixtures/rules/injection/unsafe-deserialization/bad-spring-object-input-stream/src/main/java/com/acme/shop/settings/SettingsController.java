package com.acme.shop.settings;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.ObjectInputStream;

@RestController
public class SettingsController {
    @PostMapping("/api/settings/import")
    public Settings importSettings(HttpServletRequest request) throws Exception {
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        return (Settings) in.readObject(); // expect: injection/unsafe-deserialization
    }
}
