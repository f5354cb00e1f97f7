package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Mongoose models a project defines: the functions its schemas add as statics and methods. */
public final class MongooseModels {
    private MongooseModels() { }

    /**
     * A method of a mongoose model the project defines: {@code Story.incrementViewCount(..)} where Story is
     * {@code mongoose.model('Story', storySchema)} and the schema's file sets {@code storySchema.statics.incrementViewCount =
     * function (..) {..}} or calls {@code storySchema.static('incrementViewCount', fn)}. Null when the model or the method is
     * not found.
     */
    public static Project.FnRef schemaMethod(Project project, Val callee, String m, FileFacts file) {
        Val recv = Analysis.receiver(callee);
        if (recv == null || m == null) return null;
        Project.Resolved r = project.resolve(recv, file);
        if (!(r.val() instanceof Val.Call c) || !"model".equals(Vals.lastName(c.callee())) || r.file() == null) return null;
        Pattern assigned = Pattern.compile("\\.(statics|methods)\\s*\\.\\s*" + Pattern.quote(m) + "\\s*=");
        List<String> lines = null;
        for (Fn fn : Analysis.functions(r.file())) {
            for (CallSite cs : fn.calls()) {
                if (Set.of("static", "method").contains(String.valueOf(cs.methodName())) && cs.args().size() == 2
                        && m.equals(Val.constString(cs.arg(0))) && cs.arg(1) instanceof Val.FnVal fv) return new Project.FnRef(fv.fn(), r.file());
            }
            // schema.statics.record = async function record(..) {..}: anonymous, or named as the method
            if (!(fn.name().isEmpty() || fn.name().equals(m)) || fn.location() == null) continue;
            if (lines == null) lines = SourceLines.read(project, r.file().path());
            int l = fn.location().line();
            if (lines != null && l >= 1 && l <= lines.size() && assigned.matcher(lines.get(l - 1)).find()) return new Project.FnRef(fn, r.file());
        }
        return null;
    }
}
