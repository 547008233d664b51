package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evaluation over the Duckling ZH corpus and the cn2an tables in {@code ${zhtext.shared}/eval}. Prints
 * accuracy per type and fails below floors set from measured numbers. Duckling semantics: the whole text
 * must be one figure whose value matches (our qualifier words — 至少, 以下… — sit outside the figure's span
 * by the record contract, so a text may also be qualifier + figure). Time cases are scored per class; the
 * classes beyond calendar dates (relative days and months, weekdays and weeks, offsets, holidays) run with
 * {@link DatePreference#FUTURE}, Duckling's convention. Cases where Duckling's own answer is doubtful (下周三 on a
 * Tuesday is that week's Wednesday for Duckling; 这周一 on a Tuesday next week's Monday) and locale-dependent ones
 * (国庆 in zh_TW) are counted and printed apart; clock times, parts of day, offsets in hours, minutes and seconds, and
 * the religious holidays of other calendars are counted, not scored.
 */
class FigureEvalTest {
    private static final FigureExtractor FX = new FigureExtractor();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path eval;

    /** Accuracy floors, set a little below the measured accuracy (see the report in the README). */
    private static final Map<String, Double> FLOORS = Map.ofEntries(
            Map.entry("duckling number", 0.93), Map.entry("duckling money", 0.85), Map.entry("duckling time (calendar)", 0.85),
            Map.entry("duckling duration", 0.65), Map.entry("cn2an number", 0.97), Map.entry("cn2an negatives", 0.95),
            Map.entry("cn2an an2cn", 0.97), Map.entry("cn2an sentences", 0.80),
            // issue 15: at least 0.80 each, set just under the measured accuracy
            Map.entry("duckling time (relative day)", 0.95), Map.entry("duckling time (relative month)", 0.95),
            Map.entry("duckling time (weekday / week)", 0.93), Map.entry("duckling time (relative offset)", 0.95),
            Map.entry("duckling time (holiday)", 0.88));

    private static final Set<String> QUALIFIER_WORDS =
            Set.of("至少", "起碼", "起码", "最多", "以下", "以上", "超过", "约", "不到", "近");

    @BeforeAll
    static void locate() {
        String shared = System.getProperty("zhtext.shared");
        Path p = shared == null ? null : Path.of(shared, "eval");
        boolean present = p != null && Files.isDirectory(p.resolve("figures_duckling")) && Files.isDirectory(p.resolve("figures_cn2an"));
        if (!present) System.err.println("FigureEvalTest: shared eval data absent (zhtext.shared=" + shared + "), skipping");
        Assumptions.assumeTrue(present, "shared eval data absent");
        eval = p;
    }

    /** Counts per type. */
    private static final class Score {
        final Map<String, int[]> byType = new TreeMap<>();
        final List<String> misses = new ArrayList<>();

        void add(String type, boolean ok, String what) {
            int[] c = byType.computeIfAbsent(type, k -> new int[2]);
            c[1]++;
            if (ok) c[0]++;
            else if (misses.size() < 400) misses.add(type + ": " + what);
        }

        void report(String title) {
            System.out.println("== " + title);
            System.out.printf("%-28s %6s %6s %8s %6s%n", "type", "ok", "n", "accuracy", "floor");
            for (var e : byType.entrySet()) {
                int[] c = e.getValue();
                Double floor = FLOORS.get(e.getKey());
                System.out.printf("%-28s %6d %6d %8.3f %6s%n", e.getKey(), c[0], c[1], (double) c[0] / c[1],
                        floor == null ? "-" : String.format("%.2f", floor));
            }
            if (Boolean.getBoolean("zhtext.eval.misses")) misses.forEach(m -> System.out.println("  miss " + m));
        }

        void assertFloors() {
            for (var e : byType.entrySet()) {
                Double floor = FLOORS.get(e.getKey());
                if (floor == null) continue;
                double acc = (double) e.getValue()[0] / e.getValue()[1];
                assertTrue(acc >= floor, e.getKey() + " accuracy " + acc + " below floor " + floor);
            }
        }
    }

