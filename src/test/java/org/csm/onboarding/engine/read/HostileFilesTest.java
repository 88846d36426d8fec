package org.csm.onboarding.engine.read;

import static org.csm.onboarding.engine.read.MiniXlsx.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.MiniXlsx.Raw;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.PreviewResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// The hostile-file corpus, one row per file: how it is made and what reading it must give,
/// through the same analysis and preview the app and the command line use. A file is either
/// refused with a message that says what it is (a fragment is checked), or read: then the
/// accounts it would create, exactly which error codes its rows carry, the warnings it must
/// carry, and for some a look at the values themselves.
class HostileFilesTest {

    @TempDir
    Path dir;

    @FunctionalInterface
    interface Source {
        Path create(Path dir) throws Exception;
    }

    sealed interface Outcome permits Refused, Read {
    }

    /// Refused as a whole; the message contains `fragment`.
    record Refused(String fragment) implements Outcome {
    }

    /// Read: `accounts` created, exactly `errors` among the row errors, at least `warnings`
    /// among the warnings and notes, and `check` on the preview.
    record Read(int accounts, Set<IssueCode> errors, Set<IssueCode> warnings, Consumer<PreviewResult> check) implements Outcome {
    }

    record Case(String file, Source source, Outcome outcome) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Read accepted(int accounts, IssueCode... warnings) {
        return new Read(accounts, Set.of(), Set.of(warnings), p -> { });
    }

    static Read accepted(int accounts, Consumer<PreviewResult> check, IssueCode... warnings) {
        return new Read(accounts, Set.of(), Set.of(warnings), check);
    }

    static Read rowErrors(int accounts, Set<IssueCode> errors, IssueCode... warnings) {
        return new Read(accounts, errors, Set.of(warnings), p -> { });
    }

    static Source res(String name) {
        return dir -> HostileCorpus.resource(dir, name);
    }

