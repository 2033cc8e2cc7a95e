package org.openpas.panel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openpas.common.Phn;
import org.openpas.panel.PanelSubmissionRow.Error;

/** Checks one row of a panel file on its own: required fields, PHN check digit, dates, gender, postal code. */
final class PanelRowCheck {

    static final int MAX_NAME = 100;
    static final LocalDate OLDEST = LocalDate.of(1890, 1, 1);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern POSTAL_CODE = Pattern.compile("^[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]$");

    /** A row as read, with its values when valid and its errors otherwise. */
    static final class Row {
        final int line;
        final String phn;
        final String familyName;
        final String givenNames;
        LocalDate dateOfBirth;
        String gender;
        String postalCode;
        final List<Error> errors = new ArrayList<>();

        Row(int line, String phn, String familyName, String givenNames) {
            this.line = line;
            this.phn = phn;
            this.familyName = familyName;
            this.givenNames = givenNames;
        }

        boolean valid() {
            return errors.isEmpty();
        }

        void reject(String field, String code, String message) {
            if (errors.size() < 10) {
                errors.add(new Error(field, code, message));
            }
        }
    }

    private PanelRowCheck() {
    }

    static Row check(PanelCsv.Record record, LocalDate today) {
        List<String> f = record.fields();
        Row row = new Row(record.line(), field(f, 0), field(f, 1), field(f, 2));
        if (f.size() > PanelCsv.COLUMNS) {
            row.reject("row", "TOO_LONG", "has " + f.size() + " columns; the format has " + PanelCsv.COLUMNS);
        }
        if (row.phn.isEmpty()) {
            row.reject("phn", "MISSING_FIELD", "is required");
        } else if (!Phn.isValid(row.phn)) {
            row.reject("phn", "INVALID_PHN", "is not a valid PHN (10 digits starting with 9, with a valid check digit)");
        }
        name(row, "surname", row.familyName);
        name(row, "given_names", row.givenNames);
        String born = field(f, 3);
        if (born.isEmpty()) {
            row.reject("date_of_birth", "MISSING_FIELD", "is required");
        } else {
            try {
                row.dateOfBirth = LocalDate.parse(born, ISO_DATE);
                if (row.dateOfBirth.isAfter(today)) {
                    row.reject("date_of_birth", "FUTURE_BIRTH_DATE", "is in the future");
                } else if (row.dateOfBirth.isBefore(OLDEST)) {
                    row.reject("date_of_birth", "INVALID_DATE", "is before " + OLDEST);
                }
            } catch (DateTimeParseException e) {
                row.reject("date_of_birth", "INVALID_DATE", "must be a date as YYYY-MM-DD");
            }
        }
        String gender = field(f, 4).toUpperCase(Locale.ROOT);
        row.gender = switch (gender) {
            case "F" -> "FEMALE";
            case "M" -> "MALE";
            case "X" -> "X";
            case "U" -> "UNDISCLOSED";
            default -> null;
        };
        if (gender.isEmpty()) {
            row.reject("gender", "MISSING_FIELD", "is required");
        } else if (row.gender == null) {
            row.reject("gender", "INVALID_GENDER", "must be F, M, X or U");
        }
        String postal = field(f, 5).toUpperCase(Locale.ROOT);
        if (!postal.isEmpty()) {
            if (POSTAL_CODE.matcher(postal).matches()) {
                row.postalCode = postal.length() == 6 ? postal.substring(0, 3) + " " + postal.substring(3) : postal;
            } else {
                row.reject("postal_code", "INVALID_POSTAL_CODE", "must be a postal code like V5K 0A1");
            }
        }
        return row;
    }

    private static void name(Row row, String column, String value) {
        if (value.isEmpty()) {
            row.reject(column, "MISSING_FIELD", "is required");
        } else if (value.length() > MAX_NAME) {
            row.reject(column, "TOO_LONG", "is longer than " + MAX_NAME + " characters");
        }
    }

    private static String field(List<String> fields, int index) {
        if (index >= fields.size()) {
            return "";
        }
        // Tabs are the only control character a text file may carry; names never need them.
        return fields.get(index).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').trim().replaceAll(" {2,}", " ");
    }
}
