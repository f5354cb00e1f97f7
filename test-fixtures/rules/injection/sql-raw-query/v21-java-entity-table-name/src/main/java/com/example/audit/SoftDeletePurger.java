package com.example.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;

/** Removes the soft-deleted row an entity replaces before it is inserted again. */
public class SoftDeletePurger {

    public void beforeInsert(Connection connection, Object entity, Long id) throws Exception {
        String table = tableOf(entity.getClass());
        purge(connection, table, id);
    }

    public void purgeNamed(Connection connection, String table, Long id) throws Exception {
        String sql = String.format("DELETE FROM %s WHERE id = ? AND deleted = 1", table);
        try (PreparedStatement ps = connection.prepareStatement(sql)) { // expect: injection/sql-raw-query
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void purge(Connection connection, String table, Long id) throws Exception {
        String sql = String.format("DELETE FROM %s WHERE id = ? AND deleted = 1", table);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** The entity's table: its annotation's name, or its class name in snake case. */
    private String tableOf(Class<?> type) {
        Table named = type.getAnnotation(Table.class);
        if (named != null && !named.value().isEmpty()) {
            return named.value();
        }
        return snake(type.getSimpleName().replace("Entity", ""));
    }

    private String snake(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }
}
