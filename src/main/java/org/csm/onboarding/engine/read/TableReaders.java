package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.logging.Logger;

/// The one way in: opens any file the user picked as a [TableReader], or refuses it with a
/// message that says what the file is and what to do.
///
/// The type comes from the bytes, never the file name (users rename files): .xlsx workbooks
/// are read by [XlsxTableReader], text that is plausibly CSV by [CsvTableReader]; legacy .xls,
/// password-protected workbooks, Strict Open XML, other Office files, PDFs, images, archives
/// and binary data are refused. Whatever a parser throws on hostile bytes becomes a refusal,
/// never a stack trace: the readers guard their own reads the same way.
public final class TableReaders {

    private static final Logger LOG = Logger.getLogger(TableReaders.class.getName());

    private TableReaders() {
    }

    public static TableReader open(Path file) throws FileRefusedException, IOException {
        String name = file.getFileName().toString();
        try {
            return switch (FileSniffer.sniff(file)) {
                case XLSX -> XlsxTableReader.open(file);
                case CSV -> CsvTableReader.open(file);
            };
        } catch (FileSystemException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            Refusals.log(LOG, "Refusing " + name + " after an unexpected parser failure", e);
            throw Refusals.unreadable(name, e);
        }
    }
}
