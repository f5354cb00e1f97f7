package dev.backcheck.frameworks.spring;

import dev.backcheck.findings.Location;

import java.util.List;
import java.util.Locale;

/**
 * One Spring Security filter chain as configured in code: a {@code SecurityFilterChain} bean or a
 * {@code WebSecurityConfigurerAdapter.configure(HttpSecurity)}, with its authorization rules in order and
 * the settings rules ask about. Built by {@link SpringSecurity} from the facts.
 *
 * @param at            the bean method or the configure method
 * @param adapter       true for a WebSecurityConfigurerAdapter (Security 5)
 * @param legacy        true when the rules come from {@code authorizeRequests()} (unmatched requests are
 *                      let through); false for {@code authorizeHttpRequests()} (unmatched requests are denied)
 * @param scope         the chain's {@code securityMatcher}/{@code requestMatchers}/{@code antMatcher} patterns
 *                      (empty: every request)
 * @param rules         authorization rules in declaration order
 * @param csrfDisabled  where {@code csrf().disable()} / {@code csrf(c -> c.disable())} is, or null
 * @param sessionLogin  where a cookie-session login is configured (formLogin, oauth2Login, rememberMe,
 *                      saml2Login), or null
 * @param stateless     {@code sessionCreationPolicy(STATELESS)}
 * @param bearer        where bearer-token authentication is configured ({@code oauth2ResourceServer}, a JWT
 *                      filter added with addFilterBefore/After), or null
 * @param headersDisabled where {@code headers().disable()} / {@code headers(h -> h.disable())} is, or null
 * @param filters       filters added with addFilterBefore/After/At/addFilter: their class names
 * @param order         the chain's {@code @Order} (an adapter's default is 100; a bean without one is last)
 * @param csrfAt        where {@code csrf(..)} configures the CSRF check (a token repository, exclusions), or null when
 *                      the chain leaves Spring Security's default (on) untouched
 * @param csrfIgnoring  the path patterns {@code csrf.ignoringRequestMatchers(..)} / {@code ignoringAntMatchers(..)}
 *                      leave out of the CSRF check ({@code {unknown}} for a matcher not read)
 * @param served        the endpoints the chain's own filters answer ({@link Served}), in the order configured
 */
public record SecurityChain(Location at, boolean adapter, boolean legacy, List<String> scope, List<AuthzRule> rules,
                            Location csrfDisabled, Location sessionLogin, boolean stateless, Location bearer,
                            Location headersDisabled, List<Filter> filters, int order, Location csrfAt, List<String> csrfIgnoring,
                            List<Served> served) {

    public SecurityChain {
        served = served == null ? List.of() : List.copyOf(served);
    }

    /**
     * An endpoint a filter of the chain answers itself, before any authorization rule runs (spring-security-config 6's
     * configurers, configured in code with {@code logout(..)} or {@code formLogin(..)}): the LogoutFilter on
     * {@code logoutUrl} (default {@code /logout}; POST while CSRF protection is on, else GET, POST, PUT and DELETE: listed
     * as POST) or a {@code logoutRequestMatcher}; the UsernamePasswordAuthenticationFilter on POST {@code loginProcessingUrl}
     * (default: the {@code loginPage}, else {@code /login}); with {@code oauth2Login(..)}, GET on the authorization request
 * base (default {@code /oauth2/authorization/{registrationId}}), which sends the browser to the provider, and GET on the
 * redirection URL (default {@code /login/oauth2/code/{registrationId}}), where the provider's code is exchanged.
     *
     * @param method the HTTP method (ALL for a request matcher with none)
     * @param path   the path below the servlet context
     * @param what   "logout", "login", "oauth2-authorization" or "oauth2-callback"
     * @param at     where the configurer or its URL is written
     */
    public record Served(String method, String path, String what, Location at) { }

    /** Stands for the actuator base path in a pattern built from {@code EndpointRequest.to(...)}. */
    public static final String ACTUATOR = "{actuator}";

    /** What a rule grants. */
    public enum Access {
        PERMIT_ALL, AUTHENTICATED, ROLE, DENY_ALL, ANONYMOUS, OTHER;

        /** True when a caller must be signed in (or is refused outright). */
        public boolean requiresAuth() {
            return this == AUTHENTICATED || this == ROLE || this == DENY_ALL;
        }
    }

    /**
     * One {@code matcher(...).access()} rule.
     *
     * @param methods    HTTP methods it is limited to (empty: any)
     * @param patterns   path patterns (empty with {@code anyRequest}: every path)
     * @param anyRequest {@code anyRequest()} or an endpoint matcher for every request
     * @param actuator   {@code EndpointRequest.toAnyEndpoint()} / {@code to(...)}: the actuator endpoints
     * @param access     what it grants
     * @param expr       the access as written ({@code hasRole("ADMIN")})
     * @param at         where the rule is written
     */
    public record AuthzRule(List<String> methods, List<String> patterns, boolean anyRequest, boolean actuator,
                            Access access, String expr, Location at) {
        public boolean matches(String method, String servletPath, String actuatorBase) {
            if (!methods.isEmpty() && !methods.contains(method.toUpperCase(Locale.ROOT)) && !method.equals("ALL")) return false;
            if (anyRequest) return true;
            if (actuator) return actuatorBase != null && AntPaths.matches(actuatorBase + "/**", servletPath);
            for (String p : patterns) {
                String pat = p.startsWith(ACTUATOR) ? (actuatorBase == null ? null : actuatorBase + p.substring(ACTUATOR.length())) : p;
                if (pat != null && AntPaths.matches(pat, servletPath)) return true;
            }
            return false;
        }

        /** A rule that opens every path: {@code anyRequest().permitAll()} or a {@code /**} pattern. */
        public boolean catchAll() {
            return anyRequest || patterns.contains("/**") || patterns.contains("**");
        }
    }

    /** A filter added to the chain, by class name, with where it is added. */
    public record Filter(String name, Location at) { }

    /** True when the chain applies to the request path. */
    public boolean covers(String servletPath) {
        return covers(servletPath, "/actuator");
    }

    /** True when the chain applies to the request path ({@code actuatorBase} for {@code EndpointRequest} scopes). */
    public boolean covers(String servletPath, String actuatorBase) {
        if (scope.isEmpty()) return true;
        for (String p : scope) {
            String pat = p.startsWith(ACTUATOR) ? (actuatorBase == null ? null : actuatorBase + p.substring(ACTUATOR.length())) : p;
            if (pat != null && AntPaths.matches(pat, servletPath)) return true;
        }
        return false;
    }

    /** True when the chain's CSRF check runs on a request path: CSRF is not disabled and no csrf ignoring pattern matches it. */
    public boolean csrfChecks(String servletPath) {
        if (csrfDisabled != null) return false;
        for (String p : csrfIgnoring) if (AntPaths.matches(p, servletPath)) return false;
        return true;
    }

    /** The first rule matching the request, or null when none does. */
    public AuthzRule decide(String method, String servletPath, String actuatorBase) {
        for (AuthzRule r : rules) if (r.matches(method, servletPath, actuatorBase)) return r;
        return null;
    }
}
