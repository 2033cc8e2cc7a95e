package org.openpas.statistics;

import org.openpas.api.beans.AreaPopulation;
import org.openpas.api.beans.AreaStatistics;
import org.openpas.api.beans.AreaStatisticsPage;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.api.beans.StatisticsArea;
import org.openpas.api.beans.StatisticsChange;
import org.openpas.api.beans.StatisticsCount;
import org.openpas.api.beans.StatisticsMonth;
import org.openpas.api.beans.WaitDays;
import org.openpas.api.beans.WaitingByDuration;
import org.openpas.statistics.Suppression.Measure;

/** The publication in the contract's beans (JSON) or as CSV ({@link StatisticsCsv}). */
final class StatisticsMapper {

    private StatisticsMapper() {
    }

    static AreaStatistics toApi(Publication.AreaFigures figures) {
        var area = new StatisticsArea();
        area.setLevel(StatisticsArea.Level.fromValue(figures.area().level()));
        area.setCode(figures.area().code());
        area.setName(figures.name());
        if (figures.healthAuthority() != null) {
            area.setHealthAuthority(HealthAuthority.fromValue(figures.healthAuthority()));
        }
        var body = new AreaStatistics();
        body.setArea(area);
        if (figures.population() != null) {
            var population = new AreaPopulation();
            population.setCount(figures.population().count());
            population.setSource(figures.population().source());
            population.setYear(figures.population().year());
            body.setPopulation(population);
        }
        body.setMonths(figures.months().stream().map(StatisticsMapper::toApi).toList());
        return body;
    }

    static AreaStatisticsPage toPage(StatisticsService.Answer answer) {
        var page = new AreaStatisticsPage();
        page.setItems(answer.areas().stream().map(StatisticsMapper::toApi).toList());
        page.setPage(answer.page());
        page.setSize(answer.size());
        page.setTotalItems(answer.totalItems());
        page.setTotalPages(answer.totalPages());
        return page;
    }

    static String csv(StatisticsService.Answer answer) {
        return StatisticsCsv.write(answer.areas());
    }

    private static StatisticsMonth toApi(Publication.Month month) {
        var body = new StatisticsMonth();
        body.setMonth(month.month().toString().substring(0, 7));
        body.setWaitingStart(count(month, Measure.WAITING_START));
        body.setRegistered(count(month, Measure.REGISTERED));
        body.setReturned(count(month, Measure.RETURNED));
        body.setMovedIn(count(month, Measure.MOVED_IN));
        body.setMovedOut(count(month, Measure.MOVED_OUT));
        body.setAttached(count(month, Measure.ATTACHED));
        body.setWithdrawn(count(month, Measure.WITHDRAWN));
        body.setExpired(count(month, Measure.EXPIRED));
        body.setMerged(count(month, Measure.MERGED));
        body.setMovedAway(count(month, Measure.MOVED_AWAY));
        body.setNetChange(month.mark(Measure.NET_CHANGE) == Suppression.Mark.NONE
                ? StatisticsChange.of(month.value(Measure.NET_CHANGE)) : StatisticsChange.WITHHELD);
        body.setWaitingEnd(count(month, Measure.WAITING_END));
        if (month.percentOfPopulation() != null) {
            body.setPercentOfPopulation(month.percentOfPopulation().doubleValue());
        }
        var bands = new WaitingByDuration();
        bands.setUnder3Months(count(month, Measure.UNDER_3_MONTHS));
        bands.setFrom3To6Months(count(month, Measure.FROM_3_TO_6_MONTHS));
        bands.setFrom6To12Months(count(month, Measure.FROM_6_TO_12_MONTHS));
        bands.setFrom12To24Months(count(month, Measure.FROM_12_TO_24_MONTHS));
        bands.setOver24Months(count(month, Measure.OVER_24_MONTHS));
        body.setWaitingByDuration(bands);
        MonthFigures f = month.figures();
        if (f.waitMedianDays() != null && f.waitP90Days() != null) {
            var days = new WaitDays();
            days.setMedian(f.waitMedianDays().doubleValue());
            days.setP90(f.waitP90Days().doubleValue());
            body.setWaitDays(days);
        }
        body.setProvidersAccepting(f.providersAccepting());
        body.setSpacesOffered(f.spacesOffered());
        body.setSpacesUsed(count(month, Measure.SPACES_USED));
        return body;
    }

    private static StatisticsCount count(Publication.Month month, Measure measure) {
        return switch (month.mark(measure)) {
            case NONE -> StatisticsCount.of(month.value(measure));
            case PRIMARY -> StatisticsCount.LESS_THAN_10;
            case COMPLEMENTARY -> StatisticsCount.WITHHELD;
        };
    }
}
