package com.example.shelf;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ShelfService {
    private final ShelfRepository shelves;
    private final EntityManager em;

    public ShelfService(ShelfRepository shelves, EntityManager em) {
        this.shelves = shelves;
        this.em = em;
    }

    /** Known shelves, else copies of the catalogue rows with that code (the code is one the catalogue has). */
    public List<Shelf> byCode(String code) {
        List<Shelf> known = shelves.findByCode(code);
        if (!known.isEmpty()) {
            return known;
        }
        return shelves.saveAll(fromCatalogue(code));
    }

    public List<Shelf> fromCatalogue(String code) {
        Query q = em.createNativeQuery("select label from catalogue where code = ?");
        q.setParameter(1, code);
        List<Shelf> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            out.add(new Shelf(code, row.toString()));
        }
        return out;
    }

    /** Stores any text as a new shelf code. */
    public void create(String code) {
        shelves.save(new Shelf(code, "new"));
    }
}
