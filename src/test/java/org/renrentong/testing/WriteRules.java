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
 * API), except controllers (their services are checked), and framework callbacks (event listeners, schedules,
 * methods that implement a framework interface): they act for nobody.
 * <p>
 * Every public write must (1) take the principal (a parameter of the principal type), (2) call its module's policy
 * (a class of the same module named {@code …Policy}) before its first call that writes — reading the target to
 * find out where it lives may come before — and (3) call {@code AuditLog.record} after its last call that writes.
 * The order is the order of the calls in the method's code, with its own private helpers and lambdas taken in place.
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
                if (!writes(id)) {
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
        List<Call> calls = flatten(internal, id, new HashSet<>());
        int firstWrite = -1;
        int lastWrite = -1;
        int firstPolicy = -1;
        int lastAudit = -1;
        String module = module(internal);
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            if (c.key().equals(AUDIT_RECORD)) {
                lastAudit = i;
            } else if (isPolicy(c.owner(), module)) {
                firstPolicy = firstPolicy < 0 ? i : firstPolicy;
            } else if (callWrites(c)) {
                firstWrite = firstWrite < 0 ? i : firstWrite;
                lastWrite = i;
            }
        }
        if (firstPolicy < 0 || firstPolicy > firstWrite) {
            missing.add("does not ask " + capitalised(module) + "Policy before writing");
        }
        if (lastAudit < lastWrite) {
            missing.add("does not call AuditLog.record after writing");
        }
        return missing.isEmpty() ? null : String.join(", ", missing);
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
        if (!c.owner().startsWith(root)) {
            return false;
        }
        Set<String> targets = new HashSet<>(subtypes.getOrDefault(c.owner(), Set.of()));
        targets.add(c.owner());
        return targets.stream().anyMatch(t -> writes(t + "." + c.name() + c.desc()));
    }

    private void read(ClassReader reader) {
        String internal = reader.getClassName();
        classes.add(internal);
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
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
        return rest.indexOf('/') == rest.lastIndexOf('/') && rest.indexOf('/') > 0
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
