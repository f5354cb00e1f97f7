package com.acme.lettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

// health and its components are open to the orchestrator; metrics are for admins; the dev login is open (it only
// exists under the dev profile); every other API route needs a login
@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health/**").permitAll()
                .requestMatchers("/actuator/metrics/**").hasRole("ADMIN")
                .requestMatchers("/api/dev/**").permitAll()
                .anyRequest().authenticated())
            .httpBasic(b -> { });
        return http.build();
    }
}
