package org.zhtext.archfixture.pipeline;

import org.zhtext.archfixture.corenlp.FixtureEngine;

/**
 * Breaks the rules on purpose (ArchitectureTest.aForbiddenImportFails): a "pipeline" class that names an engine's
 * class instead of going through EngineProvider. Never used by zhtext.
 */
public final class ReachesIntoEngine {
    private ReachesIntoEngine() {}

    static String engine() {
        return FixtureEngine.name();
    }
}
