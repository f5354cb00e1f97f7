package com.example.rooms.web;

import com.example.rooms.quota.ClientQuotas;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

@Component
public class ClientQuotaFilter extends OncePerRequestFilter {
    private final ClientQuotas quotas;

    public ClientQuotaFilter(ClientQuotas quotas) {
        this.quotas = quotas;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!quotas.forClient(request.getRemoteAddr()).tryConsume(1)) {
            response.setStatus(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
