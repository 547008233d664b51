package org.zhtext.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.zhtext.core.Setting;
import org.zhtext.io.UsageException;

/**
 * Per-article reference dates from a {@code --dates} CSV (header {@code file,date}; BOM tolerated). An article
 * is found by its {@code file} exactly as in the records, else by its base name.
 */
public final class ReferenceDates {
    private final Map<String, LocalDate> byFile;
    private final Map<String, LocalDate> byBaseName;

    private ReferenceDates(Map<String, LocalDate> byFile, Map<String, LocalDate> byBaseName) {
        this.byFile = byFile;
        this.byBaseName = byBaseName;
    }

    public static ReferenceDates none() {
        return new ReferenceDates(Collections.emptyMap(), Collections.emptyMap());
    }

    public static ReferenceDates load(Path csv) throws IOException {
        Map<String, LocalDate> files = new HashMap<>();
        Map<String, LocalDate> bases = new HashMap<>();
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(Setting.DATES, "no such file: " + csv);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (Reader r = new java.io.StringReader(text)) {
            CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
            var parser = f.parse(r);
            if (!parser.getHeaderMap().containsKey("file") || !parser.getHeaderMap().containsKey("date")) {
                throw new UsageException(Setting.DATES, csv + " needs a header row with columns file,date");
            }
            for (CSVRecord rec : parser) {
                String file = rec.get("file");
                String date = rec.get("date");
                LocalDate d;
                try {
                    d = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
                } catch (DateTimeParseException e) {
                    throw new UsageException(Setting.DATES, csv + " line " + rec.getRecordNumber() + ": not a YYYY-MM-DD date: " + date);
                }
                files.put(file, d);
                bases.put(baseName(file), d);
            }
        }
        return new ReferenceDates(files, bases);
    }

    /** The date for an article, or null. */
    public LocalDate lookup(String file) {
        LocalDate d = byFile.get(file);
        return d != null ? d : byBaseName.get(baseName(file));
    }

    private static String baseName(String file) {
        int i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(i + 1);
    }
}
