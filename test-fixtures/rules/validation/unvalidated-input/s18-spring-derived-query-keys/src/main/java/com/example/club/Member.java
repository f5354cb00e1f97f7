package com.example.club;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Member {
    @Id
    private Long id;
    private String email;
    private String resetCode;
    private String nickname;

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public void setResetCode(String resetCode) { this.resetCode = resetCode; }
    public void setNickname(String nickname) { this.nickname = nickname; }
}
