package com.example.fleet.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/vehicles")
public class VehicleController {
    @GetMapping
    public List<String> list() {
        return List.of("van-1", "van-2");
    }

    @GetMapping("/{id}")
    public String one(@PathVariable long id) {
        return "van-" + id;
    }
}
