package com.acme.inventory.product;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public class ProductRepository {

    private final JdbcTemplate jdbc;

    public ProductRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Product> findAll(String sort) {
        return jdbc.query("SELECT id, name, description, price, stock FROM products ORDER BY " + sort, // expect: injection/sql-raw-query
            (rs, i) -> new Product(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)));
    }

    public Optional<Product> findById(long id) {
        return jdbc.query("SELECT id, name, description, price, stock FROM products WHERE id = ?",
            (rs, i) -> new Product(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)), id)
            .stream().findFirst();
    }

    public void insert(ProductRequest p) {
        jdbc.update("INSERT INTO products (name, description, price, stock) VALUES (?, ?, ?, ?)",
            p.name(), p.description(), p.price(), p.stock());
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM products WHERE id = ?", id);
    }
}
