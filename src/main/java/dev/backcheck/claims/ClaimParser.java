package dev.backcheck.claims;

import dev.backcheck.findings.Location;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads agent implementation reports (markdown): headings decide which sections are reports and
 * which declare absence (next steps, TODO, known limitations); checkbox lists, ✅ bullets, tables
 * and prose lines become {@link Claim}s; endpoint tables become endpoint claims.
 */
public final class ClaimParser {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
    private static final Pattern TABLE_SEP = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern METHOD = Pattern.compile("(?i)\\b(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|ALL)\\b");
    private static final Pattern STACK_HEADER = Pattern.compile("component|componente|komponente|구성|bileşen|layer|camada|capa|category|categoria|categoría");
    private static final Pattern PATH = Pattern.compile("(/[\\w\\-.:{}*/\\[\\]]*)");

    /** A path as written in prose, without the sentence's punctuation after it ("**POST /api/login**: Log in" → /api/login). */
    static String endpointPath(String p) {
        return p.length() > 1 ? p.replaceAll("[:.]+$", "") : p;
    }

    private final Vocabulary vocab = Vocabulary.get();

    /** True when the markdown has a heading shaped like an implementation report. */
    public boolean isReport(String text) {
        if (planning(text) || intendedIntro(text)) return false;
        boolean first = true;
        for (String line : text.split("\n", -1)) {
            Matcher h = HEADING.matcher(line);
            // a product requirements document says what is to be built: its endpoints and features are not claims about the code
            if (first && h.matches()) {
                first = false;
                if (REQUIREMENTS_DOC.matcher(clean(h.group(2))).find() || TASK_LIST_DOC.matcher(clean(h.group(2))).find()
                        || PLAN_DOC.matcher(clean(h.group(2))).find() || BOT_DOC.matcher(clean(h.group(2))).find()) return false;
            }
            if (h.matches() && Vocabulary.containsPhrase(clean(h.group(2)), vocab.reportHeadings)) return true;
        }
        return false;
    }

    /**
     * The title of a document about a dependency-update bot's set-up ("Renovate Bot Implementation Summary"): its
     * "configuration validated" is the bot's configuration, not the backend's.
     */
    private static final Pattern BOT_DOC = Pattern.compile("(?iu)\\b(renovate|dependabot)\\b");

    /** The title of a task list or backlog: what is to be done, ticket by ticket ("Implementation Task List", "Sprint Backlog"). */
    private static final Pattern TASK_LIST_DOC = Pattern.compile("(?iu)\\b(task ?list|backlog|work breakdown|sprint plan(ning)?|lista de tarefas"
            + "|lista de tareas|aufgabenliste|작업 목록|görev listesi)\\b");
    /**
     * The title of a document that says what is to be built: a design ("Auth System Design Document", "Cattle Management
     * Enhancement Design"), a plan ("Deployment Plan", "Work Stream 6 - Implementation Plan"), a specification or a proposal.
     */
    private static final Pattern PLAN_DOC = Pattern.compile("(?iu)\\bdesign\\s+(doc|document|proposal|spec)\\b|\\b(design|plan|specification|spec|proposal|rfc)\\s*$"
            + "|\\b(implementation|deployment|migration|rollout|project|execution|action)\\s+(plan|specification|spec)\\b|\\bplano de implementação"
            + "|\\bplan de implementación|\\bumsetzungsplan|\\b설계\\s*(문서|서)|\\btasarım belgesi");
    /** A status line near the top that says the document is not done: "**Status:** Draft - For Review", "Status: Proposed". */
    private static final Pattern DRAFT_STATUS = Pattern.compile("(?iu)^[\\s>*_-]*status[*_]*\\s*:[*_]*\\s*[*_]*(draft|proposed|proposal|for review"
            + "|under review|in review|planned|planning|not started|ready for execution|rascunho|borrador|entwurf)\\b"
            // "Status: Approved" alone: a design or proposal that was approved to be built ("Approved for production" is not it)
            + "|^[\\s>*_-]*status[*_]*\\s*:[*_]*\\s*[*_]*(approved|aprovado|aprobado|genehmigt)[*_.]*\\s*$");
    private static final Pattern CHECKLIST_TITLE = Pattern.compile("(?iu)check-?list|lista de verificação|lista de verificación|checkliste|체크리스트|kontrol listesi");
    private static final Pattern UNTICKED = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+\\[ \\]");
    private static final Pattern TICKED = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+\\[[xX]\\]|[✅✔☑]");

    /**
     * A document that says it is not a record of done work: a draft or proposed specification (its status line near the
     * top), or a document titled as a checklist whose boxes are all unticked (a compliance or launch checklist still to be
     * worked through).
     */
    static boolean planning(String text) {
        String[] lines = text.split("\n", 30);
        String title = null;
        for (int i = 0; i < Math.min(lines.length, 25); i++) {
            if (DRAFT_STATUS.matcher(lines[i]).find()) return true;
            Matcher h = HEADING.matcher(lines[i]);
            if (title == null && h.matches()) title = h.group(2);
        }
        // an implementation summary may end with an unticked deployment checklist: only a document titled as a checklist
        if (title == null || !CHECKLIST_TITLE.matcher(title).find()) return false;
        int open = 0;
        Matcher u = UNTICKED.matcher(text);
        while (u.find() && open < 5) open++;
        return open >= 5 && !TICKED.matcher(text).find();
    }

    /**
     * What a document's title or opening lines say it is when it describes code still to be written: "This document
     * describes the intended architecture", "outlines the specific requirements for building the API", "what is to be
     * built". Such a document (an agent guide, a build spec) is no record of done work, whatever headings it has.
     */
    private static final Pattern INTENDED_INTRO = Pattern.compile("(?iu)\\b(describes|outlines|documents|defines|specifies|sets out)\\s+(the\\s+)?"
            + "(intended|planned|proposed|target|future)\\b|\\bintended\\s+(architecture|design|behaviou?r|structure|api)\\b"
            + "|\\brequirements\\s+for\\s+building\\b|\\bwhat\\s+(is|needs)\\s+to\\s+be\\s+(built|implemented)\\b"
            + "|\\barquitetura\\s+pretendida|\\brequisitos\\s+para\\s+(construir|a\\s+construção)|\\barquitectura\\s+(prevista|propuesta)"
            + "|\\brequisitos\\s+para\\s+construir|\\b(geplante|beabsichtigte)\\s+architektur|\\banforderungen\\s+für\\s+den\\s+bau"
            + "|구현\\s*예정|의도된\\s*아키텍처|\\bplanlanan\\s+mimari|\\bhedeflenen\\s+mimari");

