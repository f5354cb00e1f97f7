package dev.backcheck.rules.injection;

import dev.backcheck.concepts.Deserializers;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

/**
 * Deserialization that lets its input choose the classes it builds ({@link Deserializers}): Java serialization of the
 * request body, XStream without an allow-list before 1.4.18, SnakeYAML's default constructor before 2.0, Jackson
 * default typing without a validating PolymorphicTypeValidator. Gadget chains in common libraries turn that into
 * code execution.
 */
@RuleId("injection/unsafe-deserialization")
public final class UnsafeDeserializationRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        for (Deserializers.Use u : Deserializers.of(project).all()) {
            if (u.test()) continue;
            String from = u.input().equals("request") ? " It reads the request body: any client can send a gadget chain." : "";
            ctx.report(u.at(), u.why() + "." + from)
                    .level(u.input().equals("request") ? Level.ERROR : Level.WARNING)
                    .fix(ctx.meta().fixText("spring", u.library()))
                    .property("library", u.library()).add();
        }
    }
}
