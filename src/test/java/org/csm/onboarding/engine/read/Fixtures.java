package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/// Writes small test files. Tests may use the whole-workbook API to WRITE fixtures; the
/// readers under test never use it.
final class Fixtures {

    @FunctionalInterface
    interface WorkbookFiller {
        void fill(Workbook workbook) throws IOException;
    }

    private Fixtures() {
    }

    static Path xlsx(Path dir, String name, WorkbookFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            filler.fill(workbook);
            return write(dir, name, workbook);
        }
    }

    static Path write(Path dir, String name, Workbook workbook) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /// A ZIP holding the given entries, each with the given text (name, text, name, text...).
    static Path zip(Path dir, String name, String... namesAndTexts) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /// Copies a ZIP (such as an .xlsx), passing one entry's text through `edit`: for hand-made quirks.
    static Path rewriteZip(Path source, Path target, String entryName, UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return target;
    }

    static Path bytes(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /// Reads every row of a sheet.
    static List<SheetRow> rows(TableReader reader, String sheet) throws IOException, FileRefusedException {
        List<SheetRow> rows = new ArrayList<>();
        reader.read(sheet, rows::add);
        return rows;
    }

    static List<Integer> rowNumbers(List<SheetRow> rows) {
        return rows.stream().map(SheetRow::rowNumber).toList();
    }

    static List<String> texts(SheetRow row) {
        return row.cells().stream().map(RawCell::text).toList();
    }
}
