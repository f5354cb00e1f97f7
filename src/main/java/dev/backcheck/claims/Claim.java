package dev.backcheck.claims;

import dev.backcheck.findings.Location;

import java.util.List;
import java.util.Set;

/**
 * One statement of an agent's report: its text, where it is, the checklist keys it is about, the
 * libraries it names, and whether it claims something is done ({@code done}) or declares it
 * absent (next steps, TODO, ⏳, [ ]). Endpoint claims carry method/path and the cells of the
 * columns that claim a control (auth, rate limit, validation).
 *
 * @param frontend       the statement is about the frontend (form validation, components, pages)
 * @param infrastructure what outside the code the statement says enforces it (database triggers, an API gateway,
 *                       nginx ...), or null
 * @param context        the titles of the headings and bold labels the statement sits under, outermost first, joined
 *                       with " > " ("Security Features > Password Reset"): what a bare "1-hour token expiry" is about
 * @param files          the file names the statement's section lists as the files it changed ("Files Modified:" above
 *                       "Added @Validated to all controllers"): what "all" covers there
 */
public record Claim(String text, Location location, Set<String> keys, List<String> libraries, boolean done,
                    boolean figure, Endpoint endpoint, boolean frontend, String infrastructure, String context, List<String> files) {
    public Claim {
        if (context == null) context = "";
        files = files == null ? List.of() : List.copyOf(files);
    }

    public Claim(String text, Location location, Set<String> keys, List<String> libraries, boolean done,
                 boolean figure, Endpoint endpoint, boolean frontend, String infrastructure, String context) {
        this(text, location, keys, libraries, done, figure, endpoint, frontend, infrastructure, context, List.of());
    }

    public Claim(String text, Location location, Set<String> keys, List<String> libraries, boolean done,
                 boolean figure, Endpoint endpoint, boolean frontend, String infrastructure) {
        this(text, location, keys, libraries, done, figure, endpoint, frontend, infrastructure, "");
    }

    /** The same claim read under these headings. */
    public Claim withContext(String ctx) {
        return new Claim(text, location, keys, libraries, done, figure, endpoint, frontend, infrastructure, ctx, files);
    }

    /** The same claim in a section that lists these changed files. */
    public Claim withFiles(List<String> names) {
        return new Claim(text, location, keys, libraries, done, figure, endpoint, frontend, infrastructure, context, names);
    }

    public record Endpoint(String method, String path, String auth, String rateLimit, String validation) {
        public Endpoint(String method, String path, String auth) {
            this(method, path, auth, null, null);
        }
    }

    public Claim(String text, Location location, Set<String> keys, List<String> libraries, boolean done, boolean figure, Endpoint endpoint) {
        this(text, location, keys, libraries, done, figure, endpoint, false, null);
    }

    public boolean isEndpoint() {
        return endpoint != null;
    }

    /** What a table cell says about a control: claimed (JWT, Yes, ✅), not claimed (No, Public, -, empty), or unclear. */
    public enum Value {
        YES, NO, UNKNOWN;

        public static Value of(String cell) {
            return Vocabulary.get().cellValue(cell);
        }
    }
}
