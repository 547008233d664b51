package org.zhtext.figures;

/**
 * Which occurrence a date without a year or week means — a bare weekday (周三), a holiday (春节), a month and day
 * (9月13日) — relative to the reference date.
 * <ul>
 *   <li>{@link #DEFAULT}: as news reports use them. A bare weekday is the most recent such day on or before the
 *       reference date, unless a future marker (将, 将于, 计划, 拟, 预计, 定于 …) governs it: then the next one after
 *       it. A holiday or a month and day takes the year that puts it nearest to its anchor (the closest preceding
 *       date with a year and a month, else the reference date).</li>
 *   <li>{@link #PAST}: the most recent one on or before the reference date, future markers or not.</li>
 *   <li>{@link #FUTURE}: the next one: a holiday or a month and day on or after the reference date, a bare
 *       weekday after it (Duckling's convention, and chrono-node's {@code forwardDate}).</li>
 * </ul>
 * Weekdays with 上/本/这/下 (上周三) and weeks (下周) are fixed by the week they name, whatever the preference.
 */
public enum DatePreference {
    DEFAULT, PAST, FUTURE
}
