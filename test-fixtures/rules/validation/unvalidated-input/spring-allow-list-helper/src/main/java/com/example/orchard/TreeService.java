package com.example.orchard;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class TreeService {
    private final JdbcTemplate jdbc;

    public TreeService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> list(TreeFilter filter) {
        return query(filter);
    }

    private List<String> query(TreeFilter filter) {
        filter.setSortColumn(Picks.inListOrNull(filter.getSortColumn(), List.of("planted_at", "species")));
        filter.setDirection(Picks.inListOrNull(filter.getDirection(), List.of("asc", "desc")));
        StringBuilder sql = new StringBuilder("select name from tree");
        if (filter.getSortColumn() != null) {
            sql.append(" order by ").append(filter.getSortColumn()).append(" ").append(filter.getDirection());
        }
        return jdbc.queryForList(sql.toString(), String.class);
    }

    public List<String> listLoose(TreeFilter filter) {
        filter.setSortColumn(filter.getSortColumn().trim());
        return jdbc.queryForList("select name from tree order by " + filter.getSortColumn(), String.class);
    }
}
