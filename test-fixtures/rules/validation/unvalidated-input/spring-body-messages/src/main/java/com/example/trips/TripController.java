package com.example.trips;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/trips")
public class TripController {

    private final TripRepository trips;
    private final JdbcTemplate jdbc;

    public TripController(TripRepository trips, JdbcTemplate jdbc) {
        this.trips = trips;
        this.jdbc = jdbc;
    }

    // constraints declared, @Valid missing
    @PostMapping
    public void plan(@RequestBody TripRequest request) { // expect: validation/unvalidated-input
        jdbc.update("INSERT INTO trips(destination) VALUES (?)", request.getDestination());
    }

    // a class with no constraints at all: @Valid alone would check nothing
    @PostMapping("/notes")
    public void note(@RequestBody TripNote note) { // expect: validation/unvalidated-input
        jdbc.update("INSERT INTO trip_notes(text) VALUES (?)", note.getText());
    }

    // the JPA entity itself bound from the body
    @PutMapping("/raw")
    public Trip replace(@RequestBody Trip trip) { // expect: validation/unvalidated-input
        return trips.save(trip);
    }

    // a command object bound from form and query fields, not a JSON body
    @GetMapping("/search")
    public Object search(TripSearch search) { // expect: validation/unvalidated-input
        return jdbc.queryForList("SELECT * FROM trips WHERE destination LIKE '%" + search.getDestination() + "%'");
    }
}
