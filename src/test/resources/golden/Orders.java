package com.example.shop.web;

import com.example.shop.service.OrderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

import java.util.List;

import static com.example.shop.Paths.API;

@RestController
@RequestMapping(Orders.BASE)
public class Orders {
    static final String BASE = API + "/orders";
    private static final String TABLE = "orders";

    private final OrderService service;
    private final JdbcTemplate jdbc;

    public Orders(OrderService service, JdbcTemplate jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    @GetMapping(value = {"", "/"}, produces = "application/json")
    public List<Order> list(@RequestParam(required = false) String sort) {
        String sql = "select * from " + TABLE + " order by " + sort;
        return jdbc.query(sql, (rs, i) -> new Order(rs.getLong("id"), rs.getString("note")));
    }

    @PostMapping("/{id}/notes")
    public void note(@PathVariable long id, @Valid @RequestBody Note body, HttpServletRequest request) {
        String who = request.getHeader("X-User");
        StringBuilder sb = new StringBuilder("update ");
        sb.append(TABLE).append(" set note = '").append(body.text()).append("'");
        if (who == null || who.isEmpty()) {
            throw new IllegalStateException(String.format("no user for %s (%d)", TABLE, id));
        }
        jdbc.update(sb.toString());
        service.audit(who, """
                note added
                """);
    }

    public record Order(long id, String note) { }

    public record Note(String text) { }
}
