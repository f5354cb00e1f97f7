package com.acme.inventory.order;

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

    @PostMapping // expect: authn/unauthenticated-mutation
    public ResponseEntity<Void> place(@RequestBody OrderRequest request, Principal principal) { // expect: validation/unvalidated-input
        jdbc.update("INSERT INTO orders (product_id, quantity, note, owner) VALUES (?, ?, ?, ?)",
            request.productId(), request.quantity(), request.note(), principal == null ? "guest" : principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
