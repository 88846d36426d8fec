package org.csm.onboarding.engine.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;

/// Reads an .xlsx workbook: the JDK's ZIP inflates the parts, a byte scanner reads the sheets
/// ([XlsxSheetScanner]; StAX in [XlsxSheetReader] for a sheet in another encoding than
/// UTF-8), StAX the small parts and the styles' number formats ([StyleFormats]); POI's
/// number-format rules decide how a number is shown, as Excel does.
///
/// Nothing but one row and the shared strings is held in memory. The user's file is only
/// read, never written. Every part is inflated through an [InflateGuard] and every sheet stays
/// within [ReadLimits]; whatever a parser throws on a damaged file becomes a
/// [FileRefusedException] that says what the file is, and a limit's refusal names the limit.
public final class XlsxTableReader implements TableReader {

    private static final Logger LOG = Logger.getLogger(XlsxTableReader.class.getName());
    /// Enough of a sheet's start to see its XML declaration.
    private static final int HEAD_BYTES = 256;

    private final String fileName;
    private final XlsxPackage pkg;
    private final XlsxCellFactory cellFactory;
    private final List<String> sheetNames;
    private final ReadNotes notes;

    private XlsxTableReader(String fileName, XlsxPackage pkg) throws IOException, XMLStreamException {
        this.fileName = fileName;
        this.pkg = pkg;
        this.notes = new ReadNotes();
        this.cellFactory = new XlsxCellFactory(sharedStrings(pkg), styles(pkg), pkg.date1904());
        this.sheetNames = pkg.sheets().stream().map(XlsxPackage.Sheet::name).toList();
    }

    /// Opens the workbook and reads its sheet list, styles and shared strings; the sheets
    /// themselves are read on demand.
    public static XlsxTableReader open(Path file) throws FileRefusedException, IOException {
        String name = file.getFileName().toString();
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            XlsxPackage pkg = new XlsxPackage(zip);
            if (pkg.strict()) {
                throw Refusals.strictOoxml(name);
            }
            if (pkg.sheets().isEmpty()) {
                throw Refusals.noSheets(name);
            }
            for (XlsxPackage.Sheet sheet : pkg.sheets()) {
                if (sheet.name().length() > ReadLimits.MAX_SHEET_NAME_CHARS) {
                    throw Refusals.limit(name, "has a sheet name of " + sheet.name().length() + " characters; Excel allows 31");
                }
            }
            return new XlsxTableReader(name, pkg);
        } catch (FileRefusedException e) {
            closeQuietly(zip);
            throw e;
        } catch (IOException e) {
            closeQuietly(zip);
            throw refusal(name, e);
        } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
            closeQuietly(zip);
            throw refusalFromParser(name, e);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String fileType() {
        return "xlsx";
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public boolean isHidden(String sheet) {
        return pkg.sheets().stream().anyMatch(s -> s.name().equals(sheet) && !s.visible());
    }

    @Override
    public List<DataIssue> notes() {
        return notes.issues();
    }

    @Override
    public void read(String sheet, RowVisitor visitor) throws IOException, FileRefusedException {
        XlsxPackage.Sheet part = pkg.sheets().stream().filter(s -> s.name().equals(sheet)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sheet named '" + sheet + "' in " + fileName));
        SheetRowBuilder rows = new SheetRowBuilder(cellFactory, row -> {
            try {
                return visitor.visit(row);
            } catch (RuntimeException | Error e) {
                throw new VisitorFailure(e);
            }
        });
        // Inflated on a second thread while this one scans (ReadAheadInputStream).
        try (InputStream in = new BufferedInputStream(new ReadAheadInputStream(pkg.openSheet(part)), HEAD_BYTES)) {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            if (SheetXmlValues.declaresOtherEncoding(head, head.length)) {
                XlsxSheetReader.read(in, rows);
            } else {
                XlsxSheetScanner.read(in, rows);
            }
        } catch (VisitorFailure failure) {
            throw failure.unwrap();
        } catch (SheetRowBuilder.LimitExceeded e) {
            throw Refusals.limit(fileName, "sheet '" + sheet + "' " + e.getMessage());
        } catch (IOException e) {
            throw refusal(fileName, e);
        } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
            throw refusalFromParser(fileName, e);
        }
        if (rows.formulasWithoutValue() > 0) {
            notes.add(DataIssue.warning(sheet, null, null, IssueCode.FORMULA_WITHOUT_VALUE, String.format(
                    "%,d formula cells in sheet '%s' have no saved result and read as empty: the file was written by"
                            + " a tool that does not calculate. Open it in Excel, save it, and try again.",
                    rows.formulasWithoutValue(), sheet)));
        }
    }

    @Override
    public char decimalSeparator() {
        return '.';
    }

    @Override
    public void close() throws IOException {
        pkg.close();
    }

    private static SharedStrings sharedStrings(XlsxPackage pkg) throws IOException, XMLStreamException {
        String path = pkg.relatedPart("/sharedStrings");
        if (!pkg.has(path)) {
            return SharedStrings.NONE;
        }
        try (InputStream in = pkg.open(path, ReadLimits.MAX_SHARED_STRING_CHARS * 4)) {
            return SharedStrings.read(in);
        }
    }

    /// Each cell style's number format; a workbook without a styles part shows every number as General.
    private static StyleFormats styles(XlsxPackage pkg) throws IOException, XMLStreamException {
        String path = pkg.relatedPart("/styles");
        if (!pkg.has(path)) {
            return StyleFormats.NONE;
        }
        try (InputStream in = pkg.open(path)) {
            return StyleFormats.read(in);
        }
    }

    /// A missing or locked file is an I/O problem to report as such; a limit names itself;
    /// any other I/O failure means the bytes are not a sound workbook.
    private static FileRefusedException refusal(String name, IOException e) throws IOException {
        if (e instanceof FileSystemException) {
            throw e;
        }
        if (e instanceof InflateGuard.Exceeded exceeded) {
            Refusals.log(LOG, "Refusing " + name + " at a ZIP limit", e);
            return exceeded.ratio() ? Refusals.zipBomb(name, exceeded.part())
                    : Refusals.limit(name, "has a part (" + exceeded.part() + ") larger than any real workbook's");
        }
        if (e instanceof SharedStrings.TooLarge) {
            return Refusals.limit(name, String.format("holds more than %,d characters or %,d entries in its shared-string"
                    + " table", ReadLimits.MAX_SHARED_STRING_CHARS, ReadLimits.MAX_SHARED_STRINGS));
        }
        return damaged(name, e);
    }

    /// The XML parser wraps the I/O failure of its stream: a limit hit while parsing still names the limit.
    private static FileRefusedException refusalFromParser(String name, Throwable e) throws IOException {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof InflateGuard.Exceeded || t instanceof SharedStrings.TooLarge) {
                return refusal(name, (IOException) t);
            }
        }
        return damaged(name, e);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof XMLStreamException xml && xml.getNestedException() != null && xml.getNestedException() != t) {
            return xml.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static FileRefusedException damaged(String name, Throwable e) {
        Refusals.log(LOG, "Refusing " + name + " as a damaged workbook", e);
        return Refusals.damagedWorkbook(name, e);
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                LOG.fine(() -> "Closing a refused workbook failed: " + e);
            }
        }
    }

    /// Carries the visitor's own failure (a cancel, a bug) past the damaged-file handling.
    private static final class VisitorFailure extends RuntimeException {
        VisitorFailure(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }

        RuntimeException unwrap() {
            if (getCause() instanceof Error error) {
                throw error;
            }
            return (RuntimeException) getCause();
        }
    }
}
