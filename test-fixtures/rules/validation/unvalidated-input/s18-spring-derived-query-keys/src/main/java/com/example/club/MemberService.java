package com.example.club;

import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
public class MemberService {
    private final MemberRepository members;

    public MemberService(MemberRepository members) {
        this.members = members;
    }

    public void startReset(String email) {
        Member m = members.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No member with email: " + email));
        m.setResetCode(UUID.randomUUID().toString());
        members.save(m);
    }

    public void cancelReset(String code) {
        members.deleteByResetCode(code);
    }

    public void rename(String email, String nickname) {
        Member m = members.findByEmail(email).orElseThrow();
        m.setNickname(nickname);
        members.save(m);
    }
}