    private static List<JsonNode> lines(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void duckling() throws IOException {
        Score score = new Score();
        Map<String, Integer> outOfScope = new TreeMap<>();
        List<String> apart = new ArrayList<>();
        int spanChecks = 0;
        for (JsonNode r : lines(eval.resolve("figures_duckling/duckling_zh.jsonl"))) {
            String type = r.get("type").asText();
            String text = r.get("text").asText();
            JsonNode exp = r.get("expected");
            spanChecks += checkSpans(text);
            switch (type) {
                case "number" -> {
                    BigDecimal v = ChineseNumbers.parse(text);
                    score.add("duckling number", v != null && v.compareTo(exp.get("value").decimalValue()) == 0, text + " -> " + v);
                }
                case "money" -> score.add("duckling money", moneyMatches(text, exp), text + " -> " + only(text, null));
                case "duration" -> {
                    Figure f = only(text, FigureKind.DURATION);
                    double want = exp.get("value").asDouble() * seconds(exp.get("grain").asText());
                    score.add("duckling duration", f != null && f.value() != null && Math.abs(isoSeconds((String) f.value()) - want) < 1e-6,
                            text + " -> " + f);
                }
                case "time" -> {
                    String cls = timeClass(text, exp);
                    LocalDate ref = LocalDate.parse(r.get("reference_time").asText().substring(0, 10));
                    if (cls.equals("calendar")) {
                        Figure f = only(text, FigureKind.DATE, ref);
                        String want = isoByGrain(exp);
                        score.add("duckling time (calendar)", f != null && want.equals(f.value()), text + " -> " + f + " want " + want);
                        continue;
                    }
                    if (!SCORED_TIME.contains(cls)) {
                        outOfScope.merge(cls, 1, Integer::sum);
                        continue;
                    }
                    Figure f = only(text, FigureKind.DATE, ref, DatePreference.FUTURE);
                    boolean ok = timeMatches(text, exp, f);
                    String doubt = doubtful(text, exp, r.get("locale").asText(), ref);
                    if (doubt != null) {
                        apart.add(cls + ": " + text + " (" + doubt + "; Duckling " + exp + ", zhtext " + (f == null ? "-" : f.value() != null ? f.value() : f.low() + ".." + f.high()) + ")");
                        continue;
                    }
                    score.add("duckling time (" + cls + ")", ok, text + " -> " + f + " want " + exp);
                }
                default -> outOfScope.merge(type, 1, Integer::sum);
            }
        }
        score.report("Duckling ZH (figures_duckling)");
        System.out.println("out of scope (counted, not scored; quantity: Duckling converts to base units, we keep"
                + " the written unit): " + outOfScope);
        System.out.println("counted apart, Duckling's answer doubtful or locale-dependent: " + apart.size()
                + (Boolean.getBoolean("zhtext.eval.misses") ? ":" : " (listed with -Dzhtext.eval.misses=true)"));
        if (Boolean.getBoolean("zhtext.eval.misses")) apart.forEach(a -> System.out.println("  " + a));
        assertTrue(spanChecks > 0);
        score.assertFloors();
    }

    @Test
    void cn2an() throws IOException {
        Score score = new Score();
        List<JsonNode> cn = lines(eval.resolve("figures_cn2an/cn2an_cn2an.jsonl"));
        Set<String> positives = new java.util.HashSet<>();
        for (JsonNode r : cn) if (!r.get("expected").isNull()) positives.add(r.get("text").asText());
        for (JsonNode r : cn) {
            String text = r.get("text").asText();
            BigDecimal v = ChineseNumbers.parse(text);
            if (r.get("expected").isNull()) {
                // upstream: looser modes accept what stricter ones reject (一一 is valid in normal mode)
                if (!positives.contains(text)) score.add("cn2an negatives", v == null, text + " -> " + v);
            } else {
                BigDecimal want = new BigDecimal(r.get("expected").asText());
                score.add("cn2an number", v != null && v.compareTo(want) == 0, r.get("mode").asText() + " " + text + " -> " + v);
            }
        }
        for (JsonNode r : lines(eval.resolve("figures_cn2an/cn2an_an2cn.jsonl"))) {
            if (!r.get("input").isNumber()) continue;
            BigDecimal input = r.get("input").decimalValue();
            int k = 0;
            for (JsonNode form : r.get("expected")) {
                // forms: lower, upper, rmb (upstream rounds to 分), direct
                BigDecimal want = k++ == 2 ? input.setScale(2, java.math.RoundingMode.HALF_UP) : input;
                BigDecimal v = ChineseNumbers.parse(form.asText());
                score.add("cn2an an2cn", v != null && v.compareTo(want) == 0, form.asText() + " -> " + v + " want " + want);
            }
        }
        for (JsonNode r : lines(eval.resolve("figures_cn2an/cn2an_transform_sentences.jsonl"))) {
            String a = r.get("input").asText(), b = r.get("expected_output").asText();
            List<String> fa = signature(a), fb = signature(b);
            if (fa.isEmpty() && fb.isEmpty()) continue;
            score.add("cn2an sentences", fa.equals(fb), a + " " + fa + " vs " + b + " " + fb);
            checkSpans(a);
            checkSpans(b);
        }
        score.report("cn2an (figures_cn2an)");
        score.assertFloors();
    }

    /** Kind and values of a sentence's figures, for comparing the Arabic and Chinese-numeral forms. */
    private static List<String> signature(String text) {
        List<String> out = new ArrayList<>();
        for (Figure f : FX.extract(text, ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.of(2020, 1, 1), "option")).figures()) {
            out.add(f.kind() + ":" + num(f.value()) + ":" + num(f.low()) + ":" + num(f.high()) + ":" + f.unit() + ":" + f.currency());
        }
        return out;
    }

