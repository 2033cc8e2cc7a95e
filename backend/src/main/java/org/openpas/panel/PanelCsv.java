package org.openpas.panel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a panel file ({@code PAS_PANEL_CSV_V1}): UTF-8 text, RFC 4180 CSV, the header
 * {@value #HEADER}, at most {@value #MAX_ROWS} data rows. Anything that makes the whole file unreadable
 * is a {@link FatalProblem}; the rows themselves are checked by {@link PanelRowCheck}.
 */
final class PanelCsv {

    static final String HEADER = "phn,surname,given_names,date_of_birth,gender,postal_code";
    static final int COLUMNS = 6;
    static final int MAX_ROWS = 50_000;

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
        String text = utf8Text(content);
        List<Record> records = records(text);
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

    /** RFC 4180: fields separated by commas, records by CRLF or LF, quotes doubled inside quoted fields. */
    private static List<Record> records(String text) throws FatalProblem {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new FatalProblem("Line " + quoteLine + ": a quoted field is never closed.");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                fieldStarted = true;
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new FatalProblem("Line " + line + ": text follows a closing quote; quote the whole field.");
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                add(records, recordLine, fields);
                fields = new ArrayList<>();
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                i++;
            }
        }
        if (!field.isEmpty() || fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, recordLine, fields);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) throws FatalProblem {
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
            return; // a blank line
        }
        if (records.size() > MAX_ROWS) {
            throw new FatalProblem("The file has more than " + MAX_ROWS + " patients; split it or contact support.");
        }
        records.add(new Record(line, fields));
    }
}
