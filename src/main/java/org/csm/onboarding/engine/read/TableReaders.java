package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.nio.file.Path;

/// The one way in: opens any file the user picked as a [TableReader], or refuses it with a
/// message that says what the file is and what to do.
///
/// The type comes from the bytes, never the file name (users rename files): .xlsx workbooks
/// are read by [XlsxTableReader], text that is plausibly CSV by [CsvTableReader]; legacy .xls,
/// password-protected workbooks, other Office files, PDFs, images, archives and binary data
/// are refused.
public final class TableReaders {

    private TableReaders() {
    }

    public static TableReader open(Path file) throws FileRefusedException, IOException {
        PoiLimits.apply();
        return switch (FileSniffer.sniff(file)) {
            case XLSX -> XlsxTableReader.open(file);
            case CSV -> CsvTableReader.open(file);
        };
    }
}
