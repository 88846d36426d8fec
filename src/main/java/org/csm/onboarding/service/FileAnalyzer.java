package org.csm.onboarding.service;

import org.csm.onboarding.engine.detect.FileFormat;
import org.csm.onboarding.engine.detect.FormatDetector;
import org.csm.onboarding.engine.detect.HeaderLocator;
import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.mapping.ColumnMatcher;
import org.csm.onboarding.engine.mapping.ColumnSuggestion;
import org.csm.onboarding.engine.mapping.HeaderSignature;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.validate.MappingCheck;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.KpiCatalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/// Locates the table, detects the format and settles the mapping: an explicit one wins, then
/// one remembered for the same header signature, then the automatic suggestion.
final class FileAnalyzer {

    /// Rows sampled below the header to judge what each column holds.
    private static final int SAMPLE_ROWS = 50;

    private FileAnalyzer() {
    }

    /// A header is words; a row of numbers is data, whatever else the file holds.
    private static boolean looksNumeric(String cell) {
        return cell.matches("[-+()$€£%.,\\s\\d]+");
    }

    static FileAnalysis analyze(Path file, TableReader reader, ColumnMapping explicit,
                                Function<String, Optional<ColumnMapping>> remembered) throws IOException, FileRefusedException {
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
        if (explicit != null) {
            mapping = explicit;
            source = FileAnalysis.MappingSource.EXPLICIT;
        } else {
            Optional<ColumnMapping> recalled = remembered.apply(signature);
            mapping = recalled.orElseGet(() -> ColumnMatcher.toMapping(suggestions));
            source = recalled.isPresent() ? FileAnalysis.MappingSource.REMEMBERED : FileAnalysis.MappingSource.AUTOMATIC;
        }
        FileFormat format = FormatDetector.detect(layout.headers());
        return new FileAnalysis(file, reader.fileName(), reader.fileType(), layout, format, suggestions, mapping, source,
                signature, MappingCheck.check(layout, mapping, KpiCatalog.standard()));
    }
}
