package org.openpas.patient;

import java.time.LocalDate;
import java.time.Period;

/**
 * Priority points from the health-needs questionnaire, as the contract documents them: 2 per chronic
 * condition (at most 6), pregnancy 4, a hospital stay in the last 12 months 3, mental-health needs 2,
 * mobility limitations 2, and 2 for age under 2 or 75 and over. Maximum 19. Complexity bands:
 * LOW 0-2, MODERATE 3-7, HIGH 8 and more.
 */
public final class Priority {

    private Priority() {
    }

    public static int points(Patient answers, LocalDate today) {
        int points = Math.min(6, 2 * answers.chronicConditions.length);
        points += answers.pregnant ? 4 : 0;
        points += answers.recentHospitalStay ? 3 : 0;
        points += answers.mentalHealthNeeds ? 2 : 0;
        points += answers.mobilityLimitations ? 2 : 0;
        int age = Period.between(answers.dateOfBirth, today).getYears();
        points += age < 2 || age >= 75 ? 2 : 0;
        return points;
    }

    public static String complexity(int points) {
        return points <= 2 ? "LOW" : points <= 7 ? "MODERATE" : "HIGH";
    }
}
