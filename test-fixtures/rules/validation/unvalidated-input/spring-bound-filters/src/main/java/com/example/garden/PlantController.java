package com.example.garden;

import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/plants")
public class PlantController {
    private final PlantService service;

    public PlantController(PlantService service) {
        this.service = service;
    }

    // a Spring Data derived query binds the name as a parameter
    @GetMapping
    public List<Plant> byName(@RequestParam String name) {
        return service.byName(name);
    }

    // the body's one text field is bound into a JPQL LIKE by name (:term)
    @PostMapping("/search")
    public List<Plant> search(@RequestBody SearchBody body) {
        return service.byTerm(body.getTerm());
    }

    // a JdbcTemplate ? argument
    @GetMapping("/colour")
    public List<Map<String, Object>> byColour(@RequestParam String colour) {
        return service.byColour(colour);
    }

    // a builder field, added to a parameter list and bound with setParameter
    @GetMapping("/family")
    public List<?> byFamily(@RequestParam String family, @RequestParam(required = false) Integer limit) {
        PlantFilter filter = PlantFilter.builder().family(family).limit(limit).build();
        return service.filtered(filter);
    }

    // concatenated into the SQL text: no binding protects it
    @GetMapping("/sorted")
    public List<Map<String, Object>> sorted(@RequestParam String column) { // expect: validation/unvalidated-input
        return service.sorted(column);
    }

    // stored on the entity as sent
    @PutMapping("/{id}/name")
    public Plant rename(@PathVariable Long id, @RequestParam String name) { // expect: validation/unvalidated-input
        return service.rename(id, name);
    }
}
