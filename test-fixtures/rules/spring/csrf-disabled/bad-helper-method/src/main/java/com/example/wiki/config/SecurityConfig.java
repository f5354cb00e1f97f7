package com.example.wiki.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

// The chain is split over helper methods: the CSRF switch lives in one, the rules in a method reference.
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(this::pageRules)
            .formLogin(Customizer.withDefaults());
        relaxForms(http);
        return http.build();
    }

    private void pageRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers("/login", "/css/**").permitAll()
            .anyRequest().authenticated();
    }

    private void relaxForms(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable()); // expect: spring/csrf-disabled
    }
}
