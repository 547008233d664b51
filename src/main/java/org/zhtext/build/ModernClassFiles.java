package org.zhtext.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (Maven's {@code process-classes} phase, pom.xml; not in the jar): writes the classes of a library
 * jar that are older than Java 6 class files (picocli's, compiled for Java 5) into the build's class folder as
 * Java 8 class files with stack map frames (ASM: frames computed, version raised, bytecode unchanged), where they
 * take the place of the jar's (the shaded jar leaves the originals out).
 * <p>
 * Why: the JVM's class-data sharing, which the launcher uses (bin/zhtext), does not archive class files older
 * than Java 6, nor a class that implements an interface from one, so picocli's 175 classes (and zhtext's
 * commands' helpers that implement its interfaces) were read from the jar and verified by the old verifier at
 * every start: about 50 ms of each command (docs/PERFORMANCE.md).
 * <p>
 * usage: {@code ModernClassFiles JAR_NAME OUTPUT_DIR PACKAGE_PREFIX} (e.g. {@code picocli-4.7.7.jar target/classes picocli/}):
 * the jar of that file name on this program's class path.
 */
public final class ModernClassFiles {
    private ModernClassFiles() {}

    public static void main(String[] args) throws IOException {
        Path jar = onClassPath(args[0]), out = Path.of(args[1]);
        String prefix = args[2];
        int written = 0;
        try (JarFile jf = new JarFile(jar.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.startsWith(prefix) || !name.endsWith(".class") || name.startsWith("META-INF/")) continue;
                byte[] original;
                try (InputStream in = jf.getInputStream(entry)) {
                    original = in.readAllBytes();
                }
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, modern(original, loader));
                written++;
            }
        }
        if (written == 0) throw new IllegalStateException("no class under " + prefix + " in " + jar);
        System.out.println("ModernClassFiles: " + written + " classes of " + jar.getFileName() + " as Java 8 class files in " + out);
    }

    /** The entry of this JVM's class path whose file name is {@code name}. */
    private static Path onClassPath(String name) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName() != null && p.getFileName().toString().equals(name)) return p;
        }
        throw new IllegalStateException(name + " is not on the class path");
    }

    /** The class file as a Java 8 one (at least) with stack map frames computed; the same class file if already newer. */
    static byte[] modern(byte[] classFile, ClassLoader loader) {
        ClassReader reader = new ClassReader(classFile);
        int major = ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
        if (major >= Opcodes.V1_8) return classFile;
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader; // the library's classes, for the common superclass of two of them
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
