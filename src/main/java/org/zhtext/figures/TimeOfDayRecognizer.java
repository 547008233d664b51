package org.zhtext.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times of day (issue 26): zone words (北京时间, 美东时间, 当地时间 — {@code times.txt}), parts of the day (凌晨,
 * 上午, 晚上, 今晚, 昨晚; 晚 and 早 only beside a date or before a clock time) and clock times (8时, 10点30分, 8点半,
 * 20时30分15秒, 10:30) after a part of the day, a date or a zone, or with their minutes (10点30分). The scan records
 * them as date figures of their own; {@link #merge} then joins a zone, a date and a time that touch into one figure
 * (北京时间7日晚8时), and a time with no date beside it becomes a time of the reference day (今晚, 下午3点). The
 * value is an ISO date-time ({@code 2025-11-07T20:00+08:00}; the offset is the zone's at that date in java.time's
 * IANA database, none for 当地时间); a part of the day alone is a range ({@code 18:00}..{@code 23:59}).
 */
final class TimeOfDayRecognizer extends TextScan implements Recognizer {
    /** Characters after 早 or 晚 (parts of the day only beside a date) that make another word of them (早盘, 晚些, 晚会). */
    private static final String NOT_PART_AFTER = "盘盤些已期餐班市于於会會报報宴场場";

    /** A part of the day: minutes from..to, days from the day named, how an hour after it reads, alone or not. */
    private record Part(int from, int to, int shift, char clock, boolean alone) {
    }

    private static final Lexicon.Table ZONES, PARTS, HOURS;
    private static final Map<String, Part> PART_OF = new LinkedHashMap<>();
    static final String ANCHORS;

    static {
        Map<String, String> zones = new LinkedHashMap<>();
        Map<String, String> parts = new LinkedHashMap<>();
        Map<String, String> hours = new LinkedHashMap<>();
        for (String[] f : Scripts.lines("times.txt")) {
            switch (f[0]) {
                case "zone": zones.put(f[1], f[2].equals("-") ? "" : f[2]); break;
                case "part":
                    parts.put(f[1], f[1]);
                    PART_OF.put(f[1], new Part(minutes(f[2]), minutes(f[3]), Integer.parseInt(f[4]), f[5].charAt(0), f[6].equals("yes")));
                    break;
                case "hour": hours.put(f[1], f[1]); break;
                default: throw new IllegalStateException("times.txt: unknown line " + String.join("\t", f));
            }
        }
        for (String z : zones.values()) if (!z.isEmpty()) ZoneId.of(z); // fail early on a wrong zone id
        ZONES = Scripts.table(zones, true);
        PARTS = Scripts.table(parts, true);
        HOURS = Scripts.table(hours, true);
        StringBuilder a = new StringBuilder();
        for (Lexicon.Table t : new Lexicon.Table[] {ZONES, PARTS}) {
            for (Lexicon.Entry e : t.entries()) if (a.indexOf(e.word().substring(0, 1)) < 0) a.append(e.word().charAt(0));
        }
        ANCHORS = a.toString();
        StringBuilder h = new StringBuilder(":：");
        for (Lexicon.Entry e : HOURS.entries()) if (h.indexOf(e.word().substring(0, 1)) < 0) h.append(e.word().charAt(0));
        HOUR_FIRST = h.toString();
    }

    /** The chars a clock time's hour can be followed by: a colon or the first char of an hour word (点, 时). */
    private static final String HOUR_FIRST;
    /** Chars a number can be written with (a superset of what ChineseNumbers.scan reads as one number). */
    private static final String NUMERAL_CHARS = "0123456789０１２３４５６７８９.．,， 零〇一二三四五六七八九十百千万萬亿億两兩"
            + "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅";

    /** Whether the number at i is followed by a colon or an hour word's first char: most numbers are not. */
    private boolean mayBeClock(int i) {
        // a position inside the run read last ends where that run ends: each run is read once (linear time)
        if (i < runEnd && i >= runStart) return runClock;
        int j = i;
        while (j < n && NUMERAL_CHARS.indexOf(s.charAt(j)) >= 0) j++;
        runStart = i;
        runEnd = j;
        runClock = j < n && HOUR_FIRST.indexOf(s.charAt(j)) >= 0;
        return runClock;
    }

    /** The last run of numeral chars read by {@link #mayBeClock}: [runStart, runEnd), and its answer. */
    private int runStart, runEnd;
    private boolean runClock;

    private static int minutes(String hm) {
        return Integer.parseInt(hm.substring(0, 2)) * 60 + Integer.parseInt(hm.substring(3));
    }

    private final FigureScanner scanner;
    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();

    TimeOfDayRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.DATE;
    }

    @Override
    public int atAnchor(int i) {
        Lexicon.Entry z = Lexicon.match(s, i, n, ZONES);
        if (z != null) {
            RawFigure r = new RawFigure(FigureKind.DATE, i, i + z.word().length());
            r.zone = z.norm();
            r.zoneOnly = true;
            scanner.out.add(r);
            return r.end;
        }
        Lexicon.Entry p = Lexicon.match(s, i, n, PARTS);
        if (p == null) return -1;
        Part part = PART_OF.get(p.norm());
        int end = i + p.word().length();
        TimeOfDay t = new TimeOfDay();
        t.shift = part.shift;
        RawFigure r = new RawFigure(FigureKind.DATE, i, end);
        int c = clock(skipSpaces(end), t, r);
        if (c > 0) {
            if (part.clock == 'p' && t.hour < 12) t.hour += 12;
            else if (part.clock == 'n' && t.hour < 6) t.hour += 12;
            else if (part.clock == 'a' && t.hour == 12 && part.from == 0) t.hour = 0; // 凌晨12点
            r.end = c;
        } else {
            if (!part.alone && !afterDay(i)) return -1;
            // 21日早盘 (the morning session), 5日晚些时候 (later), 7日晚会: 早 and 晚 there start another word
            if (!part.alone && end < n && NOT_PART_AFTER.indexOf(s.charAt(end)) >= 0) return -1;
            t.from = part.from;
            t.to = part.to;
        }
        r.time = t;
        scanner.out.add(r);
        return r.end;
    }

    /**
     * A clock time led by the number at i (the scanner's number), right after a date, a part of the day or a zone
     * (7日8时, 11月7日10:30, 北京时间20时30分), or with its minutes (10点30分): recorded; returns its end, or -1.
     */
    int clockAfterNumber(int i) {
        if (!mayBeClock(i)) return -1;
        boolean beside = afterDay(i) || afterZone(i);
        TimeOfDay t = new TimeOfDay();
        RawFigure r = new RawFigure(FigureKind.DATE, i, i);
        int c = clock(i, t, r);
        if (c < 0 || !(beside || (t.minute >= 0 && s.charAt(c - 1) != '半' && !colon))) return -1;
        r.end = c;
        r.time = t;
        scanner.out.add(r);
        return c;
    }

    private boolean colon;

    /** A clock time at p into t (8时, 8点半, 10点30分, 20时30分15秒, 10:30); its end, or -1. */
    private int clock(int p, TimeOfDay t, RawFigure r) {
        colon = false;
        int e = ChineseNumbers.scan(s, p, n, ns, false);
        if (e > p && !ns.overflow && !ns.integer) {
            // 10点30分: the number read 点 as a decimal point (十点三 is 10.3); the hour ends at the 点
            int dot = p;
            while (dot < e && s.charAt(dot) != '点' && s.charAt(dot) != '點') dot++;
            if (dot > p && dot < e) e = ChineseNumbers.scan(s, p, dot, ns, false);
        }
        if (e < 0 || ns.overflow || !ns.integer || ns.more) return -1;
        int h = ns.value.intValue();
        if (h < 0 || h > 24) return -1;
        int q;
        if (ns.arabic && e + 2 < n && s.charAt(e) == ':' && twoDigits(e + 1)) {
            int m = (s.charAt(e + 1) - '0') * 10 + s.charAt(e + 2) - '0';
            if (m > 59) return -1;
            t.hour = h;
            t.minute = m;
            q = e + 3;
            if (q + 2 < n && s.charAt(q) == ':' && twoDigits(q + 1)) {
                t.second = (s.charAt(q + 1) - '0') * 10 + s.charAt(q + 2) - '0';
                q += 3;
            }
            if (q < n && (ChineseNumbers.isArabicDigit(s.charAt(q)) || isAsciiLetter(s.charAt(q)))) return -1;
            colon = true;
        } else {
            Lexicon.Entry hw = Lexicon.match(s, e, n, HOURS);
            if (hw == null) return -1;
            q = e + hw.word().length();
            if (nextIs(q, '间', '間', '候', '期', '代', '刻', '段', '空', '差', '速', '事', '评', '評', '政', '局', '尚')) return -1; // 时间, 时候
            t.hour = h;
            if (nextIs(q, '半')) {
                t.minute = 30;
                q++;
            } else if (nextIs(q, '整')) {
                t.minute = 0;
                q++;
            } else {
                int me = ChineseNumbers.scan(s, q, n, ns, false);
                if (me > q && !ns.overflow && ns.integer && !ns.more && ns.value.intValue() <= 59 && nextIs(me, '分')
                        && !nextIs(me + 1, '钟', '鐘', '之')) {
                    t.minute = ns.value.intValue();
                    q = me + 1;
                    int se = ChineseNumbers.scan(s, q, n, ns, false);
                    if (se > q && !ns.overflow && ns.integer && ns.value.intValue() <= 59 && nextIs(se, '秒')) {
                        t.second = ns.value.intValue();
                        q = se + 1;
                    }
                }
            }
        }
        if (nextIs(q, '许', '許')) r.qualifier = "about";
        else if (startsWith(q, "左右")) r.qualifier = "about";
        return q;
    }

    private boolean twoDigits(int p) {
        return p + 1 < n && s.charAt(p) >= '0' && s.charAt(p) <= '9' && s.charAt(p + 1) >= '0' && s.charAt(p + 1) <= '9';
    }

    /** The figure recorded last is a day (7日, 周三, 昨天) or a part of the day ending right at i (spaces apart). */
    private boolean afterDay(int i) {
        RawFigure prev = last(i);
        return prev != null && !prev.zoneOnly && (prev.time != null || dayGrain(prev));
    }

    private boolean afterZone(int i) {
        RawFigure prev = last(i);
        return prev != null && prev.zoneOnly;
    }

    private RawFigure last(int i) {
        List<RawFigure> out = scanner.out;
        if (out.isEmpty()) return null;
        RawFigure prev = out.get(out.size() - 1);
        int b = i;
        while (b > prev.end && isSpace(s.charAt(b - 1))) b--;
        return prev.end == b ? prev : null;
    }

    /** A figure that names one day (a time of day can be given with it). */
    static boolean dayGrain(RawFigure r) {
        if (r.dateTo != null || r.time != null) return false;
        if (r.date != null) return r.date.day != 0 && r.date.part == DateSpec.Part.NONE;
        if (r.rel == null) return false;
        switch (r.rel.kind) {
            case DAY: case NAMED_DAY: case WEEKDAY: case WEEKDAY_DATE: case HOLIDAY: case LUNAR: case EVENT:
                return true;
            case MONTH: return r.rel.day != 0;
            case OFFSET: return r.rel.unit == RelativeDate.DAYS;
            default: return false;
        }
    }

    // ---------------------------------------------------------------- after the scan

    /**
     * Joins the scan's zone words, dates and times that touch (北京时间 + 7日 + 晚8时) into one figure; a time with
     * no day beside it is a time of the reference day (shifted: 昨晚); a zone word with nothing after it is dropped.
     */
    static List<RawFigure> merge(String s, List<RawFigure> raws) {
        boolean any = false;
        for (RawFigure r : raws) if (r.time != null || r.zoneOnly) { any = true; break; }
        if (!any) return raws;
        raws.sort(java.util.Comparator.comparingInt((RawFigure r) -> r.start));
        List<RawFigure> out = new ArrayList<>(raws.size());
        for (int k = 0; k < raws.size(); k++) {
            RawFigure r = raws.get(k);
            if (r.zoneOnly) {
                RawFigure next = k + 1 < raws.size() ? raws.get(k + 1) : null;
                if (next != null && next.kind == FigureKind.DATE && touching(s, r.end, next.start)
                        && (next.time != null || dayGrain(next))) {
                    next.start = r.start;
                    next.zone = r.zone;
                }
                continue;
            }
            if (r.time != null && r.date == null && r.rel == null) {
                RawFigure prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && touching(s, prev.end, r.start) && dayGrain(prev)) {
                    prev.end = r.end;
                    prev.time = r.time;
                    if (prev.zone == null) prev.zone = r.zone;
                    if (r.qualifier != null) prev.qualifier = r.qualifier;
                    continue;
                }
                RelativeDate day = new RelativeDate(RelativeDate.Kind.DAY);
                day.amount = r.time.shift;
                r.rel = day;
            }
            out.add(r);
        }
        return out;
    }

    private static boolean touching(String s, int end, int start) {
        if (start < end) return false;
        for (int k = end; k < start; k++) if (!isSpace(s.charAt(k))) return false;
        return true;
    }

    /**
     * The value, low and high of a figure with a time of day, from the ISO day its date resolved to ({@code day}):
     * {value, low, high}; the day unchanged when it is no single day.
     */
    static String[] apply(RawFigure r, String day) {
        TimeOfDay t = r.time;
        if (day == null || day.length() < 5 || day.length() > 10 || day.startsWith("---") && day.length() != 5) return null;
        LocalDate date = day.length() == 10 ? LocalDate.parse(day) : null;
        if (t.isClock()) {
            LocalTime lt = t.hour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(t.hour, Math.max(0, t.minute), Math.max(0, t.second));
            String clock = t.hour == 24 ? "24:" + t.clock().substring(3) : t.clock();
            return new String[] {day + "T" + clock + offset(r.zone, date, lt), null, null};
        }
        String lo = day + "T" + TimeOfDay.hm(t.from) + offset(r.zone, date, LocalTime.of(t.from / 60, t.from % 60));
        String hi = day + "T" + TimeOfDay.hm(t.to) + offset(r.zone, date, LocalTime.of(t.to / 60, t.to % 60));
        return new String[] {null, lo, hi};
    }

    /** The zone's UTC offset at that local date and time ({@code +08:00}), or "" (no zone, 当地时间, no full date). */
    private static String offset(String zone, LocalDate date, LocalTime time) {
        if (zone == null || zone.isEmpty() || date == null) return "";
        ZoneOffset o = ZoneId.of(zone).getRules().getOffset(LocalDateTime.of(date, time));
        return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }
}
