package org.openpas.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

/** The public statistics over HTTP, without a token, checked against the contract. */
@QuarkusTest
class StatisticsResourceTest {

    private static final String S = "/api/v1/public/statistics";

    @Inject
    EntityManager em;

    StatisticsTables.Table table;

    @BeforeEach
    void seed() {
        table = StatisticsRows.seed(em);
    }

    @Test
    void theProvinceByMonthWithTheCacheHeadersAndTheIdentities() {
        JsonPath body = Api.publicly().queryParam("from", "2001-01").queryParam("to", "2001-06").get(S)
                .then().statusCode(200).contentType(startsWith("application/json"))
                .header("Cache-Control", "public, max-age=3600")
                .header("ETag", notNullValue()).header("Last-Modified", containsString("GMT"))
                .body("area.level", equalTo("PROVINCE")).body("area.code", equalTo("BC"))
                .body("area.name", equalTo("British Columbia"))
                .body("months", hasSize(6)).body("months[0].month", equalTo("2001-01"))
                .extract().jsonPath();
        List<Map<String, Object>> months = body.getList("months");
        for (int i = 0; i < months.size(); i++) {
            Map<String, Object> m = months.get(i);
            if (m.get("waitingStart") instanceof Integer start && m.get("waitingEnd") instanceof Integer end
                    && m.get("netChange") instanceof Integer net) {
                assertEquals(end - start, net, "netChange = end - start in " + m.get("month"));
            }
            if (i > 0) {
                assertEquals(months.get(i - 1).get("waitingEnd"), m.get("waitingStart"), "start = previous end");
            }
        }
    }

    @Test
    void withheldCountsAppearAsLessThanTenAndXInJsonAndCsv() {
        String json = Api.publicly().queryParam("from", "2001-01").queryParam("to", "2001-06").queryParam("size", 100)
                .get(S + "/communities").then().statusCode(200)
                .body("totalItems", equalTo((int) table.healthAuthorityOf().size()))
                .body("items.area.level", not(hasItem("PROVINCE"))).extract().asString();
        assertTrue(json.contains("\"<10\""), "a <10 in the JSON");
        assertTrue(json.contains("\"x\""), "an x in the JSON");
        List<CSVRecord> rows = csv(Api.publicly().queryParam("from", "2001-01").queryParam("to", "2001-06")
                .queryParam("format", "csv").get(S + "/communities").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=pas-statistics-communities-2001-01-2001-06.csv")
                .extract().asString());
        assertEquals(table.healthAuthorityOf().size() * StatisticsRows.MONTHS, rows.size(), "every community, not a page");
        assertTrue(rows.stream().anyMatch(r -> r.get("registered").equals("<10")));
        assertTrue(rows.stream().anyMatch(r -> r.toMap().containsValue("x")));
    }

