package dev.backcheck.rules.validation;

import dev.backcheck.Fixtures;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** What a reviewer reads in a validation finding: the part, the fields, the route, a fix for that framework and part. */
class UnvalidatedInputRuleTest {
    private static final String ID = "validation/unvalidated-input";

    private static List<Finding> scan(String fixture) {
        Path dir = Fixtures.ROOT.resolve("rules").resolve(ID).resolve(fixture);
        return Fixtures.scan(dir, Set.of(ID)).findings().stream().filter(f -> f.ruleId().equals(ID))
                .sorted(Finding.ORDER).toList();
    }

    private static Finding at(List<Finding> fs, String path, int line) {
        return fs.stream().filter(f -> f.location().path().equals(path) && f.location().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at " + path + ":" + line + " in " + fs));
    }

    @Test
    void oneFindingPerRouteAndPartListingTheFieldsRead() {
        List<Finding> fs = scan("params-lookup-keys");
        Finding body = at(fs, "src/app.ts", 63);
        Finding avatar = at(fs, "src/app.ts", 53);
        assertEquals("Request body (text) of POST /products/:id/reviews is used without validation.", body.message());
        assertEquals("Request params (user) of GET /avatars/:user is used without validation.", avatar.message());
        assertTrue(body.fix().startsWith("Validate req.body"), body.fix());
        assertTrue(avatar.fix().startsWith("Validate req.params"), avatar.fix());
        assertEquals("src/app.ts", body.related().get(0).path());
        assertEquals(62, body.related().get(0).line(), "the route registration is the related location");
        // lookups by findUnique, findByPk, findById, find({...}), findOneBy, knex where, a bound parameter,
        // a service that looks up, and an id stored as a reference: none reported
        assertEquals(3, fs.size(), fs.toString());
    }

    @Test
    void presenceOnlyIsNamedAndTypeChecksCount() {
        List<Finding> fs = scan("hand-validation-express");
        // login (presence only), profile (bio unchecked), notes (a sanitizer is not validation),
        // nickname (the middleware checks age only), hook (a secret compare is not validation)
        assertEquals(5, fs.size(), fs.toString());
        Finding login = at(fs, "src/app.js", 45);
        // the password only becomes a boolean (Boolean(member && password)): it is not listed as used
        assertTrue(login.message().contains("(email)"), login.message());
        // the presence note names only the fields the finding lists: the password, not used as it is, is not one
        assertTrue(login.message().contains("email is checked for presence only"), login.message());
        assertFalse(login.message().contains("password"), login.message());
        Finding profile = at(fs, "src/app.js", 56);
        assertTrue(profile.message().startsWith("Request body (bio) of PUT /members/:id/profile"), profile.message());
    }

    @Test
    void fixNamesThePartInTheFrameworksIdiom() {
        Finding fastify = scan("bad-fastify").get(0);
        assertTrue(fastify.fix().contains("request."), fastify.fix());
        List<Finding> nest = scan("bad-nestjs-no-pipe");
        assertTrue(nest.stream().anyMatch(f -> f.message().startsWith("Request query") && f.fix().contains("@Query()")), nest.toString());
        assertTrue(nest.stream().anyMatch(f -> f.message().startsWith("Request params (id)") && f.fix().contains("ParseUUIDPipe")), nest.toString());
        List<Finding> hono = scan("bad-hono");
        assertTrue(hono.stream().allMatch(f -> f.fix().contains("zValidator(")), hono.toString());
    }

    @Test
    void lookupKeyNoteWhenTheOptionIsOn() {
        List<Finding> fs = scan("params-lookup-keys-note");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Level.NOTE, fs.get(0).level());
        assertTrue(fs.get(0).message().contains("used only as a lookup key (findUnique)"), fs.get(0).message());
    }

    @Test
    void fixTextComesFromTheRuleYamlWithDefaults() {
        var meta = RuleCatalog.builtin().all().get(ID);
        assertTrue(meta.fixText("express", "query").contains("req.query"));
        assertTrue(meta.fixText("fastify", "query").contains("querystring"));
        assertTrue(meta.fixText("hono", "params").contains("zValidator('param'"));
        assertEquals(meta.fixText("default"), meta.fixText("koa", "body"), "an unknown framework falls back to the default text");
        assertNotNull(meta.fixText("koa", "body"));
    }

    @Test
    void springMessagesSayWhatWasBoundAndWhatToDo() {
        String at = "src/main/java/com/example/trips/TripController.java";
        List<Finding> fs = scan("spring-body-messages");
        Finding noValid = at(fs, at, 20), bare = at(fs, at, 26), entity = at(fs, at, 32), form = at(fs, at, 38);
        assertTrue(noValid.message().contains("without @Valid: Spring binds it but runs none of its constraints"), noValid.message());
        assertFalse(bare.message().contains("runs none of its constraints"), bare.message());
        assertTrue(bare.message().contains("TripNote declares no Bean Validation constraints"), bare.message());
        assertTrue(bare.fix().contains("request class") && bare.fix().contains("@Valid"), bare.fix());
        assertTrue(entity.message().contains("JPA entity Trip"), entity.message());
        assertTrue(entity.fix().startsWith("Bind a request DTO"), entity.fix());
        assertTrue(form.message().startsWith("Form and query fields of GET /trips/search are used"), form.message());
        assertFalse(form.message().contains("Request body"), form.message());
        assertTrue(form.fix().contains("@ModelAttribute"), form.fix());
    }

    @Test
    void aControllerAlsoServedByASecondNestAppNamesThatApp() {
        List<Finding> fs = scan("tsv4-nest-second-app");
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertTrue(f.message().contains("The application created at main.ts:6 validates it (main.ts:7), but the one created at"
                + " live-main.ts:5 registers the same controller and checks nothing."), f.message());
        assertTrue(f.related().stream().anyMatch(r -> r.path().equals("src/live/live-main.ts") && r.line() == 5), f.related().toString());
    }

    @Test
    void aLookupKeptBecauseTheDriverReadsObjectsSaysSo() {
        List<Finding> fs = scan("object-value-driver");
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertTrue(f.message().contains("email is only used as a lookup value, but mysql2 expands an object sent in its place"
                + " (?email[x]=1) into SQL (`x` = 1) when it fills a ? placeholder: check its type."), f.message());
    }

    @Test
    void aBoundNestQueryKeptBecauseTheDriverReadsObjectsSaysSo() {
        // @Query('topicId') into a TypeORM named parameter under mysql2: the same reason as for a req.query read
        List<Finding> fs = scan("tsv7-nest-bound-mysql2");
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).message().contains("topicId is only used as a lookup value, but mysql2 expands an object sent in its"
                + " place (?topicId[x]=1) into SQL (`x` = 1) when it fills a ? placeholder: check its type."), fs.get(0).message());
    }

    @Test
    void fieldsAssignedToALoadedRecordInAServiceAreStoredNotLookupValues() {
        // recipe.name = changes.name?.trim() then recipe.save(): the facts keep the assignment's place only; its text
        // reads the value, so the finding must not say the fields are only lookup values
        List<Finding> fs = scan("tsv8-service-assigns-loaded-record");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("Request body (name, steps) of PATCH /recipes/:recipeId is used without validation.", fs.get(0).message());
    }
}
