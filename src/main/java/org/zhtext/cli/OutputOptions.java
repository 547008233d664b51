package org.zhtext.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how records are written. */
public class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout.")
    Path output;

    @Option(names = "--excel", description = "CSV for spreadsheets: a UTF-8 BOM, and cells that a spreadsheet would run as formulas (=, +, -, @) neutralized.")
    boolean excel;
}
