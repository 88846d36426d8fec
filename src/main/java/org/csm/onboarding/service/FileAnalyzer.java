package org.csm.onboarding.service;

import org.csm.onboarding.engine.detect.FileFormat;
import org.csm.onboarding.engine.detect.FormatDetector;
import org.csm.onboarding.engine.detect.HeaderLocator;
import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.mapping.ColumnMatcher;
import org.csm.onboarding.engine.mapping.ColumnProfile;
import org.csm.onboarding.engine.mapping.ColumnSuggestion;
import org.csm.onboarding.engine.mapping.HeaderSignature;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.validate.MappingCheck;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.store.MappingRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/// Locates the table, detects the format and settles the mapping: an explicit one wins, then
/// one remembered for the same header signature, then the automatic suggestion.
final class FileAnalyzer {

    /// Rows sampled below the header to judge what each column holds.
    private static final int SAMPLE_ROWS = 50;
    /// Share of sampled cells that must be numbers for a column to be offered as a custom KPI.
    private static final double MOSTLY_NUMBERS = 0.75;

    private FileAnalyzer() {
    }

    /// A header is words; a row of numbers is data, whatever else the file holds.
    private static boolean looksNumeric(String cell) {
        return cell.matches("[-+()$€£%.,\\s\\d]+");
    }

    static FileAnalysis analyze(Path file, TableReader reader, ColumnMapping explicit,
                                Function<String, Optional<MappingRepository.Remembered>> memory)
            throws IOException, FileRefusedException {
        Function<String, Optional<ColumnMapping>> remembered = signature -> memory.apply(signature).map(MappingRepository.Remembered::mapping);
        Optional<SheetLayout> located = HeaderLocator.locate(reader, cells -> explicit == null
                ? ColumnMatcher.recognisedHeaders(cells)
                : (int) cells.stream().filter(new HashSet<>(explicit.headerByField().values())::contains).count());
        if (located.isEmpty() && explicit == null) {
            // A layout nothing in the catalogue names may still be one the user mapped by hand
            // before: look for a header row whose signature has a remembered mapping.
            located = HeaderLocator.locate(reader, cells -> remembered.apply(HeaderSignature.of(cells))
                    .map(m -> (int) cells.stream().filter(new HashSet<>(m.headerByField().values())::contains).count())
                    .orElse(0));
        }
        if (located.isEmpty() && explicit == null) {
            // Nothing we know: take the widest row of text as the header so the CSM can map the
            // columns by hand; the mapping check then names the required fields still unmapped.
            located = HeaderLocator.locate(reader, cells -> (int) cells.stream().filter(c -> !c.isBlank() && !looksNumeric(c)).count());
        }
        if (located.isEmpty()) {
            throw new FileRefusedException(reader.fileName(), reader.fileName()
                    + " has no table with customer columns we recognise (such as customer_id and company_name) in any sheet. "
                    + "Check that it is the customer export, or download the standard template and fill it in.");
        }
        SheetLayout layout = located.get();
        List<SheetRow> sample = new ArrayList<>();
        reader.read(layout.sheet(), row -> {
            if (row.rowNumber() > layout.headerRow() && !row.isBlank()) {
                sample.add(row);
            }
            return sample.size() < SAMPLE_ROWS;
        });
        List<ColumnSuggestion> suggestions = ColumnMatcher.suggest(layout.headers(), sample, reader.decimalSeparator());
        String signature = HeaderSignature.of(layout.headers());
        ColumnMapping mapping;
        FileAnalysis.MappingSource source;
        List<CustomKpi> rememberedKpis = List.of();
        if (explicit != null) {
            mapping = explicit;
            source = FileAnalysis.MappingSource.EXPLICIT;
        } else {
            Optional<MappingRepository.Remembered> recalled = memory.apply(signature);
            mapping = recalled.map(MappingRepository.Remembered::mapping).orElseGet(() -> ColumnMatcher.toMapping(suggestions));
            source = recalled.isPresent() ? FileAnalysis.MappingSource.REMEMBERED : FileAnalysis.MappingSource.AUTOMATIC;
            rememberedKpis = recalled.map(MappingRepository.Remembered::customKpis).orElse(List.of());
        }
        FileFormat format = FormatDetector.detect(layout.headers());
        // The standard catalogue here: custom KPIs belong to a configuration and are checked with it (Scanner).
        return new FileAnalysis(file, reader.fileName(), reader.fileType(), layout, format, suggestions, mapping, source,
                signature, MappingCheck.check(layout, mapping, KpiCatalog.standard()), ImportChoices.DEFAULT, rememberedKpis,
                numericHeaders(layout, sample, reader.decimalSeparator()));
    }

    private static Set<String> numericHeaders(SheetLayout layout, List<SheetRow> sample, char decimalSeparator) {
        Set<String> numeric = new HashSet<>();
        for (int col = 0; col < layout.headers().size(); col++) {
            String header = layout.headers().get(col);
            ColumnProfile profile = ColumnProfile.of(sample, col, decimalSeparator);
            // Mostly numbers: a stray "n/a" or typo must not hide a column from becoming a KPI.
            if (header != null && !header.isBlank() && !profile.empty() && profile.numberShare() >= MOSTLY_NUMBERS) {
                numeric.add(header);
            }
        }
        return numeric;
    }
}
