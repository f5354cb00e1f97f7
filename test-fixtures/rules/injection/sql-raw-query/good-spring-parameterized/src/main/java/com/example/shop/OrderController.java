package com.example.shop;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/orders")
public class OrderController {
    private static final Set<String> SORTABLE = Set.of("created_at", "total", "status");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final EntityManager em;
    private final DataSource dataSource;
    private final OrderRepository repository;

    public OrderController(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, EntityManager em, DataSource dataSource,
                           OrderRepository repository) {
        this.jdbc = jdbc;
        this.named = named;
        this.em = em;
        this.dataSource = dataSource;
        this.repository = repository;
    }

    @GetMapping
    public List<Map<String, Object>> byStatus(@RequestParam String status) {
        return jdbc.queryForList("select * from orders where status = ?", status);
    }

    @GetMapping("/customer")
    public List<Map<String, Object>> byCustomer(@RequestParam String email) {
        return named.queryForList("select * from orders where email = :email", Map.of("email", email));
    }

    @GetMapping("/{id}")
    public Map<String, Object> one(@PathVariable Long id) {
        return jdbc.queryForMap("select * from orders where id = " + id);
    }

    @GetMapping("/sorted")
    public List<Map<String, Object>> sorted(@RequestParam String sort) {
        if (!SORTABLE.contains(sort)) {
            throw new IllegalArgumentException("bad sort");
        }
        return jdbc.queryForList("select * from orders order by " + sort);
    }

    @GetMapping("/coupon")
    public boolean coupon(@RequestParam String code) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement ps = c.prepareStatement("select 1 from coupons where code = ?");
            ps.setString(1, code);
            return ps.executeQuery().next();
        }
    }

    @GetMapping("/jpql")
    public List<?> jpql(@RequestParam String status) {
        return em.createQuery("select o from Order o where o.status = :status").setParameter("status", status).getResultList();
    }

    @GetMapping("/criteria")
    public List<Order> criteria(@RequestParam String status) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Order> q = cb.createQuery(Order.class);
        Root<Order> root = q.from(Order.class);
        q.where(cb.equal(root.get("status"), status));
        return em.createQuery(q).getResultList();
    }

    @GetMapping("/repo")
    public List<Order> repo(@RequestParam String status) {
        return repository.findByStatus(status);
    }

    @PostMapping("/lookup")
    public List<Map<String, Object>> lookup(@Valid @RequestBody Lookup body) {
        return jdbc.queryForList("select * from orders where reference = '" + body.getReference() + "' and year = " + body.getYear());
    }
}
