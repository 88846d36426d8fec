package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.engine.read.RawCell;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnMatcherTest {

    /// Sample rows built from text cells, one array per row.
    private static List<SheetRow> rows(String[]... cells) {
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            List<RawCell> row = new ArrayList<>();
            for (String c : cells[r]) {
                row.add(cell(c));
            }
            rows.add(new SheetRow(r + 2, row));
        }
        return rows;
    }

    private static RawCell cell(String text) {
        try {
            return new RawCell(text, Double.parseDouble(text), false, false);
        } catch (NumberFormatException e) {
            return RawCell.text(text);
        }
    }

    private static ColumnSuggestion only(String header, String... values) {
        String[][] sample = new String[values.length][];
        for (int i = 0; i < values.length; i++) {
            sample[i] = new String[] {values[i]};
        }
        List<ColumnSuggestion> s = ColumnMatcher.suggest(List.of(header), rows(sample), '.');
        assertEquals(1, s.size());
        return s.getFirst();
    }

    @Test
    void theSeedsOwnHeadersMapExactlyWithFullConfidence() {
        List<ColumnSuggestion> s = ColumnMatcher.suggest(CustomerFile.SERVERLESS_HEADERS, List.of(), '.');
        assertEquals(21, s.size());
        for (ColumnSuggestion c : s) {
            assertTrue(c.mapped(), c.header());
            assertEquals(c.header(), c.field().key());
            assertEquals(1.0, c.confidence(), c.header());
        }
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Customer ID               | CUSTOMER_ID",
            "Company Name              | COMPANY_NAME",
            "Monthly Spend ($)         | MONTHLY_SPEND",
            "Cold Start %              | COLD_START_PCT",
            "p95 Latency (ms)          | P95_LATENCY_MS",
            "External Account ID       | CUSTOMER_ID",
            "Annual Contract Value     | CONTRACT_VALUE_ANNUAL",
            "Days Since Last Invocation| DAYS_SINCE_LAST_INVOCATION",
            "ARR                       | CONTRACT_VALUE_ANNUAL",
            "Account Name              | COMPANY_NAME",
            "CSM                       | CSM_ASSIGNED",
            "MRR                       | MONTHLY_SPEND",
            "Segment                   | CUSTOMER_SEGMENT",
            "customerId                | CUSTOMER_ID",
            "Geo                       | REGION",
    })
    void titleCaseTemplateHeadersAndSynonymsMapToTheirField(String header, Field expected) {
        ColumnSuggestion s = ColumnMatcher.suggest(List.of(header), List.of(), '.').getFirst();
        assertEquals(expected, s.field(), s.reason());
        assertTrue(s.confidence() >= 0.9, () -> header + " confidence " + s.confidence());
    }

    @Test
    void exactNameBeatsSynonymInConfidence() {
        double exact = ColumnMatcher.suggest(List.of("contract_value_annual"), List.of(), '.').getFirst().confidence();
        double alias = ColumnMatcher.suggest(List.of("ARR"), List.of(), '.').getFirst().confidence();
        assertEquals(1.0, exact);
        assertEquals(0.9, alias);
    }

    @Test
    void aChurnColumnHoldingLabelsIsSurerThanTheAliasAlone() {
        ColumnSuggestion s = only("Churn", "High", "low", "Medium");
        assertEquals(Field.CHURN_RISK, s.field());
        assertEquals(1.0, s.confidence());
        assertEquals("known name of churn_risk; values are High/Medium/Low", s.reason());
    }

    @Test
    void aChurnColumnHoldingNumbersLowersConfidence() {
        ColumnSuggestion labels = only("Churn", "High", "Low", "Medium", "High");
        ColumnSuggestion numbers = only("Churn", "0.12", "0.5", "0.9", "0.33");
        assertTrue(numbers.confidence() < labels.confidence(),
                () -> numbers.confidence() + " should be below " + labels.confidence());
        // name 0.9 x (0.4 + 0.6 x 0 fit) = 0.36: below the bar, so no automatic guess at all.
        assertNull(numbers.field(), numbers.reason());
    }

    @Test
    void aSpendColumnWithSomeTextIsLessCertainButStillMapped() {
        ColumnSuggestion half = only("Monthly Spend", "100", "200", "lots", "oops");
        assertEquals(Field.MONTHLY_SPEND, half.field());
        assertEquals(0.85, half.confidence());
        assertEquals("same name as monthly_spend; most values are not numbers", half.reason());
        // The field's own name: 1 x (0.7 + 0.3 x 0.25) = 0.775, still mapped, less sure.
        ColumnSuggestion mostlyText = only("Monthly Spend", "100", "lots", "oops", "many");
        assertEquals(Field.MONTHLY_SPEND, mostlyText.field());
        assertEquals(0.77, mostlyText.confidence(), 0.01);
        // An alias leans on the values more: 0.9 x (0.4 + 0.6 x 0.25) = 0.5, left for the CSM.
        assertNull(only("MRR", "100", "lots", "oops", "many").field());
    }

    @Test
    void eachFieldIsUsedAtMostOnceAndTheBetterMatchWins() {
        // "Company" and "company_name" both name COMPANY_NAME: the exact name wins, the alias stays unmapped.
        List<ColumnSuggestion> s = ColumnMatcher.suggest(List.of("Company", "company_name", "customer_id"), List.of(), '.');
        assertNull(s.get(0).field());
        assertEquals(Field.COMPANY_NAME, s.get(1).field());
        assertEquals(Field.CUSTOMER_ID, s.get(2).field());
        ColumnMapping mapping = ColumnMatcher.toMapping(s);
        assertEquals("company_name", mapping.header(Field.COMPANY_NAME).orElseThrow());
        assertEquals(2, mapping.headerByField().size());
    }

    @Test
    void noFieldIsEverAssignedTwiceAcrossAMessyHeaderRow() {
        List<String> headers = List.of("ID", "Customer ID", "Account", "Account Name", "Health", "Health Score",
                "Spend", "Monthly Spend", "Risk", "Churn Risk");
        List<ColumnSuggestion> s = ColumnMatcher.suggest(headers, List.of(), '.');
        Set<Field> seen = EnumSet.noneOf(Field.class);
        for (ColumnSuggestion c : s) {
            if (c.mapped()) {
                assertTrue(seen.add(c.field()), () -> c.field() + " assigned twice");
            }
        }
        assertEquals(EnumSet.of(Field.CUSTOMER_ID, Field.COMPANY_NAME, Field.HEALTH_SCORE, Field.MONTHLY_SPEND,
                Field.CHURN_RISK), seen);
        assertEquals("Customer ID", ColumnMatcher.toMapping(s).header(Field.CUSTOMER_ID).orElseThrow());
        assertEquals("Churn Risk", ColumnMatcher.toMapping(s).header(Field.CHURN_RISK).orElseThrow());
    }

    @Test
    void unrelatedColumnsStayUnmappedWithAReason() {
        List<ColumnSuggestion> s = ColumnMatcher.suggest(List.of("customer_id", "favourite_colour", "", "foo"), List.of(), '.');
        assertEquals(4, s.size());
        assertEquals(Field.CUSTOMER_ID, s.get(0).field());
        for (int i = 1; i < 4; i++) {
            assertFalse(s.get(i).mapped(), s.get(i).header());
            assertEquals(0, s.get(i).confidence());
        }
        assertEquals("no matching field", s.get(1).reason());
        assertEquals(1, ColumnMatcher.toMapping(s).headerByField().size());
    }

    @Test
    void recognisedHeadersCountsDistinctKnownFieldsOnly() {
        assertEquals(3, ColumnMatcher.recognisedHeaders(List.of("Customer ID", "Company", "ARR", "Monthly report")));
        assertEquals(0, ColumnMatcher.recognisedHeaders(List.of("Monthly report for Q3", "", "42")));
        // Two names for the same field count once.
        assertEquals(1, ColumnMatcher.recognisedHeaders(List.of("customer_id", "Customer ID")));
    }
}
