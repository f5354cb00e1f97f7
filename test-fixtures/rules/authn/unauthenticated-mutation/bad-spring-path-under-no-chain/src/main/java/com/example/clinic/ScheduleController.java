package com.example.clinic;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class ScheduleController {

    private final JdbcTemplate jdbc;

    public ScheduleController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/staff/slots/{id}/close")
    public void close(@PathVariable long id) {
        jdbc.update("UPDATE slots SET open = false WHERE id = ?", id);
    }

    @PostMapping("/portal/slots/{id}/book")
    public void book(@PathVariable long id) {
        jdbc.update("UPDATE slots SET booked = true WHERE id = ?", id);
    }

    // /api/staff/... is under neither chain's scope (/staff/** does not match it)
    @PostMapping("/api/staff/slots/{id}/reopen") // expect: authn/unauthenticated-mutation
    public void reopen(@PathVariable long id) {
        jdbc.update("UPDATE slots SET open = true WHERE id = ?", id);
    }
}
