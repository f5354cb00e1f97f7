package dev.backcheck.concepts;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Analysis;
import dev.backcheck.model.Project;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, updates and deletes of one stored record chosen by a filter, per ORM, with what the filter
 * constrains ({@code where: { id, userId }}), and the models behind them with their owner fields
 * (a column or relation that points at the user who owns the record). Libraries: Prisma (delegates
 * checked against {@code schema.prisma}), Mongoose (models from {@code mongoose.model(name, schema)} or
 * {@code @InjectModel} with a {@code @Schema} class), TypeORM (repositories from
 * {@code @InjectRepository(Entity)}, {@code Repository<Entity>}, {@code getRepository(Entity)}, ActiveRecord
 * entities), Sequelize ({@code define} and {@code Model} classes) and Drizzle ({@code db.update(t).set(..).where(eq(t.id, id))}
 * with {@code pgTable}/{@code sqliteTable}/{@code mysqlTable} columns).
 *
 * <p>Also the tests of who is asking: {@link #isSignedInUser} (req.user, a {@code @CurrentUser()} parameter,
 * Hono's {@code c.get('user')}, ...) and {@link #ownerComparison} (a guard comparing a record's owner with
 * the caller). {@code model/RouteBehaviour} keeps its own method-name heuristics (a lookup, a write) for the
 * authentication rule; this concept knows the libraries.
 */
public final class RecordAccess {
    /** What an access does to the record. */
    public enum Op {
        READ("reads"), UPDATE("updates"), DELETE("deletes");

        private final String verb;

        Op(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }

    /**
     * A model or table: its name, the library, its fields (declaration order), the fields that point at an
     * owning user ({@code userId}, {@code author: { ref: 'User' }}, {@code @ManyToOne(() => User) owner}),
     * the fields that scope it to a tenant (organizationId...), and where it is declared.
     */
    public record Model(String name, String library, List<String> fields, List<String> ownerFields, List<String> tenantFields,
                        Location at) {
        /** The model is the account record itself (User, users). */
        public boolean isUser() {
            return USER_MODEL.matcher(name).matches();
        }
    }

    /**
     * One access by filter: the call, where it is, library, operation, the model's name as written, the
     * constrained fields with their values (nested filters flattened: {@code user.id}), and the model when known.
     */
    public record Access(CallSite call, Location at, String library, Op op, String modelName, Map<String, Val> where, Model model,
                         String label, Val data) {
        /**
         * An update that only counts or links ({@code $inc: { views: 1 }}, {@code $push: { likes: userId }},
         * {@code likes: { increment: 1 }}, {@code { connect: .. }}): a like, a view or a follow on someone else's
         * record, not a change of its content.
         */
        public boolean onlyCounts() {
            return op == Op.UPDATE && countsOnly(data, 0);
        }

        /** { likes: { increment: 1 } }, { $inc: .. }, and ...(helpful ? { helpful: { increment: 1 } } : { notHelpful: .. }) spread in. */
        private static boolean countsOnly(Val data, int depth) {
            if (depth > 3) return false;
            if (data instanceof OneOf one && !one.options().isEmpty()) {
                for (Val x : one.options()) if (!countsOnly(x, depth + 1)) return false;
                return true;
            }
            if (!(data instanceof Obj o) || o.props().isEmpty()) return false;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String k = e.getKey();
                if (COUNTER_OPERATORS.contains(k)) continue;
                if (e.getValue() instanceof Obj inner && !inner.props().isEmpty()
                        && inner.props().keySet().stream().allMatch(COUNTER_OPERATORS::contains)) continue;
                if (k.startsWith("...") && countsOnly(e.getValue(), depth + 1)) continue;
                return false;
            }
            return true;
        }
    }

    private static final Set<String> COUNTER_OPERATORS = Set.of("$inc", "$push", "$pull", "$addToSet", "$pullAll", "increment",
            "decrement", "push", "connect", "disconnect");

    /** Fields that point at the record's owner. */
    public static final Pattern OWNER_FIELD = Pattern.compile(
            "(?i)(user|owner|author|posted_?by|uploaded_?by|submitted_?by|requested_?by|reporter)(_?id)?(_?fk)?");
    /**
     * Audit columns (createdBy, created_by_id, updatedBy): who typed the row in, in business records shared by the
     * staff (prices, receipts, announcements), not whose it is; never an owner, even as a relation to User.
     */
    public static final Pattern AUDIT_FIELD = Pattern.compile("(?i)(created|updated|modified|last_?modified|added|deleted|creator|editor)_?by(_?id)?|creator(_?id)?");
    /** Fields that scope a record to a tenant of the user. */
    public static final Pattern TENANT_FIELD = Pattern.compile(
            "(?i)(tenant|organi[sz]ation|org|workspace|company|team|space|household|family|account)(_?id)?");
    private static final Pattern USER_MODEL = Pattern.compile("(?i)(app_?)?users?(_?(entity|model|schema|document|doc|table))?");

    private final Project project;
    private volatile Map<String, Model> prismaModels; // computed again by a thread that asks meanwhile (same value)
    private final Map<String, Optional<Model>> byKey = new java.util.concurrent.ConcurrentHashMap<>();

    /** A memoised model lookup (not computeIfAbsent: a lookup may ask for another one). */
    private Optional<Model> cached(String key, java.util.function.Function<String, Optional<Model>> make) {
        Optional<Model> m = byKey.get(key);
        if (m != null) return m;
        m = make.apply(key);
        byKey.put(key, m);
        return m;
    }

    private RecordAccess(Project project) {
        this.project = project;
    }

