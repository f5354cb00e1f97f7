package com.example.ledger;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

public final class EntrySpecs {
    private EntrySpecs() {
    }

    // every filter is a bound parameter of the generated query, always scoped to the owner
    public static Specification<Entry> ownedMatching(UUID ownerId, LocalDate from, LocalDate to, String kind, String text) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("ownerId"), ownerId));
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("bookedOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("bookedOn"), to));
            }
            if (kind != null && !kind.isBlank()) {
                where.add(cb.equal(cb.lower(root.get("kind")), kind.toLowerCase()));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("label")), pattern), cb.like(cb.lower(root.get("shop")), pattern)));
            }
            return cb.and(where.toArray(new Predicate[0]));
        };
    }
}
