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
        int rowNumber = 0;
        try (BufferedReader reader = openReader(file, encoding)) {
            if (dialect.sepLine()) {
                reader.readLine();
            }
            try (MappingIterator<String[]> records = csv.readValues(reader)) {
                while (records.hasNextValue()) {
                    String[] record = records.nextValue();
                    rowNumber++;
                    if (!visitor.visit(new SheetRow(rowNumber, cells(record)))) {
                        return;
                    }
                }
            }
        } catch (JacksonException e) {
            Refusals.log(LOG, "CSV parse error in " + fileName + " after record " + rowNumber, e);
            throw Refusals.unreadableText(fileName, "the text from row " + (rowNumber + 1) + " on is not valid CSV"
                    + " (often a quote mark \" that is never closed).", e);
        }
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

    private static List<RawCell> cells(String[] fields) {
        List<RawCell> cells = new ArrayList<>(fields.length);
        for (String field : fields) {
            cells.add(RawCell.text(field));
        }
        return cells;
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