    static Stream<Case> corpus() {
        return Stream.of(
                // container confusion
                new Case("workbook-named.csv", dir -> HostileCorpus.renamed(HostileCorpus.plainXlsx(dir, "w.xlsx"), "workbook-named.csv"), accepted(3)),
                new Case("csv-named.xlsx", dir -> HostileCorpus.renamed(HostileCorpus.resource(dir, "utf8-no-bom.csv"), "csv-named.xlsx"), accepted(2)),
                new Case("customers.ods", HostileCorpus::ods, new Refused("is an OpenDocument file")),
                new Case("legacy.xls", dir -> HostileCorpus.ole2(dir, "legacy.xls", "Workbook"), new Refused("is an Excel 97-2003 workbook (.xls)")),
                new Case("encrypted.xlsx", dir -> HostileCorpus.ole2(dir, "encrypted.xlsx", "EncryptionInfo"), new Refused("is password-protected")),
                new Case("strict-ooxml.xlsx", HostileCorpus::strict, new Refused("Strict Open XML Spreadsheet")),
                new Case("page.xls", res("page.xls"), new Refused("is a web page (HTML)")),
                new Case("empty.csv", res("empty.csv"), new Refused("is empty")),
                // bombs
                new Case("ratio-bomb.xlsx", HostileCorpus::ratioBomb, new Refused("looks like a ZIP bomb")),
                new Case("shared-string-flood.xlsx", HostileCorpus::sharedStringFlood, new Refused("looks like a ZIP bomb")),
                new Case("row-beyond-excel.xlsx", dir -> HostileCorpus.withCell(dir, "row-beyond-excel.xlsx",
                        "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>"), new Refused("beyond Excel's last row 1,048,576")),
                new Case("column-beyond-excel.xlsx", dir -> HostileCorpus.withCell(dir, "column-beyond-excel.xlsx",
                        "<row r=\"9\"><c r=\"XFE9\"><v>1</v></c></row>"), new Refused("beyond Excel's last column XFD (16,384 columns)")),
                new Case("huge-name.xlsx", dir -> HostileCorpus.table(dir, "huge-name.xlsx", List.of(account("SRVL-1"),
                        account("SRVL-2", "company_name", "N".repeat(1 << 20)))), rowErrors(1, Set.of(IssueCode.UNUSABLE_CELL))),
                new Case("huge-name.csv", HostileCorpus::hugeCellCsv, rowErrors(1, Set.of(IssueCode.UNUSABLE_CELL))),
                new Case("long-name.xlsx", dir -> HostileCorpus.table(dir, "long-name.xlsx", List.of(account("SRVL-1"),
                        account("SRVL-2", "company_name", "N".repeat(5000)))), rowErrors(1, Set.of(IssueCode.TEXT_TOO_LONG))),
                new Case("wide-10000.csv", dir -> HostileCorpus.wideCsv(dir, 10_000), accepted(5)),
                // XXE and external links
                new Case("xxe.xlsx", HostileCorpus::xxe, new Refused("is damaged or not a complete Excel file")),
                new Case("billion-laughs.xlsx", HostileCorpus::billionLaughs, new Refused("is damaged or not a complete Excel file")),
                new Case("external-link.xlsx", HostileCorpus::externalLink, accepted(2)),
                // workbook structure
                new Case("hidden-stale-sheet.xlsx", HostileCorpus::hiddenStaleSheet, accepted(3, p -> {
                    assertEquals("Customers", p.analysis().layout().sheet());
                    assertTrue(message(p, IssueCode.HIDDEN_SHEET).contains("'Customers_2023'"));
                }, IssueCode.HIDDEN_SHEET)),
                new Case("very-hidden-only.xlsx", HostileCorpus::onlyVeryHidden, accepted(2, IssueCode.HIDDEN_SHEET)),
                new Case("no-sheets.xlsx", HostileCorpus::noSheets, new Refused("without any worksheet")),
                new Case("merged-title-frozen-panes.xlsx", HostileCorpus::mergedTitleFrozenPanes,
                        accepted(2, p -> assertEquals(2, p.analysis().layout().headerRow()))),
                new Case("formulas-cached.xlsx", dir -> HostileCorpus.formulas(dir, true),
                        accepted(2, p -> assertEquals(19790.08, kpi(p, 0, "monthly_spend")))),
                new Case("formulas-not-calculated.xlsx", dir -> HostileCorpus.formulas(dir, false),
                        accepted(2, IssueCode.FORMULA_WITHOUT_VALUE, IssueCode.MISSING_KPI_VALUE)),
                new Case("dates-1904.xlsx", HostileCorpus::date1904,
                        accepted(1, p -> assertEquals(LocalDate.of(2023, 5, 10), first(p, 0).profile().signupDate()))),
                new Case("duplicate-blank-headers.csv", res("duplicate-blank-headers.csv"),
                        accepted(2, IssueCode.DUPLICATE_HEADER, IssueCode.BLANK_HEADER)),
                // values
                new Case("leading-zero-ids.csv", res("leading-zero-ids.csv"), accepted(3, p -> assertEquals(
                        List.of("00123", "123", "000456"), ids(p)), IssueCode.AMBIGUOUS_ID)),
                new Case("long-digit-ids.csv", res("long-digit-ids.csv"), accepted(2, p -> assertEquals(
                        List.of("12345678901234567890", "00000000000000000001"), ids(p)))),
                new Case("long-digit-id-number.xlsx", dir -> HostileCorpus.table(dir, "long-digit-id-number.xlsx", List.of(
                        account("SRVL-1", "customer_id", new Raw("", "<v>12345678901234567890</v>")),
                        account("SRVL-2", "customer_id", new Raw("", "<v>1.2345678901234567E19</v>")))),
                        accepted(2, p -> assertEquals(List.of("12345678901234567890", "12345678901234567000"), ids(p)),
                                IssueCode.ID_PRECISION_LOST)),
                new Case("nan-inf-errors.xlsx", dir -> HostileCorpus.table(dir, "nan-inf-errors.xlsx", List.of(
                        account("SRVL-1", "monthly_spend", new Raw("", "<v>NaN</v>")),
                        account("SRVL-2", "monthly_spend", new Raw("", "<v>INF</v>")),
                        account("SRVL-3", "monthly_spend", new Raw("t=\"e\"", "<v>#DIV/0!</v>")),
                        account("SRVL-4", "monthly_spend", new Raw("t=\"s\"", "<v>99</v>")),
                        account("SRVL-5"))), accepted(5, IssueCode.INVALID_NUMBER, IssueCode.UNUSABLE_CELL)),
                new Case("nan-inf-errors.csv", res("nan-inf-errors.csv"), accepted(5, IssueCode.INVALID_NUMBER)),
                new Case("text-in-number-cell.xlsx", dir -> HostileCorpus.table(dir, "text-in-number-cell.xlsx", List.of(
                        account("SRVL-1", "monthly_spend", new Raw("t=\"n\"", "<v>12,5</v>")), account("SRVL-2"))),
                        new Read(2, Set.of(), Set.of(IssueCode.INVALID_NUMBER), p -> {
                            DataIssue issue = p.issues().stream().filter(i -> i.code() == IssueCode.INVALID_NUMBER).findFirst().orElseThrow();
                            assertEquals(2, issue.row());
                            assertEquals("monthly_spend", issue.column());
                        })),
                new Case("text-in-numbers.csv", res("text-in-numbers.csv"), accepted(3, IssueCode.INVALID_NUMBER)),
                new Case("percent-forms.csv", res("percent-forms.csv"), accepted(3, p -> {
                    for (int i = 0; i < 3; i++) {
                        assertEquals(21.0, kpi(p, i, "cold_start_pct"));
                    }
                })),
                new Case("percent-formatted.xlsx", dir -> HostileCorpus.table(dir, "percent-formatted.xlsx", List.of(
                        account("SRVL-1", "cold_start_pct", new Raw("s=\"" + MiniXlsx.PERCENT_STYLE + "\"", "<v>0.21</v>")),
                        account("SRVL-2", "cold_start_pct", "21%"), account("SRVL-3", "cold_start_pct", 21.0))),
                        accepted(3, p -> {
                            for (int i = 0; i < 3; i++) {
                                assertEquals(21.0, kpi(p, i, "cold_start_pct"));
                            }
                        })),
                new Case("dates-as-text.csv", res("dates-as-text.csv"), new Read(5, Set.of(), Set.of(IssueCode.INVALID_DATE), p -> {
                    for (int i = 0; i < 4; i++) {
                        assertEquals(LocalDate.of(2023, 5, 10), first(p, i).profile().signupDate());
                    }
                    assertNull(first(p, 4).profile().signupDate());
                })),
                // encodings
                new Case("utf8-bom.csv", res("utf8-bom.csv"), accepted(2, p -> assertZurich(p))),
                new Case("utf8-no-bom.csv", res("utf8-no-bom.csv"), accepted(2, p -> assertZurich(p))),
                new Case("utf16le-bom.csv", res("utf16le-bom.csv"), accepted(2, p -> assertZurich(p))),
                new Case("utf16be-bom.csv", res("utf16be-bom.csv"), accepted(2, p -> assertZurich(p))),
                new Case("utf16le-no-bom.csv", res("utf16le-no-bom.csv"), accepted(2, p -> assertZurich(p))),
                new Case("windows-1252.csv", res("windows-1252.csv"), accepted(2,
                        p -> assertEquals("Müller Café", first(p, 0).account().accountName()), IssueCode.INVALID_TEXT_ENCODING)),
                new Case("invalid-utf8.csv", res("invalid-utf8.csv"), accepted(3, p -> {
                    assertEquals("Zürich AG", first(p, 0).account().accountName());
                    assertTrue(first(p, 1).account().accountName().contains("\uFFFD"));
                }, IssueCode.INVALID_TEXT_ENCODING)),
                new Case("control-nul-bidi.csv", res("control-nul-bidi.csv"), accepted(3, p -> {
                    assertEquals(List.of("SRVL-1", "SRVL-2", "SRVL-3"), ids(p));
                    assertEquals("Acme Corp", first(p, 0).account().accountName());
                }, IssueCode.CONTROL_CHARACTERS_REMOVED)),
                // CSV dialects
                new Case("sep-line.csv", res("sep-line.csv"), accepted(2, p -> assertEquals(19790.08, kpi(p, 0, "monthly_spend")))),
                new Case("semicolon-decimal-comma.csv", res("semicolon-decimal-comma.csv"),
                        accepted(1, p -> assertEquals(19790.08, kpi(p, 0, "monthly_spend")))),
                new Case("tab-separated.csv", res("tab-separated.csv"), accepted(3)),
                new Case("ragged-rows.csv", res("ragged-rows.csv"), new Read(5, Set.of(), Set.of(IssueCode.RAGGED_ROWS), p -> { })),
                new Case("unbalanced-quote.csv", res("unbalanced-quote.csv"), new Refused("a quote mark \" that is never closed")),
                new Case("mixed-line-endings.csv", res("mixed-line-endings.csv"), accepted(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGivesItsExpectedOutcome(Case c) throws Exception {
        Path file = c.source().create(dir);
        var service = new OnboardingService(null);
        PreviewResult preview;
        try {
            FileAnalysis analysis = service.analyze(file, null);
            preview = service.preview(analysis, OnboardingConfig.defaults(), Progress.NONE);
        } catch (FileRefusedException refused) {
            if (c.outcome() instanceof Refused(String fragment)) {
                assertTrue(refused.getMessage().contains(fragment), () -> c.file() + " refused with: " + refused.getMessage());
                assertTrue(refused.getMessage().startsWith(file.getFileName().toString()), "a refusal names the file");
                assertFalse(refused.getMessage().contains("Exception"), "no exception text reaches the user");
                return;
            }
            fail(c.file() + " was refused: " + refused.getMessage());
            return;
        }
        if (!(c.outcome() instanceof Read read)) {
            fail(c.file() + " was read, expected a refusal; issues: " + preview.issues());
            return;
        }
        Set<IssueCode> errors = preview.issues().stream().filter(DataIssue::isError).map(DataIssue::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(read.errors()), errors, () -> c.file() + " errors: " + preview.issues());
        Set<IssueCode> others = preview.issues().stream().filter(i -> !i.isError()).map(DataIssue::code).collect(Collectors.toSet());
        assertTrue(others.containsAll(read.warnings()), () -> c.file() + " lacks " + read.warnings() + ": " + preview.issues());
        assertEquals(read.accounts(), preview.accounts(), () -> c.file() + " accounts; issues: " + preview.issues());
        read.check().accept(preview);
    }

    private static AccountRow first(PreviewResult p, int index) {
        return p.firstRows().get(index);
    }

    private static List<String> ids(PreviewResult p) {
        return p.firstRows().stream().map(r -> r.account().externalAccountId()).toList();
    }

    private static double kpi(PreviewResult p, int row, String key) {
        return first(p, row).kpis().stream().filter(k -> k.kpiKey().equals(key)).mapToDouble(KpiRecord::value)
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in row " + row + ": " + p.issues()));
    }

    private static String message(PreviewResult p, IssueCode code) {
        return p.issues().stream().filter(i -> i.code() == code).map(DataIssue::message).findFirst().orElse("");
    }

    private static void assertZurich(PreviewResult p) {
        assertEquals("Zürich Ärzte GmbH", first(p, 0).account().accountName());
    }
}
