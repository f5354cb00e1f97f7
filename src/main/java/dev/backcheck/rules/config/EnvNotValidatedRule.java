package dev.backcheck.rules.config;

import dev.backcheck.concepts.EnvValidation;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.findings.Location;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;

/**
 * Environment variables read across the server code with no schema that validates them at startup. Variables
 * a throwing helper, {@code getOrThrow} or a rejecting presence test checks do not count; platform variables
 * (NODE_ENV, PORT) neither. Reported once per package (a monorepo's services each have their own environment: a
 * package is validated by a schema of its own or of a workspace package it uses), where the schema belongs: the
 * ConfigModule.forRoot call (NestJS), the dotenv load, else the application's creation.
 */
@RuleId("config/env-not-validated")
public final class EnvNotValidatedRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        EnvValidation ev = EnvValidation.of(project);
        for (String unit : ev.units()) if (!ev.validated(unit)) check(project, ctx, ev, unit);
    }

    private void check(Project project, RuleContext ctx, EnvValidation ev, String unit) {
        SortedMap<String, List<EnvValidation.Read>> vars = ev.configVariables(unit);
        List<String> unchecked = new ArrayList<>();
        for (Map.Entry<String, List<EnvValidation.Read>> e : vars.entrySet()) {
            // a variable with a literal fallback is optional by design; one checked anywhere fails fast
            if (ev.defaulted(unit, e.getKey()) || e.getValue().stream().anyMatch(EnvValidation.Read::checked)) continue;
            // process.env.RESET_DB === "true" wherever it is read: an on/off switch, off unless set just so
            if (ev.flagOnly(e.getKey())) continue;
            // ...(process.env.COOKIE_DOMAIN && { domain: process.env.COOKIE_DOMAIN }) at every read: optional by design
            if (ev.presenceGuardedOnly(e.getKey(), e.getValue())) continue;
            unchecked.add(e.getKey());
        }
        // a hand-written validation layer (a getter that throws on a missing variable) covering most variables is the
        // project's way of failing fast; a few reads around it are not worth a finding
        int checkedVars = (int) vars.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(EnvValidation.Read::checked)).count();
        if (unchecked.isEmpty() || checkedVars >= 3 && checkedVars >= 2 * unchecked.size()) return;
        List<Application> apps = new ArrayList<>();
        for (Application a : ServerCode.of(project).apps()) if (ev.unit(a.location().path()).equals(unit)) apps.add(a);
        String framework = apps.isEmpty() ? "express" : apps.get(0).framework();
        Location at;
        String where;
        List<Location> configModules = ev.configModules(unit), dotenvLoads = ev.dotenvLoads(unit);
        if (!configModules.isEmpty()) {
            at = configModules.get(0);
            where = "ConfigModule.forRoot() loads them without a validationSchema or validate function";
        } else if (!dotenvLoads.isEmpty()) {
            at = dotenvLoads.get(0);
            where = "dotenv loads them here and nothing checks them";
        } else if (!apps.isEmpty()) {
            at = apps.get(0).location();
            where = "nothing checks them before the " + apps.get(0).frameworkName() + " app starts";
        } else {
            at = vars.get(unchecked.get(0)).get(0).location();
            where = "nothing checks them at startup";
        }
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < unchecked.size() && i < 6; i++) names.add(unchecked.get(i));
        String more = unchecked.size() > 6 ? " and " + (unchecked.size() - 6) + " more" : "";
        int checked = checkedVars;
        RuleContext.Builder b = ctx.report(at, unchecked.size() + " environment variable" + (unchecked.size() == 1 ? " is" : "s are")
                + " read with no schema validating " + (unchecked.size() == 1 ? "it" : "them") + " at startup (" + names + more + "); " + where
                + (checked > 0 ? " (" + checked + " other" + (checked == 1 ? " is" : "s are") + " checked by hand)" : "")
                + ": a missing or malformed value shows up at the first request that needs it, not at boot.");
        for (int i = 0; i < unchecked.size() && i < 8; i++) {
            EnvValidation.Read r = vars.get(unchecked.get(i)).stream().filter(x -> !x.checked()).findFirst().orElseThrow();
            b.related(r.location(), unchecked.get(i) + " read here (" + r.via() + ")");
        }
        b.fix(ctx.meta().fixText(framework)).property("framework", framework).property("variables", String.valueOf(unchecked.size())).add();
    }
}
