package com.example.kennel;

import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import org.springframework.security.oauth2.client.OAuth2RestTemplate;
import org.springframework.security.oauth2.client.token.grant.password.ResourceOwnerPasswordResourceDetails;
import org.springframework.security.oauth2.common.OAuth2AccessToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.List;

@RestController
public class TokenController {
    private final FirebaseMessaging messaging;

    public TokenController(FirebaseMessaging messaging) {
        this.messaging = messaging;
    }

    // the credentials go to the authorization server's token endpoint, which checks them
    @PostMapping("/token")
    public OAuth2AccessToken token(@RequestParam String username, @RequestParam String password) {
        ResourceOwnerPasswordResourceDetails details = new ResourceOwnerPasswordResourceDetails();
        details.setAccessTokenUri("https://auth.example.com/oauth/token");
        details.setUsername(username);
        details.setPassword(password);
        return new OAuth2RestTemplate(details).getAccessToken();
    }

    // Firebase Admin rejects a malformed topic name or an empty token list itself
    @PostMapping("/topics/subscribe")
    public String subscribe(@RequestParam String token, @RequestParam String topic) throws FirebaseMessagingException {
        messaging.subscribeToTopic(List.of(token), topic);
        return "OK";
    }
}
