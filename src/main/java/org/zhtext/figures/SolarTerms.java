package org.zhtext.figures;

import java.time.LocalDate;

/**
 * The 24 solar terms (节气), computed: a term begins when the Sun's apparent ecliptic longitude reaches a multiple
 * of 15° (春分 0°, 清明 15°, … 冬至 270°, 小寒 285°), and its date is the civil date of that moment in China
 * (UTC+8). The longitude is Meeus's low-precision solar position (J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed.,
 * ch. 25: mean longitude, equation of the centre, nutation and aberration; about 0.01°, some 15 minutes of time),
 * with a constant ΔT of 69 s; a term falling within minutes of midnight may land on the neighbouring day.
 * No table per year; ICU4J's astronomer is internal API and not used.
 */
final class SolarTerms {
    private SolarTerms() {
    }

    private static final double J2000 = 2451545.0;
    /** TT − UTC in days (about 69 s in the 2020s). */
    private static final double DELTA_T = 69.0 / 86400.0;
    /** Julian day of 1970-01-01T00:00 UTC. */
    private static final double UNIX_EPOCH_JD = 2440587.5;

    /** The date in China (UTC+8) on which the Sun's apparent longitude reaches {@code degrees} (a multiple of 15) in {@code year}. */
    static LocalDate date(int year, int degrees) {
        // days after the March equinox (about March 20) at a mean rate; the terms of 285°–345° fall early in the year
        double offset = (degrees < 285 ? degrees : degrees - 360) / 360.0 * 365.2422;
        LocalDate guess = LocalDate.of(year, 3, 20).plusDays(Math.round(offset));
        // the day whose China midnight-to-midnight holds the crossing, looked for around the guess
        for (int d = -6; d <= 6; d++) {
            LocalDate day = guess.plusDays(d);
            double a = delta(startJd(day), degrees), b = delta(startJd(day.plusDays(1)), degrees);
            if (a < 0 && b >= 0) return day;
        }
        throw new IllegalStateException("solar term " + degrees + " not found in " + year);
    }

    /** Julian day (UTC) of midnight starting {@code day} in China. */
    private static double startJd(LocalDate day) {
        return UNIX_EPOCH_JD + day.toEpochDay() - 8.0 / 24.0;
    }

    /** The Sun's apparent longitude at jd minus the target, in (-180, 180]. */
    private static double delta(double jdUtc, double target) {
        double x = (longitude(jdUtc + DELTA_T) - target) % 360.0;
        if (x > 180) x -= 360;
        if (x <= -180) x += 360;
        return x;
    }

    /** The Sun's apparent geocentric longitude in degrees [0, 360) at Julian ephemeris day jde (Meeus ch. 25). */
    static double longitude(double jde) {
        double t = (jde - J2000) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        lambda %= 360.0;
        return lambda < 0 ? lambda + 360 : lambda;
    }
}