    private static String num(Object o) {
        return o instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(o);
    }

    /** Every figure's text equals the text at [start, end) in code points. Returns the number checked. */
    static int checkSpans(String text) {
        int[] cps = text.codePoints().toArray();
        int k = 0;
        for (Figure f : FX.extract(text, ExtractOptions.DEFAULTS).figures()) {
            assertEquals(new String(cps, f.start(), f.end() - f.start()), f.text(), text);
            k++;
        }
        return k + 1;
    }

    private static Figure only(String text, FigureKind kind) {
        return only(text, kind, null);
    }

    /** The single figure of that kind (any kind when null) that covers the whole text (modulo qualifiers). */
    private static Figure only(String text, FigureKind kind, LocalDate ref) {
        return only(text, kind, ref, DatePreference.DEFAULT);
    }

    private static Figure only(String text, FigureKind kind, LocalDate ref, DatePreference prefer) {
        ExtractOptions o = (ref == null ? ExtractOptions.DEFAULTS : ExtractOptions.DEFAULTS.withReferenceDate(ref, "option")).withPrefer(prefer);
        List<Figure> figs = FX.extract(text, o).figures();
        if (figs.size() != 1) return null;
        Figure f = figs.get(0);
        if (kind != null && f.kind() != kind) return null;
        int len = (int) text.codePoints().count();
        String before = new String(text.codePoints().limit(f.start()).toArray(), 0, f.start()).strip();
        String after = new String(text.codePoints().skip(f.end()).toArray(), 0, len - f.end()).strip();
        boolean covered = (before.isEmpty() || (f.qualifier() != null && QUALIFIER_WORDS.contains(before)))
                && (after.isEmpty() || (f.qualifier() != null && QUALIFIER_WORDS.contains(after)));
        return covered ? f : null;
    }

