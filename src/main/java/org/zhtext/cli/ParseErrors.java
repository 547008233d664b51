package org.zhtext.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a command line picocli cannot parse is reported: one line naming the problem, with picocli's suggestions
 * for a mistyped command or option when one of them is close ({@code zhtext figure} → "Did you mean: figures?"),
 * then where to find the usage. Exit status 2.
 */
final class ParseErrors {
    private ParseErrors() {}

    static int report(ParameterException ex, PrintStream err) {
        CommandLine cmd = ex.getCommandLine();
        err.println("zhtext: " + message(ex));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE;
    }

    static String message(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return ex.getMessage();
        CommandLine cmd = ex.getCommandLine();
        String arg = u.getUnmatched().get(0);
        List<String> close = close(arg, u.getSuggestions());
        String didYouMean = close.isEmpty() ? "" : ". Did you mean: " + String.join(" or ", close) + "?";
        if (u.isUnknownOption()) return "unknown option '" + arg + "'" + didYouMean;
        if (!cmd.getSubcommands().isEmpty()) {
            if (cmd.getParent() != null) return "'" + cmd.getCommandSpec().qualifiedName() + "' has no command '" + arg + "'" + didYouMean;
            if (close.isEmpty() && exists(arg)) return "'" + arg + "' is not a command: name one first, e.g. zhtext analyze " + arg;
            return "unknown command '" + arg + "'" + didYouMean;
        }
        return ex.getMessage() + didYouMean;
    }

    /**
     * Picocli's suggestions that are plausibly what was meant: a few letters mistyped (at most a third of them,
     * at least one), or the same word but for its end ({@code entity} → {@code entities}, {@code --emit} →
     * {@code --emit-text}, {@code evaluate} → {@code eval}). Picocli's own list is generous ({@code frobnicate} →
     * {@code generate-completion}).
     */
    static List<String> close(String typed, List<String> suggestions) {
        String t = typed.toLowerCase(Locale.ROOT);
        int n = letters(t);
        return suggestions.stream().filter(s -> {
            String c = s.toLowerCase(Locale.ROOT);
            int prefix = 0;
            while (prefix < Math.min(t.length(), c.length()) && t.charAt(prefix) == c.charAt(prefix)) prefix++;
            return distance(t, c) <= Math.max(1, n / 3)
                    || n >= 3 && prefix >= t.length() - 1
                    || letters(c) >= 4 && prefix == c.length();
        }).toList();
    }

    private static int letters(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '-') i++;
        return s.length() - i;
    }

    /** Edits (insertions, deletions, substitutions, swaps of neighbours) from a to b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean exists(String arg) {
        try {
            return arg.equals("-") || Files.exists(Path.of(arg));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
