package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.Manifest;

import java.util.*;

/**
 * Java deserializers that can build arbitrary classes from their input, the concept:
 * <ul>
 *   <li>{@code new ObjectInputStream(in).readObject()} of the request body (no {@code setObjectInputFilter} in the
 *       function);</li>
 *   <li>XStream {@code fromXML} in a project that never restricts its types ({@code allowTypes*}, {@code addPermission},
 *       {@code setupDefaultSecurity}) and uses XStream before 1.4.18 (which allowed every type by default);</li>
 *   <li>SnakeYAML {@code new Yaml().load*(x)} without a SafeConstructor, on SnakeYAML before 2.0 (whose default
 *       Constructor instantiates any class a {@code !!} tag names); the version from the build, else from the Spring Boot
 *       version that manages it (Boot 3 brings SnakeYAML 2);</li>
 *   <li>Jackson {@code enableDefaultTyping()} (any class named in the JSON) and {@code activateDefaultTyping} with
 *       {@code LaissezFaireSubTypeValidator}.</li>
 * </ul>
 * Constant inputs (a classpath resource, a literal) are not recorded.
 */
public final class Deserializers {

    /** One use: the library, where, why it is dangerous, and where its input comes from ("request", "unknown"). */
    public record Use(String library, Location at, String why, String input, boolean test) { }

    private final Project project;
    private final List<Use> uses = new ArrayList<>();

    public static Deserializers of(Project p) {
        return p.derived(Deserializers.class, Deserializers::new);
    }

