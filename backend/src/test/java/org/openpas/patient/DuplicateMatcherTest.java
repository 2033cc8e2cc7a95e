package org.openpas.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpas.patient.DuplicateMatcher.Person;

/** Names the contract allows that are not plain words, and the order of the evidence about given names. */
class DuplicateMatcherTest {

    private static final LocalDate BORN = LocalDate.of(1980, 4, 3);

    private static Person person(String family, String given) {
        return new Person(family, given, BORN, null, null, null);
    }

    @Test
    void givenNamesWithoutLettersOrStartingWithADashAreComparedNotFailed() {
        for (List<String> pair : List.of(List.of("-Ann", "-Bea"), List.of("2", "Ann"), List.of("-", "--"),
                List.of("-Ann", "Ann"))) {
            DuplicateMatcher.Match match = DuplicateMatcher.match(person("Smith", pair.get(0)), person("Smith", pair.get(1)));
            assertTrue(match.score() >= 0 && match.score() <= 100, pair + ": " + match);
        }
        // "-Ann" and "-Bea" share no given name: the empty word before the dash is no name in common.
        assertEquals(DuplicateMatcher.Grade.NONE, DuplicateMatcher.given("-Ann", "-Bea"));
    }

    @Test
    void theSameFirstNameCountsForMoreThanASoundAlikeOne() {
        int sameFirst = DuplicateMatcher.match(person("Smith", "John Paul"), person("Smyth", "John Peter")).score();
        int soundAlike = DuplicateMatcher.match(person("Smith", "Jon"), person("Smyth", "John")).score();
        assertTrue(sameFirst > soundAlike, sameFirst + " vs " + soundAlike);
    }
}
