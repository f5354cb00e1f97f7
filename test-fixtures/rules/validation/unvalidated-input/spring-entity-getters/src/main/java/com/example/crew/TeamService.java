package com.example.crew;

public interface TeamService {
    void updateMembers(Team changes);

    void replace(Team team);
}
