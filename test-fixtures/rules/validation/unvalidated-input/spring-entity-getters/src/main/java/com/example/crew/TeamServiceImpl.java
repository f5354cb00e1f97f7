package com.example.crew;

import org.springframework.stereotype.Service;

@Service
public class TeamServiceImpl implements TeamService {
    private final TeamRepository teams;

    public TeamServiceImpl(TeamRepository teams) {
        this.teams = teams;
    }

    /** Reloads the team and copies the one field the client may change. */
    @Override
    public void updateMembers(Team changes) {
        Team team = teams.findById(changes.getId()).orElseThrow();
        team.setMemberIds(changes.getMemberIds());
        teams.save(team);
    }

    @Override
    public void replace(Team team) {
        teams.save(team);
    }
}