    private static boolean moneyMatches(String text, JsonNode exp) {
        Figure f = only(text, FigureKind.MONEY);
        if (f == null) return false;
        String unit = exp.get("unit").asText();
        BigDecimal scale = unit.equals("Cent") ? new BigDecimal("0.01") : BigDecimal.ONE;
        Set<String> currencies = switch (unit) {
            case "Dollar", "Cent" -> Set.of("CNY", "HKD"); // generic 元/块/蚊 and their cents
            default -> Set.of(unit);
        };
        if (!currencies.contains(f.currency())) return false;
        if (exp.has("open_interval")) {
            boolean under = exp.get("open_interval").asText().equals("under");
            BigDecimal bound = exp.get(under ? "to" : "from").decimalValue().multiply(scale);
            Set<String> q = under ? Set.of("less_than", "up_to") : Set.of("more_than");
            return q.contains(f.qualifier()) && eq(f.value(), bound);
        }
        if (exp.has("from")) {
            return eq(f.low(), exp.get("from").decimalValue().multiply(scale)) && eq(f.high(), exp.get("to").decimalValue().multiply(scale));
        }
        return eq(f.value(), exp.get("value").decimalValue().multiply(scale));
    }

    private static boolean eq(Object a, BigDecimal b) {
        return a instanceof BigDecimal x && x.compareTo(b) == 0;
    }

    private static final Pattern HOLIDAY = Pattern.compile(".*(节|節|国庆|國慶|新年|主日|受難|受难|日翌日|前夜|之夜|一小时|一小時|四旬|斋|齋|黑色星期).*");
    private static final Pattern OFFSET = Pattern.compile(".*((上|下|前|后|後)(两|二|兩|三|個|个)|(前|後|后|之前|之後)$).*");
    private static final Pattern WEEK = Pattern.compile(".*(星期|礼拜|禮拜|周|週).*");
    private static final Pattern DAY_WORD = Pattern.compile("(今|昨|明|后|後|前|大後|聽|尋)(天|日)|现在|現在|此时|此時|此刻|当前|當前|宜家|而家|依家");
    private static final Pattern REL_MONTH = Pattern.compile(".*(上月|下月|个月|個月).*");

    /** The time classes scored besides calendar (the others are counted). */
    private static final Set<String> SCORED_TIME =
            Set.of("relative day", "relative month", "weekday / week", "relative offset", "holiday");

    /**
     * Duckling's holidays that Chinese news writes about: public and traditional festivals of China, Hong Kong and
     * Macao (with the Easter days that are public holidays in Hong Kong) and the Western days the press covers.
     * 国庆 has no name in the corpus (locales zh_CN … zh_TW).
     */
    private static final Set<String> NEWS_HOLIDAYS = Set.of("元旦", "妇女节", "劳动节", "儿童节", "建军节", "圣诞节", "愚人节",
            "万圣节", "澳门回归纪念日", "情人节", "国际消费者权益日", "春节", "复活节", "复活节星期一", "耶稣受难日", "圣周六");

    /** Classes of Duckling time cases. */
    static String timeClass(String text, JsonNode exp) {
        String grain = exp.get("grain").asText();
        boolean clock = Set.of("hour", "minute", "second").contains(grain);
        if (exp.has("holiday") || HOLIDAY.matcher(text).matches()) {
            if (clock) return "clock / part of day";
            return !exp.has("holiday") || NEWS_HOLIDAYS.contains(exp.get("holiday").asText()) ? "holiday" : "holiday (other religious calendars)";
        }
        if (exp.has("from") && OFFSET.matcher(text).matches()) return clock ? "clock / part of day (offsets in hours, minutes, seconds)" : "relative offset";
        if (Set.of("hour", "minute", "second").contains(grain) || exp.has("from")) return "clock / part of day";
        if (grain.equals("week") || WEEK.matcher(text).matches()) return "weekday / week";
        if (DAY_WORD.matcher(text).matches()) return "relative day";
        if (REL_MONTH.matcher(text).matches()) return "relative month";
        return "calendar";
    }

