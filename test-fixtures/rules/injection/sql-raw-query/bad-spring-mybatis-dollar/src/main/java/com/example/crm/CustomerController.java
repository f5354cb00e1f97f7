package com.example.crm;

import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/customers")
public class CustomerController {
    private final CustomerService service;

    public CustomerController(CustomerService service) {
        this.service = service;
    }

    @GetMapping
    public List<Customer> list(@RequestParam(defaultValue = "name") String sort) {
        return service.sorted(sort);
    }

    @GetMapping("/by-city")
    public List<Customer> byCity(@RequestParam String city) {
        return service.inCity(city);
    }

    @GetMapping("/{id}")
    public Customer one(@PathVariable Long id) {
        return service.one(id);
    }
}
