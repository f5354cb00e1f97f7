package com.acme.audit;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Only a bean under the legacy profile, where the other controllers' search is not what answers. */
@RestController
@Profile("legacy")
public class LegacyEntryController {
    @GetMapping("/api/audit/entries")
    public List<String> list() {
        return List.of("legacy");
    }
}
