package org.renrentong;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * The string constants of a compiled class: literals and text blocks, constant fields, the constant parts of
 * string concatenations, and annotation values. What the compiler keeps is what the code can run, so comments
 * never count and constants folded from other classes do.
 */
final class ClassConstants {

    private ClassConstants() {
    }

    static List<String> strings(Path classFile) throws IOException {
        List<String> constants = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile)) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    return collecting(constants);
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                               Object value) {
                    if (value instanceof String text) {
                        constants.add(text);
                    }
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        // a query method keeps its SQL in an annotation
                        @Override
                        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                            return collecting(constants);
                        }

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String text) {
                                constants.add(text);
                            }
                        }

                        // string concatenation keeps its constant parts in the recipe of an invokedynamic
                        @Override
                        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                                           Object... arguments) {
                            for (Object argument : arguments) {
                                if (argument instanceof String text) {
                                    constants.add(text);
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
        return constants;
    }

    /** Collects the string values of an annotation, in arrays and nested annotations too. */
    private static AnnotationVisitor collecting(List<String> constants) {
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                if (value instanceof String text) {
                    constants.add(text);
                }
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return this;
            }

            @Override
            public AnnotationVisitor visitAnnotation(String name, String descriptor) {
                return this;
            }
        };
    }
}
