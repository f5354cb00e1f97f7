package com.example.inbox.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain inboxChain(HttpSecurity http) throws Exception {
        http.csrf(c -> c.ignoringRequestMatchers("/api/hooks/**"))
            .authorizeHttpRequests(a -> a.requestMatchers("/api/hooks/**").permitAll().anyRequest().authenticated())
            .formLogin(Customizer.withDefaults());
        return http.build();
    }
}
