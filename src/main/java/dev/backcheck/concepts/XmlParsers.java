package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * Java XML parsers, the concept: each factory or reader ({@code DocumentBuilderFactory}, {@code SAXParserFactory},
 * {@code XMLInputFactory}, {@code TransformerFactory}, {@code SchemaFactory}, {@code XMLReaderFactory}, dom4j
 * {@code SAXReader}, JDOM {@code SAXBuilder}) created in a function, whether that function hardens it against
 * external entities (disallow-doctype-decl, external general/parameter entities off, load-external-dtd off,
 * {@code ACCESS_EXTERNAL_DTD}/{@code ACCESS_EXTERNAL_STYLESHEET} set to "", {@code SUPPORT_DTD} or
 * {@code IS_SUPPORTING_EXTERNAL_ENTITIES} false, secure processing on a TransformerFactory/SchemaFactory), and
 * what it parses there: the request, a value handed in, or a constant file or classpath resource. A parser made in
 * one function and used in another is not judged.
 */
public final class XmlParsers {

    /** One parser. {@code input}: "request", "parameter", "constant" or "unknown"; {@code parseAt} where it parses (null when it does not there). */
    public record Parser(String api, Location at, FileFacts file, Fn fn, boolean hardened, Location parseAt, String input, boolean test) {
        /** Created, left open to external entities, and fed something that is not a constant of the application. */
        public boolean exposed() {
            return !hardened && parseAt != null && !input.equals("constant") && !test;
        }
    }

    private static final Map<String, String> FACTORIES = Map.ofEntries(
            Map.entry("javax.xml.parsers.DocumentBuilderFactory.newInstance", "DocumentBuilderFactory"),
            Map.entry("javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance", "DocumentBuilderFactory"),
            Map.entry("javax.xml.parsers.SAXParserFactory.newInstance", "SAXParserFactory"),
            Map.entry("javax.xml.parsers.SAXParserFactory.newDefaultInstance", "SAXParserFactory"),
            Map.entry("javax.xml.stream.XMLInputFactory.newInstance", "XMLInputFactory"),
            Map.entry("javax.xml.stream.XMLInputFactory.newFactory", "XMLInputFactory"),
            Map.entry("javax.xml.stream.XMLInputFactory.newDefaultFactory", "XMLInputFactory"),
            Map.entry("javax.xml.transform.TransformerFactory.newInstance", "TransformerFactory"),
            Map.entry("javax.xml.transform.TransformerFactory.newDefaultInstance", "TransformerFactory"),
            Map.entry("javax.xml.validation.SchemaFactory.newInstance", "SchemaFactory"),
            Map.entry("org.xml.sax.helpers.XMLReaderFactory.createXMLReader", "XMLReader"),
            Map.entry("new org.dom4j.io.SAXReader", "SAXReader"),
            Map.entry("new org.jdom2.input.SAXBuilder", "SAXBuilder"),
            Map.entry("new org.jdom.input.SAXBuilder", "SAXBuilder"));

    private static final Set<String> PARSE = Set.of("parse", "createXMLStreamReader", "createXMLEventReader", "transform", "newTransformer",
            "newSchema", "read", "build", "unmarshal");

    private final Project project;
    private final List<Parser> parsers = new ArrayList<>();

    public static XmlParsers of(Project p) {
        return p.derived(XmlParsers.class, XmlParsers::new);
    }

    private XmlParsers(Project project) {
        this.project = project;
        for (FileFacts f : JavaCalls.javaFiles(project)) {
            for (Fn fn : Analysis.functions(f)) {
                try {
                    scan(f, fn);
                } catch (RuntimeException e) {
                    // a shape the concept cannot read
                }
            }
        }
        parsers.sort(Comparator.comparing(Parser::at, Location.ORDER));
    }

    /** Every parser created, in file and source order. */
    public List<Parser> all() {
        return Collections.unmodifiableList(parsers);
    }

    private void scan(FileFacts f, Fn fn) {
        List<CallSite> calls = new ArrayList<>(fn.calls());
        for (CallSite cs : fn.calls()) {
            String q = project.qname(cs.callee(), f);
            if (q == null) continue;
            String api = FACTORIES.get(cs.isNew() ? "new " + q : q);
            if (api == null) continue;
            boolean hardened = false;
            Location parseAt = null;
            String input = "unknown";
            for (CallSite o : calls) {
                if (hardens(o, f)) hardened = true;
                String m = o.methodName();
                if (m == null || !PARSE.contains(m) || o == cs) continue;
                if (!sameFamily(o, f, api)) continue;
                if (parseAt == null) {
                    parseAt = o.location();
                    input = input(o, f, api);
                }
            }
            parsers.add(new Parser(api, cs.location(), f, fn, hardened, parseAt, input, project.isTestPath(f.path())));
        }
    }

