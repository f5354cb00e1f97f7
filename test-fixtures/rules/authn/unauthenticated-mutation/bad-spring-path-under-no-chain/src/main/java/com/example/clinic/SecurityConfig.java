package com.example.clinic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

// Two scoped chains and no chain for every other request: Spring Boot's default chain is gone once one is declared,
// so a path under neither scope passes no security filter at all.
@Configuration
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain staff(HttpSecurity http) throws Exception {
        http.securityMatcher("/staff/**")
            .authorizeHttpRequests(a -> a.anyRequest().hasRole("STAFF"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.securityMatcher("/portal/**")
            .authorizeHttpRequests(a -> a.requestMatchers("/portal/sign-in").permitAll().anyRequest().authenticated());
        return http.build();
    }
}
