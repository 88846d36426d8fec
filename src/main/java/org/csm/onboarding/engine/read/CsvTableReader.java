package org.csm.onboarding.engine.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;

/// Reads a CSV (or tab-separated) text file as a one-sheet table named after the file.
///
/// Charset, delimiter and decimal separator are detected once from a bounded prefix (see
/// [TextEncoding] and [CsvDialect]); rows are then streamed by Jackson, so the file is never
/// held in memory. Row numbers are record numbers (1-based, the first record is row 1): a
/// quoted value spanning lines is one record, and an empty line is a record of its own that is
/// reported as a blank row, which is exactly how Excel numbers the rows when it opens the file.
/// An Excel `sep=;` first line is hidden and not counted, as in Excel.
public final class CsvTableReader implements TableReader {

    private static final Logger LOG = Logger.getLogger(CsvTableReader.class.getName());

    /// Characters decoded for dialect detection: thousands of typical records.
    private static final int SAMPLE_CHARS = 256 * 1024;

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Path file;
    private final String fileName;
    private final TextEncoding encoding;
    private final CsvDialect dialect;
    private final ReadNotes notes = new ReadNotes();

    private CsvTableReader(Path file, TextEncoding encoding, CsvDialect dialect) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.encoding = encoding;
        this.dialect = dialect;
    }

    /// Detects the charset and dialect; refuses an empty file.
    public static CsvTableReader open(Path file) throws FileRefusedException, IOException {
        String name = file.getFileName().toString();
        if (Files.size(file) == 0) {
            throw Refusals.empty(name);
        }
        TextEncoding encoding = TextEncoding.detect(file);
        char[] buffer = new char[SAMPLE_CHARS];
        int length = 0;
        boolean complete;
        try (Reader reader = openReader(file, encoding)) {
            int read;
            while (length < buffer.length && (read = reader.read(buffer, length, buffer.length - length)) > 0) {
                length += read;
            }
            complete = reader.read() < 0;
        }
        CsvDialect dialect = CsvDialect.detect(new String(buffer, 0, length), complete);
        LOG.fine(() -> name + ": " + encoding.charset() + ", delimiter '" + dialect.delimiter()
                + "', decimal '" + dialect.decimalSeparator() + "'");
        return new CsvTableReader(file, encoding, dialect);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String fileType() {
        return "csv";
    }

    /// One sheet, named after the file.
    @Override
    public List<String> sheetNames() {
        return List.of(fileName);
    }

    @Override
    public void read(String sheet, RowVisitor visitor) throws IOException, FileRefusedException {
        if (!fileName.equals(sheet)) {
            throw new IllegalArgumentException("A CSV file has one sheet, '" + fileName + "', not '" + sheet + "'");
        }
        ObjectReader csv = MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(dialect.delimiter()));
        CsvRows rows = new CsvRows();
        try (BufferedReader reader = openReader(file, encoding)) {
            if (dialect.sepLine()) {
                reader.readLine();
            }
            try (MappingIterator<String[]> records = csv.readValues(reader)) {
                while (records.hasNextValue()) {
                    SheetRow row = rows.next(records.nextValue());
                    if (row == null) {
                        throw Refusals.limit(fileName, rows.limitExceeded());
                    }
                    if (!rows.visit(visitor, row)) {
                        break;
                    }
                }
            }
        } catch (JacksonException e) {
            Refusals.log(LOG, "CSV parse error in " + fileName + " after record " + rows.count(), e);
            throw Refusals.unreadableText(fileName, "the text from row " + (rows.count() + 1) + " on is not valid CSV"
                    + " (often a quote mark \" that is never closed).", e);
        } catch (RuntimeException e) {
            if (rows.inVisitor()) {
                throw e;
            }
            Refusals.log(LOG, "CSV reader failed in " + fileName + " after record " + rows.count(), e);
            throw Refusals.unreadableText(fileName, "the text from row " + (rows.count() + 1) + " on cannot be read.", e);
        }
        rows.addNotes();
    }

    @Override
    public List<DataIssue> notes() {
        return notes.issues();
    }

    @Override
    public char decimalSeparator() {
        return dialect.decimalSeparator();
    }

    /// The charset the text was decoded with (UTF-8, UTF-16 or windows-1252).
    public Charset charset() {
        return encoding.charset();
    }

    /// The field delimiter: ',', ';' or tab.
    public char delimiter() {
        return dialect.delimiter();
    }

    @Override
    public void close() {
        // Each read opens and closes its own stream; nothing stays open between reads.
    }

    /// Numbers records as rows, cleans and bounds their fields, enforces the row and column
    /// limits and keeps count of what is worth a note.
    private final class CsvRows {
        private final TextCleaner cleaner = new TextCleaner();
        private int count;
        private int expectedFields;
        private int ragged;
        private int firstRagged;
        private int firstRaggedFields;
        private String limitExceeded;
        private boolean inVisitor;

        /// The next row, or null when a limit is exceeded.
        SheetRow next(String[] fields) {
            count++;
            if (count > ReadLimits.MAX_ROWS) {
                limitExceeded = String.format("has more than %,d rows, Excel's limit", ReadLimits.MAX_ROWS);
                return null;
            }
            if (fields.length > ReadLimits.MAX_COLUMNS) {
                limitExceeded = String.format("has %,d fields in row %d, more than Excel's %,d columns",
                        fields.length, count, ReadLimits.MAX_COLUMNS);
                return null;
            }
            List<RawCell> cells = new ArrayList<>(fields.length);
            int filled = 0;
            for (int i = 0; i < fields.length; i++) {
                String field = fields[i] == null ? "" : cleaner.clean(fields[i], count);
                cells.add(RawCell.bounded(field));
                if (!field.isBlank()) {
                    filled = i + 1;
                }
            }
            checkLength(fields.length, filled);
            return new SheetRow(count, cells);
        }

        /// The first row with two or more values sets the width (the header, below any title);
        /// later rows with values beyond it, or fewer fields, are ragged.
        private void checkLength(int fields, int filled) {
            if (expectedFields == 0) {
                expectedFields = filled >= 2 ? filled : 0;
                return;
            }
            if (filled > 0 && (filled > expectedFields || fields < expectedFields)) {
                if (ragged++ == 0) {
                    firstRagged = count;
                    firstRaggedFields = filled > expectedFields ? filled : fields;
                }
            }
        }

        int count() {
            return count;
        }

        String limitExceeded() {
            return limitExceeded;
        }

        /// Hands the row on; a failure of the visitor (a cancel, a bug) is not a problem of the file.
        boolean visit(RowVisitor visitor, SheetRow row) {
            inVisitor = true;
            boolean goOn = visitor.visit(row);
            inVisitor = false;
            return goOn;
        }

        boolean inVisitor() {
            return inVisitor;
        }

        void addNotes() {
            if (cleaner.removed() > 0) {
                notes.add(DataIssue.warning(fileName, cleaner.firstRow(), null, IssueCode.CONTROL_CHARACTERS_REMOVED,
                        String.format("%,d invisible control characters (such as NUL or text-direction marks) were removed,"
                                + " first in row %d.", cleaner.removed(), cleaner.firstRow())));
            }
            if (ragged > 0) {
                notes.add(DataIssue.warning(fileName, firstRagged, null, IssueCode.RAGGED_ROWS, String.format(
                        "%,d rows have a different number of fields than the header's %d (first: row %d has %d): values"
                                + " may sit under the wrong column. Check the file's quotes and separators.",
                        ragged, expectedFields, firstRagged, firstRaggedFields)));
            }
            switch (encoding.quality()) {
                case UTF8_WITH_INVALID_BYTES -> notes.add(DataIssue.warning(fileName, null, null,
                        IssueCode.INVALID_TEXT_ENCODING, "Some bytes are not valid UTF-8 text and show as \uFFFD:"
                                + " check names with accents, or save the file again as \"CSV UTF-8\"."));
                case NOT_UTF8 -> notes.add(DataIssue.warning(fileName, null, null,
                        IssueCode.INVALID_TEXT_ENCODING, "The file is not UTF-8, so it was read as Windows-1252"
                                + " (Western European, as Excel on Windows saves CSV). If names with accents look wrong,"
                                + " save the file as \"CSV UTF-8\" and try again."));
                default -> {
                    // clean text: nothing to say
                }
            }
        }
    }

    /// Bytes the charset cannot map become U+FFFD rather than failing the whole import.
    private static BufferedReader openReader(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, encoding.charset()));
    }
}