    /** True when {@code o} is a call on the parser family {@code api} creates (its factory, builder, reader or transformer). */
    private boolean sameFamily(CallSite o, FileFacts f, String api) {
        Val root = o.callee();
        for (int i = 0; i < 12; i++) {
            if (root instanceof Member m) root = m.object();
            else if (root instanceof Call c) root = c.callee();
            else break;
        }
        String type = root instanceof Ref r ? r.export() : root instanceof New n ? Vals.lastName(n.callee()) : null;
        if (type == null) return false;
        return switch (api) {
            case "DocumentBuilderFactory" -> type.equals("DocumentBuilderFactory") || type.equals("DocumentBuilder");
            case "SAXParserFactory" -> type.equals("SAXParserFactory") || type.equals("SAXParser") || type.equals("XMLReader");
            case "XMLInputFactory" -> type.equals("XMLInputFactory") || type.equals("Unmarshaller") || type.equals("JAXBContext");
            case "TransformerFactory" -> type.equals("TransformerFactory") || type.equals("Transformer");
            case "SchemaFactory" -> type.equals("SchemaFactory") || type.equals("Schema") || type.equals("Validator");
            case "XMLReader" -> type.equals("XMLReaderFactory") || type.equals("XMLReader");
            default -> type.equals(api);
        };
    }

    private static final Set<String> OFF_FEATURES = Set.of("external-general-entities", "external-parameter-entities", "load-external-dtd");

    /** A call that closes the parser to external entities. */
    private boolean hardens(CallSite o, FileFacts f) {
        String m = o.methodName();
        if (m == null) return false;
        String k = key(o.arg(0), f);
        Val v = o.arg(1) == null ? null : project.resolve(o.arg(1), f).val();
        Boolean b = v instanceof Lit l && l.value() instanceof Boolean x ? x : null;
        String s = v == null ? null : Val.constString(v);
        if (m.equals("setFeature") && k != null) {
            if (k.endsWith("disallow-doctype-decl") && Boolean.TRUE.equals(b)) return true;
            for (String off : OFF_FEATURES) if (k.endsWith(off) && Boolean.FALSE.equals(b)) return true;
            if ((k.equals("FEATURE_SECURE_PROCESSING") || k.endsWith("javax.xml.XMLConstants/feature/secure-processing")) && Boolean.TRUE.equals(b)) {
                Val recv = Analysis.receiver(o.callee());
                String type = recv instanceof Ref r ? r.export() : null;
                return "TransformerFactory".equals(type) || "SchemaFactory".equals(type) || "Validator".equals(type);
            }
        }
        if ((m.equals("setAttribute") || m.equals("setProperty")) && k != null) {
            if ((k.equals("ACCESS_EXTERNAL_DTD") || k.endsWith("accessExternalDTD") || k.equals("ACCESS_EXTERNAL_SCHEMA") || k.equals("ACCESS_EXTERNAL_STYLESHEET"))
                    && "".equals(s)) return true;
            if ((k.equals("SUPPORT_DTD") || k.equals("javax.xml.stream.supportDTD") || k.equals("IS_SUPPORTING_EXTERNAL_ENTITIES")
                    || k.equals("javax.xml.stream.isSupportingExternalEntities")) && Boolean.FALSE.equals(b)) return true;
        }
        return m.equals("setEntityResolver") || m.equals("setXMLResolver") && !o.args().isEmpty();
    }

    /** A feature or property key: a string constant, or the name of the constant it is read from (XMLConstants.ACCESS_EXTERNAL_DTD). */
    private String key(Val v, FileFacts f) {
        if (v == null) return null;
        Val r = project.resolve(v, f).val();
        String s = Val.constString(r);
        if (s != null) return s;
        return Vals.lastName(r);
    }

    /** What a parse call reads: the request, a value handed in, a constant file or resource, or unknown. */
    private String input(CallSite o, FileFacts f, String api) {
        Val a = o.arg(0);
        if (a == null) return "unknown";
        return origin(project.resolve(a, f).val(), f, 0);
    }

    private String origin(Val v, FileFacts f, int depth) {
        if (v == null || depth > 6) return "unknown";
        if (v instanceof Req) return "request";
        if (Val.constString(v) != null) return "constant";
        if (v instanceof Param) return "parameter";
        if (v instanceof New n) {
            String t = Vals.lastName(n.callee());
            if (n.args().isEmpty()) return "unknown";
            if ("File".equals(t) || "ClassPathResource".equals(t) || "FileInputStream".equals(t)) {
                return n.args().stream().allMatch(x -> Val.constString(project.resolve(x, f).val()) != null) ? "constant" : origin(n.args().get(0), f, depth + 1);
            }
            return origin(project.resolve(n.args().get(0), f).val(), f, depth + 1);
        }
        if (v instanceof Call c) {
            String m = Vals.lastName(c.callee());
            if (m != null && (m.equals("getResourceAsStream") || m.equals("getResource") || m.equals("getSystemResourceAsStream"))) return "constant";
            if (c.callee() instanceof Req || Analysis.receiver(c.callee()) instanceof Req) return "request";
            Val recv = Analysis.receiver(c.callee());
            if (recv != null && !(recv instanceof Ref)) return origin(recv, f, depth + 1);
            if (!c.args().isEmpty()) return origin(project.resolve(c.args().get(0), f).val(), f, depth + 1);
        }
        if (v instanceof Member m) return origin(m.object(), f, depth + 1);
        return "unknown";
    }
}
