package org.renrentong.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule for public writes, read from the compiled classes under a root package whose sub-packages are modules.
 * <p>
 * A method <em>writes</em> when it runs SQL that changes rows (an INSERT, UPDATE … SET, DELETE, MERGE or TRUNCATE
 * statement in its code, or JDBC {@code update}/{@code batchUpdate}), deletes or stores a blob, or calls — directly,
 * through a lambda or an interface — a method of the application that writes. {@code AuditLog.record} does not count:
 * it is the audit itself.
 * <p>
 * A <em>public write</em> is a public method that writes, declared by a public class in a module's base package (its
 * API) or by a public service ({@code @Service}) in one of its sub-packages (the API of a part of a larger module),
 * except controllers (their services are checked), and framework callbacks (event listeners, schedules, methods that
 * implement a framework interface): they act for nobody.
 * <p>
 * Every public write must (1) take the principal (a parameter of the principal type), (2) be <em>checked first</em>:
 * call its module's policy (a class of the same module named {@code …Policy}) before its first call that writes —
 * reading the target to find out where it lives may come before — or have as first call that writes one to a method
 * that is itself checked first, and (3) be <em>audited last</em>: call {@code AuditLog.record} after its last call that
 * writes, or have as last call that writes one to a method that is itself audited last. The order is the order of
 * the calls in the method's code, with its own non-public helpers and lambdas taken in place.
 */
public final class WriteRules {

    private static final Pattern SQL_WRITE = Pattern.compile(
            "(?is)\\b(INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|MERGE\\s+INTO|TRUNCATE)\\b");
    private static final Set<String> JDBC_WRITES = Set.of(
            "org/springframework/jdbc/core/simple/JdbcClient$StatementSpec.update",
            "org/springframework/jdbc/core/JdbcTemplate.update",
            "org/springframework/jdbc/core/JdbcTemplate.batchUpdate",
            "org/springframework/jdbc/core/JdbcOperations.update",
            "org/springframework/jdbc/core/JdbcOperations.batchUpdate");
    private static final String AUDIT_RECORD = "org/renrentong/audit/AuditLog.record";
    private static final String BOOKKEEPING = "Lorg/renrentong/shared/Bookkeeping;";
    private static final Set<String> BLOB_WRITES = Set.of(
            "org/renrentong/storage/BlobStore.putIfAbsent", "org/renrentong/storage/BlobStore.delete");
    private static final List<Class<? extends Annotation>> CALLBACKS = List.of(EventListener.class,
            TransactionalEventListener.class, Scheduled.class,
            org.springframework.modulith.events.ApplicationModuleListener.class);

    /** One call in a method's code: its target ("owner.name" and descriptor), or a SQL write in the code itself. */
    private record Call(String owner, String name, String desc) {

        String key() {
            return owner + "." + name;
        }

        String id() {
            return owner + "." + name + desc;
        }
    }

    private final String root;
    private final String principal;
    private final Map<String, List<Call>> bodies = new HashMap<>();
    private final Map<String, Set<String>> subtypes = new HashMap<>();
    private final Map<String, Integer> access = new HashMap<>();
    private final Set<String> classes = new TreeSet<>();
    private final Map<String, Boolean> writes = new HashMap<>();
    private final Set<String> bookkeeping = new HashSet<>();
    private final Map<String, Boolean> checked = new HashMap<>();
    private final Map<String, Boolean> audited = new HashMap<>();

