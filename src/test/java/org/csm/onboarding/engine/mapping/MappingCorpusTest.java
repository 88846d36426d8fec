package org.csm.onboarding.engine.mapping;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Runs the matcher over every export style of the corpus and scores it: a column is right when
/// it gets the expected field (or stays unmapped when it should), wrong when it gets another
/// field, missed when a mappable column is left for the CSM. A wrong mapping is the one
/// outcome that is never acceptable. The report goes to `target/mapping-corpus-report.txt`.
class MappingCorpusTest {

    private record Outcome(int right, int wrong, int missed, List<String> lines) {
    }

    @Test
    void theCorpusMapsAtLeast95PercentRightAndNothingWrong() throws IOException {
        List<String> report = new ArrayList<>();
        int right = 0;
        int wrong = 0;
        int missed = 0;
        int heldRight = 0;
        int heldTotal = 0;
        for (String name : MappingCorpus.STYLES) {
            Outcome o = score(MappingCorpus.load(name));
            int total = o.right + o.wrong + o.missed;
            report.add(String.format("%-28s %3d columns  %3d right  %d wrong  %d missed", name, total, o.right, o.wrong, o.missed));
            report.addAll(o.lines);
            right += o.right;
            wrong += o.wrong;
            missed += o.missed;
            if (name.startsWith("held-out")) {
                heldRight += o.right;
                heldTotal += total;
            }
        }
        int total = right + wrong + missed;
        report.add(String.format("ALL %d columns in %d styles: %.1f%% right, %d wrong, %d missed; held-out styles %d/%d = %.1f%%",
                total, MappingCorpus.STYLES.size(), 100.0 * right / total, wrong, missed, heldRight, heldTotal,
                heldTotal == 0 ? 0 : 100.0 * heldRight / heldTotal));
        Path out = Path.of("target", "mapping-corpus-report.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        String text = String.join("\n", report);
        assertTrue(total >= 150, "corpus has " + total + " columns");
        assertEquals(0, wrong, text);
        assertTrue(right >= 0.95 * total, text);
    }

    private static Outcome score(MappingCorpus.Style style) {
        List<ColumnSuggestion> suggestions = ColumnMatcher.suggest(style.headers(), style.sample(30), style.decimalSeparator());
        int right = 0;
        int wrong = 0;
        int missed = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < style.columns().size(); i++) {
            MappingCorpus.Column c = style.columns().get(i);
            ColumnSuggestion s = suggestions.get(i);
            String got = s.mapped() ? s.field().key() : "-";
            if (got.equals(c.expected())) {
                right++;
            } else if (s.mapped()) {
                wrong++;
                lines.add("   WRONG  " + c.header() + " -> " + got + " (expected " + c.expected() + ", " + s.confidence() + ", " + s.reason() + ")");
            } else {
                missed++;
                lines.add("   missed " + c.header() + " (expected " + c.expected() + ")");
            }
        }
        return new Outcome(right, wrong, missed, lines);
    }
}