    private Deserializers(Project project) {
        this.project = project;
        boolean xstreamRestricted = false;
        List<Runnable> later = new ArrayList<>();
        for (FileFacts f : JavaCalls.javaFiles(project)) {
            boolean test = project.isTestPath(f.path());
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null) continue;
                    if (m.startsWith("allowTypes") || m.equals("addPermission") || m.equals("setupDefaultSecurity")) xstreamRestricted = true;
                    try {
                        String q = project.qname(cs.callee(), f);
                        if (m.equals("readObject") && cs.args().isEmpty()) objectStream(f, fn, cs, test);
                        else if (m.equals("fromXML") && q != null && q.startsWith("com.thoughtworks.xstream")) {
                            later.add(() -> xstream(f, cs, test));
                        } else if ((m.equals("load") || m.equals("loadAll") || m.equals("loadAs")) && q != null && q.startsWith("org.yaml.snakeyaml")) {
                            snake(f, fn, cs, test);
                        } else if (m.equals("enableDefaultTyping") || m.equals("enableDefaultTypingAsProperty")) {
                            uses.add(new Use("jackson", cs.location(), "enableDefaultTyping() lets the JSON name any class on the classpath to build"
                                    + " (gadget chains in common libraries run code)", "unknown", test));
                        } else if (m.equals("activateDefaultTyping") && !cs.args().isEmpty()
                                && "LaissezFaireSubTypeValidator".equals(typeOf(project.resolve(cs.arg(0), f).val()))) {
                            uses.add(new Use("jackson", cs.location(), "activateDefaultTyping with LaissezFaireSubTypeValidator allows every class"
                                    + " the JSON names", "unknown", test));
                        }
                    } catch (RuntimeException e) {
                        // a call the concept cannot read
                    }
                }
            }
        }
        if (!xstreamRestricted) later.forEach(Runnable::run);
        uses.sort(Comparator.comparing(Use::at, Location.ORDER));
    }

    public List<Use> all() {
        return Collections.unmodifiableList(uses);
    }

    private static String typeOf(Val v) {
        if (v instanceof Ref r) return r.export();
        if (v instanceof New n) return Vals.lastName(n.callee());
        return null;
    }

    private void objectStream(FileFacts f, Fn fn, CallSite cs, boolean test) {
        Val recv = Analysis.receiver(cs.callee());
        Val stream = recv instanceof New n && "ObjectInputStream".equals(Vals.lastName(n.callee())) ? n : null;
        if (stream == null && recv instanceof Ref r && r.export().equals("ObjectInputStream")) {
            // a local ObjectInputStream: the one this function creates
            for (CallSite o : fn.calls()) if (o.isNew() && "ObjectInputStream".equals(Vals.lastName(o.callee()))) stream = new New(o.callee(), o.args(), o.location());
        }
        if (!(stream instanceof New n) || n.args().isEmpty()) return;
        if (fn.calls().stream().anyMatch(o -> "setObjectInputFilter".equals(o.methodName()))) return;
        if (!fromRequest(project.resolve(n.args().get(0), f).val(), 0)) return;
        uses.add(new Use("java.io.ObjectInputStream", cs.location(), "ObjectInputStream.readObject builds whatever classes the bytes name"
                + " (gadget chains in common libraries run code while it reads)", "request", test));
    }

    private boolean fromRequest(Val v, int depth) {
        if (v == null || depth > 6) return false;
        if (v instanceof Req) return true;
        if (v instanceof New n) return n.args().stream().anyMatch(a -> fromRequest(a, depth + 1));
        if (v instanceof Call c) {
            if (c.callee() instanceof Req) return true;
            Val recv = Analysis.receiver(c.callee());
            if (recv instanceof Req) return true;
            if (recv != null && fromRequest(recv, depth + 1)) return true;
            return c.args().stream().anyMatch(a -> fromRequest(a, depth + 1));
        }
        return false;
    }

    private void xstream(FileFacts f, CallSite cs, boolean test) {
        String v = version("com.thoughtworks.xstream:xstream");
        if (v == null || !older(v, new int[]{1, 4, 18})) return;
        if (cs.args().isEmpty() || Val.constString(project.resolve(cs.arg(0), f).val()) != null) return;
        uses.add(new Use("xstream", cs.location(), "XStream " + v + " without an allow-list (allowTypes/addPermission) builds any class the XML names",
                fromRequest(project.resolve(cs.arg(0), f).val(), 0) ? "request" : "unknown", test));
    }

    private void snake(FileFacts f, Fn fn, CallSite cs, boolean test) {
        Val recv = Analysis.receiver(cs.callee());
        New yaml = recv instanceof New n ? n : null;
        if (yaml == null && recv instanceof Ref r && r.export().equals("Yaml")) {
            for (CallSite o : fn.calls()) if (o.isNew() && "Yaml".equals(Vals.lastName(o.callee()))) yaml = new New(o.callee(), o.args(), o.location());
        }
        if (yaml == null || !"Yaml".equals(Vals.lastName(yaml.callee()))) return;
        for (Val a : yaml.args()) {
            Val r = project.resolve(a, f).val();
            String t = typeOf(r);
            if (t != null && t.contains("Safe")) return;
            if (r instanceof New) return; // a constructor of its own (a Constructor with a root type or LoaderOptions): not the default
        }
        if (cs.args().isEmpty()) return;
        Val in = project.resolve(cs.arg(0), f).val();
        if (Val.constString(in) != null) return;
        if (in instanceof Call c && String.valueOf(Vals.lastName(c.callee())).startsWith("getResource")) return;
        String v = version("org.yaml:snakeyaml");
        boolean old;
        if (v != null) old = older(v, new int[]{2, 0, 0});
        else {
            String boot = null;
            for (Manifest mf : project.manifests()) if (mf.versions().get("spring-boot") != null) boot = mf.versions().get("spring-boot");
            if (boot == null) return;
            old = older(boot, new int[]{3, 0, 0});
            v = "1.x (Spring Boot " + boot + ")";
        }
        if (!old) return;
        uses.add(new Use("snakeyaml", cs.location(), "new Yaml()." + cs.methodName() + " on SnakeYAML " + v + " builds any class a !! tag names"
                + " (new Yaml().load(\"!!javax.script.ScriptEngineManager [...]\") runs code)", fromRequest(in, 0) ? "request" : "unknown", test));
    }

    private String version(String dep) {
        for (Manifest mf : project.manifests()) {
            Manifest.Dep d = mf.dependencies().get(dep);
            if (d != null && d.version() != null && d.version().matches("\\d+(\\.\\d+)*.*")) return d.version();
        }
        return null;
    }

    private static boolean older(String v, int[] than) {
        String[] p = v.split("[.-]");
        for (int i = 0; i < than.length; i++) {
            int x;
            try {
                x = i < p.length ? Integer.parseInt(p[i]) : 0;
            } catch (NumberFormatException e) {
                return false;
            }
            if (x != than[i]) return x < than[i];
        }
        return false;
    }
}
