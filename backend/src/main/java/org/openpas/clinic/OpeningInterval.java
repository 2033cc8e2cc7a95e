package org.openpas.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening interval of a clinic on one day of the week. */
@Embeddable
public class OpeningInterval {

    @Column(name = "day_of_week")
    public String dayOfWeek;

    public LocalTime opens;

    public LocalTime closes;

    public OpeningInterval() {
    }

    public OpeningInterval(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
        this.dayOfWeek = dayOfWeek.name();
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek day() {
        return DayOfWeek.valueOf(dayOfWeek);
    }
}
