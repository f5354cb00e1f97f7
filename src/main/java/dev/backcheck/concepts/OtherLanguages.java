package dev.backcheck.concepts;

import dev.backcheck.model.Project;
import dev.backcheck.workspace.Workspace;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Services in languages the model does not read, beside the modelled backend: the folders holding a build file of
 * Python, Go, Ruby, Rust, PHP or Elixir ({@link Workspace#OTHER_LANGUAGE_BUILD_FILES}), and the routes Python web
 * frameworks declare ({@code @app.get("/items/{id}")}, {@code @router.post(..)}, {@code @bp.route(..)}). Both come from
 * the scan's own walk ({@link Project#otherLanguageFiles}), so the .gitignore files and --exclude globs apply.
 */
public final class OtherLanguages {
    /** A decorator declaring a route in FastAPI, Flask, Starlette or Sanic: {@code @app.get("/x")}, {@code @router.api_route(..)}. */
    private static final Pattern PY_ROUTE = Pattern.compile(
            "(?m)^\\s*@(\\w+(?:\\.\\w+)*)\\.(?:get|post|put|patch|delete|route|api_route)\\(\\s*[rf]?[\"']([^\"'\\n]*)[\"']");
    /** A router made with its own prefix: {@code router = APIRouter(prefix="/rag")}, {@code bp = Blueprint("x", __name__, url_prefix="/x")}. */
    private static final Pattern PY_ROUTER_PREFIX = Pattern.compile(
            "(?m)^\\s*(\\w+)\\s*(?::\\s*\\w+\\s*)?=\\s*(?:\\w+\\.)?(?:APIRouter|Blueprint)\\(([^)]*?)\\b(?:url_)?prefix\\s*=\\s*[rf]?[\"']([^\"'\\n]+)[\"']");
    /** Python's own package folders (a virtual environment committed without a .gitignore): never the project's routes. */
    private static final Pattern VENV = Pattern.compile("(^|/)(\\.?venv|site-packages|__pypackages__)/");
    private static final long MAX_PY_BYTES = 2_000_000;

    private final Project project;
    private final Set<String> buildDirs = new HashSet<>();
    private SortedMap<String, String> pythonRoutes;

    private OtherLanguages(Project project) {
        this.project = project;
        for (String p : project.otherLanguageFiles()) {
            String name = p.substring(p.lastIndexOf('/') + 1);
            if (Workspace.OTHER_LANGUAGE_BUILD_FILES.contains(name)) buildDirs.add(p.lastIndexOf('/') < 0 ? "" : p.substring(0, p.lastIndexOf('/')));
        }
    }

    public static OtherLanguages of(Project project) {
        return project.derived(OtherLanguages.class, OtherLanguages::new);
    }

    /** True when the folder {@code dir} ("" the root, no trailing '/') holds a build file of another language's service. */
    public boolean serviceFolder(String dir) {
        String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        return buildDirs.contains(d);
    }

    /**
     * The paths Python route decorators declare, as written with {@code <name>} and {@code <int:name>} parameters made
     * {@code {name}}, each with the first file (in path order) declaring it. Read once.
     */
    public synchronized SortedMap<String, String> pythonRoutes() {
        if (pythonRoutes != null) return pythonRoutes;
        SortedMap<String, String> out = new TreeMap<>();
        for (String p : project.otherLanguageFiles()) {
            if (!p.endsWith(".py") || VENV.matcher(p).find()) continue;
            String text = SourceLines.text(project, p, MAX_PY_BYTES);
            if (text == null) continue;
            // the file's routers with a prefix of their own: their routes are declared under it (a prefix given where the
            // router is included, app.include_router(r, prefix="/api"), is matched by the claim judge as a suffix)
            Map<String, String> prefixes = new HashMap<>();
            Matcher pm = PY_ROUTER_PREFIX.matcher(text);
            while (pm.find()) prefixes.putIfAbsent(pm.group(1), pm.group(3));
            Matcher m = PY_ROUTE.matcher(text);
            while (m.find()) {
                String route = m.group(2);
                String prefix = prefixes.get(m.group(1));
                if (prefix != null) route = prefix.replaceAll("/+$", "") + (route.isEmpty() || route.startsWith("/") ? route : "/" + route);
                if (route.isEmpty()) continue;
                out.putIfAbsent(route.replaceAll("<(?:\\w+:)?(\\w+)>", "{$1}"), p);
            }
        }
        pythonRoutes = Collections.unmodifiableSortedMap(out);
        return pythonRoutes;
    }
}
