package com.acme.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The controller the search was split from, still a bean: its mappings collide with EntrySearchController's. */
@RestController
@RequestMapping("/api/audit")
public class EntryViewController {
    @GetMapping("/entries")
    public List<String> list() {
        return List.of();
    }

    @GetMapping("/entries/{entryId}")
    public String detail(@PathVariable String entryId) {
        return entryId;
    }

    @GetMapping("/summary")
    public String summary() {
        return "{}";
    }
}
