package com.acme.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Search over audit entries, split out of EntryViewController. */
@RestController
@RequestMapping("/api/audit/entries")
public class EntrySearchController {
    @GetMapping
    public List<String> search() {
        return List.of();
    }

    @GetMapping("/{id}")
    public String one(@PathVariable String id) {
        return id;
    }

    @GetMapping(value = "/{id}", produces = "text/csv")
    public String oneAsCsv(@PathVariable String id) {
        return id + "\n";
    }
}
