package org.csm.onboarding.engine.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest(name = "[{0}] is missing")
    @ValueSource(strings = {"", "   ", "N/A", "n/a", "NA", "na", "-", "—", "–", "null", "NULL", "#N/A", "none", " None "})
    void missingMarkersAreMissing(String text) {
        assertTrue(CellValues.isMissing(RawCell.text(text)));
        assertEquals(Optional.empty(), CellValues.text(RawCell.text(text)));
        assertEquals(ParsedNumber.ofMissing(), CellValues.parseNumber(RawCell.text(text), '.'));
        assertEquals(ParsedDate.ofMissing(), CellValues.parseDate(RawCell.text(text)));
    }

    @ParameterizedTest(name = "[{0}] is a value")
    @ValueSource(strings = {"0", "nan", "Nana Corp", "--5", "High"})
    void otherTextIsNotMissing(String text) {
        assertFalse(CellValues.isMissing(RawCell.text(text)));
    }

    @Test
    void aNumericCellIsNeverMissingAndTextIsTrimmed() {
        assertFalse(CellValues.isMissing(new RawCell("", 0.0, false, false)));
        assertEquals(Optional.of("Elastic AI Corp"), CellValues.text(RawCell.text("  Elastic AI Corp \t")));
    }

    @ParameterizedTest(name = "[{0}] with decimal ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        "$19,790.08       | . | 19790.08",
        "€1.234,56        | , | 1234.56",
        "1.234,56 €       | , | 1234.56",
        "USD 1,234.50     | . | 1234.5",
        "21.0%            | . | 21.0",
        "21,0%            | , | 21.0",
        "1,234            | . | 1234",
        "1,234,567.5      | . | 1234567.5",
        "'1 234,5'        | , | 1234.5",
        "'1\u00A0234,5'   | , | 1234.5",
        "'1\u202F234.5'   | . | 1234.5",
        "1'234.50         | . | 1234.5",
        "(1,234.00)       | . | -1234",
        "($1,234.00)      | . | -1234",
        "+12.5            | . | 12.5",
        "-67.7            | . | -67.7",
        "−67.7            | . | -67.7",
        "-$1,234          | . | -1234",
        "$-1,234          | . | -1234",
        "12,5             | , | 12.5",
        "1.234            | , | 1234",
        "1.5E3            | . | 1500",
        "2.5e-2           | . | 0.025",
        ".5               | . | 0.5",
        "0.13             | . | 0.13",
        "'  4 '           | . | 4"})
    void numbersWrittenAsTextAreRead(String text, char decimal, double expected) {
        assertEquals(ParsedNumber.of(expected), CellValues.parseNumber(RawCell.text(text), decimal));
    }

    @ParameterizedTest(name = "[{0}] with decimal ''{1}'' is invalid")
    @CsvSource(delimiter = '|', value = {
        "abc | .", "12abc | .", "1.2.3 | .", "1,2,3 | ,", "NaN | .", "Infinity | .", "-Infinity | .",
        "1e999 | .", "1,5 | .", "12,34 | .", "$ | .", ". | .", "E5 | .", "--5 | .", "(-5) | .", "1 2 3 x | .",
        "2024-03-15 | ."})
    void textThatIsNotANumberIsInvalidWithItsText(String text, char decimal) {
        ParsedNumber parsed = CellValues.parseNumber(RawCell.text(text), decimal);
        assertTrue(parsed.isInvalid(), () -> text + " gave " + parsed);
        assertEquals(text, parsed.invalidText());
    }

    static Stream<Arguments> numericCells() {
        return Stream.of(
                Arguments.of("plain", new RawCell("2208", 2208.0, false, false), 2208.0),
                Arguments.of("percent format stores a fraction, *_pct fields are percent units",
                        new RawCell("21.0%", 0.21, false, true), 21.0),
                Arguments.of("percent without float noise", new RawCell("13.45%", 0.1345, false, true), 13.45),
                Arguments.of("the decimal separator does not matter for stored numbers",
                        new RawCell("19790.08", 19790.08, false, false), 19790.08));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numericCells")
    void numericCellsUseTheStoredNumber(String label, RawCell cell, double expected) {
        assertEquals(ParsedNumber.of(expected), CellValues.parseNumber(cell, ','));
    }

    @Test
    void nonFiniteStoredNumbersAreInvalid() {
        assertTrue(CellValues.parseNumber(new RawCell("NaN", Double.NaN, false, false), '.').isInvalid());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-15            | 2024-03-15",
        "2024-03-15T10:00:00   | 2024-03-15",
        "2024-03-15 10:00      | 2024-03-15",
        "2024-03-15T10:00:00Z  | 2024-03-15",
        "2024/03/15            | 2024-03-15",
        "03/15/2024            | 2024-03-15",
        "3/5/2024              | 2024-03-05",
        "03/04/2024            | 2024-03-04",
        "3/15/24               | 2024-03-15",
        "3/15/2024 2:30 PM     | 2024-03-15",
        "15/03/2024            | 2024-03-15",
        "15.03.2024            | 2024-03-15",
        "04.03.2024            | 2024-03-04",
        "15-Mar-2024           | 2024-03-15",
        "15-mar-24             | 2024-03-15",
        "15 March 2024         | 2024-03-15",
        "Mar 15, 2024          | 2024-03-15",
        "1/1/30                | 1930-01-01"})
    void datesWrittenAsTextAreRead(String text, LocalDate expected) {
        assertEquals(ParsedDate.of(expected), CellValues.parseDate(RawCell.text(text)));
    }

    @ParameterizedTest(name = "[{0}] is invalid")
    @ValueSource(strings = {"soon", "2024-13-01", "02/30/2024", "31.02.2024", "13/13/2024", "2024-03", "15/03",
        "45366", "2024-03-15 later"})
    void textThatIsNotADateIsInvalidWithItsText(String text) {
        ParsedDate parsed = CellValues.parseDate(RawCell.text(text));
        assertTrue(parsed.isInvalid(), () -> text + " gave " + parsed);
        assertEquals(text, parsed.invalidText());
    }

    @ParameterizedTest(name = "serial {0} -> {2}")
    @CsvSource({
        "45366,   true,  2024-03-15",
        "45366.75, true, 2024-03-15",
        "45366,   false, 2024-03-15",
        "1,       false, 1900-01-01",
        "61,      false, 1900-03-01",
        "2958465, false, 9999-12-31"})
    void numericCellsAreExcelSerialsInThe1900System(double serial, boolean dateFormatted, LocalDate expected) {
        assertEquals(ParsedDate.of(expected), CellValues.parseDate(new RawCell("x", serial, dateFormatted, false)));
    }

    @ParameterizedTest(name = "serial {0} is invalid")
    @ValueSource(doubles = {0, -5, 0.5, 2958466, Double.NaN})
    void numbersOutsideExcelsDateRangeAreInvalid(double serial) {
        assertTrue(CellValues.parseDate(new RawCell("shown", serial, false, false)).isInvalid());
    }

    @Test
    void parseResultsHoldExactlyOneState() {
        assertThrows(IllegalArgumentException.class, () -> new ParsedNumber(1.0, true, null));
        assertThrows(IllegalArgumentException.class, () -> new ParsedDate(null, false, null));
        assertEquals(12.5, ParsedNumber.of(12.5).asOptional().orElseThrow());
        assertTrue(ParsedDate.invalid("x").asOptional().isEmpty());
    }
}