    /** True when the title or the lines before the document's first section say it describes code still to be built. */
    static boolean intendedIntro(String text) {
        String[] lines = text.split("\n", 20);
        boolean title = false;
        for (int i = 0; i < Math.min(lines.length, 15); i++) {
            Matcher h = HEADING.matcher(lines[i]);
            // the title, then its intro; the second heading ends the intro unless it is an "Overview" of the document
            if (h.matches()) {
                if (title && !OVERVIEW.matcher(clean(h.group(2))).find()) return false;
                title = true;
            }
            if (INTENDED_INTRO.matcher(lines[i].replaceAll("[*_`]", "")).find()) return true;
        }
        return false;
    }

    private static final Pattern OVERVIEW = Pattern.compile("(?iu)^(\\d+\\.\\s*)?(overview|purpose|introduction|about|visão geral|descripción general|resumen|überblick|개요|genel bakış)\\b");

    /**
     * A section heading that names work still to do: "Core Features to Build", "Endpoints to Add", "New Models to Create",
     * "What Needs to Change", "Required API Endpoints Specification": a plan or a specification, in the six languages.
     */
    static final Pattern TO_BUILD_HEADING = Pattern.compile("(?iu)\\bto\\s+(add|build|create|implement)\\b|\\bto\\s+be\\s+(added|built|created)\\b"
            + "|\\bneeds?\\s+to\\s+(change|be\\s+(added|built|created|changed))\\b|\\brequired\\b.*\\bspecification\\b|\\bchanges\\s+required\\b"
            + "|\\b(a|por)\\s+(adicionar|construir|criar|agregar|añadir|crear)\\b|\\ba\\s+implementar\\b|\\bpor\\s+implementar\\b"
            + "|\\bzu\\s+(bauen|erstellen|implementieren)\\b|hinzuzufügen|umzusetzen|추가할|구현할|생성할|eklenecek|oluşturulacak|uygulanacak"
            // "### Creator Token Economy (Ready for implementation)": the section's endpoints are still to be built
            + "|\\bready\\s+(for|to)\\s+(implementation|implement|be\\s+implemented|build|development)\\b");

    /** A guide's title: "Full Integration Guide", "Technical Implementation Guide", "Setup Guide" (how to build it, not what was built). */
    private static final Pattern GUIDE_TITLE = Pattern.compile("(?iu)\\b(integration|implementation|setup|set-up|developer|migration|build)\\s+guide\\b"
            + "|\\bguia\\s+de\\s+(integração|implementação)|\\bguía\\s+de\\s+(integración|implementación)|\\b(integrations|implementierungs)leitfaden"
            + "|(통합|구현)\\s*가이드|\\b(entegrasyon|uygulama)\\s+rehberi");

