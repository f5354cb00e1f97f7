package com.example.garden;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Service
public class PlantService {
    private final PlantRepository plants;
    private final JdbcTemplate jdbc;
    private final EntityManager em;

    public PlantService(PlantRepository plants, JdbcTemplate jdbc, EntityManager em) {
        this.plants = plants;
        this.jdbc = jdbc;
        this.em = em;
    }

    public List<Plant> byName(String name) {
        return plants.findByNameContainingIgnoreCase(name.trim());
    }

    public List<Plant> byTerm(String term) {
        return plants.searchByTerm(term.toLowerCase());
    }

    public List<Map<String, Object>> byColour(String colour) {
        return jdbc.queryForList("select * from plant where colour = ?", colour);
    }

    public List<Map<String, Object>> sorted(String column) {
        return jdbc.queryForList("select * from plant order by " + column);
    }

    public List<?> filtered(PlantFilter filter) {
        StringBuilder sql = new StringBuilder("select * from plant where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.getFamily() != null) {
            sql.append(" and family = ?");
            args.add(filter.getFamily().trim());
        }
        Query q = em.createNativeQuery(sql.toString());
        bindAll(q, args);
        return q.getResultList();
    }

    private void bindAll(Query q, List<Object> args) {
        int i = 1;
        for (Object a : args) {
            q.setParameter(i, a);
            i++;
        }
    }

    public Plant rename(Long id, String name) {
        Plant p = plants.findById(id).orElseThrow();
        p.setName(name);
        return plants.save(p);
    }
}
