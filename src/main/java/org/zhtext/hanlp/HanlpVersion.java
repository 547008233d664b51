package org.zhtext.hanlp;

import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.Properties;
import org.zhtext.engine.SetupException;

/**
 * The start-up guard: {@link HanlpPass} and {@link RoleTagger} reproduce HanLP's {@code ViterbiSegment}, role
 * taggers and custom-dictionary merge step for step, as they are in one release ({@link #EXPECTED}); another
 * HanLP on the class path is a setup error. The version is read from the Maven metadata that HanLP's jar
 * carries ({@value #POM}, kept in zhtext's shaded jar), beside the {@code ViterbiSegment} class that is actually
 * loaded. The test {@code HanlpPassTest} compares both readings of the pass with HanLP's own segmenter, so an
 * upgrade shows each difference there.
 */
final class HanlpVersion {
    /** The HanLP release that HanlpPass and RoleTagger follow (Maven version of {@code com.hankcs:hanlp}). */
    static final String EXPECTED = "portable-1.8.6";
    /** Where HanLP's jar records its Maven coordinates and version. */
    static final String POM = "META-INF/maven/com.hankcs/hanlp/pom.properties";

    /** The result of the check, once made: empty when the version is right, else the error. */
    private static volatile Optional<String> error;

    private HanlpVersion() {}

    /** The error for HanLP {@code found} (null: no version information), or null when it is {@link #EXPECTED}. */
    static String mismatch(String found) {
        if (EXPECTED.equals(found)) return null;
        return "HanLP " + EXPECTED + " expected on the class path, found "
                + (found == null ? "a HanLP without version information (no " + POM + " beside its classes)" : "HanLP " + found)
                + ": zhtext reproduces that release's segmenter step for step and runs with it only";
    }

    /**
     * The Maven version of the HanLP that {@code ViterbiSegment} is loaded from, read from the {@value #POM} of the
     * same jar or folder; null when there is none.
     */
    static String onClassPath() {
        String suffix = ViterbiSegment.class.getName().replace('.', '/') + ".class";
        URL cls = ViterbiSegment.class.getResource("/" + suffix);
        if (cls == null) return null;
        String s = cls.toExternalForm();
        if (!s.endsWith(suffix)) return null;
        try (InputStream in = new URL(s.substring(0, s.length() - suffix.length()) + POM).openStream()) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Checks once per process that the HanLP on the class path is {@link #EXPECTED}.
     *
     * @throws SetupException naming the expected and the found version otherwise
     */
    static void require() {
        Optional<String> e = error;
        if (e == null) error = e = Optional.ofNullable(mismatch(onClassPath()));
        if (e.isPresent()) throw new SetupException(e.get());
    }
}
