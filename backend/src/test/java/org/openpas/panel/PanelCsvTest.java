package org.openpas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelCsvTest {

    private static List<PanelCsv.Record> parse(String text) throws PanelCsv.FatalProblem {
        return PanelCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rfc4180QuotingCrlfBomAndBlankLines() throws Exception {
        List<PanelCsv.Record> rows = parse("\uFEFF" + PanelCsv.HEADER + "\r\n"
                + "9698658215,\"O'Brien, \"\"Jr\"\"\",\"Mary\nAnn\",1980-01-01,F,V5K 0A1\r\n"
                + "\r\n"
                + "9698658215,Last,Line,1980-01-01,M,");
        assertEquals(2, rows.size());
        assertEquals(List.of("9698658215", "O'Brien, \"Jr\"", "Mary\nAnn", "1980-01-01", "F", "V5K 0A1"),
                rows.get(0).fields());
        assertEquals(2, rows.get(0).line());
        assertEquals(5, rows.get(1).line());
        assertEquals(List.of("9698658215", "Last", "Line", "1980-01-01", "M", ""), rows.get(1).fields());
    }

    @Test
    void fatalProblems() {
        for (String file : List.of("", PanelCsv.HEADER, PanelCsv.HEADER + "\n\n", "phn;surname\n1;2\n",
                PanelCsv.HEADER + "\n\"unclosed,a,b,c,d,e\n", PanelCsv.HEADER + "\n\"a\"b,c,d,e,f,g\n")) {
            assertThrows(PanelCsv.FatalProblem.class, () -> parse(file), file);
        }
        assertThrows(PanelCsv.FatalProblem.class,
                () -> PanelCsv.parse(new byte[] {'p', 'h', 'n', 0, 1, 2}));
        assertThrows(PanelCsv.FatalProblem.class,
                () -> PanelCsv.parse((PanelCsv.HEADER + "\n9698658215,M\u00fcller,A,1980-01-01,F,\n")
                        .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void rowChecks() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 22);
        var ok = PanelRowCheck.check(parse(PanelCsv.HEADER + "\n 9698658215 ,  Doe ,Jane  Q,2026-11-22,u,v5k0a1\n")
                .get(0), today);
        assertTrue(ok.valid(), ok.errors.toString());
        assertEquals("9698658215", ok.phn);
        assertEquals("Jane Q", ok.givenNames);
        assertEquals("UNDISCLOSED", ok.gender);
        assertEquals("V5K 0A1", ok.postalCode);

        var bad = PanelRowCheck.check(parse(PanelCsv.HEADER + "\n9698648215,Doe,Jane,1889-12-31,F,V5K 0A1,extra\n")
                .get(0), today);
        assertEquals(List.of("TOO_LONG", "INVALID_PHN", "INVALID_DATE"),
                bad.errors.stream().map(PanelSubmissionRow.Error::code).toList());
        var short_ = PanelRowCheck.check(parse(PanelCsv.HEADER + "\n9698658215,Doe\n").get(0), today);
        assertEquals(List.of("given_names", "date_of_birth", "gender"),
                short_.errors.stream().map(PanelSubmissionRow.Error::field).toList());
    }
}