    public static RecordAccess of(Project project) {
        return project.derived(RecordAccess.class, RecordAccess::new);
    }

    // ----------------------------------------------------------------------------------------------- accesses

    private static final Set<String> PRISMA_READ = Set.of("findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow");
    private static final Set<String> PRISMA_UPDATE = Set.of("update", "upsert", "updateMany");
    private static final Set<String> PRISMA_DELETE = Set.of("delete", "deleteMany");
    private static final Set<String> MONGOOSE_BY_ID = Set.of("findById", "findByIdAndUpdate", "findByIdAndDelete", "findByIdAndRemove");
    private static final Set<String> MONGOOSE_BY_FILTER = Set.of("findOne", "findOneAndUpdate", "findOneAndDelete", "findOneAndRemove",
            "findOneAndReplace", "updateOne", "deleteOne", "replaceOne", "updateMany", "deleteMany");
    private static final Set<String> TYPEORM = Set.of("findOne", "findOneBy", "findOneOrFail", "findOneByOrFail", "update", "delete",
            "softDelete", "restore");
    private static final Set<String> SEQUELIZE = Set.of("findByPk", "findOne", "update", "destroy");

    /** The access a call makes, or null when it is not a lookup, update or delete of a known model by a filter. */
    public Access access(CallSite cs, Fn fn, FileFacts file) {
        try {
            return accessOrNull(cs, fn, file);
        } catch (RuntimeException e) {
            return null; // odd input: not an access
        }
    }

    private Access accessOrNull(CallSite cs, Fn fn, FileFacts file) {
        String m = cs.methodName();
        if (m == null || cs.isNew()) return null;
        Val recv = Analysis.receiver(cs.callee());
        if (recv == null) return null;
        if (m.equals("where")) return drizzle(cs, recv, file);
        if (KNEX_TERMINAL.contains(m)) {
            Access k = knex(cs, m, recv, file);
            if (k != null) return k;
        }
        // Prisma: prisma.post.update({ where: { id } }), this.prisma.post, tx.post
        if (PRISMA_READ.contains(m) || PRISMA_UPDATE.contains(m) || PRISMA_DELETE.contains(m)) {
            Model pm = prismaDelegate(recv, file);
            if (pm != null) {
                Map<String, Val> where = new LinkedHashMap<>();
                if (cs.arg(0) instanceof Obj o && o.props().get("where") != null) flatten(o.props().get("where"), "", where, 0);
                Op op = PRISMA_READ.contains(m) ? Op.READ : PRISMA_UPDATE.contains(m) ? Op.UPDATE : Op.DELETE;
                Val data = cs.arg(0) instanceof Obj o ? o.props().get("data") : null;
                return new Access(cs, cs.location(), "prisma", op, Vals.lastName(recv), where, pm, "prisma." + Vals.lastName(recv) + "." + m + "()", data);
            }
        }
        if (MONGOOSE_BY_ID.contains(m) || MONGOOSE_BY_FILTER.contains(m)) {
            Model mm = mongooseModel(recv, fn, file);
            if (mm != null && !cs.args().isEmpty()) {
                Map<String, Val> where = new LinkedHashMap<>();
                if (MONGOOSE_BY_ID.contains(m)) where.put("_id", cs.arg(0));
                else flatten(cs.arg(0), "", where, 0);
                Op op = m.contains("Delete") || m.contains("Remove") || m.startsWith("delete") ? Op.DELETE
                        : m.contains("Update") || m.contains("Replace") || m.startsWith("update") || m.startsWith("replace") ? Op.UPDATE : Op.READ;
                return new Access(cs, cs.location(), "mongoose", op, mm.name(), where, mm, mm.name() + "." + m + "()", cs.arg(1));
            }
        }
        if (TYPEORM.contains(m)) {
            Model tm = typeormEntity(recv, fn, file);
            if (tm != null && !cs.args().isEmpty()) {
                Map<String, Val> where = new LinkedHashMap<>();
                Val a0 = cs.arg(0);
                if ((m.equals("findOne") || m.equals("findOneOrFail")) && a0 instanceof Obj o && o.props().containsKey("where")) {
                    flatten(o.props().get("where"), "", where, 0);
                } else if (a0 instanceof Obj) {
                    flatten(a0, "", where, 0);
                } else if (!(a0 instanceof Arr)) {
                    where.put("id", a0); // findOne(id) (TypeORM 0.2), update(id, ..), delete(id)
                }
                Op op = m.equals("update") || m.equals("restore") ? Op.UPDATE : m.equals("delete") || m.equals("softDelete") ? Op.DELETE : Op.READ;
                return new Access(cs, cs.location(), "typeorm", op, tm.name(), where, tm, "repository." + m + "()", cs.arg(1));
            }
        }
        if (SEQUELIZE.contains(m)) {
            Model sm = sequelizeModel(recv, file);
            if (sm != null && !cs.args().isEmpty()) {
                Map<String, Val> where = new LinkedHashMap<>();
                Op op = Op.READ;
                switch (m) {
                    case "findByPk" -> where.put("id", cs.arg(0));
                    case "findOne", "destroy" -> {
                        if (cs.arg(0) instanceof Obj o && o.props().get("where") != null) flatten(o.props().get("where"), "", where, 0);
                        if (m.equals("destroy")) op = Op.DELETE;
                    }
                    default -> { // update(values, { where })
                        if (cs.arg(1) instanceof Obj o && o.props().get("where") != null) flatten(o.props().get("where"), "", where, 0);
                        op = Op.UPDATE;
                    }
                }
                return new Access(cs, cs.location(), "sequelize", op, sm.name(), where, sm, sm.name() + "." + m + "()",
                        op == Op.UPDATE ? cs.arg(0) : null);
            }
        }
        return null;
    }

