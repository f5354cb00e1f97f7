package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
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
        return cs.args().size() == 1 && cs.arg(0) instanceof Val.Obj o && validatesBeforeSave(o);
    }

    /** Save options ({@code { session, validateBeforeSave }}) that leave validation on: no {@code validateBeforeSave}, or true. */
    private static boolean validatesBeforeSave(Val.Obj options) {
        Val v = options.props().get("validateBeforeSave");
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
        Val.Obj opts = n.args().size() > 1 && project.resolve(n.args().get(1), s.file()).val() instanceof Val.Obj o ? o : null;
        if (opts != null && opts.props().get("validateBeforeSave") instanceof Val.Lit l && Boolean.FALSE.equals(l.value())) return Set.of();
        if (!(project.resolve(n.args().get(0), s.file()).val() instanceof Val.Obj def)) return Set.of();
        // strict: false keeps keys the schema does not declare, so a nested path holds whatever is sent beside its leaves
        boolean strict = !(opts != null && opts.props().get("strict") instanceof Val.Lit l && Boolean.FALSE.equals(l.value()));
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, Val> e : def.props().entrySet()) {
            if (e.getKey().startsWith("...")) continue;
            if (e.getValue() instanceof Val.Obj spec && validates(spec, strict, 0) || castType(e.getValue())) out.add(e.getKey());
        }
        return out;
    }

    /**
     * Schema types whose cast rejects what is not of the type (lib/cast/objectid.js, number.js, boolean.js, date.js throw a
     * CastError, which validation reports): an ObjectId path takes only a 24-hex id (or an ObjectId), a Number path only a
     * number or a numeric string, never an object of operators. String and Mixed take any text or anything.
     */
    private static final Set<String> CAST_TYPES = Set.of("ObjectId", "Number", "Boolean", "Date", "Decimal128");

    /** {@code Schema.Types.ObjectId}, {@code Number}, {@code Date}... as a path's type: the value is cast and refused when it does not cast. */
    private static boolean castType(Val type) {
        String n = Vals.lastName(type);
        return n != null && CAST_TYPES.contains(n) && !(type instanceof Val.Lit) && !(type instanceof Val.Call);
    }

    /**
     * A path spec whose type casts ({@code { type: Schema.Types.ObjectId, ref: 'Appointment' }}), or a Map whose values
     * do ({@code { type: Map, of: String }}: lib/types/map.js refuses keys starting with '$' or holding '.', and each value
     * is cast to the {@code of} type, a String cast refusing objects and arrays, so the map holds text under plain keys).
     */
    private static boolean castSpec(Val.Obj spec) {
        Val type = spec.props().get("type");
        if (type == null) return false;
        if (castType(type)) return true;
        Val of = spec.props().get("of");
        return "Map".equals(Vals.lastName(type)) && of != null && (castType(of) || "String".equals(Vals.lastName(of)));
    }

    /**
     * A path spec with a validator ({@code { type: Number, min: 1 }}), or a nested path ({@code { clarity: {...},
     * patience: {...} }}, no {@code type} of its own) every leaf of which has one: Mongoose's document $set answers a
     * non-object sent for a nested path with an ObjectExpectedError, and in strict mode (the default) drops keys the
     * schema does not declare, so all that is stored under it passes a validator.
     */
    private static boolean validates(Val.Obj spec, boolean strict, int depth) {
        for (String k : spec.props().keySet()) if (VALIDATORS.contains(k)) return true;
        if (castSpec(spec)) return true;
        if (!strict || depth > 3 || spec.props().isEmpty() || spec.props().containsKey("type")) return false;
        for (Map.Entry<String, Val> e : spec.props().entrySet()) {
            if (e.getKey().startsWith("...") || !(e.getValue() instanceof Val.Obj leaf) || !validates(leaf, true, depth + 1)) return false;
        }
        return true;
    }

    /** An object literal written as a new document, with those of its keys whose schema path validates the value. */
    public record Write(Val.Obj doc, Set<String> validated) { }

    /**
     * The document {@code cs} writes with validation, when it is {@code Model.create(obj)} (no {@code validateBeforeSave:
     * false} option; model.js create() saves each document) or {@code new Model(obj)} whose document one of
     * {@code calls} saves by a validating {@link #validatingSave save()}; null otherwise. The keys of {@link Write#validated}
     * are those whose schema path declares a validator (see {@link #validatedPaths}).
     */
    public static Write validatedWrite(Project project, FileFacts file, CallSite cs, Collection<CallSite> calls) {
        if (file == null || cs.args().isEmpty() || !(cs.arg(0) instanceof Val.Obj doc)) return null;
        Val model;
        if (cs.isNew()) {
            if (cs.args().size() != 1 || cs.location() == null) return null;
            boolean saved = false;
            for (CallSite s : calls) {
                if (validatingSave(s) && Analysis.receiver(s.callee()) instanceof Val.New n && cs.location().equals(n.site())) saved = true;
            }
            if (!saved) return null;
            model = cs.callee();
        } else {
            if (!"create".equals(cs.methodName()) || cs.args().size() > 2) return null;
            if (cs.args().size() == 2 && !(cs.arg(1) instanceof Val.Obj o && validatesBeforeSave(o))) return null;
            model = Analysis.receiver(cs.callee());
        }
        Set<String> paths = validatedPaths(project, model, file);
        if (paths.isEmpty()) return null;
        Set<String> keys = new TreeSet<>(doc.props().keySet());
        keys.retainAll(paths);
        return new Write(doc, keys);
    }
}
