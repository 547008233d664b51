package org.zhtext.archfixture.corenlp;

/** An engine package of the fixture (ArchitectureTest.aForbiddenImportFails). */
public final class FixtureEngine {
    public static String name() {
        return "fixture";
    }
}
