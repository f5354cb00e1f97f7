package com.example.crm;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/customers")
public class CustomerController {
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "name", "city", "city", "created", "created_at");
    private final CustomerMapper mapper;

    public CustomerController(CustomerMapper mapper) {
        this.mapper = mapper;
    }

    @GetMapping("/by-city")
    public List<Customer> byCity(@RequestParam String city) {
        return mapper.findByCity(city);
    }

    @GetMapping("/search")
    public List<Customer> search(@RequestParam String name) {
        return mapper.search(name);
    }

    @GetMapping
    public List<Customer> list(@RequestParam(defaultValue = "name") String sort) {
        return mapper.findAllSorted(SORT_COLUMNS.getOrDefault(sort, "name"));
    }
}
