package com.example.depot.util;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

// turns every non-null field of a filter object into a Criteria predicate (each value a bound parameter)
public final class Predicates {
    private Predicates() { }

    public static <R, F> Predicate of(Root<R> root, F filter, CriteriaBuilder cb) {
        List<Predicate> out = new ArrayList<>();
        if (filter == null) return cb.and();
        for (Field field : filter.getClass().getDeclaredFields()) {
            field.setAccessible(true);
            try {
                Object value = field.get(filter);
                if (value == null || "".equals(value)) continue;
                if (value instanceof Collection) {
                    List<Object> range = new ArrayList<>((Collection<Object>) value);
                    if (range.size() == 2) {
                        out.add(cb.between(root.get(field.getName()), (Comparable) range.get(0), (Comparable) range.get(1)));
                    } else {
                        out.add(root.get(field.getName()).in((Collection<Object>) value));
                    }
                } else {
                    out.add(cb.like(root.get(field.getName()), "%" + value.toString() + "%"));
                }
            } catch (IllegalAccessException e) {
                return cb.and();
            }
        }
        return cb.and(out.toArray(new Predicate[0]));
    }
}
