package org.openpas.statistics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openpas.statistics.Suppression.Measure;

/**
 * The statistics as CSV (the contract's StatisticsCsv): RFC 4180, a header row, one row per area and
 * month; withheld counts {@code <10} or {@code x}, figures that are not available empty.
 */
final class StatisticsCsv {

    static final List<String> COLUMNS = List.of("month", "level", "code", "name", "health_authority", "population",
            "population_source", "population_year", "waiting_start", "registered", "returned", "moved_in", "moved_out",
            "attached", "withdrawn", "expired", "merged", "moved_away", "net_change", "waiting_end",
            "percent_of_population", "waiting_under_3_months", "waiting_3_to_6_months", "waiting_6_to_12_months",
            "waiting_12_to_24_months", "waiting_over_24_months", "wait_median_days", "wait_p90_days",
            "providers_accepting", "spaces_offered", "spaces_used");

    private static final List<Measure> BEFORE_PERCENT = List.of(Measure.WAITING_START, Measure.REGISTERED,
            Measure.RETURNED, Measure.MOVED_IN, Measure.MOVED_OUT, Measure.ATTACHED, Measure.WITHDRAWN, Measure.EXPIRED,
            Measure.MERGED, Measure.MOVED_AWAY, Measure.NET_CHANGE, Measure.WAITING_END);
    private static final List<Measure> BANDS = List.of(Measure.UNDER_3_MONTHS, Measure.FROM_3_TO_6_MONTHS,
            Measure.FROM_6_TO_12_MONTHS, Measure.FROM_12_TO_24_MONTHS, Measure.OVER_24_MONTHS);

    private StatisticsCsv() {
    }

    static String write(List<Publication.AreaFigures> areas) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Publication.AreaFigures area : areas) {
                for (Publication.Month month : area.months()) {
                    csv.printRecord(row(area, month));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(Publication.AreaFigures area, Publication.Month month) {
        List<String> row = new ArrayList<>();
        row.add(month.month().toString().substring(0, 7));
        row.add(area.area().level());
        row.add(area.area().code());
        row.add(area.name());
        row.add(text(area.healthAuthority()));
        row.add(area.population() == null ? "" : String.valueOf(area.population().count()));
        row.add(area.population() == null ? "" : area.population().source());
        row.add(area.population() == null ? "" : String.valueOf(area.population().year()));
        BEFORE_PERCENT.forEach(measure -> row.add(shown(month, measure)));
        row.add(month.percentOfPopulation() == null ? "" : month.percentOfPopulation().toPlainString());
        BANDS.forEach(measure -> row.add(shown(month, measure)));
        MonthFigures f = month.figures();
        boolean waitDays = f.waitMedianDays() != null && f.waitP90Days() != null;
        row.add(waitDays ? f.waitMedianDays().toPlainString() : "");
        row.add(waitDays ? f.waitP90Days().toPlainString() : "");
        row.add(text(f.providersAccepting()));
        row.add(text(f.spacesOffered()));
        row.add(shown(month, Measure.SPACES_USED));
        return row;
    }

    private static String shown(Publication.Month month, Measure measure) {
        return switch (month.mark(measure)) {
            case NONE -> String.valueOf(month.value(measure));
            case PRIMARY -> "<10";
            case COMPLEMENTARY -> "x";
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
