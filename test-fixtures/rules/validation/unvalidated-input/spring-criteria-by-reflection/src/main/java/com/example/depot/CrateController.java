package com.example.depot;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.List;

@RestController
public class CrateController {
    private final CrateService service;

    public CrateController(CrateService service) {
        this.service = service;
    }

    // the filter's fields only become bound Criteria predicates, read by reflection
    @GetMapping("/crates")
    public Page<Crate> list(CrateFilter filter, Pageable pageable) {
        filter.getOwnerIds().add(7L);
        return service.search(filter, pageable);
    }

    @GetMapping("/crates/export")
    public List<Crate> export(CrateFilter filter) {
        return service.search(filter);
    }

    // read from the servlet request and used only to look a record up
    @GetMapping("/crates/one")
    public Crate one(HttpServletRequest request) {
        String id = request.getParameter("id");
        return service.find(id);
    }

    // a Redis key lookup and an equality test
    @GetMapping("/crates/pickup")
    public boolean pickup(@RequestParam String key, @RequestParam String code) {
        return service.codeMatches(key, code);
    }

    // the same filter class, but its label is stored on a new entity
    @PostMapping("/crates/adopt")
    public Crate adopt(CrateFilter filter) { // expect: validation/unvalidated-input
        return service.adopt(filter);
    }
}