    /**
     * @param rootPackage   e.g. {@code org.renrentong}: its sub-packages are the modules
     * @param from          a class of the compiled tree to read (main or test classes), not of the other
     * @param principalType the type a public write must take
     */
    public WriteRules(String rootPackage, Class<?> from, Class<?> principalType) throws IOException {
        this.root = rootPackage.replace('.', '/') + "/";
        this.principal = principalType.getName();
        String location = from.getProtectionDomain().getCodeSource().getLocation().toString();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Resource r : resolver.getResources(location + root + "**/*.class")) {
            try (InputStream in = r.getInputStream()) {
                read(new ClassReader(in));
            }
        }
    }

    /** The offenders, each as "module: Class.method — what is missing", sorted. */
    public List<String> offenders() {
        List<String> found = new ArrayList<>();
        for (String internal : classes) {
            Class<?> type = load(internal);
            if (!isApi(internal, type)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || isCallback(m)) {
                    continue;
                }
                String id = internal + "." + m.getName() + org.springframework.asm.Type.getMethodDescriptor(m);
                if (!writes(id) || id.startsWith(AUDIT_RECORD + "(")) {
                    continue;
                }
                String problem = problem(internal, m, id);
                if (problem != null) {
                    found.add(module(internal) + ": " + type.getSimpleName() + "." + m.getName() + " — " + problem);
                }
            }
        }
        Collections.sort(found);
        return found;
    }

    private String problem(String internal, Method m, String id) {
        List<String> missing = new ArrayList<>();
        if (Arrays.stream(m.getParameterTypes()).noneMatch(p -> p.getName().equals(principal))) {
            missing.add("takes no " + principal.substring(principal.lastIndexOf('.') + 1));
        }
        if (!checkedFirst(id)) {
            missing.add("does not ask " + capitalised(module(internal)) + "Policy before writing");
        }
        if (!auditedLast(id)) {
            missing.add("does not call AuditLog.record after writing");
        }
        return missing.isEmpty() ? null : String.join(", ", missing);
    }

    /** Whether the module's policy is asked before the first call that writes, or that call is checked first. */
    private boolean checkedFirst(String id) {
        Boolean known = checked.get(id);
        if (known != null) {
            return known;
        }
        checked.put(id, false);
        String owner = id.substring(0, id.indexOf('.'));
        List<Call> calls = flatten(owner, id, new HashSet<>());
        String module = module(owner);
        boolean result = true;
        for (Call c : calls) {
            if (isPolicy(c.owner(), module)) {
                break;
            }
            if (callWrites(c)) {
                result = delegates(c) && targets(c).stream().filter(this::writes).allMatch(this::checkedFirst);
                break;
            }
        }
        checked.put(id, result);
        return result;
    }

    /** Whether {@code AuditLog.record} comes after the last call that writes, or that call is audited last. */
    private boolean auditedLast(String id) {
        Boolean known = audited.get(id);
        if (known != null) {
            return known;
        }
        audited.put(id, false);
        String owner = id.substring(0, id.indexOf('.'));
        List<Call> calls = flatten(owner, id, new HashSet<>());
        boolean result = true;
        for (int i = calls.size() - 1; i >= 0; i--) {
            Call c = calls.get(i);
            if (c.key().equals(AUDIT_RECORD)) {
                break;
            }
            if (callWrites(c)) {
                result = delegates(c) && targets(c).stream().filter(this::writes).allMatch(this::auditedLast);
                break;
            }
        }
        audited.put(id, result);
        return result;
    }

    /** The method's calls in code order, its own non-public helpers and lambdas taken in place. */
    private List<Call> flatten(String owner, String id, Set<String> seen) {
        List<Call> out = new ArrayList<>();
        if (!seen.add(id)) {
            return out;
        }
        for (Call c : bodies.getOrDefault(id, List.of())) {
            Integer flags = access.get(c.id());
            boolean helper = c.owner().equals(owner) && flags != null && (flags & Opcodes.ACC_PUBLIC) == 0;
            if (helper) {
                out.addAll(flatten(owner, c.id(), seen));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private boolean writes(String id) {
        Boolean known = writes.get(id);
        if (known != null) {
            return known;
        }
        String owner = id.substring(0, id.indexOf('.'));
        if (bookkeeping.contains(id) || bookkeeping.contains(owner)) {
            return false;
        }
        writes.put(id, false);
        boolean result = bodies.getOrDefault(id, List.of()).stream().anyMatch(this::callWrites);
        writes.put(id, result);
        return result;
    }

    private boolean callWrites(Call c) {
        if (c.owner().isEmpty()) {
            return true;
        }
        if (c.key().equals(AUDIT_RECORD)) {
            return false;
        }
        if (JDBC_WRITES.contains(c.key()) || BLOB_WRITES.contains(c.key())) {
            return true;
        }
        return c.owner().startsWith(root) && targets(c).stream().anyMatch(this::writes);
    }

    /** A call that writes through a method of the application (not SQL or a blob written right here). */
    private boolean delegates(Call c) {
        return c.owner().startsWith(root) && !BLOB_WRITES.contains(c.key());
    }

    /** The methods a call may run: the named one and its overrides in the application. */
    private Set<String> targets(Call c) {
        Set<String> types = new HashSet<>(subtypes.getOrDefault(c.owner(), Set.of()));
        types.add(c.owner());
        Set<String> out = new HashSet<>();
        types.forEach(t -> out.add(t + "." + c.name() + c.desc()));
        return out;
    }

    private void read(ClassReader reader) {
        String internal = reader.getClassName();
        classes.add(internal);
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public org.springframework.asm.AnnotationVisitor visitAnnotation(String desc, boolean visible) {
                if (desc.equals(BOOKKEEPING)) {
                    bookkeeping.add(internal);
                }
                return null;
            }

            @Override
            public void visit(int version, int flags, String name, String signature, String superName,
                              String[] interfaces) {
                Stream.concat(Stream.ofNullable(superName), Stream.of(interfaces == null ? new String[0] : interfaces))
                        .forEach(s -> subtypes.computeIfAbsent(s, k -> new HashSet<>()).add(name));
            }

            @Override
            public MethodVisitor visitMethod(int flags, String name, String desc, String signature, String[] ex) {
                String id = internal + "." + name + desc;
                access.put(id, flags);
                List<Call> calls = new ArrayList<>();
                bodies.put(id, calls);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public org.springframework.asm.AnnotationVisitor visitAnnotation(String d, boolean visible) {
                        if (d.equals(BOOKKEEPING)) {
                            bookkeeping.add(id);
                        }
                        return null;
                    }

                    @Override
                    public void visitMethodInsn(int op, String owner, String n, String d, boolean itf) {
                        calls.add(new Call(owner, n, d));
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof String s && SQL_WRITE.matcher(s).find()) {
                            calls.add(new Call("", "sql", ""));
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... args) {
                        for (Object a : args) {
                            if (a instanceof Handle h && h.getOwner().startsWith(root)) {
                                calls.add(new Call(h.getOwner(), h.getName(), h.getDesc()));
                            } else if (a instanceof String s && SQL_WRITE.matcher(s).find()) {
                                calls.add(new Call("", "sql", ""));
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
    }

    private boolean isApi(String internal, Class<?> type) {
        String rest = internal.substring(root.length());
        boolean base = rest.indexOf('/') == rest.lastIndexOf('/') && rest.indexOf('/') > 0;
        return (base || type.isAnnotationPresent(org.springframework.stereotype.Service.class))
                && Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !type.isRecord()
                && !type.isAnnotationPresent(Controller.class) && !type.isAnnotationPresent(RestController.class)
                && !type.isAnnotationPresent(org.springframework.context.annotation.Configuration.class);
    }

    /** Listeners, schedules and framework interfaces: called by the framework for nobody in particular. */
    private boolean isCallback(Method m) {
        if (CALLBACKS.stream().anyMatch(m::isAnnotationPresent)) {
            return true;
        }
        return supertypes(m.getDeclaringClass()).stream().filter(t -> !t.getName().startsWith(root.replace('/', '.')))
                .anyMatch(t -> {
                    try {
                        t.getMethod(m.getName(), m.getParameterTypes());
                        return true;
                    } catch (NoSuchMethodException e) {
                        return false;
                    }
                });
    }

    private static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(Arrays.asList(type.getInterfaces()));
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            all.add(type.getSuperclass());
            all.addAll(supertypes(type.getSuperclass()));
        }
        return all;
    }

    private boolean isPolicy(String owner, String module) {
        return owner.startsWith(root + module + "/") && owner.endsWith("Policy");
    }

    private String module(String internal) {
        String rest = internal.substring(root.length());
        return rest.substring(0, rest.indexOf('/'));
    }

    private static String capitalised(String module) {
        return Character.toUpperCase(module.charAt(0)) + module.substring(1);
    }

    private static Class<?> load(String internal) {
        try {
            return Class.forName(internal.replace('/', '.'), false, WriteRules.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
