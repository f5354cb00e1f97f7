package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.*;

/**
 * Mongoose schema validators and the writes that run them (read from mongoose 8.x's lib/model.js and lib/query.js):
 * a schema path declared with {@code enum}, {@code match}, {@code min}/{@code max}, {@code minlength}/{@code maxlength} or
 * {@code validate} rejects a value that fails it when the document is validated. {@code doc.save()} validates first
 * unless {@code validateBeforeSave} is false (as a save option or a schema option), and {@code Model.create()} saves
 * each document. The update queries ({@code updateOne}, {@code updateMany}, {@code findOneAndUpdate},
 * {@code findByIdAndUpdate}...) run update validators only with {@code runValidators: true} (query.js reads it with a
 * default of false), so a value written through them is not checked by the schema.
 */
public final class MongooseValidators {
    private MongooseValidators() { }

    private static final Set<String> MODULES = Set.of("mongoose");
    /** Schema path options that reject a value failing them. */
    private static final Set<String> VALIDATORS = Set.of("enum", "match", "min", "max", "minlength", "maxlength", "minLength",
            "maxLength", "validate");
    /** Model statics that answer one hydrated document. */
    private static final Set<String> FINDERS = Set.of("findById", "findOne");

    /**
     * The model a document value comes from: {@code await Model.findById(id)}, {@code Model.findOne(filter)} (the model
     * value, as the facts give it), or null.
     */
    public static Val documentModel(Val doc) {
        if (doc instanceof Val.Call c) {
            Val callee = c.callee();
            if (callee instanceof Val.Ref r && !r.path().isEmpty() && FINDERS.contains(r.path().get(r.path().size() - 1))) {
                return new Val.Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
            }
            if (callee instanceof Val.Local l && !l.path().isEmpty() && FINDERS.contains(l.path().get(l.path().size() - 1))) {
                return new Val.Local(l.name(), l.path().subList(0, l.path().size() - 1));
            }
            if (callee instanceof Val.Member m && FINDERS.contains(m.prop())) return m.object();
        }
        return null;
    }

    /** {@code doc.save()} or {@code doc.save(options)} without {@code validateBeforeSave: false}. */
    public static boolean validatingSave(CallSite cs) {
        if (!"save".equals(cs.methodName())) return false;
        if (cs.args().isEmpty()) return true;
        if (cs.args().size() > 1 || !(cs.arg(0) instanceof Val.Obj o)) return false;
        Val v = o.props().get("validateBeforeSave");
        return v == null || v instanceof Val.Lit l && Boolean.TRUE.equals(l.value());
    }

    /**
     * The paths of the Mongoose model {@code model} (seen from {@code file}) whose schema declares a validator, when the
     * model is {@code mongoose.model(name, new Schema({...}))} and the schema does not turn validation off; empty otherwise.
     */
    public static Set<String> validatedPaths(Project project, Val model, FileFacts file) {
        if (model == null) return Set.of();
        Project.Resolved r;
        try {
            r = project.resolve(model, file);
        } catch (RuntimeException e) {
            return Set.of();
        }
        if (!(r.val() instanceof Val.Call c) || c.args().size() < 2 || !"model".equals(Vals.lastName(c.callee()))) return Set.of();
        String root = project.rootModule(c.callee(), r.file());
        if (root == null || !MODULES.contains(root)) return Set.of();
        Project.Resolved s = project.resolve(c.args().get(1), r.file());
        if (!(s.val() instanceof Val.New n) || n.args().isEmpty() || !"Schema".equals(Vals.lastName(n.callee()))) return Set.of();
        if (n.args().size() > 1 && project.resolve(n.args().get(1), s.file()).val() instanceof Val.Obj opts
                && opts.props().get("validateBeforeSave") instanceof Val.Lit l && Boolean.FALSE.equals(l.value())) return Set.of();
        if (!(project.resolve(n.args().get(0), s.file()).val() instanceof Val.Obj def)) return Set.of();
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, Val> e : def.props().entrySet()) {
            if (e.getKey().startsWith("...") || !(e.getValue() instanceof Val.Obj spec)) continue;
            for (String k : spec.props().keySet()) if (VALIDATORS.contains(k)) out.add(e.getKey());
        }
        return out;
    }
}