    /**
     * Why a report reads as a design or guide for code to add, or null: its title names a guide, or two or more of its
     * section headings name work to do ("New Models to Create", "What Needs to Change"). Its endpoint list is the API to
     * build; rows the code does not serve are not false statements about the code when most of them are absent.
     */
    public static String designDocument(String text) {
        int toBuild = 0;
        boolean first = true;
        boolean fence = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) fence = !fence;
            if (fence) continue;
            Matcher h = HEADING.matcher(line);
            if (!h.matches()) continue;
            String t = clean(h.group(2));
            if (first && GUIDE_TITLE.matcher(t).find()) return "a guide (\"" + t + "\")";
            first = false;
            if (TO_BUILD_HEADING.matcher(t).find() && ++toBuild >= 2) return "a design whose sections name work to do (\"" + t + "\")";
        }
        return null;
    }

    /** The title of a requirements document (a PRD, a software requirements specification). */
    private static final Pattern REQUIREMENTS_DOC = Pattern.compile(
            "(?iu)\\b(product requirements?|requirements (document|specification)|software requirements|\\bPRD\\b|documento de requisitos"
                    + "|documento de requerimientos|anforderungsdokument|lastenheft|pflichtenheft|요구사항 명세|gereksinim belgesi)");

    /** What a heading (or a bold label standing for one) makes of the lines under it. */
    private record Section(boolean report, boolean absence, boolean errors, boolean frontend, boolean deploy, int bulletIndent, String title,
                           boolean docs, boolean metrics) { }

    /** A paragraph line that is only a bold label: {@code **Next Steps:**}, {@code __Planned__}, {@code - **Roadmap**:}. */
    private static final Pattern BOLD_LABEL = Pattern.compile("^(\\s*)([-*+]\\s+)?(?:[✅✔☑✓⏳❌🚧]\\uFE0F?\\s*)?(\\*\\*|__)([^*_]{2,80}?)\\3\\s*(?:\\([^()]{1,30}\\)\\s*)?:?\\s*$");
    /** A tick before a bold label: {@code ✅ **Password Reset**}. */
    private static final Pattern CHECK_MARK = Pattern.compile("^\\s*(?:[-*+]\\s+)?[✅✔☑✓]");
    /** A short plain line ending with a colon: {@code Next steps:}. */
    private static final Pattern COLON_LABEL = Pattern.compile("^(\\s*)([-*+]\\s+)?([\\p{L}][\\p{L}\\p{N} /&'-]{1,50}):\\s*$");
    /** Headings of sections that list error classes or status codes: not claims of controls. */
    private static final Pattern ERROR_SECTION = Pattern.compile(
            "(?iu)\\b(error (classes|types|codes|responses|format)|errors|exceptions|status codes|http status|códigos de (erro|error)|"
                    + "tipos de (erro|error)|fehlercodes|fehlerklassen|fehlertypen|오류 코드|에러 코드|오류 유형|hata kodları|hata türleri)\\b");
    /** Headings of lists of metrics to record or watch ("Metrics to Monitor", "Performance Metrics"): their items name measurements. */
    private static final Pattern METRICS_SECTION = Pattern.compile("(?iu)\\bmetrics\\b|\\bdashboard panels?\\b|\\b(grafana|dashboard) (panels|charts|widgets)\\b|\\b(what )?to (monitor|watch|track)\\b|\\bmétricas\\b|\\bmetriken\\b"
            + "|메트릭|\\bmetrikler\\b");
    /** A header line of a report: "**Framework:** Angular 20", "**Agent:** Frontend Builder Agent", "## DeepRef - Week 5 Frontend Features". */
    private static final Pattern HEADER_META = Pattern.compile("(?i)^\\s*(?:[-*]\\s*)?\\*\\*(agent|builder|framework|author|built by|stack|platform)\\s*:?\\*\\*\\s*:?\\s*(.+)$");
    private static final Pattern FRONT_WORDS = Pattern.compile("(?i)\\b(angular|react|vue|svelte|next\\.js|nuxt|frontend|front-end)\\b");
    private static final Pattern BACK_WORDS = Pattern.compile("(?i)\\b(nestjs|nest\\.js|express|fastify|hono|spring|koa|backend|back-end|api|server|node\\.js|full[- ]?stack)\\b");

    /**
     * True when the report's header (its first 20 lines before a second-level heading; a subtitle right under the title counts) has agent, builder or
     * framework lines that name a front-end framework or a front-end agent, and none that names a backend.
     */
    static boolean frontendReport(String[] lines) {
        boolean front = false;
        for (int i = 0; i < Math.min(20, lines.length); i++) {
            String l = lines[i].strip();
            // a title naming a control of the screen ("# Confirmation & Success Dialogs Implementation Summary", "# Select
            // All Feature"): the report describes a piece of the user interface, its "validation" the form's own checks
            if (l.startsWith("# ") && UI_TITLE.matcher(l).find() && !BACK_WORDS.matcher(l).find()) return true;
            // a subtitle right under the title ("## DeepRef Project - Week 5-8 Frontend Features"); a later heading ends the header
            if (l.startsWith("## ") && i <= 2 && FRONT_WORDS.matcher(l).find() && !BACK_WORDS.matcher(l).find()) {
                front = true;
                continue;
            }
            if (l.startsWith("## ")) break;
            Matcher m = HEADER_META.matcher(l);
            if (!m.matches()) continue;
            if (BACK_WORDS.matcher(m.group(2)).find()) return false;
            if (FRONT_WORDS.matcher(m.group(2)).find()) front = true;
        }
        return front;
    }

    /** A control of the screen named in a report's title. */
    private static final Pattern UI_TITLE = Pattern.compile("(?i)\\b(dialogs?|modals?|buttons?|checkbox(es)?|dropdowns?|tooltips?|sidebar|navbar|toasts?|"
            + "select[- ]all|dark mode|tabs? (feature|ui|component)|ui|ux)\\b");

    /** Headings of frontend sections. */
    private static final Pattern FRONTEND_SECTION = Pattern.compile(
            "(?iu)\\b(frontend|front-end|client-side|ui|user interface|web app|mobile app|interface do usuário|interfaz de usuario|"
                    + "benutzeroberfläche|프론트엔드|프런트엔드|ön yüz|arayüz)\\b");

    /** A heading that says its content is done ("Best Practices Implemented", "Recommendations applied ✅"). */
    private static final Pattern DONE_HEADING = Pattern.compile(
            "(?iu)\\b(implemented|applied|in place|followed|done|completed|enabled|added|adopted|implementad[oa]s?|aplicad[oa]s?|umgesetzt|implementiert"
                    + "|uygulandı)\\b|✅|구현됨|적용됨");
    /**
     * Labels that list what documents contain ("Documentation includes:", "New files:"): "error handling patterns" there
     * is a chapter of a guide, not a statement about the code.
     */
    private static final Pattern DOCS_CONTENT = Pattern.compile(
            "(?iu)^(?:the\\s+|our\\s+|[\\p{L}-]+\\s+){0,2}(?:documentation|docs|readme|guides?|documentação|documentación|dokumentation|문서|dokümantasyon)\\b.*"
                    + "\\b(?:includes?|including|covers?|covering|contains?|containing|documents|inclui|incluye|enthält|포함|içerir)\\b"
                    + "|^(?:new|updated|added|created) files?\\b"
                    // a heading naming a markdown document ("Email Guide (`EMAIL.md`)"): its items are that document's chapters
                    + "|\\b(?:guides?|guia|guía|documentation|docs|manual|handbook|readme)\\b.*\\.md\\b|^[\\w./ -]+\\.md$"
                    // "Test Coverage", "Tests": what the test suite exercises, not statements about the code
                    + "|^(?:[\\p{L}-]+\\s+)?(?:test coverage|tests|testing|test cases|test suites?|unit tests|integration tests|cobertura de testes"
                    + "|cobertura de pruebas|testabdeckung|테스트 커버리지|test kapsamı)\\b");
    /** Headings about deploying to production: their imperative lines are the deployer's to-dos. */
    private static final Pattern DEPLOY_SECTION = Pattern.compile(
            "(?iu)\\b(deploy\\w*|production|go(ing)?[- ]live|implantação|despliegue|bereitstellung|produktion|배포|프로덕션|dağıtım|üretim)\\b");
    /** A line that opens with an imperative: "Enable HSTS", "Set JWT_SECRET", "Consider rate limiting". */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(?:add|enable|configure|set|set up|use|implement|consider|ensure|rotate|monitor|review|restrict|store|keep|replace|change|update|install"
                    + "|turn on|switch|move|generate|provide|make sure|remember to|don't forget)\\b", Pattern.CASE_INSENSITIVE);

    /** A heading in the writer's future tense ("What I'll Provide", "What we will deliver"): a plan, not what the code does. */
    private static final Pattern PLAN_HEADING = Pattern.compile("(?iu)\\b(?:i|we)(?:['’]ll|\\s+will)\\s+(?:provide|deliver|give|build|add|implement|create|write|do)\\b");

    /**
     * Headings of sections that say nothing about the backend: a coding agent's instructions ("Security Checklist
     * (Auto-Applied)": patterns the agent checks, "Rules for Claude") and smart contracts ("Smart Contract Security",
     * "Solidity Best Practices": parameters of on-chain code). Their lines are not read, as a documentation listing's are not.
     */
    private static final Pattern NOT_THE_BACKEND = Pattern.compile("(?iu)\\bauto-?applied\\b"
            + "|\\b(for|to)\\s+(claude|gemini|copilot|cursor|codex)\\b|\\b(claude|gemini|copilot|cursor|codex|agent)\\s+(instructions|rules|guidelines|skills|workflow)\\b"
            + "|\\bsmart[- ]?contracts?\\b|\\bsolidity\\b|\\bon-?chain\\b");

    private Section section(String title, int bulletIndent) {
        boolean advice = Vocabulary.containsPhrase(title, vocab.adviceHeadings) && !DONE_HEADING.matcher(title).find();
        return new Section(Vocabulary.containsPhrase(title, vocab.reportHeadings),
                Vocabulary.containsPhrase(title, vocab.absenceHeadings) || advice || title.contains("TODO") || title.contains("⏳")
                        || PLAN_HEADING.matcher(title).find() || TO_BUILD_HEADING.matcher(title).find(),
                ERROR_SECTION.matcher(title).find(), FRONTEND_SECTION.matcher(title).find(), DEPLOY_SECTION.matcher(title).find(), bulletIndent, title,
                DOCS_CONTENT.matcher(title).find() || NOT_THE_BACKEND.matcher(title).find(), METRICS_SECTION.matcher(title).find());
    }

    private static int indent(String raw) {
        int n = 0;
        while (n < raw.length() && (raw.charAt(n) == ' ' || raw.charAt(n) == '\t')) n++;
        return n;
    }

    /** Claims of a report; {@code whole} treats the whole file as report (for --claims FILE). */
    public List<Claim> parse(String path, String text, boolean whole) {
        List<Claim> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fence = false;
        // heading level -> section; level 7 holds a bold label, which lasts until the next heading or label
        // (a label that is a list item also ends at the next item as little indented as it)
        TreeMap<Integer, Section> stack = new TreeMap<>();
        List<String> header = null;
        // the files a "Files Modified:" list under the current heading names
        List<String> changedFiles = new ArrayList<>();
        // a report whose header says a front-end agent wrote it about a front-end framework (**Agent:** Frontend Builder,
        // **Framework:** Angular 20): every claim in it is about the client
        boolean frontendReport = frontendReport(lines);
        // a sentence that ends with a colon and introduces the list under it ("User creation uses Prisma's nested create
        // to ensure:"): what the list's items are about, as a label's title is
        String leadIn = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (raw.trim().startsWith("```") || raw.trim().startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence) continue;
            Matcher h = HEADING.matcher(raw);
            if (h.matches()) {
                int level = h.group(1).length();
                stack.tailMap(level, true).clear();
                stack.put(level, section(clean(h.group(2)), -1));
                header = null;
                leadIn = null;
                changedFiles = new ArrayList<>();
                continue;
            }
            String stripped = COMMENT.matcher(raw).replaceAll("").stripTrailing();
            Section label = stack.get(7);
            if (label != null && label.bulletIndent() >= 0 && !stripped.isBlank() && BULLET.matcher(stripped).matches()
                    && indent(stripped) <= label.bulletIndent()) {
                stack.remove(7);
            }
            Matcher bl = BOLD_LABEL.matcher(stripped);
            Matcher cl = bl.matches() ? null : COLON_LABEL.matcher(stripped);
            if (bl.matches() || cl.matches()) {
                String title = clean(bl.matches() ? bl.group(4) : cl.group(3));
                boolean item = (bl.matches() ? bl.group(2) : cl.group(2)) != null;
                Section sec = section(title, item ? indent(stripped) : -1);
                if (bl.matches() || sec.absence() || sec.report()) {
                    stack.put(7, sec);
                    header = null;
                    // "✅ **Rate limiting**" is a label and a ticked statement: it is still read as a claim
                    if (!bl.matches() || !CHECK_MARK.matcher(stripped).lookingAt()) continue;
                }
            }
            Section lab = stack.get(7);
            if (lab != null && FILES_LABEL.matcher(lab.title().replaceAll("[:\\s]+$", "")).find()) {
                Matcher fb = BULLET.matcher(stripped.strip());
                Matcher fn = fb.matches() ? FILE_ITEM.matcher(fb.group(1).strip()) : null;
                if (fn != null && fn.matches()) {
                    String name = fn.group(1);
                    changedFiles.add(name.substring(name.lastIndexOf('/') + 1));
                    continue;
                }
            }
            boolean inReport = whole || stack.values().stream().anyMatch(Section::report);
            boolean inAbsence = stack.values().stream().anyMatch(Section::absence);
            boolean inErrors = stack.values().stream().anyMatch(Section::errors);
            boolean inFrontend = frontendReport || stack.values().stream().anyMatch(Section::frontend);
            boolean inDeploy = stack.values().stream().anyMatch(Section::deploy);
            boolean inMetrics = stack.values().stream().anyMatch(Section::metrics);
            if (!inReport && !inAbsence || stack.values().stream().anyMatch(Section::docs)) {
                header = null;
                continue;
            }
            String line = stripped.strip();
            if (line.isEmpty()) {
                header = null;
                continue;
            }
            Location loc = new Location(path, i + 1, 1, i + 1, raw.length() + 1, null);
            if (line.startsWith("|")) {
                List<String> cells = cells(line);
                if (header == null) {
                    if (i + 1 < lines.length && TABLE_SEP.matcher(lines[i + 1]).matches()) {
                        header = cells;
                        i++;
                    }
                    continue;
                }
                if (!inReport) continue;
                if (!header.isEmpty() && STACK_HEADER.matcher(Vocabulary.norm(header.get(0))).find()) continue; // a stack table, not claims
                Claim c = tableRow(header, cells, line, loc, inAbsence);
                if (c != null) out.add(scoped(c, inErrors, inFrontend, inMetrics).withContext(context(stack)).withFiles(changedFiles));
                continue;
            }
            header = null;
            if (!inReport) continue;
            Matcher b = BULLET.matcher(line);
            String body = b.matches() ? b.group(1) : line;
            if (!line.startsWith(">")) {
                // a statement wrapped over several lines: a list item's indented continuation lines, and a line that goes on
                // in lower case (a wrapped paragraph, a list item's lazy continuation), are part of the same statement
                boolean item = b.matches();
                int own = indent(stripped);
                while (i + 1 < lines.length) {
                    String next = COMMENT.matcher(lines[i + 1].replace("\r", "")).replaceAll("").stripTrailing();
                    String t = next.strip();
                    if (t.isEmpty() || BULLET.matcher(t).matches() || t.startsWith("|") || t.startsWith("#")
                            || t.startsWith("```") || t.startsWith("~~~") || t.startsWith(">")) break;
                    boolean goesOn = Character.isLowerCase(t.codePointAt(0)) && !LABELLED.matcher(t).lookingAt();
                    if (!(item && indent(next) > own) && !goesOn) break;
                    body = body + " " + t;
                    i++;
                }
            }
            if (line.startsWith(">")) body = line.substring(1).strip();
            // under a deployment heading, a line that tells the reader what to do is a to-do, not a statement about the code
            boolean todo = inDeploy && IMPERATIVE.matcher(body.replaceAll("^\\[[ xX]\\]\\s*", "").replace("**", "").strip()).find();
            Claim c = claim(body, loc, inAbsence || todo);
            String ctx = context(stack);
            if (b.matches() && leadIn != null) ctx = ctx.isEmpty() ? leadIn : ctx + " > " + leadIn;
            if (c != null) out.add(scoped(c, inErrors, inFrontend, inMetrics).withContext(ctx).withFiles(changedFiles));
            if (!b.matches()) leadIn = LEAD_IN.matcher(body).matches() ? clean(body).replaceAll(":\\s*$", "") : null;
        }
        return out;
    }

    /** A sentence of a paragraph that ends with a colon, introducing what follows. */
    private static final Pattern LEAD_IN = Pattern.compile("^[^|>#].{8,160}:\\s*$");

    /** A label over the list of files a change touched: "Files Modified:", "Changed files", "Arquivos modificados". */
    private static final Pattern FILES_LABEL = Pattern.compile("(?iu)^(files? (modified|changed|updated|touched|edited)|(modified|changed|updated|edited) files?"
            + "|arquivos (modificados|alterados)|archivos modificados|geänderte dateien|수정된 파일|değiştirilen dosyalar)$");
    /** A list item that is a source file name and nothing else ("`AssetController.java`", "src/auth/dto/auth.dto.ts"). */
    private static final Pattern FILE_ITEM = Pattern.compile("`?([\\w./-]+\\.(?:java|kt|[cm]?[jt]sx?|py|go|rb|cs))`?");

    /** The titles of the open sections, outermost first. */
    private static String context(TreeMap<Integer, Section> stack) {
        return String.join(" > ", stack.values().stream().map(Section::title).toList());
    }

    /** A line that opens with its own label ("helmet: on"): a statement of its own, not the rest of the one above. */
    private static final Pattern LABELLED = Pattern.compile("[^:.]{1,40}:\\s");

    /**
     * A claim under an error-classes heading asserts at most error handling; one under a metrics heading at most that the
     * measurement is recorded ("Rate limit hit rate" names a metric, not a limiter); one under a frontend heading is a
     * frontend claim.
     */
    private static Claim scoped(Claim c, boolean inErrors, boolean inFrontend, boolean inMetrics) {
        Set<String> keys = c.keys();
        if (inErrors && !c.isEndpoint()) {
            keys = new LinkedHashSet<>(keys);
            keys.retainAll(Set.of("error-handling"));
            if (keys.isEmpty()) keys = Set.of();
        }
        if (inMetrics && !c.isEndpoint()) {
            keys = new LinkedHashSet<>(keys);
            keys.retainAll(Set.of("observability", "logging"));
            if (keys.isEmpty()) keys = Set.of();
        }
        if (keys == c.keys() && !inFrontend) return c;
        return new Claim(c.text(), c.location(), keys, c.libraries(), c.done(), c.figure(), c.endpoint(), c.frontend() || inFrontend,
                c.infrastructure());
    }

    /** Error classes and codes named in a list ({@code RateLimitError (429)}, {@code VALIDATION_ERROR}): names, not controls. */
    /** Security-header names and values that hold the word cross-origin (Referrer-Policy values, the COOP/CORP/COEP headers). */
    private static final Pattern HEADER_VALUES = Pattern.compile("(?i)\\b(?:strict-)?origin-when-cross-origin\\b|\\bcross-origin-(?:opener|embedder|resource)-policy\\b");
    private static final Pattern ERROR_NAME = Pattern.compile(
            "`?\\b(?:[A-Z][A-Za-z0-9]*(?:Error|Exception)|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b`?(?:\\s*\\(\\s*\\d{3}\\s*\\))?");
    /** A line that starts with an error class or an HTTP status ("429 Too Many Requests", "`NotFoundError`: ..."). */
    private static final Pattern ERROR_ITEM = Pattern.compile(
            "^(?:`?[A-Z][A-Za-z0-9]*(?:Error|Exception)`?|`?[1-5]\\d\\d`?(?:\\s|:|$)|`?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+`?)");
    private static final Pattern ABOUT_TESTS = Pattern.compile(
            "(?iu)\\b(tests?|tested|testing|test cases?|test suites?|unit tests?|e2e|specs?|property \\d+|testes|pruebas|tests unitarios|"
                    + "testfälle|테스트|testler)\\b");
    private static final Pattern NOT_INPUT_VALIDATION = Pattern.compile(
            "(?iu)\\bvalidation (errors?|failures?|messages?)\\b|\\b(response|output|format|structure) (structure |format )?validation\\b"
                    // a business rule or an access check named "validation": "Status Validation", "only paid invoices can be downloaded"
                    + "|\\b(status|state|business|ownership|authori[sz]ation|permission|role|access|workflow|stock|balance) (rule )?validation\\b"
                    + "|\\bonly\\b.{1,60}\\b(can|may) be\\b"
                    // a token or signature checked with its issuer: "Every access token validated via Microsoft Graph", "token verification"
                    + "|\\b(access |id |bearer |auth |jwt |refresh |oauth )?tokens?\\s+(are\\s+|is\\s+)?(validated|verified|validation|verification)\\b"
                    + "|\\b(signature|certificate)s?\\s+(are\\s+|is\\s+)?(validated|verified|validation|verification)\\b"
                    // "All correctness properties validated (3/3)", "All code has been validated:", "requirements 3.1-3.3
                    // validated": a test or build result, not a check of request input
                    + "|\\b(properties|property|requirements?|code|build|tests?|test cases|scenarios|specs?|checks|criteria|implementation)"
                    + "(?:\\s*\\([^)]{0,40}\\))? (have been |has been |were |are |is |all )?(validated|verified)\\b"
                    + "|\\berros de validação|\\berrores de validación|\\bvalidierungsfehler");
    /** A line that names a source or document file and at most its size: {@code `src/x.guard.ts` - 179 lines}, {@code app.module.ts (42 lines)}. */
    private static final Pattern FILE_LISTING = Pattern.compile("(?iu)`?[\\w@./-]+\\.(?:java|kt|[cm]?[jt]sx?|py|go|rb|cs|json|ya?ml|md|sql|prisma)`?"
            + "\\s*(?:[-–—:]\\s*\\d[\\d,]*\\s*(?:lines?|loc)|\\(\\s*\\d[\\d,]*\\s*(?:lines?|loc)\\s*\\))?\\s*[.;,]?");
    /** A list item ticked as done: {@code [x]}, or a check mark. */
    private static final Pattern TICKED_ITEM = Pattern.compile("^\\[[xX]\\]|[✅✔☑✓]");
    /** A line that opens with a verb in the imperative and goes on with its object ("Use express-validator to ..", not "Use of .."). */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^(?:add|enable|configure|set up|set|use|implement|ensure|rotate|restrict|store|replace|install|integrate|apply|require|verify|validate"
                    + "|sanitize|sanitise|enforce|encrypt|hash|deploy|create|build|make sure)\\s+(?!of\\b|for\\b|and\\b|in\\b)[\\p{L}`*]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The label a line opens with: {@code Validation: }, {@code Input Sanitization - }. */
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[^:.]{1,40}:\\s+");
    /** A line that is only a markdown link, with its trailing punctuation. */
    /** A sentence that only sends the reader to a linked document ("See the [API Reference](x.md).", "For details, see [Auth](a.md)"). */
    private static final Pattern SEE_LINK = Pattern.compile("(?iu)^(?:see|refer to|for (?:more )?(?:details|information|more)[,:]?\\s*(?:see|refer to)?|more (?:in|at)|details (?:in|at)|siehe|veja|ver|consulte)\\b[^\\[]{0,40}\\[[^\\]]+\\]\\([^)]*\\)[\\s.:;]*$");
    private static final Pattern LINK_ONLY = Pattern.compile("\\[[^\\]]+\\]\\([^)\\s]+(?:\\s+\"[^\"]*\")?\\)[.:;,]?");
    /** A line that opens by advising: "Consider bcrypt", "We recommend ...", "It is recommended to ...". */
    private static final Pattern RECOMMENDS = Pattern.compile("(?iu)(?:consider|you (?:should|may want to|might) consider|we recommend|it is recommended"
            + "|recommend(?:ed)?:|considere|considerar|erwägen sie|고려)\\b");
    /** A line that says a control is recommended or only documented: "CSRF protection recommended for stateful endpoints (documented)". */
    private static final Pattern ONLY_RECOMMENDED = Pattern.compile("(?iu)\\b(?:is |are )?recommended\\s+(?:for|to|in|when|on)\\b|\\((?:documented|documentation only|docs only)\\)"
            // "Rate limiting recommendations", "(future)", "(planned)": advice or a row put in the future
            + "|\\brecommendations?\\s*$");
    /** A row or item put in the future by a parenthesis: "Follow category (future)", "(planned)", "(TBD)". */
    private static final Pattern FUTURE_PAREN = Pattern.compile("(?iu)\\((?:future|planned|later|tbd|todo|roadmap|not yet|coming soon|v2)\\)");
    /** "Auth: No", "auth = JWT" written next to an endpoint in prose. */
    private static final Pattern INLINE_AUTH = Pattern.compile("(?iu)\\b(?:auth|authentication|protected|autenticação|autenticación)\\s*[:=]\\s*([^,;)|]+)");

    private Claim claim(String body, Location loc, boolean inAbsence) {
        String text = body.strip();
        boolean absent = inAbsence || marksAbsence(text);
        String plain = text.replaceAll("^\\[[ xX]\\]\\s*", "").replaceAll("[✅✔☑✓⏳❌🚧⚠️]", "").replace("**", "").strip();
        if (plain.length() < 3) return null;
        // a table-of-contents entry or a reference: a link and nothing else ("[Secrets Management](#4-secrets-management)")
        if (LINK_ONLY.matcher(plain).matches()) return null;
        // "See the [API Reference](../api.md#authentication).": a pointer to another document, which says nothing itself
        if (SEE_LINK.matcher(plain).matches()) return null;
        // "Consider using argon2 instead": advice to the reader, not a statement of what the code does
        if (RECOMMENDS.matcher(plain).lookingAt()) absent = true;
        // "CSRF protection recommended for stateful endpoints (documented)": a recommendation written down, not a control built
        if (ONLY_RECOMMENDED.matcher(plain).find()) absent = true;
        // "`src/guards/rate-limit.guard.ts` - 179 lines": a file list names a file; it says nothing of what the code does
        if (FILE_LISTING.matcher(plain).matches()) return null;
        // "Implement Azure Key Vault for secrets", "**Validation**: Verify signature on every route" with no tick: an
        // instruction (a system prompt's, a design spec's), what is to be done, not a statement of what was done
        if (!TICKED_ITEM.matcher(text).find() && INSTRUCTION.matcher(LABEL_PREFIX.matcher(plain).replaceFirst("")).lookingAt()) absent = true;
        // an error class or status code names what the API answers, not a control it runs
        boolean errorItem = ERROR_ITEM.matcher(plain).find();
        String judged = ERROR_NAME.matcher(plain).replaceAll(" ");
        // "Referrer-Policy: strict-origin-when-cross-origin", "Cross-Origin-Opener-Policy": response headers, not CORS
        judged = HEADER_VALUES.matcher(judged).replaceAll(" security headers ");
        Set<String> keys = vocab.keys(judged);
        if (errorItem) {
            keys = new LinkedHashSet<>(keys);
            keys.retainAll(Set.of("error-handling"));
        }
        // statements about tests ("Validation tests: 12 passing") describe the test suite, not a control
        if (ABOUT_TESTS.matcher(judged).find()) return null;
        // "validation errors are answered with 400", "response format validation": error handling or output, not input checks
        if (keys.contains("input-validation") && NOT_INPUT_VALIDATION.matcher(judged).find()) {
            keys = new LinkedHashSet<>(keys);
            keys.remove("input-validation");
        }
        List<String> libs = vocab.libraries(judged);
        boolean figure = Vocabulary.containsPhrase(plain, vocab.figures) && plain.matches("(?s).*\\d.*");
        // endpoint mentioned in prose or a bullet: "POST /api/auth/login - rate limited"
        Matcher m = METHOD.matcher(plain);
        Claim.Endpoint ep = null;
        // the method a word of its own, followed by a space: "Multi-get/multi-set for batch operations" names cache methods
        if (m.find() && m.start() < 12 && (m.start() == 0 || !isWordOrJoiner(plain.charAt(m.start() - 1)))) {
            Matcher p = PATH.matcher(plain.substring(m.end()));
            if (p.find() && p.start() < 4 && p.start() > 0) {
                Matcher ia = INLINE_AUTH.matcher(plain);
                // "GET /staff/**" (a security config's pattern): the stars are the path's, not a bold marker to drop
                Matcher w = WILDCARD_PATH.matcher(text);
                String path = w.find() ? w.group(1) : endpointPath(p.group(1));
                ep = new Claim.Endpoint(m.group(1).toUpperCase(Locale.ROOT), path, ia.find() ? ia.group(1).strip() : null);
            }
        }
        if (keys.isEmpty() && !figure && ep == null) return null;
        return new Claim(plain, loc, keys, libs, !absent, figure, ep, vocab.frontend(judged), vocab.infrastructure(judged));
    }

    /** A method and a path pattern with a segment of stars ({@code GET /staff/**}); not a bold marker closing a path ({@code GET /api/users**}). */
    private static final Pattern WILDCARD_PATH = Pattern.compile("(?i)\\b(?:GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|ALL)\\s+`?(/(?:[\\w\\-.:{}\\[\\]]+/)*\\*{1,2}(?![\\w*])(?:/[\\w\\-.:{}*\\[\\]]+)*)");

    private static boolean isWordOrJoiner(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '/';
    }

    /** A claim that starts by negating (No rate limiting..., Sem helmet...). */
    private static final Pattern LEADING_NEGATION = Pattern.compile(
            "(?iu)^[\\W_]*(no|not|none|without|sem|nenhum|nenhuma|sin|ningún|ninguna|kein|keine|ohne|없음|yok)(?![\\p{L}\\p{N}])");
    /** Negating phrases anywhere (Helmet is not used, CORS is disabled, handled by the gateway). */
    private static final Pattern NEGATING_PHRASE = Pattern.compile(
            "(?iu)\\b(is|are|was|were)\\s+not\\b|\\bnot\\s+(used|enabled|configured|set up|installed|applied|mounted|needed|required)\\b"
                    + "|\\b(disabled|do not use|don't use|does not use|doesn't use|we don't|we do not|handled by|delegated to|out of scope)\\b"
                    + "|não\\s+(é|são|está|foi|usa|utiliza)|desativad|no\\s+(se\\s+)?(usa|utiliza|está|es)\\b|deshabilitad"
                    + "|nicht\\s+(verwendet|aktiviert|genutzt|konfiguriert)|wird\\s+nicht|deaktiviert"
                    + "|kullanılmıyor|kullanılmaz|devre dışı|사용하지\\s*않|비활성");
    /** Negated risks are positive claims: "No SQL injection", "No secrets in code", "No stack traces leak". */
    private static final Pattern NEGATED_RISK = Pattern.compile(
            "(?iu)inject|injeç|inyecc|stack|secret|segredo|secreto|leak|vaz|plain ?text|hard-?coded|exposed|exposto|vulnerab|xss|n\\+1");

    /** Turning these off is itself a security measure: "x-powered-by disabled" does not negate the claim. */
    private static final Pattern DISABLED_RISK = Pattern.compile(
            "(?iu)`?\\b(x-powered-by|powered-by|etag|debug( mode)?|stack ?traces?|introspection|graphiql|playground|directory listing"
                    + "|trace method|server header|source ?maps?|autoindex)`?\\s+((is|are)\\s+)?(disabled|turned off|deaktiviert|desativad[oa]s?|deshabilitad[oa]s?)");

    private boolean marksAbsence(String text) {
        if (text.startsWith("[ ]") || text.contains("TODO") || FUTURE_PAREN.matcher(text).find()) return true;
        String plain = DISABLED_RISK.matcher(text.replaceAll("^\\[[ xX]\\]\\s*", "").replace("**", "")).replaceAll(" ").strip();
        // "Health endpoint: No rate limiting": the negation opens the statement after its label
        int colon = plain.indexOf(':');
        String afterLabel = colon > 0 && colon < 60 ? plain.substring(colon + 1).strip() : "";
        // "Recommendation: integrate a logging service": advice under its own label, not a statement of what was built
        if (colon > 0 && colon < 40 && Vocabulary.containsPhrase(plain.substring(0, colon), vocab.adviceHeadings)) return true;
        if ((LEADING_NEGATION.matcher(plain).find() || LEADING_NEGATION.matcher(afterLabel).find() || NEGATING_PHRASE.matcher(plain).find())
                && !NEGATED_RISK.matcher(plain).find()) {
            return true;
        }
        for (String m : vocab.absenceMarkers) {
            if (m.equals("[ ]") || m.equals("TODO")) continue;
            if (m.codePointAt(0) > 0x2000 && !Character.isLetter(m.codePointAt(0))) {
                if (text.contains(m)) return true;
            } else if (Vocabulary.found(m, Vocabulary.norm(text))) return true;
        }
        return false;
    }

    /** The header of a column that describes what the code was before the change: Old, Before, Previous, Legacy, Antes, Vorher. */
    private static final Pattern OLD_COLUMN = Pattern.compile("(?iu)^\\s*(old|before|previous|prior|legacy|antes|anterior"
            + "|antig[oa]|vorher|alt|bisher|이전|기존|önce|eski)\\b");

    /** A status cell that puts the row in the future: "🔮 FUTURE", "Planned", "Roadmap", "Backlog", "WIP". */
    private static final Pattern FUTURE_STATUS = Pattern.compile("(?iu)🔮|\\b(future|planned|roadmap|backlog|wip|later|proposed|draft"
            + "|futuro|planejad[oa]|planead[oa]|previsto|zukünftig|geplant|gelecek|planlanan)\\b|향후|예정");

    private Claim tableRow(List<String> header, List<String> cells, String line, Location loc, boolean inAbsence) {
        int method = column(header, "method"), path = column(header, "path"), auth = column(header, "auth");
        int limit = column(header, "rate-limit"), valid = column(header, "validation"), status = column(header, "status");
        // a before/after table ("Old Implementation | New Implementation"): only the columns that describe the code now are claims
        Set<Integer> old = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (OLD_COLUMN.matcher(Vocabulary.norm(header.get(i).replaceAll("[*_`]", ""))).find()) old.add(i);
        }
        List<String> now = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) if (!old.contains(i)) now.add(cells.get(i));
        String joined = String.join(" | ", now);
        // a ❌ or "No" in a control column says the control is off for that row, not that the row is not done
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) if (i != auth && i != limit && i != valid && !old.contains(i)) rest.add(cells.get(i));
        boolean endpointTable = path >= 0;
        boolean absent = inAbsence || marksAbsence(endpointTable ? String.join(" | ", rest) : joined)
                || status >= 0 && status < cells.size() && (Claim.Value.of(cells.get(status)) == Claim.Value.NO
                || FUTURE_STATUS.matcher(cells.get(status)).find());
        if (path >= 0 && path < cells.size()) {
            String p = cells.get(path).replace("`", "").strip();
            String mth = method >= 0 && method < cells.size() ? cells.get(method).replace("`", "").strip().toUpperCase(Locale.ROOT) : null;
            if ((mth == null || mth.isEmpty()) && METHOD.matcher(p).lookingAt()) {
                Matcher mm = METHOD.matcher(p);
                mm.lookingAt();
                mth = mm.group(1).toUpperCase(Locale.ROOT);
                p = p.substring(mm.end()).strip();
            }
            if (p.startsWith("/") && mth != null && METHOD.matcher(mth).matches()) {
                // each control column is read by its header: "No", "Public", "-", empty claim nothing
                return new Claim(joined, loc, Set.of("authn-authz"), List.of(), !absent, false,
                        new Claim.Endpoint(mth, endpointPath(p), cell(cells, auth), cell(cells, limit), cell(cells, valid)));
            }
        }
        Claim c = claim(joined, loc, inAbsence);
        if (c != null && c.isEndpoint() && header.stream().anyMatch(h -> RESULT_COLUMN.matcher(Vocabulary.norm(h.replaceAll("[*_`]", ""))).find())) {
            // "✅ PASS | GET /api/users | Status: 401 (expected: 401)": a probe's record of what a request got back, not a
            // statement that the route is served (a catch-all answers 401 to any path)
            return null;
        }
        if (c == null || !absent || !c.done()) return c;
        return new Claim(c.text(), c.location(), c.keys(), c.libraries(), false, c.figure(), c.endpoint(), c.frontend(), c.infrastructure());
    }

    /** The header of a test-results column: Result, Outcome, Expected, Actual (in the six languages). */
    private static final Pattern RESULT_COLUMN = Pattern.compile("(?iu)^\\s*(test|tests|result|results|outcome|expected|actual|resultado|resultados"
            + "|esperado|obtido|obtenido|ergebnis|erwartet|tatsächlich|결과|예상|sonuç|beklenen)\\s*$");

    /** The cell of a column (without code marks), "" when the row is short, null when the table has no such column. */
    private static String cell(List<String> cells, int col) {
        if (col < 0) return null;
        return col < cells.size() ? cells.get(col).replace("`", "").strip() : "";
    }

    private int column(List<String> header, String kind) {
        List<String> names = vocab.endpointColumns.getOrDefault(kind, List.of());
        for (int i = 0; i < header.size(); i++) {
            String h = Vocabulary.norm(header.get(i).replaceAll("[*_`?:]", "").strip());
            for (String n : names) if (h.equals(n) || h.startsWith(n + " ") || h.startsWith(n + "(")) return i;
        }
        return -1;
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : s.split("(?<!\\\\)\\|", -1)) out.add(c.strip());
        return out;
    }

    private static String clean(String s) {
        return s.replaceAll("[#*_`]", "").strip();
    }
}