    /** {@code where: { id, user: { id: userId } }} → id, user.id; {@code AND: [...]}, {@code $and}, arrays of alternatives kept by key. */
    private static void flatten(Val v, String prefix, Map<String, Val> out, int depth) {
        if (depth > 4 || out.size() > 24) return;
        if (v instanceof Obj o) {
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String k = e.getKey();
                Val x = e.getValue();
                if (k.startsWith("...")) {
                    out.put(prefix + "...", x);
                    continue;
                }
                if (k.equals("AND") || k.equals("OR") || k.equals("$and") || k.equals("$or") || k.equals("_and")) {
                    flatten(x, prefix, out, depth + 1);
                    continue;
                }
                // an operator object ({ equals: id }, { $eq: id }, { in: ids }) constrains its key
                if (x instanceof Obj inner && !inner.props().isEmpty() && inner.props().keySet().stream().allMatch(RecordAccess::operatorKey)) {
                    out.put(prefix + k, x);
                    continue;
                }
                if (x instanceof Obj) flatten(x, prefix + k + ".", out, depth + 1);
                else out.put(prefix + k, x);
            }
        } else if (v instanceof Arr a) {
            for (Val x : a.items()) flatten(x, prefix, out, depth + 1);
        } else if (v != null) {
            out.put(prefix + "?", v); // a filter built elsewhere: what it holds is not known
        }
    }

    private static boolean operatorKey(String k) {
        return k.startsWith("$") || Set.of("equals", "in", "not", "lt", "lte", "gt", "gte", "contains", "mode").contains(k);
    }

    // ------------------------------------------------------------------------------------------------- Prisma

    private Model prismaDelegate(Val recv, FileFacts file) {
        String name = Vals.lastName(recv);
        if (name == null || name.startsWith("$")) return null;
        Val base = Analysis.receiver(recv);
        if (base == null && recv instanceof Member mm) base = mm.object();
        if (base == null) return null;
        Map<String, Model> models = prismaModels();
        return models.get(name.toLowerCase(Locale.ROOT));
    }

    private static final Pattern PRISMA_MODEL = Pattern.compile("(?m)^\\s*model\\s+(\\w+)\\s*\\{");
    private static final Pattern PRISMA_FIELD = Pattern.compile("^\\s*(\\w+)\\s+(\\w+)(\\[\\])?(\\?)?(.*)$");

    /** Models of every committed {@code *.prisma} file, by lower-cased name. */
    public Map<String, Model> prismaModels() {
        if (prismaModels != null) return prismaModels;
        Map<String, Model> out = new TreeMap<>();
        for (Map.Entry<String, String> t : project.texts().entrySet()) {
            if (!t.getKey().endsWith(".prisma")) continue;
            String text = t.getValue();
            Matcher mm = PRISMA_MODEL.matcher(text);
            while (mm.find()) {
                int start = mm.end();
                int end = text.indexOf('}', start);
                if (end < 0) break;
                String name = mm.group(1);
                int line = lineOf(text, mm.start(1));
                List<String> fields = new ArrayList<>(), owners = new ArrayList<>(), tenants = new ArrayList<>(), audit = new ArrayList<>();
                String[] lines = text.substring(start, end).split("\n", -1);
                for (String l : lines) {
                    Matcher f = PRISMA_FIELD.matcher(l);
                    if (!f.matches() || l.strip().startsWith("//") || l.strip().startsWith("@@")) continue;
                    String field = f.group(1), type = f.group(2), rest = f.group(5);
                    fields.add(field);
                    boolean list = f.group(3) != null;
                    if (AUDIT_FIELD.matcher(field).matches()) {
                        // createdBy User @relation(fields: [createdById]): an audit trail, its key skipped below
                        Matcher rel = Pattern.compile("fields:\\s*\\[\\s*(\\w+)").matcher(rest);
                        if (rel.find()) audit.add(rel.group(1));
                    } else if (!list && USER_MODEL.matcher(type).matches() && !name.equalsIgnoreCase(type)) {
                        // user User @relation(fields: [userId], references: [id]): the relation and its key
                        Matcher rel = Pattern.compile("fields:\\s*\\[\\s*(\\w+)").matcher(rest);
                        if (rel.find()) owners.add(rel.group(1));
                        owners.add(field);
                    } else if (OWNER_FIELD.matcher(field).matches() && !list) {
                        owners.add(field);
                    }
                    if (TENANT_FIELD.matcher(field).matches() && !list) tenants.add(field);
                }
                owners.removeAll(audit);
                String key = name.toLowerCase(Locale.ROOT);
                out.putIfAbsent(key, new Model(name, "prisma", List.copyOf(fields), dedupe(owners), dedupe(tenants),
                        new Location(t.getKey(), line, 1, line, 1, null)));
            }
        }
        prismaModels = out;
        return out;
    }

    private static List<String> dedupe(List<String> l) {
        return List.copyOf(new LinkedHashSet<>(l));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    // ----------------------------------------------------------------------------------------------- Mongoose

    private static final Set<String> MONGOOSE_MODULES = Set.of("mongoose", "@nestjs/mongoose", "@typegoose/typegoose");

    private Model mongooseModel(Val recv, Fn fn, FileFacts file) {
        if (recv instanceof This t && t.path().size() == 1) {
            // @InjectModel(Post.name) private postModel: Model<PostDocument>
            ClassInfo owner = ownerClass(fn, file);
            if (owner == null) return null;
            for (Fn.Param p : owner.ctorParams()) {
                if (!p.name().equals(t.path().get(0))) continue;
                for (Decorator d : p.decorators()) {
                    if (!d.name().equals("InjectModel") || d.args().isEmpty()) continue;
                    Val a = d.arg(0);
                    Val cls = a instanceof Ref r && !r.path().isEmpty() && r.path().get(r.path().size() - 1).equals("name")
                            ? new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1))
                            : a instanceof Local l && !l.path().isEmpty() && l.path().get(l.path().size() - 1).equals("name")
                            ? new Local(l.name(), l.path().subList(0, l.path().size() - 1)) : null;
                    if (cls != null) {
                        Project.ClassHit h = project.classOf(cls, file);
                        if (h != null) return classModel(h, "mongoose");
                    }
                    String n = Val.constString(a);
                    if (n != null) return mongooseByName(n);
                }
            }
            return null;
        }
        Project.Resolved r = project.resolve(recv, file);
        if (r.val() instanceof Call c && c.args().size() >= 2) {
            String m = Vals.lastName(c.callee());
            String root = project.rootModule(c.callee(), r.file());
            if ("model".equals(m) && (root != null && MONGOOSE_MODULES.contains(root) || root == null && c.callee() instanceof Member)) {
                String name = Val.constString(c.args().get(0));
                if (name == null) return null;
                return schemaModel(name, c.args().get(1), r.file(), c.site());
            }
        }
        return null;
    }

    /** mongoose.model('Post') looked up by name among the project's model definitions. */
    private Model mongooseByName(String name) {
        return cached("mongoose:" + name, k -> {
            for (FileFacts f : project.files().values()) {
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        if (!"model".equals(cs.methodName()) || cs.args().size() < 2 || !name.equals(Val.constString(cs.arg(0)))) continue;
                        Model m = schemaModel(name, cs.arg(1), f, cs.location());
                        if (m != null) return Optional.of(m);
                    }
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** new Schema({ user: { type: ObjectId, ref: 'User' }, title: String }), or SchemaFactory.createForClass(Post). */
    private Model schemaModel(String name, Val schema, FileFacts file, Location at) {
        Project.Resolved s = project.resolve(schema, file);
        Val v = s.val();
        if (v instanceof Call c && "createForClass".equals(Vals.lastName(c.callee())) && !c.args().isEmpty()) {
            Project.ClassHit h = project.classOf(c.args().get(0), s.file());
            return h == null ? null : classModel(h, "mongoose");
        }
        if (!(v instanceof New n) || n.args().isEmpty()) return null;
        Val def = project.resolve(n.args().get(0), s.file()).val();
        if (!(def instanceof Obj o)) return null;
        List<String> fields = new ArrayList<>(), owners = new ArrayList<>(), tenants = new ArrayList<>();
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            String k = e.getKey();
            if (k.startsWith("...")) continue;
            fields.add(k);
            Val spec = e.getValue();
            String ref = spec instanceof Obj so ? Val.constString(so.props().get("ref")) : null;
            if ((ref != null && USER_MODEL.matcher(ref).matches() || OWNER_FIELD.matcher(k).matches()) && !AUDIT_FIELD.matcher(k).matches()) owners.add(k);
            if (TENANT_FIELD.matcher(k).matches()) tenants.add(k);
        }
        Location where = n.site() != null ? n.site() : at;
        return new Model(name, "mongoose", List.copyOf(fields), List.copyOf(owners), List.copyOf(tenants), where);
    }

    /** A decorated model class (@Schema / @Entity / @Table): its properties, owner relations by type or name. */
    private Model classModel(Project.ClassHit h, String library) {
        ClassInfo ci = h.info();
        return cached(library + ":" + h.file().path() + ":" + ci.name(), k -> {
            List<String> fields = new ArrayList<>(), owners = new ArrayList<>(), tenants = new ArrayList<>();
            for (ClassInfo c = ci; c != null; ) {
                for (ClassInfo.Prop p : c.props()) {
                    fields.add(p.name());
                    String type = p.type() == null ? "" : p.type().replace("[]", "");
                    boolean many = p.type() != null && p.type().endsWith("[]");
                    boolean relUser = false;
                    for (Decorator d : p.decorators()) {
                        // @ManyToOne(() => User), @Prop({ type: Types.ObjectId, ref: 'User' }), @BelongsTo(() => User)
                        if (Set.of("ManyToOne", "OneToOne", "BelongsTo").contains(d.name()) && !d.args().isEmpty() && d.arg(0) instanceof FnVal fv
                                && !fv.fn().returns().isEmpty() && USER_MODEL.matcher(String.valueOf(Vals.lastName(fv.fn().returns().get(0)))).matches()) {
                            relUser = true;
                        }
                        if (d.name().equals("Prop") && d.arg(0) instanceof Obj o) {
                            String ref = Val.constString(o.props().get("ref"));
                            Val refV = o.props().get("ref");
                            String refName = ref != null ? ref : refV == null ? null : Vals.lastName(refV);
                            if (refName != null && (USER_MODEL.matcher(refName).matches() || refName.equals("name") && refV instanceof Ref rr
                                    && rr.path().size() >= 2 && USER_MODEL.matcher(rr.path().get(rr.path().size() - 2)).matches())) relUser = true;
                        }
                    }
                    if (!many && !AUDIT_FIELD.matcher(p.name()).matches() && (relUser || USER_MODEL.matcher(type).matches() && !type.equalsIgnoreCase(ci.name())
                            || OWNER_FIELD.matcher(p.name()).matches())) owners.add(p.name());
                    if (TENANT_FIELD.matcher(p.name()).matches() && !many) tenants.add(p.name());
                }
                Val sup = c.superClass();
                Project.ClassHit sh = sup == null ? null : project.classOf(sup, h.file());
                c = sh == null || sh.info() == c ? null : sh.info();
                if (fields.size() > 200) break;
            }
            return Optional.of(new Model(ci.name(), library, List.copyOf(fields), dedupe(owners), dedupe(tenants), ci.location()));
        }).orElse(null);
    }

    // ------------------------------------------------------------------------------------------------ TypeORM

    private Model typeormEntity(Val recv, Fn fn, FileFacts file) {
        if (recv instanceof This t && t.path().size() == 1) {
            ClassInfo owner = ownerClass(fn, file);
            if (owner == null) return null;
            for (Fn.Param p : owner.ctorParams()) {
                if (!p.name().equals(t.path().get(0))) continue;
                for (Decorator d : p.decorators()) {
                    if (d.name().equals("InjectRepository") && !d.args().isEmpty()) return entity(d.arg(0), file);
                }
                Model m = repoType(p.type(), file);
                if (m == null) m = customRepository(p.type(), file);
                if (m != null) return m;
            }
            for (ClassInfo.Prop p : owner.props()) {
                if (!p.name().equals(t.path().get(0))) continue;
                for (Decorator d : p.decorators()) {
                    if (d.name().equals("InjectRepository") && !d.args().isEmpty()) return entity(d.arg(0), file);
                }
                Model m = repoType(p.type(), file);
                if (m != null) return m;
                if (p.value() instanceof Call c && "getRepository".equals(Vals.lastName(c.callee())) && !c.args().isEmpty()) {
                    return entity(c.args().get(0), file);
                }
            }
            return null;
        }
        Project.Resolved r = project.resolve(recv, file);
        if (r.val() instanceof Call c && "getRepository".equals(Vals.lastName(c.callee())) && !c.args().isEmpty()) {
            return entity(c.args().get(0), r.file());
        }
        // Post.findOneBy({ id }): an ActiveRecord entity
        if (r.val() instanceof ClassRef) {
            Project.ClassHit h = project.classOf(r.val(), r.file());
            if (h != null && isEntity(h) && h.info().superClass() != null) return classModel(h, "typeorm");
        }
        return null;
    }

    private Model repoType(String type, FileFacts file) {
        if (type == null || !type.contains("<")) return null;
        String base = type.substring(0, type.indexOf('<')).strip();
        Import imp = file.imports().get(base);
        if (imp == null || !imp.module().equals("typeorm") || !imp.export().endsWith("Repository")) return null;
        String arg = type.substring(type.indexOf('<') + 1, type.lastIndexOf('>') > 0 ? type.lastIndexOf('>') : type.length()).strip();
        Project.ClassHit h = project.classNamed(arg, file);
        return h == null ? null : classModel(h, "typeorm");
    }

    /**
     * A project repository class: {@code @EntityRepository(Todo) class TodoRepository extends Repository<Todo>} (TypeORM 0.2),
     * {@code @CustomRepository(Todo)}, or one whose constructor calls {@code super(Todo, dataSource.createEntityManager())}.
     */
    private Model customRepository(String type, FileFacts file) {
        if (type == null || !type.matches("[A-Za-z_$][\\w$]*")) return null;
        Project.ClassHit h = project.classNamed(type, file);
        if (h == null || h.info().superClass() == null || !"Repository".equals(Vals.lastName(h.info().superClass()))) return null;
        for (Decorator d : h.info().decorators()) {
            if ((d.name().equals("EntityRepository") || d.name().equals("CustomRepository")) && !d.args().isEmpty()) return entity(d.arg(0), h.file());
        }
        Fn ctor = h.info().method("constructor");
        if (ctor != null) {
            for (CallSite cs : ctor.calls()) {
                if (cs.callee() instanceof Global g && g.name().equals("super") && !cs.args().isEmpty()) return entity(cs.arg(0), h.file());
                if ("super".equals(cs.methodName()) && !cs.args().isEmpty()) return entity(cs.arg(0), h.file());
            }
        }
        return null;
    }

    private Model entity(Val v, FileFacts file) {
        Project.ClassHit h = project.classOf(v, file);
        return h == null ? null : classModel(h, "typeorm");
    }

    private boolean isEntity(Project.ClassHit h) {
        for (Decorator d : h.info().decorators()) if (d.name().equals("Entity") || d.name().equals("Table")) return true;
        return false;
    }

    // ---------------------------------------------------------------------------------------------- Sequelize

    private Model sequelizeModel(Val recv, FileFacts file) {
        if (!project.dependsOn("sequelize") && !project.dependsOn("sequelize-typescript")) return null;
        Project.Resolved r = project.resolve(recv, file);
        Val v = r.val();
        if (v instanceof Call c && "define".equals(Vals.lastName(c.callee())) && c.args().size() >= 2) {
            String name = Val.constString(c.args().get(0));
            Val attrs = project.resolve(c.args().get(1), r.file()).val();
            if (name == null || !(attrs instanceof Obj o)) return null;
            return cached("sequelize:" + r.file().path() + ":" + name, k -> {
                List<String> fields = new ArrayList<>(), owners = new ArrayList<>(), tenants = new ArrayList<>();
                for (String f : o.props().keySet()) {
                    if (f.startsWith("...")) continue;
                    fields.add(f);
                    if (OWNER_FIELD.matcher(f).matches()) owners.add(f);
                    if (TENANT_FIELD.matcher(f).matches()) tenants.add(f);
                }
                // Post.belongsTo(User): a foreign key to the owner that the attributes need not list
                if (belongsToUser(name)) owners.add("UserId");
                return Optional.of(new Model(name, "sequelize", List.copyOf(fields), dedupe(owners), List.copyOf(tenants), c.site()));
            }).orElse(null);
        }
        if (v instanceof ClassRef) {
            Project.ClassHit h = project.classOf(v, r.file());
            if (h == null || h.info().superClass() == null) return null;
            String root = project.rootModule(h.info().superClass(), h.file());
            if (!"sequelize".equals(root) && !"sequelize-typescript".equals(root)) return null;
            Model m = classModel(h, "sequelize");
            if (m != null && m.ownerFields().isEmpty() && belongsToUser(m.name())) {
                return new Model(m.name(), m.library(), m.fields(), List.of("UserId"), m.tenantFields(), m.at());
            }
            return m;
        }
        return null;
    }

    private boolean belongsToUser(String model) {
        return cached("belongsTo:" + model, k -> {
            for (FileFacts f : project.files().values()) {
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        if (!"belongsTo".equals(cs.methodName()) || cs.args().isEmpty()) continue;
                        Val recv = Analysis.receiver(cs.callee());
                        if (!model.equals(Vals.lastName(recv))) continue;
                        if (USER_MODEL.matcher(String.valueOf(Vals.lastName(cs.arg(0)))).matches()) return Optional.of(new Model(model, "", List.of(), List.of(), List.of(), null));
                    }
                }
            }
            return Optional.empty();
        }).isPresent();
    }

    // --------------------------------------------------------------------------------------------------- knex

    private static final Set<String> KNEX_TERMINAL = Set.of("first", "update", "del", "delete");
    private static final Set<String> KNEX_WHERE = Set.of("where", "andWhere");
    private static final Set<String> KNEX_NOT_COLUMNS = Set.of("foreign", "primary", "index", "unique", "dropColumn", "dropForeign",
            "renameColumn", "comment", "engine", "charset", "collate", "inherits", "check");

    /** knex('notes').where({ id }).update(..), db('notes').where('id', id).del(), knex('notes').where({ id }).first(). */
    private Access knex(CallSite cs, String m, Val recv, FileFacts file) {
        if (!project.dependsOn("knex")) return null;
        Map<String, Val> where = new LinkedHashMap<>();
        Val c = recv;
        String table = null;
        Location rootAt = null;
        boolean filtered = false;
        for (int i = 0; i < 10 && c instanceof Call call; i++) {
            String n = Vals.lastName(call.callee());
            if (n != null && KNEX_WHERE.contains(n) && call.callee() instanceof Member) {
                filtered = true;
                if (call.args().size() == 1) flatten(call.args().get(0), "", where, 0);
                else if (call.args().size() >= 2 && Val.constString(call.args().get(0)) != null) {
                    String col = Val.constString(call.args().get(0));
                    if (col.contains(".")) col = col.substring(col.lastIndexOf('.') + 1);
                    where.put(col, call.args().get(call.args().size() - 1));
                } else where.put("?", call.args().isEmpty() ? Val.UNKNOWN : call.args().get(0));
            } else if (n != null && (n.equals("from") || n.equals("table") || n.equals("into")) && call.args().size() == 1
                    && Val.constString(call.args().get(0)) != null) {
                table = Val.constString(call.args().get(0));
                rootAt = call.site();
                break;
            } else if (!(call.callee() instanceof Member) && call.args().size() == 1 && Val.constString(call.args().get(0)) != null) {
                // knex('notes'): the instance called with a table name
                if (!"knex".equals(project.rootModule(call.callee(), file))) return null;
                table = Val.constString(call.args().get(0));
                rootAt = call.site();
                break;
            } else if (n != null && !Set.of("select", "returning", "orderBy", "limit", "first", "whereNull", "whereNotNull", "clone").contains(n)) {
                return null;
            }
            c = call.callee() instanceof Member mm ? mm.object() : Analysis.receiver(call.callee());
        }
        if (table == null || !filtered) return null;
        Model model = knexTable(table, rootAt);
        Op op = m.equals("first") ? Op.READ : m.equals("update") ? Op.UPDATE : Op.DELETE;
        return new Access(cs, cs.location(), "knex", op, table, where, model, "knex('" + table + "')." + m + "()",
                op == Op.UPDATE ? cs.arg(0) : null);
    }

    /** The columns of a table as its knex migration creates them: knex.schema.createTable('notes', (t) => { t.uuid('user_id') }). */
    private Model knexTable(String table, Location fallback) {
        return cached("knex:" + table, k -> {
            for (FileFacts f : project.files().values()) {
                for (Fn fn : Analysis.functions(f)) {
                    for (CallSite cs : fn.calls()) {
                        String n = cs.methodName();
                        if (n == null || !n.startsWith("createTable") || cs.args().size() < 2 || !table.equals(Val.constString(cs.arg(0)))
                                || !(cs.arg(1) instanceof FnVal fv)) continue;
                        List<String> fields = new ArrayList<>(), owners = new ArrayList<>(), tenants = new ArrayList<>();
                        for (CallSite col : fv.fn().calls()) {
                            String cm = col.methodName();
                            String name = Val.constString(col.arg(0));
                            if (cm == null || name == null || KNEX_NOT_COLUMNS.contains(cm) || !(col.callee() instanceof Param p) || p.path().size() != 1) continue;
                            if (fields.contains(name)) continue;
                            fields.add(name);
                            if (OWNER_FIELD.matcher(name).matches()) owners.add(name);
                            if (TENANT_FIELD.matcher(name).matches()) tenants.add(name);
                        }
                        return Optional.of(new Model(table, "knex", List.copyOf(fields), List.copyOf(owners), List.copyOf(tenants), cs.location()));
                    }
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    // ------------------------------------------------------------------------------------------------ Drizzle

    private static final Set<String> DRIZZLE_TABLES = Set.of("pgTable", "sqliteTable", "mysqlTable", "table");

    /** db.update(posts).set(..).where(eq(posts.id, id)), db.delete(posts).where(..), db.select().from(posts).where(..). */
    private Access drizzle(CallSite cs, Val recv, FileFacts file) {
        if (cs.args().isEmpty() || !project.dependsOn("drizzle-orm")) return null;
        Op op = null;
        Val table = null;
        Val c = recv;
        for (int i = 0; i < 8 && c instanceof Call call; i++) {
            String n = Vals.lastName(call.callee());
            if (n == null) return null;
            switch (n) {
                case "from" -> {
                    if (op == null) op = Op.READ;
                    if (!call.args().isEmpty()) table = call.args().get(0);
                }
                case "update" -> {
                    op = Op.UPDATE;
                    if (!call.args().isEmpty()) table = call.args().get(0);
                }
                case "delete" -> {
                    op = Op.DELETE;
                    if (!call.args().isEmpty()) table = call.args().get(0);
                }
                default -> { }
            }
            c = Analysis.receiver(call.callee());
        }
        if (op == null || table == null) return null;
        Project.Resolved r = project.resolve(table, file);
        if (!(r.val() instanceof Call tc) || !DRIZZLE_TABLES.contains(String.valueOf(Vals.lastName(tc.callee()))) || tc.args().size() < 2) return null;
        String name = Val.constString(tc.args().get(0));
        Val cols = project.resolve(tc.args().get(1), r.file()).val();
        if (name == null || !(cols instanceof Obj o)) return null;
        Model model = cached("drizzle:" + r.file().path() + ":" + name, k -> {
            List<String> fields = new ArrayList<>(), owners = new ArrayList<>(), tenants = new ArrayList<>();
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (e.getKey().startsWith("...")) continue;
                fields.add(e.getKey());
                if (OWNER_FIELD.matcher(e.getKey()).matches()) owners.add(e.getKey());
                if (TENANT_FIELD.matcher(e.getKey()).matches()) tenants.add(e.getKey());
            }
            return Optional.of(new Model(name, "drizzle", List.copyOf(fields), List.copyOf(owners), List.copyOf(tenants), tc.site()));
        }).orElse(null);
        Map<String, Val> where = new LinkedHashMap<>();
        drizzleWhere(cs.arg(0), where, 0);
        Val data = null;
        for (Val c2 = recv; c2 instanceof Call call && data == null; c2 = Analysis.receiver(call.callee())) {
            if ("set".equals(Vals.lastName(call.callee())) && !call.args().isEmpty()) data = call.args().get(0);
        }
        return new Access(cs, cs.location(), "drizzle", op, name, where, model, "db." + op.name().toLowerCase(Locale.ROOT) + "(" + name + ").where()", data);
    }

    /** eq(posts.id, id) → id; and(eq(..), eq(..)) → both. */
    private static void drizzleWhere(Val v, Map<String, Val> out, int depth) {
        if (depth > 4 || !(v instanceof Call c)) {
            if (v != null) out.put("?", v);
            return;
        }
        String n = Vals.lastName(c.callee());
        if ("and".equals(n)) {
            for (Val a : c.args()) drizzleWhere(a, out, depth + 1);
            return;
        }
        if (("eq".equals(n) || "inArray".equals(n)) && c.args().size() == 2) {
            String col = Vals.lastName(c.args().get(0));
            out.put(col == null ? "?" : col, c.args().get(1));
            return;
        }
        out.put("?", v);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static ClassInfo ownerClass(Fn fn, FileFacts f) {
        if (fn == null || f == null) return null;
        for (ClassInfo ci : f.classes().values()) {
            for (Fn m : ci.methods()) if (m == fn || contains(m, fn, 0)) return ci;
        }
        return null;
    }

    private static boolean contains(Fn outer, Fn inner, int depth) {
        if (depth > 20) return false;
        for (Fn n : outer.nested()) if (n == inner || contains(n, inner, depth + 1)) return true;
        return false;
    }

    // ---------------------------------------------------------------------------------------- who is asking

    /** Request properties an authentication middleware fills with the caller: req.user, req.userId, req.auth, req.currentUser. */
    private static final Pattern USER_PROPERTY = Pattern.compile(
            "(?i)(user|users|user_?id|uid|auth|auth_?user|current_?user|current_?user_?id|me|account|account_?id|member|principal|identity|"
                    + "claims|payload|decoded|decoded_?token|token_?payload|jwt_?payload|jwt|token_?data|session|profile|viewer|actor|admin)");
    /** Parameter decorators that hand a handler the caller: @CurrentUser(), @GetUser('id'), @AuthUser(), @User(), @ReqUser(). */
    public static final Pattern USER_DECORATOR = Pattern.compile(
            "(?i)(get|current|auth|req|request|logged_?in|session)?_?(user|account|member|principal|identity|viewer|actor|payload|claims|userid|user_?id)(id)?"
                    + "|session|jwt_?payload|token_?payload");

    /** True when {@code v} is the signed-in caller or a part of it. */
    public static boolean isSignedInUser(Val v) {
        if (v instanceof Req q) {
            if (q.part().equals("user") || q.part().equals("session")) return true;
            return q.part().equals("raw") && !q.path().isEmpty() && USER_PROPERTY.matcher(q.path().get(0)).matches();
        }
        if (v instanceof This t && t.path().size() >= 2) {
            String a = t.path().get(0).toLowerCase(Locale.ROOT);
            return (a.equals("request") || a.equals("req")) && USER_PROPERTY.matcher(t.path().get(1)).matches();
        }
        // Express res.locals.user; Hono c.var.user / c.get('user') / c.get('jwtPayload')
        if (v instanceof Param p && p.path().size() >= 2 && (p.path().get(0).equals("locals") || p.path().get(0).equals("var"))) {
            return USER_PROPERTY.matcher(p.path().get(1)).matches() || p.path().get(1).toLowerCase(Locale.ROOT).contains("user");
        }
        if (v instanceof Call c && "get".equals(Vals.lastName(c.callee())) && c.args().size() == 1
                && (Analysis.receiver(c.callee()) instanceof Param || Analysis.receiver(c.callee()) instanceof Req)) {
            String k = Val.constString(c.args().get(0));
            return k != null && (USER_PROPERTY.matcher(k).matches() || k.toLowerCase(Locale.ROOT).contains("user"));
        }
        return false;
    }

    /** True when {@code v} mentions the signed-in caller anywhere (through conversions and member reads). */
    public static boolean mentionsSignedInUser(Val v) {
        return mentions(v, RecordAccess::isSignedInUser, 0);
    }

    /** Like {@link Vals#anyPart} but also into call arguments and receivers: Number(req.params.id), new ObjectId(id), id.toString(). */
    public static boolean mentions(Val v, java.util.function.Predicate<Val> p, int depth) {
        if (v == null || depth > 12) return false;
        if (p.test(v)) return true;
        if (v instanceof Call c) {
            if (mentions(c.callee() instanceof Member m ? m.object() : null, p, depth + 1)) return true;
            for (Val a : c.args()) if (mentions(a, p, depth + 1)) return true;
            return false;
        }
        if (v instanceof New n) {
            for (Val a : n.args()) if (mentions(a, p, depth + 1)) return true;
            return false;
        }
        if (v instanceof Member m) return mentions(m.object(), p, depth + 1);
        if (v instanceof OneOf o) {
            for (Val a : o.options()) if (mentions(a, p, depth + 1)) return true;
            return false;
        }
        if (v instanceof Obj o) {
            for (Val a : o.props().values()) if (mentions(a, p, depth + 1)) return true;
            return false;
        }
        if (v instanceof Arr a) {
            for (Val x : a.items()) if (mentions(x, p, depth + 1)) return true;
            return false;
        }
        if (v instanceof Tpl t) {
            for (Val x : t.holes()) if (mentions(x, p, depth + 1)) return true;
            return false;
        }
        if (v instanceof Concat c) {
            for (Val x : c.parts()) if (mentions(x, p, depth + 1)) return true;
        }
        return false;
    }

    private static final Set<String> CONVERSIONS = Set.of("Number", "parseInt", "parseFloat", "String", "BigInt", "ObjectId",
            "toString", "trim", "toLowerCase", "toUpperCase", "ObjectID", "Types", "isValidObjectId", "createFromHexString", "uuid", "Int");

    /** The path parameter a value is, directly or through a conversion (Number(id), new ObjectId(id), id.trim()); null otherwise. */
    public static Req pathParam(Val v) {
        for (int i = 0; i < 6 && v != null; i++) {
            if (v instanceof Req q) return q.part().equals("params") && !q.path().isEmpty() ? q : null;
            if (v instanceof Call c) {
                String n = Vals.lastName(c.callee());
                if (n == null || !CONVERSIONS.contains(n)) return null;
                if (c.callee() instanceof Member m && c.args().isEmpty()) v = m.object();
                else v = c.args().isEmpty() ? null : c.args().get(0);
            } else if (v instanceof New n) {
                String c = Vals.lastName(n.callee());
                if (c == null || !CONVERSIONS.contains(c) || n.args().isEmpty()) return null;
                v = n.args().get(0);
            } else if (v instanceof Obj o && o.props().size() == 1 && o.props().keySet().iterator().next().matches("\\$?(eq|equals)")) {
                v = o.props().values().iterator().next();
            } else {
                return null;
            }
        }
        return null;
    }

    /** A member named like an owner field: post.userId, post.author._id, doc.owner.toString(). */
    public static boolean ownerMember(Val v) {
        return mentions(v, x -> {
            String n = x instanceof Member || x instanceof Local || x instanceof Param || x instanceof Ref ? Vals.lastName(x) : null;
            return n != null && (x instanceof Member || x instanceof Local l && !l.path().isEmpty() || x instanceof Param pp && !pp.path().isEmpty()
                    || x instanceof Ref r && !r.path().isEmpty()) && OWNER_FIELD.matcher(n).matches();
        }, 0);
    }

    /**
     * A comparison that ties a record to the caller: one side is the signed-in user, or one side reads an
     * owner field of a record and the other is not a constant ({@code post.authorId !== userId}).
     */
    public static boolean ownerComparison(CallSite.Guard g) {
        if (g == null || g.right() == null || !(g.op().equals("==") || g.op().equals("!="))) return false;
        boolean userL = mentionsSignedInUser(g.left()), userR = mentionsSignedInUser(g.right());
        if (userL || userR) return true;
        return ownerMember(g.left()) && !(g.right() instanceof Lit) || ownerMember(g.right()) && !(g.left() instanceof Lit);
    }
}
