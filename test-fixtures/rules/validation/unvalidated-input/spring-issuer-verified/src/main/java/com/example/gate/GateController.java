package com.example.gate;

import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2RestTemplate;
import org.springframework.security.oauth2.client.token.grant.code.AuthorizationCodeResourceDetails;
import org.springframework.security.oauth2.common.OAuth2AccessToken;
import org.springframework.web.bind.annotation.*;

@RestController
public class GateController {
    private final SignInService signIn;
    private final Map<String, String> notes;

    public GateController(SignInService signIn, Map<String, String> notes) {
        this.signIn = signIn;
        this.notes = notes;
    }

    // the token is only checked by Firebase (signature, audience, expiry)
    @PostMapping("/session")
    public String session(@RequestBody Map<String, String> body) throws Exception {
        String idToken = body.get("idToken");
        if (idToken == null || idToken.isBlank()) {
            return "missing";
        }
        return signIn.uidOf(idToken);
    }

    // the code is redeemed at the authorization server's token endpoint
    @GetMapping("/callback")
    public OAuth2AccessToken callback(@RequestParam String code) {
        OAuth2RestTemplate client = new OAuth2RestTemplate(new AuthorizationCodeResourceDetails());
        client.getOAuth2ClientContext().getAccessTokenRequest().setAuthorizationCode(code);
        return client.getAccessToken();
    }

    // kept as sent
    @PostMapping("/note")
    public void note(@RequestParam String text) { // expect: validation/unvalidated-input
        notes.put("last", text);
    }
}
