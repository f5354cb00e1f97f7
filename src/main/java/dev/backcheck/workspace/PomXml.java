package dev.backcheck.workspace;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Maven pom.xml, read as XML with DTDs and external entities refused (never resolved, never fetched): its
 * coordinates, parent, properties, direct dependencies ({@code groupId:artifactId}, version with
 * {@code ${property}} references filled from the pom's own properties and project version; test scope counts as
 * dev), modules, the Java release and the Spring Boot version (from the parent, an imported
 * {@code spring-boot-dependencies} BOM or the {@code spring-boot-maven-plugin}). Maven is never run; a parent pom
 * outside the tree is not read.
 */
public record PomXml(String path, String name, Map<String, Dep> dependencies, String parent, Map<String, String> properties,
                     List<String> modules, String javaVersion, Map<String, String> versions) implements Manifest {

    @Override
    public String ecosystem() {
        return "maven";
    }

    @Override
    public String runtime() {
        return "java";
    }

    @Override
    public String runtimeVersion() {
        return javaVersion;
    }

    /** Parses pom.xml text; throws IllegalArgumentException with a readable message on bad input. */
    public static PomXml parse(String path, String text) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new org.xml.sax.InputSource(new StringReader(text)));
        } catch (Exception e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("malformed pom.xml: " + m);
        }
        Element root = doc.getDocumentElement();
        if (root == null || !root.getTagName().equals("project")) throw new IllegalArgumentException("pom.xml has no <project> element");
        Element parentEl = child(root, "parent");
        String parentGroup = text(parentEl, "groupId"), parentArtifact = text(parentEl, "artifactId"), parentVersion = text(parentEl, "version");
        String group = Optional.ofNullable(text(root, "groupId")).orElse(parentGroup);
        String artifact = text(root, "artifactId");
        String version = Optional.ofNullable(text(root, "version")).orElse(parentVersion);
        Map<String, String> props = new TreeMap<>();
        Element pe = child(root, "properties");
        if (pe != null) for (Element p : children(pe)) props.put(p.getTagName(), p.getTextContent().trim());
        if (version != null) {
            props.putIfAbsent("project.version", version);
            props.putIfAbsent("version", version);
        }
        if (parentVersion != null) props.putIfAbsent("project.parent.version", parentVersion);
        String[] lines = text.split("\n", -1);
        Map<String, Dep> deps = new TreeMap<>();
        Map<String, String> versions = new TreeMap<>();
        Element depsEl = child(root, "dependencies");
        if (depsEl != null) {
            for (Element d : children(depsEl)) {
                if (!d.getTagName().equals("dependency")) continue;
                String g = subst(text(d, "groupId"), props), a = subst(text(d, "artifactId"), props);
                if (g == null || a == null) continue;
                String v = subst(text(d, "version"), props);
                String scope = text(d, "scope");
                deps.putIfAbsent(g + ":" + a, new Dep(g + ":" + a, v, "test".equals(scope), lineOf(lines, a)));
            }
        }
        if ("spring-boot-starter-parent".equals(parentArtifact) || "spring-boot-dependencies".equals(parentArtifact)) {
            if (parentVersion != null) versions.put("spring-boot", parentVersion);
        }
        Element dm = child(child(root, "dependencyManagement"), "dependencies");
        if (dm != null) {
            for (Element d : children(dm)) {
                if ("spring-boot-dependencies".equals(text(d, "artifactId")) && text(d, "version") != null) {
                    versions.putIfAbsent("spring-boot", subst(text(d, "version"), props));
                }
            }
        }
        Element plugins = child(child(root, "build"), "plugins");
        if (plugins != null) {
            for (Element p : children(plugins)) {
                if ("spring-boot-maven-plugin".equals(text(p, "artifactId")) && text(p, "version") != null) {
                    versions.putIfAbsent("spring-boot", subst(text(p, "version"), props));
                }
            }
        }
        if (props.containsKey("spring-boot.version")) versions.putIfAbsent("spring-boot", props.get("spring-boot.version"));
        List<String> modules = new ArrayList<>();
        Element me = child(root, "modules");
        if (me != null) for (Element m : children(me)) modules.add(m.getTextContent().trim());
        String java = null;
        for (String k : List.of("java.version", "maven.compiler.release", "maven.compiler.source", "maven.compiler.target")) {
            if (props.containsKey(k)) {
                java = subst(props.get(k), props);
                break;
            }
        }
        String parent = parentGroup == null || parentArtifact == null ? null
                : parentGroup + ":" + parentArtifact + (parentVersion == null ? "" : ":" + parentVersion);
        return new PomXml(path, group == null || artifact == null ? artifact : group + ":" + artifact, Collections.unmodifiableMap(deps),
                parent, Collections.unmodifiableMap(props), List.copyOf(modules), java, Collections.unmodifiableMap(versions));
    }

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** {@code ${name}} filled from the properties (a few levels deep); unknown references are kept as written. */
    static String subst(String v, Map<String, String> props) {
        if (v == null) return null;
        for (int i = 0; i < 5 && v.contains("${"); i++) {
            Matcher m = PROPERTY.matcher(v);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String r = props.get(m.group(1));
                if (r != null) changed = true;
                m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
            }
            m.appendTail(sb);
            v = sb.toString();
            if (!changed) break;
        }
        return v.trim();
    }

    private static int lineOf(String[] lines, String artifact) {
        String q = "<artifactId>" + artifact + "</artifactId>";
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(q)) return i + 1;
        return 1;
    }

    private static Element child(Element e, String tag) {
        if (e == null) return null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) return c;
        }
        return null;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) if (nl.item(i) instanceof Element c) out.add(c);
        return out;
    }

    private static String text(Element e, String tag) {
        Element c = child(e, tag);
        if (c == null) return null;
        String t = c.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }
}
