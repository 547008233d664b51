package org.zhtext.archfixture.figures;

import org.zhtext.hanlp.HanlpProvider;
import picocli.CommandLine;

/**
 * Breaks the rules on purpose (ArchitectureTest.aForbiddenImportFails): a "figures" class that loads an engine
 * and uses picocli. Never used by zhtext.
 */
public final class ForbiddenFigure {
    private ForbiddenFigure() {}

    static String engine() {
        return new HanlpProvider().name() + CommandLine.class.getSimpleName();
    }
}
