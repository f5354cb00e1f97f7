package com.example.crew;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

@Entity
public class Team {
    @Id
    private Long id;
    private String name;
    private Set<Long> memberIds;
    private boolean archived;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Set<Long> memberIds) {
        this.memberIds = memberIds;
    }
}
