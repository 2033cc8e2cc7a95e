package org.openpas.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code statistics_month}: an area's exact figures for one closed month, as the snapshot job
 * stored them. Nothing is withheld here; the publication decides what the public sees.
 *
 * @param level PROVINCE, HEALTH_AUTHORITY or COMMUNITY
 * @param code BC, the health authority's name, or the community's id
 */
public record MonthFigures(LocalDate month, String level, String code, long waitingStart, long registered,
        long returned, long movedIn, long movedOut, long attached, long withdrawn, long expired, long merged,
        long movedAway, long waitingEnd, long waitingUnder3Months, long waiting3To6Months, long waiting6To12Months,
        long waiting12To24Months, long waitingOver24Months, BigDecimal waitMedianDays, BigDecimal waitP90Days,
        Integer providersAccepting, Integer spacesOffered, long spacesUsed, Instant computedAt) {

    public static final String PROVINCE = "PROVINCE";
    public static final String HEALTH_AUTHORITY = "HEALTH_AUTHORITY";
    public static final String COMMUNITY = "COMMUNITY";
}
