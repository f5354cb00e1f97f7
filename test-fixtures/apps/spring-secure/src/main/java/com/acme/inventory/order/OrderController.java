package com.acme.inventory.order;

import jakarta.validation.Valid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.security.Principal;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/orders")
public class OrderController {

    private final JdbcTemplate jdbc;

    public OrderController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> mine(Principal principal) {
        return jdbc.queryForList("SELECT id, product_id, quantity, note FROM orders WHERE owner = ?", principal.getName());
    }

    @PostMapping
    public ResponseEntity<Void> place(@Valid @RequestBody OrderRequest request, Principal principal) {
        jdbc.update("INSERT INTO orders (product_id, quantity, note, owner) VALUES (?, ?, ?, ?)",
            request.productId(), request.quantity(), request.note(), principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
