package com.example.shop;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class ProductService {
    private final JdbcTemplate jdbcTemplate;
    private final EntityManager em;

    public ProductService(JdbcTemplate jdbcTemplate, EntityManager em) {
        this.jdbcTemplate = jdbcTemplate;
        this.em = em;
    }

    public List<Map<String, Object>> search(String term) {
        String sql = "SELECT id, name FROM product WHERE name LIKE '%" + term + "%'";
        return jdbcTemplate.queryForList(sql); // expect: injection/sql-raw-query
    }

    public List<Map<String, Object>> byCategory(String category) {
        String sql = String.format("select * from product where category = '%s'", category);
        return jdbcTemplate.queryForList(sql); // expect: injection/sql-raw-query
    }

    public Object bySku(String sku) {
        return em.createQuery("select p from Product p where p.sku = '" + sku + "'").getSingleResult(); // expect: injection/sql-raw-query
    }
}
