package dev.backcheck.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The 17 checklist keys of CHECKLIST.md, in its order, with a short title for reports. */
public final class Checklist {
    public static final Map<String, String> KEYS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("input-validation", "Input validation");
        m.put("parameterized-queries", "Parameterized queries");
        m.put("injection", "Injection (shell, eval, paths, URLs, redirects, HTML, RegExp)");
        m.put("jwt", "JWT signing and verification");
        m.put("authn-authz", "Authentication and authorization");
        m.put("rate-limiting", "Rate limiting");
        m.put("cors", "CORS");
        m.put("security-headers", "Security headers");
        m.put("error-handling", "Error handling");
        m.put("config-secrets", "Configuration and secrets");
        m.put("logging", "Logging");
        m.put("observability", "Observability");
        m.put("graceful-shutdown", "Graceful shutdown");
        m.put("data-access", "Data access");
        m.put("api-design", "API design");
        m.put("crypto-tls", "Crypto and TLS");
        m.put("report-claims", "Implementation report claims");
        KEYS = java.util.Collections.unmodifiableMap(m);
    }

    private Checklist() { }
}
