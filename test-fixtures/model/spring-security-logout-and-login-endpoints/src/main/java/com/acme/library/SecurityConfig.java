package com.acme.library;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

// a session login: Spring Security's own filters answer the sign-in form's POST and the sign-out, before any
// authorization rule below is asked; the app has no controller method for either
@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/signin").permitAll()
                .anyRequest().authenticated())
            .formLogin(f -> f
                .loginPage("/signin")
                .loginProcessingUrl("/api/session"))
            // signing in with a provider as well: the redirect to it, and its callback with the code (the default URL)
            .oauth2Login(o -> o
                .authorizationEndpoint(a -> a.baseUri("/api/oauth2/start")))
            .logout(l -> l
                .logoutUrl("/api/session/end")
                .deleteCookies("JSESSIONID"));
        return http.build();
    }
}
