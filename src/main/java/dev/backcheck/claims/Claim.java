package dev.backcheck.claims;

import dev.backcheck.findings.Location;

import java.util.List;
import java.util.Set;

/**
 * One statement of an agent's report: its text, where it is, the checklist keys it is about, the
 * libraries it names, and whether it claims something is done ({@code done}) or declares it
 * absent (next steps, TODO, ⏳, [ ]). Endpoint claims carry method/path/auth.
 */
public record Claim(String text, Location location, Set<String> keys, List<String> libraries, boolean done,
                    boolean figure, Endpoint endpoint) {
    public record Endpoint(String method, String path, String auth) { }

    public boolean isEndpoint() {
        return endpoint != null;
    }
}
