package org.zhtext.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.zhtext.figures.FigureKind;
import org.zhtext.io.UsageException;
import org.zhtext.pipeline.FigureRows;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The figure options shared by {@code figures} and {@code analyze}: which figures, and their {@link DateOptions}. */
public class FigureOptions {
    /** The kind names for the help text ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
    static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return EnumSet.allOf(FigureKind.class).stream().map(FigureKind::id).iterator();
        }
    }

    @Option(names = "--kinds", paramLabel = "KIND", split = ",", completionCandidates = KindNames.class,
            description = "Only these kinds: ${COMPLETION-CANDIDATES} (comma separated).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--tariff-only", description = "Only figures about tariffs.")
    boolean tariffOnly;

    /** The reference dates (--reference-date, --prefer, --dates): tariffs has these alone. */
    @Mixin DateOptions dates;

    FigureRows build() throws Exception {
        Set<FigureKind> ks = EnumSet.noneOf(FigureKind.class);
        for (String k : kinds) {
            FigureKind t = FigureKind.of(k);
            if (t == null) throw new UsageException("--kinds: unknown kind '" + k + "' (" + FigureKind.names() + ")");
            ks.add(t);
        }
        return dates.build(ks.isEmpty() ? EnumSet.allOf(FigureKind.class) : ks, tariffOnly);
    }
}
