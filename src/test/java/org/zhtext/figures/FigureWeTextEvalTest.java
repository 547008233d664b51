package org.zhtext.figures;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scores the figures on WeTextProcessing's Chinese test tables ({@code ../shared/eval/figures_wetext}, read its
 * README): per category (date, time, money, measure), each case's Chinese side (the input of {@code itn_*}, the
 * expected text of {@code tn_*}) must be one figure, the whole text, whose value equals the written side. Measured,
 * never tuned on: no rule was changed after looking at these results. Prints the table and every miss; no floor
 * (the numbers are in docs/EVALUATION.md). Skipped and counted: sentences holding several figures, bare numbers
 * and counts with no figure kind (二十点一万, 十几, 一百余, 一百兆), an address (中关村101号), and offsets (一年后),
 * which zhtext resolves to a date rather than an amount.
 */
class FigureWeTextEvalTest {
    private static final Path DIR = Path.of("../shared/eval/figures_wetext");
    private static final FigureExtractor FX = new FigureExtractor();
    private static final ExtractOptions OPTS =
            ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.of(2025, 11, 7), "option");

    @Test
    void score() throws IOException {
        if (!Files.isDirectory(DIR)) {
            System.out.println("WeTextProcessing tables: " + DIR + " absent; not scored");
            return;
        }
        Map<String, int[]> table = new TreeMap<>(); // category → ok, scored, skipped
        for (String cat : new String[] {"date", "time", "money", "measure"}) {
            for (String dir : new String[] {"itn", "tn"}) {
                Path p = DIR.resolve(dir + "_" + cat + ".txt");
                if (!Files.exists(p)) continue;
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    int k = line.indexOf(" => ");
                    if (k < 0) continue;
                    String chinese = (dir.equals("itn") ? line.substring(0, k) : line.substring(k + 4)).strip();
                    String written = (dir.equals("itn") ? line.substring(k + 4) : line.substring(0, k)).strip();
                    int[] c = table.computeIfAbsent(cat, x -> new int[3]);
                    String why = skip(chinese, written);
                    if (why != null) {
                        c[2]++;
                        continue;
                    }
                    c[1]++;
                    String miss = check(cat, chinese, written);
                    if (miss == null) c[0]++;
                    else if (Boolean.getBoolean("figures.misses")) System.out.println("wetext miss (" + dir + "_" + cat + "): " + chinese + " => " + written + ": " + miss);
                }
            }
        }
        System.out.println("WeTextProcessing tables (measured, not tuned on): category ok / scored (skipped)");
        int ok = 0, n = 0;
        for (var e : table.entrySet()) {
            int[] c = e.getValue();
            ok += c[0];
            n += c[1];
            System.out.printf("  %-8s %3d / %3d (%.3f), %d skipped%n", e.getKey(), c[0], c[1], c[1] == 0 ? 0.0 : (double) c[0] / c[1], c[2]);
        }
        System.out.printf("  total    %3d / %3d (%.3f)%n", ok, n, n == 0 ? 0.0 : (double) ok / n);
    }

    /** Why a case is not scored, or null. */
    private static String skip(String chinese, String written) {
        if (chinese.length() > 20 || chinese.matches(".*[，,。.?？].*")) return "sentence";
        if (written.matches("[0-9.]+万?") || written.matches(".*(几|余|兆)$")) return "bare number";
        if (written.endsWith("号") && !written.matches(".*\\d+/\\d+.*")) return "address";
        if (written.endsWith("年后")) return "offset";
        return null;
    }

    private static final Pattern NUM = Pattern.compile("[0-9]+(\\.[0-9]+)?([万亿兆][0-9]+)*[万亿兆]?");

    /** Null when the case passes, else what differs. */
    private static String check(String cat, String chinese, String written) {
        List<Figure> figs = FX.extract(chinese, OPTS).figures();
        Figure f = figs.stream().filter(x -> x.text().equals(chinese)).findFirst().orElse(null);
        if (f == null) return "no single figure for the whole text: " + figs;
        switch (cat) {
            case "date": return date(f, written);
            case "time": return time(f, written);
            default: return amount(f, written);
        }
    }

    private static List<Integer> ints(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("[0-9]+").matcher(s);
        while (m.find()) out.add(Integer.parseInt(m.group()));
        return out;
    }

    private static String date(Figure f, String written) {
        if (!(f.value() instanceof String v)) return "no date value: " + f;
        List<Integer> want = ints(written.replace("公元", ""));
        if (written.matches("\\d{2}[-/.]\\d{4}")) want = List.of(want.get(1), want.get(0)); // 08-2008
        else if (written.matches("\\d{2}[-/.]\\d{2}[-/.]\\d{4}")) want = List.of(want.get(2), want.get(1), want.get(0));
        List<Integer> got = ints(v);
        if (want.size() == 3 && want.get(0) < 100) got = List.of(got.get(0) % 100, got.get(1), got.get(2)); // 85/02/27
        List<Integer> tail = got.subList(Math.max(0, got.size() - want.size()), got.size());
        return tail.equals(want) ? null : "value " + v;
    }

    private static String time(Figure f, String written) {
        Object v = f.value();
        if (!(v instanceof String s) || s.indexOf('T') < 0) return "no time value: " + f;
        String clock = s.substring(s.indexOf('T') + 1);
        List<Integer> got = ints(clock.length() > 8 ? clock.substring(0, 8) : clock);
        List<Integer> want = new ArrayList<>(ints(written));
        boolean pm = written.contains("p.m."), am = written.contains("a.m.");
        if (pm && want.get(0) < 12) want.set(0, want.get(0) + 12);
        if (am && want.get(0) == 12) want.set(0, 0);
        while (got.size() > want.size() && got.get(got.size() - 1) == 0) got.remove(got.size() - 1);
        while (want.size() > got.size() && want.get(want.size() - 1) == 0) want.remove(want.size() - 1);
        return got.equals(want) ? null : "value " + s;
    }

    private static final Map<String, String> SYMBOLS = Map.of("¥", "CNY", "￥", "CNY", "$", "USD", "£", "GBP", "₽", "RUB",
            "€", "EUR", "RM", "MYR", "TWD", "TWD", "CNY", "CNY");

    private static String amount(Figure f, String written) {
        // the written numbers: a range 8000~9000, 45-6 (45 to 46), 730-40 (730 to 740), with a shared scale (3~4万)
        String w = written.replace(" ", "").replaceAll("^(\\d+)块(\\d)毛$", "$1.$2块"); // 12块5毛 = 12.5 yuan
        Matcher m = NUM.matcher(w);
        List<String> nums = new ArrayList<>();
        int first = -1, last = 0;
        while (m.find()) {
            if (first < 0) first = m.start();
            nums.add(m.group());
            last = m.end();
        }
        if (nums.isEmpty()) return "no number written";
        String prefix = w.substring(0, first), unit = w.substring(last);
        if (nums.get(nums.size() - 1).matches(".*[万亿兆]") && nums.size() > 1 && !nums.get(0).matches(".*[万亿兆]")) {
            String lastNum = nums.get(nums.size() - 1);
            String scale = lastNum.substring(lastNum.length() - 1);
            for (int i = 0; i < nums.size() - 1; i++) nums.set(i, nums.get(i) + scale); // 3~4万: both in 万
        }
        List<BigDecimal> want = new ArrayList<>();
        for (int i = 0; i < nums.size(); i++) {
            String t = nums.get(i);
            if (i == 1 && w.contains("-") && t.length() < nums.get(0).length()) {
                t = nums.get(0).substring(0, nums.get(0).length() - t.length()) + t;
            }
            want.add(ChineseNumbers.parse(t));
        }
        List<BigDecimal> got = new ArrayList<>();
        for (Object o : new Object[] {f.value(), f.low(), f.high()}) {
            if (o instanceof BigDecimal b) got.add(b);
            else if (o instanceof String iso) got.add(new BigDecimal(iso.replaceAll("[^0-9.]", "")));
        }
        if (got.size() != want.size()) return "values " + got + " vs " + want;
        for (int i = 0; i < got.size(); i++) if (got.get(i).compareTo(want.get(i)) != 0) return "values " + got + " vs " + want;
        String cur = SYMBOLS.get(prefix);
        if (unit.equals("块钱") || unit.equals("块") || unit.startsWith("块")) cur = "CNY";
        if (cur != null) return cur.equals(f.currency()) ? null : "currency " + f.currency() + " vs " + cur;
        if (unit.equals("%")) return f.kind() == FigureKind.PERCENT && "%".equals(f.unit()) ? null : "unit " + f.unit();
        String u = f.unit();
        if (f.kind() == FigureKind.DURATION && f.value() instanceof String iso) u = iso.endsWith("S") ? "s" : "min";
        if (f.kind() == FigureKind.DURATION && f.low() instanceof String iso) u = iso.endsWith("S") ? "s" : "min";
        if ("km".equals(u) && "小时".equals(f.per())) u = "km/h"; // 每小时十公里: km per 小时
        return u != null && u.equalsIgnoreCase(unit) ? null : "unit " + u + " vs " + unit;
    }
}