    @Test
    void theCsvHasTheContractsColumnsAndAcceptTextCsvAsksForIt() {
        String text = Api.publicly().accept("text/csv").queryParam("from", "2001-01").queryParam("to", "2001-06")
                .get(S + "/health-authorities/FRASER").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=pas-statistics-fraser-2001-01-2001-06.csv")
                .header("ETag", notNullValue()).extract().asString();
        assertEquals(String.join(",", StatisticsCsv.COLUMNS), text.lines().findFirst().orElseThrow());
        List<CSVRecord> rows = csv(text);
        assertEquals(6, rows.size());
        assertEquals("Fraser Health", rows.get(0).get("name"));
        assertEquals("HEALTH_AUTHORITY", rows.get(0).get("level"));
        List<CSVRecord> all = csv(Api.publicly().queryParam("format", "csv").queryParam("from", "2001-01")
                .queryParam("to", "2001-06").get(S + "/health-authorities").then().statusCode(200).extract().asString());
        assertEquals(5 * 6, all.size());
        // text/* admits CSV, not JSON
        Api.publicly().accept("text/*").queryParam("from", "2001-01").queryParam("to", "2001-06")
                .get(S + "/health-authorities/FRASER").then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void aCopyThatIsCurrentIsNotSentAgain() {
        var first = Api.publicly().queryParam("from", "2001-01").queryParam("to", "2001-03").get(S + "/health-authorities")
                .then().statusCode(200).body("items", hasSize(5)).body("items[0].area.name", equalTo("Fraser Health"))
                .extract();
        String etag = first.header("ETag");
        Api.publicly().header("If-None-Match", etag).queryParam("from", "2001-01").queryParam("to", "2001-03")
                .get(S + "/health-authorities").then().statusCode(304).header("ETag", etag);
        String other = Api.publicly().queryParam("from", "2001-01").queryParam("to", "2001-04").get(S + "/health-authorities")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, other, "another range, another ETag");
        String csv = Api.publicly().queryParam("from", "2001-01").queryParam("to", "2001-03").queryParam("format", "csv")
                .get(S + "/health-authorities").then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, csv, "another format, another ETag");
        // The same URL as CSV by Accept: the JSON copy's ETag must not confirm it (nor the CSV's the JSON)
        String accepted = Api.publicly().accept("text/csv").header("If-None-Match", etag).queryParam("from", "2001-01")
                .queryParam("to", "2001-03").get(S + "/health-authorities").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().header("ETag");
        Api.publicly().header("If-None-Match", accepted).queryParam("from", "2001-01").queryParam("to", "2001-03")
                .get(S + "/health-authorities").then().statusCode(200).contentType(startsWith("application/json"));
        Api.publicly().accept("text/csv").header("If-None-Match", accepted).queryParam("from", "2001-01")
                .queryParam("to", "2001-03").get(S + "/health-authorities").then().statusCode(304)
                .header("Vary", "Accept");
    }

    @Test
    void badRangesAreRefusedWithTheFieldsNamed() {
        Api.anonymous().queryParam("from", "2001-13").get(S).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        Api.publicly().queryParam("from", "2001-06").queryParam("to", "2001-01").get(S).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        Api.publicly().queryParam("from", "1990-01").queryParam("to", "2001-01").get(S).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        Api.anonymous().queryParam("format", "xml").get(S).then().statusCode(400).body("errors.field", hasItem("format"));
        Api.publicly().queryParam("from", "1992-02").queryParam("to", "2002-01").get(S).then().statusCode(200);
    }

    @Test
    void anUnknownCommunityIs404AndAnUnsupportedAcceptIs406() {
        Api.publicly().get(S + "/communities/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.anonymous().accept("application/xml").get(S).then().statusCode(406);
    }

    @Test
    void aCommunityWithAPopulationHasAPercentageUnlessItsWaitingCountIsWithheld() {
        String vancouver = TestData.communityId("Vancouver");
        JsonPath body = Api.publicly().queryParam("from", "2001-01").queryParam("to", "2001-06")
                .get(S + "/communities/" + vancouver).then().statusCode(200)
                .body("area.healthAuthority", equalTo("VANCOUVER_COASTAL"))
                .body("population.count", equalTo(600000)).body("population.year", equalTo(2024))
                .extract().jsonPath();
        for (Map<String, Object> month : body.<Map<String, Object>>getList("months")) {
            if (month.get("waitingEnd") instanceof Integer end) {
                assertEquals(Math.round(end * 10000.0 / 600000) / 100.0,
                        ((Number) month.get("percentOfPopulation")).doubleValue(), 1e-9);
            } else {
                assertTrue(!month.containsKey("percentOfPopulation"), "no percentage of a withheld count");
            }
        }
        Api.publicly().queryParam("healthAuthority", "ISLAND").queryParam("size", 2).queryParam("page", 1)
                .queryParam("from", "2001-01").queryParam("to", "2001-06").get(S + "/communities").then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(1)).body("items.area.healthAuthority", not(hasItem("FRASER")));
    }

    static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
