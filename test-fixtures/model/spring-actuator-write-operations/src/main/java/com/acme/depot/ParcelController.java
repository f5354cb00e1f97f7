package com.acme.depot;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/parcels")
public class ParcelController {
    @GetMapping
    public List<String> list() {
        return List.of("p-1", "p-2");
    }
}
