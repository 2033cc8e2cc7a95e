package org.openpas.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a panel file ({@code PAS_PANEL_CSV_V1}): UTF-8 text, RFC 4180 CSV (Apache Commons CSV), the header
 * {@value #HEADER}, at most {@value #MAX_ROWS} data rows. Anything that makes the whole file unreadable
 * is a {@link FatalProblem}; the rows themselves are checked by {@link PanelRowCheck}.
 */
final class PanelCsv {

    static final String HEADER = "phn,surname,given_names,date_of_birth,gender,postal_code";
    static final int COLUMNS = 6;
    static final int MAX_ROWS = 50_000;

    /** Commas, quotes doubled inside quoted fields, CRLF or LF; blank lines come through so lines count right. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** One record: the line it starts on (the header is line 1) and its fields. */
    record Record(int line, List<String> fields) {
    }

    /** The file as a whole cannot be used: nothing of it is applied. */
    static final class FatalProblem extends Exception {
        FatalProblem(String message) {
            super(message, null, false, false);
        }
    }

    private PanelCsv() {
    }

    /** The data records (header checked and left out, blank lines skipped). */
    static List<Record> parse(byte[] content) throws FatalProblem {
        if (content.length == 0) {
            throw new FatalProblem("The file is empty.");
        }
        List<Record> records = records(utf8Text(content));
        Record header = records.isEmpty() ? null : records.get(0);
        if (header == null || !String.join(",", header.fields()).equals(HEADER)) {
            throw new FatalProblem("The first line must be exactly '" + HEADER + "' (format PAS_PANEL_CSV_V1).");
        }
        List<Record> rows = records.subList(1, records.size());
        if (rows.isEmpty()) {
            throw new FatalProblem("The file has a header but no patients; a panel file lists at least one patient.");
        }
        return rows;
    }

    private static String utf8Text(byte[] content) throws FatalProblem {
        for (byte b : content) {
            if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                throw new FatalProblem("The file is not text: it contains binary data. Upload the CSV panel report.");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FatalProblem("The file is not UTF-8 text. Save it as UTF-8 CSV and upload it again.");
        }
    }

    /** Every non-blank record with the line it starts on: one more than the lines read before it. */
    private static List<Record> records(String text) throws FatalProblem {
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(it, line);
                if (record == null) {
                    return records;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (records.size() > MAX_ROWS) {
                    throw new FatalProblem("The file has more than " + MAX_ROWS + " patients; split it or contact support.");
                }
                records.add(new Record(line, record.toList()));
            }
        } catch (IOException e) {
            throw new FatalProblem("The file could not be read as CSV: " + e.getMessage());
        }
    }

    /** The next record, or null at the end; a broken quote is fatal, naming the line it starts on. */
    private static CSVRecord next(Iterator<CSVRecord> it, int line) throws FatalProblem {
        try {
            return it.hasNext() ? it.next() : null;
        } catch (UncheckedIOException e) {
            throw new FatalProblem("Line " + line + ": a quoted field is not closed, or text follows its closing quote;"
                    + " quote the whole field and double the quotes inside it.");
        }
    }
}
