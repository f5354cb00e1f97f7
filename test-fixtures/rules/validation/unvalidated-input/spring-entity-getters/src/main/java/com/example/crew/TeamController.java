package com.example.crew;

import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/teams")
public class TeamController {
    private final TeamService service;

    public TeamController(TeamService service) {
        this.service = service;
    }

    // only the id (to reload) and the member ids are read from the bound entity
    @PutMapping("/members")
    public void members(@RequestBody Team team) {
        service.updateMembers(team);
    }

    // the bound entity is saved as sent, every property of it
    @PutMapping
    public void replace(@RequestBody Team team) { // expect: validation/unvalidated-input
        service.replace(team);
    }

    // a list of entities, each saved as sent
    @PutMapping("/bulk")
    public void replaceAll(@RequestBody List<Team> teams) { // expect: validation/unvalidated-input
        for (Team team : teams) {
            service.replace(team);
        }
    }
}
