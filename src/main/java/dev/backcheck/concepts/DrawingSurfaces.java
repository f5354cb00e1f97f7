package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.Call;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.Set;

/**
 * In-memory drawing surfaces of the server-side canvas libraries (node-canvas {@code canvas}, {@code @napi-rs/canvas},
 * {@code skia-canvas}): {@code createCanvas(w, h)} or {@code new Canvas(w, h)} makes a bitmap for this call only, and
 * {@code canvas.getContext('2d')} is its pen. Setting {@code ctx.fillStyle}, {@code ctx.font} or {@code ctx.lineWidth}
 * draws on that bitmap: no stored or shared data changes.
 */
public final class DrawingSurfaces {
    private DrawingSurfaces() { }

    private static final Set<String> PACKAGES = Set.of("canvas", "@napi-rs/canvas", "skia-canvas", "@canvas/image");
    private static final Set<String> FACTORIES = Set.of("createCanvas", "Canvas");

    /** True when {@code cs} makes a canvas of a canvas package, or takes the drawing context of one made in the same file. */
    public static boolean makes(Project project, CallSite cs, FileFacts file) {
        return made(project, cs.callee(), cs.isNew(), file, 0) || drawsOn(project, cs, file);
    }

    /** True when {@code cs} is a method of such a canvas or of its context: ctx.save(), ctx.fillRect(..), canvas.toBuffer(). */
    public static boolean drawsOn(Project project, CallSite cs, FileFacts file) {
        Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
        if (recv == null) return false;
        Val held = project.resolve(recv, file).val();
        if (held instanceof Call c) return made(project, c.callee(), false, file, 0);
        if (held instanceof Val.New n) return made(project, n.callee(), true, file, 0);
        return false;
    }

    private static boolean made(Project project, Val callee, boolean isNew, FileFacts file, int depth) {
        if (callee == null || depth > 3) return false;
        String name = Vals.lastName(callee);
        if (name == null) return false;
        if (FACTORIES.contains(name)) {
            String root = project.rootModule(callee, file);
            return root != null && PACKAGES.contains(root);
        }
        if (!name.equals("getContext")) return false;
        // canvas.getContext('2d') where canvas holds createCanvas(..) or new Canvas(..)
        Val recv = dev.backcheck.model.Analysis.receiver(callee);
        if (recv == null) return false;
        Val held = project.resolve(recv, file).val();
        if (held instanceof Call c) return made(project, c.callee(), false, file, depth + 1);
        if (held instanceof Val.New n) return made(project, n.callee(), true, file, depth + 1);
        return false;
    }
}
