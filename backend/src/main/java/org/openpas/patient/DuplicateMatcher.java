package org.openpas.patient;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether two registered records may be one person, the way registries match them: names compared
 * exactly, by sound (Double Metaphone) and by spelling distance (Jaro-Winkler), the birth date exactly
 * or with its day and month swapped, plus a shared address or email. The answer is a score 0-100 with
 * the reasons; a pair scoring {@link #THRESHOLD} or more is flagged for review.
 *
 * <p>Points: family name exact 35, same sound 30, similar spelling 26; given names exact 25 (all the
 * same), same first name, a name in common or similar spelling 18, same sound 22, same initial 10; birth
 * date the same 30, day and month swapped 22; the same street address and postal code 10 and the same
 * email 10, both only when the given names agree at least by initial (at most 100). So the same names and birth date score 90; one typo in a name and the same
 * birth date 80; the same surname and birth date with another first name of the same initial 75 (flagged,
 * as before); the same surname and birth date alone 65, twins (another first name, the same home) 65 and two
 * people sharing only a birth date and an address 30 (not flagged). Measured on a generated set in docs/testing.md.
 */
public final class DuplicateMatcher {

    /** The score from which a pair is flagged. */
    public static final int THRESHOLD = 70;

    /** Jaro-Winkler similarity from which two spellings count as the same name mistyped. */
    static final double SIMILAR = 0.88;

    /** Jaro-Winkler similarity below which two names that sound alike are still taken as different. */
    static final double SOUND_SPELLING = 0.70;

    /** How a part of the name compares (FIRST_NAME: given names alike up to a middle name). */
    enum Grade { EXACT, FIRST_NAME, PHONETIC, SIMILAR, INITIAL, NONE }

    /** What is compared of a record. */
    public record Person(String familyName, String givenNames, LocalDate dateOfBirth, String addressLine1,
            String postalCode, String email) {
    }

    /** The score (0-100) and the reasons (codes of the contract's DuplicateMatchReason). */
    public record Match(int score, List<String> reasons) {

        public boolean flagged() {
            return score >= THRESHOLD && !reasons.isEmpty();
        }
    }

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private DuplicateMatcher() {
    }

    /**
     * The date whose day and month are the other's month and day (4 March for 3 April), when it exists
     * and differs: the second date PAS looks candidates up by.
     */
    public static Optional<LocalDate> transposed(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    public static Match match(Person a, Person b) {
        boolean sameDate = a.dateOfBirth().equals(b.dateOfBirth());
        boolean swappedDate = !sameDate && transposed(a.dateOfBirth()).filter(b.dateOfBirth()::equals).isPresent();
        if (!sameDate && !swappedDate) {
            return new Match(0, List.of());
        }
        Grade family = family(a.familyName(), b.familyName());
        Grade given = given(a.givenNames(), b.givenNames());
        boolean sameAddress = a.addressLine1() != null && b.addressLine1() != null
                && letters(a.addressLine1()).equals(letters(b.addressLine1()))
                && a.postalCode() != null && a.postalCode().equalsIgnoreCase(b.postalCode());
        boolean sameEmail = a.email() != null && a.email().equalsIgnoreCase(b.email());

        // A shared home or email says little about two people whose first names differ entirely (twins, a
        // family's email): it counts only with some agreement of the given names.
        boolean namesAgree = given != Grade.NONE;
        sameAddress &= namesAgree;
        sameEmail &= namesAgree;
        int score = (sameDate ? 30 : 22) + familyPoints(family) + givenPoints(given) + (sameAddress ? 10 : 0)
                + (sameEmail ? 10 : 0);
        List<String> reasons = new ArrayList<>();
        if (family == Grade.EXACT && given == Grade.EXACT) {
            reasons.add(sameDate ? "SAME_NAME_AND_BIRTH_DATE" : "SAME_NAME");
        } else if (family == Grade.EXACT && given == Grade.INITIAL && sameDate) {
            reasons.add("SIMILAR_NAME_AND_BIRTH_DATE");
        }
        if (family == Grade.PHONETIC || given == Grade.PHONETIC) {
            reasons.add("PHONETIC_NAME");
        }
        if (family == Grade.SIMILAR || given == Grade.SIMILAR || given == Grade.FIRST_NAME) {
            reasons.add("SIMILAR_NAME");
        }
        if (swappedDate) {
            reasons.add("TRANSPOSED_BIRTH_DATE");
        }
        if (sameAddress) {
            reasons.add("SAME_BIRTH_DATE_AND_ADDRESS");
        }
        if (sameEmail) {
            reasons.add("SAME_EMAIL_AND_BIRTH_DATE");
        }
        return new Match(Math.min(100, score), List.copyOf(reasons));
    }

    private static int familyPoints(Grade grade) {
        return switch (grade) {
            case EXACT -> 35;
            case PHONETIC -> 30;
            case SIMILAR -> 26;
            default -> 0;
        };
    }

    private static int givenPoints(Grade grade) {
        return switch (grade) {
            case EXACT -> 25;
            case FIRST_NAME -> 23; // more than a sound-alike first name: it is the same one
            case PHONETIC -> 22;
            case SIMILAR -> 18;
            case INITIAL -> 10;
            case NONE -> 0;
        };
    }

    /** Family names: the same letters, the same sound, a similar spelling, or one part of a double name. */
    static Grade family(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Grade.NONE;
        }
        if (x.equals(y)) {
            return Grade.EXACT;
        }
        if (soundAlike(x, y)) {
            return Grade.PHONETIC;
        }
        if (JARO_WINKLER.apply(x, y) >= SIMILAR || oneIsPartOfTheOther(a, b)) {
            return Grade.SIMILAR;
        }
        return Grade.NONE;
    }

    /** Given names: all the same, else the first given name compared like a family name, else its initial. */
    static Grade given(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Grade.NONE;
        }
        if (x.equals(y)) {
            return Grade.EXACT;
        }
        String first = letters(firstWord(a));
        String other = letters(firstWord(b));
        if (first.isEmpty() || other.isEmpty()) {
            return Grade.NONE;
        }
        if (first.equals(other)) {
            return Grade.FIRST_NAME;
        }
        if (soundAlike(first, other)) {
            return Grade.PHONETIC;
        }
        if (JARO_WINKLER.apply(first, other) >= SIMILAR || words(a).stream().anyMatch(words(b)::contains)) {
            return Grade.SIMILAR;
        }
        return first.charAt(0) == other.charAt(0) ? Grade.INITIAL : Grade.NONE;
    }

    /**
     * Double Metaphone: any of the primary and alternate codes of one equals one of the other's, and the
     * spellings are not far apart (short names share codes too easily: Liu and Lee are both "L").
     */
    static boolean soundAlike(String x, String y) {
        if (JARO_WINKLER.apply(x, y) < SOUND_SPELLING) {
            return false;
        }
        String xp = METAPHONE.doubleMetaphone(x);
        String xa = METAPHONE.doubleMetaphone(x, true);
        String yp = METAPHONE.doubleMetaphone(y);
        String ya = METAPHONE.doubleMetaphone(y, true);
        return !xp.isEmpty() && !yp.isEmpty() && (xp.equals(yp) || xp.equals(ya) || xa.equals(yp) || xa.equals(ya));
    }

    private static boolean oneIsPartOfTheOther(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        return (x.size() > 1 || y.size() > 1) && x.stream().anyMatch(y::contains);
    }

    private static String firstWord(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : words.get(0);
    }

    private static List<String> words(String name) {
        return List.of(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", "").split("[\\s-]+")).stream()
                .filter(word -> !word.isEmpty()).toList();
    }

    /** Lower-case letters and digits only, accents removed: "O'Brien-Côté" is "obriencote". */
    static String letters(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
