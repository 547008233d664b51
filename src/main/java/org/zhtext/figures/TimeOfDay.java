package org.zhtext.figures;

/**
 * A time of day as written: a clock time (hour, minute, second; -1 when not written) or a part of the day as a
 * range of minutes ({@code from}..{@code to}, 晚上 18:00..23:59), with the days it counts from the day named
 * ({@code shift}: 昨晚 -1, 明早 +1).
 */
final class TimeOfDay {
    int hour = -1, minute = -1, second = -1;
    int from = -1, to = -1;
    int shift;

    boolean isClock() {
        return hour >= 0;
    }

    /** {@code HH:MM} or {@code HH:MM:SS} of a clock time. */
    String clock() {
        String t = two(hour) + ":" + two(Math.max(0, minute));
        return second >= 0 ? t + ":" + two(second) : t;
    }

    static String hm(int minutes) {
        return two(minutes / 60) + ":" + two(minutes % 60);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