    /**
     * Whether our date figure f says what Duckling's expected value says, at its grain: a day, a month, a year, or a
     * week (Monday to Sunday, as low and high). An interval (Duckling's {@code to} is exclusive) matches a range with
     * the same first and last unit, or — for 三天后 / 两年前, which we read as a point in time — a date in the last
     * unit of Duckling's interval (after) or its first (before).
     */
    private static boolean timeMatches(String text, JsonNode exp, Figure f) {
        if (f == null) return false;
        String grain = exp.get("grain").asText();
        if (exp.has("value")) {
            LocalDate v = LocalDate.parse(exp.get("value").asText().substring(0, 10));
            if (grain.equals("week")) return v.toString().equals(f.low()) && v.plusDays(6).toString().equals(f.high());
            return at(v, grain).equals(f.value());
        }
        LocalDate from = LocalDate.parse(exp.get("from").asText().substring(0, 10));
        LocalDate to = LocalDate.parse(exp.get("to").asText().substring(0, 10));
        LocalDate last = switch (grain) {
            case "week" -> to.minusWeeks(1);
            case "month" -> to.minusMonths(1);
            case "year" -> to.minusYears(1);
            default -> to.minusDays(1);
        };
        if (f.value() == null) {
            String hi = grain.equals("week") ? last.plusDays(6).toString() : at(last, grain);
            return at(from, grain).equals(f.low()) && hi.equals(f.high());
        }
        String v = (String) f.value();
        boolean after = text.endsWith("后") || text.endsWith("後");
        LocalDate point = after ? last : from;
        if (grain.equals("week")) {
            LocalDate d = LocalDate.parse(v);
            return d.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).equals(point);
        }
        return at(point, grain).equals(v) || (grain.equals("day") && point.toString().equals(v));
    }

    private static String at(LocalDate d, String grain) {
        return switch (grain) {
            case "year" -> d.toString().substring(0, 4);
            case "month" -> d.toString().substring(0, 7);
            default -> d.toString();
        };
    }

    /**
     * Why Duckling's answer for a case is itself doubtful, or null: 下周X that Duckling puts in the reference date's
     * own week (下周三 on a Tuesday: Chinese 下周三 is next week's Wednesday), 这周X / 今個星期X that it puts in
     * another week (这周一 on a Tuesday is this week's Monday, not the next one), and 国庆 in zh_TW (October 10, where
     * zhtext reads 国庆 as October 1 unless the text says 双十).
     */
    static String doubtful(String text, JsonNode exp, String locale, LocalDate ref) {
        if (locale.equals("zh_TW")) return "locale: Taiwan's 國慶 is October 10";
        if (!exp.has("value") || !exp.get("grain").asText().equals("day")) return null;
        LocalDate v = LocalDate.parse(exp.get("value").asText().substring(0, 10));
        LocalDate monday = ref.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        boolean thisWeek = !v.isBefore(monday) && v.isBefore(monday.plusWeeks(1));
        if (text.matches("^下(个|個)?(周|週|星期|礼拜|禮拜).+") && thisWeek) return "下周X in the reference date's own week";
        if (text.matches("^(这|這|今個|今)(个|個)?(周|週|星期|礼拜|禮拜).+") && !thisWeek) return "这周X outside the reference date's week";
        return null;
    }

    private static String isoByGrain(JsonNode exp) {
        String v = exp.get("value").asText();
        return switch (exp.get("grain").asText()) {
            case "year" -> v.substring(0, 4);
            case "month" -> v.substring(0, 7);
            default -> v.substring(0, 10);
        };
    }

    private static double seconds(String grain) {
        return switch (grain) {
            case "second" -> 1;
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86400;
            case "week" -> 7 * 86400;
            case "month" -> 30 * 86400;
            case "year" -> 365 * 86400;
            default -> throw new IllegalArgumentException(grain);
        };
    }

    /** Seconds of a one-unit ISO duration such as P1.5M or PT90M (months of 30 days, years of 365). */
    static double isoSeconds(String iso) {
        boolean time = iso.startsWith("PT");
        String body = iso.substring(time ? 2 : 1);
        char u = body.charAt(body.length() - 1);
        double amount = Double.parseDouble(body.substring(0, body.length() - 1));
        if (time) return amount * (u == 'H' ? 3600 : u == 'M' ? 60 : 1);
        return amount * switch (u) {
            case 'Y' -> 365 * 86400;
            case 'M' -> 30 * 86400;
            case 'W' -> 7 * 86400;
            default -> 86400;
        };
    }
}
