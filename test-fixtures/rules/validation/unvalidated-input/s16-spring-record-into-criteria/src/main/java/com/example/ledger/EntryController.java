package com.example.ledger;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/entries")
public class EntryController {
    private final EntryService service;

    public EntryController(EntryService service) {
        this.service = service;
    }

    @GetMapping
    public List<Entry> list(
            Principal principal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String text) {
        EntryFilter filter = new EntryFilter(from, to, kind, text);
        return service.search(UUID.fromString(principal.getName()), filter);
    }

    @PostMapping("/views/from-filter")
    public SavedView saveFilterView(Principal principal, @RequestParam String kind) { // expect: validation/unvalidated-input
        return service.saveFilter(UUID.fromString(principal.getName()), new EntryFilter(null, null, kind, null));
    }

    @PostMapping("/views")
    public SavedView saveView(Principal principal, @RequestParam String title) { // expect: validation/unvalidated-input
        return service.saveView(UUID.fromString(principal.getName()), title);
    }
}
