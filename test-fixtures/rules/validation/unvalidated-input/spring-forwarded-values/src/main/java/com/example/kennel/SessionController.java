package com.example.kennel;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SessionController {
    private final AuthenticationManager authenticationManager;
    private final KennelMapper kennels;

    public SessionController(AuthenticationManager authenticationManager, KennelMapper kennels) {
        this.authenticationManager = authenticationManager;
        this.kennels = kennels;
    }

    // the credentials are authenticated (authenticate throws on a mismatch); afterwards the username is a known one
    @PostMapping("/sessions")
    public String signIn(@RequestBody SignIn body) {
        authenticationManager.authenticate(new UsernamePasswordAuthenticationToken(body.username(), body.password()));
        return "welcome " + body.username();
    }

    // authenticated too, but the nickname is stored as sent
    @PostMapping("/sessions/nickname")
    public String rename(@RequestBody SignIn body) { // expect: validation/unvalidated-input
        authenticationManager.authenticate(new UsernamePasswordAuthenticationToken(body.username(), body.password()));
        Kennel k = new Kennel();
        k.setName(body.nickname());
        kennels.insert(k);
        return "ok";
    }
}
