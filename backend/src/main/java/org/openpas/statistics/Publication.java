package org.openpas.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The public statistics as computed once for a set of stored rows: every area's months with what is
 * withheld. Immutable; {@link StatisticsService} keeps the current one and replaces it when the rows
 * change. Built from the same rows and communities, it is the same on every API instance.
 *
 * @param version identifies the rows and communities it was built from (part of every ETag)
 */
record Publication(String version, Map<Suppression.Area, AreaFigures> areas) {

    /** An area as the public sees it. */
    record AreaFigures(Suppression.Area area, String name, String healthAuthority,
            StatisticsRepository.Population population, List<Month> months) {

        List<Month> between(LocalDate from, LocalDate to) {
            return months.stream().filter(m -> !m.month().isBefore(from) && !m.month().isAfter(to)).toList();
        }
    }

    /** One month of an area: the exact figures and how each measure is shown. */
    record Month(MonthFigures figures, Suppression.Mark[] marks, BigDecimal percentOfPopulation) {

        LocalDate month() {
            return figures.month();
        }

        Suppression.Mark mark(Suppression.Measure measure) {
            return marks[measure.ordinal()];
        }

        long value(Suppression.Measure measure) {
            return measure.of.applyAsLong(figures);
        }

        Instant computedAt() {
            return figures.computedAt();
        }
    }

    /** A community: its name and health authority. */
    record Community(UUID id, String name, String healthAuthority) {
    }

    static final String PROVINCE_NAME = "British Columbia";

    /** The regional health authorities' names, by code (the HealthAuthority enum of the contract). */
    static final Map<String, String> HEALTH_AUTHORITIES = new TreeMap<>(Map.of("FRASER", "Fraser Health",
            "INTERIOR", "Interior Health", "ISLAND", "Island Health", "NORTHERN", "Northern Health",
            "VANCOUVER_COASTAL", "Vancouver Coastal Health"));

    static Publication build(String version, List<MonthFigures> rows, List<Community> communities,
            Map<UUID, StatisticsRepository.Population> populations) {
        Map<String, String> healthAuthorityOf = communities.stream()
                .collect(Collectors.toMap(c -> c.id().toString(), Community::healthAuthority));
        Suppression suppression = Suppression.of(rows, healthAuthorityOf, true);
        Map<Suppression.Area, List<MonthFigures>> byArea = rows.stream()
                .sorted(Comparator.comparing(MonthFigures::month))
                .collect(Collectors.groupingBy(r -> new Suppression.Area(r.level(), r.code()), Collectors.toList()));
        Map<Suppression.Area, AreaFigures> areas = new java.util.LinkedHashMap<>();
        Suppression.Area province = new Suppression.Area(MonthFigures.PROVINCE, "BC");
        areas.put(province, area(province, PROVINCE_NAME, null, null, byArea, suppression));
        HEALTH_AUTHORITIES.forEach((code, name) -> {
            Suppression.Area area = new Suppression.Area(MonthFigures.HEALTH_AUTHORITY, code);
            areas.put(area, area(area, name, code, null, byArea, suppression));
        });
        communities.stream().sorted(Comparator.comparing((Community c) -> c.name().toLowerCase()).thenComparing(Community::id))
                .forEach(c -> {
                    Suppression.Area area = new Suppression.Area(MonthFigures.COMMUNITY, c.id().toString());
                    areas.put(area, area(area, c.name(), c.healthAuthority(), populations.get(c.id()), byArea,
                            suppression));
                });
        return new Publication(version, areas);
    }

    private static AreaFigures area(Suppression.Area area, String name, String healthAuthority,
            StatisticsRepository.Population population, Map<Suppression.Area, List<MonthFigures>> byArea,
            Suppression suppression) {
        List<Month> months = byArea.getOrDefault(area, List.of()).stream().map(row -> {
            Suppression.Mark[] marks = new Suppression.Mark[Suppression.Measure.values().length];
            for (Suppression.Measure measure : Suppression.Measure.values()) {
                marks[measure.ordinal()] = suppression.mark(row.month(), row.level(), row.code(), measure);
            }
            BigDecimal percent = population == null || marks[Suppression.Measure.WAITING_END.ordinal()] != Suppression.Mark.NONE
                    ? null
                    : BigDecimal.valueOf(row.waitingEnd()).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(population.count()), 2, RoundingMode.HALF_UP)
                            .min(BigDecimal.valueOf(100));
            return new Month(row, marks, percent);
        }).toList();
        return new AreaFigures(area, name, healthAuthority, population, months);
    }
}
