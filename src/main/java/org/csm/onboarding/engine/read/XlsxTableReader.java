package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/// Reads an .xlsx workbook through POI's streaming (SAX) route only.
///
/// The whole-workbook model needs about 1 GB of heap for 100,000 rows; this reader keeps one
/// row at a time plus the shared-string table. The package is opened read-only and reverted
/// on close, so the user's file is never written. Whatever POI throws while parsing, runtime
/// errors and zip-bomb guards included, becomes a [FileRefusedException] saying the file is damaged.
public final class XlsxTableReader implements TableReader {

    private static final Logger LOG = Logger.getLogger(XlsxTableReader.class.getName());

    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final XlsxCellFactory cellFactory;
    private final List<String> sheetNames;

    private XlsxTableReader(String fileName, OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.fileName = fileName;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        this.cellFactory = new XlsxCellFactory(new ReadOnlySharedStringsTable(pkg, false), styles, usesDate1904());
        this.sheetNames = listSheets();
    }

    /// Opens the workbook and reads its sheet list; the sheets themselves are read on demand.
    public static XlsxTableReader open(Path file) throws FileRefusedException, IOException {
        PoiLimits.apply();
        String name = file.getFileName().toString();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxTableReader(name, pkg);
        } catch (IOException e) {
            revertQuietly(pkg);
            throw damagedUnlessFileProblem(name, e);
        } catch (OpenXML4JException | SAXException | RuntimeException | Error e) {
            revertQuietly(pkg);
            throw damaged(name, e);
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
    public void read(String sheet, RowVisitor visitor) throws IOException, FileRefusedException {
        if (!sheetNames.contains(sheet)) {
            throw new IllegalArgumentException("No sheet named '" + sheet + "' in " + fileName);
        }
        try (InputStream in = openSheet(sheet)) {
            XMLReader xml = newXmlReader();
            xml.setContentHandler(new XlsxSheetHandler(cellFactory, visitor));
            xml.parse(new InputSource(in));
        } catch (XlsxSheetHandler.StopReading stop) {
            LOG.finest(() -> "Stopped reading " + sheet + " early, as the visitor asked");
        } catch (XlsxSheetHandler.VisitorFailed failed) {
            throw rethrow(failed.failure());
        } catch (IOException e) {
            throw damagedUnlessFileProblem(fileName, e);
        } catch (OpenXML4JException | SAXException | RuntimeException | Error e) {
            throw damaged(fileName, e);
        }
    }

    @Override
    public char decimalSeparator() {
        return '.';
    }

    @Override
    public void close() {
        // revert() rather than close(): close() would try to save a package opened for reading.
        pkg.revert();
    }

    private List<String> listSheets() throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            sheets.next().close(); // the iterator opens each sheet's stream; only the name is needed here
            names.add(sheets.getSheetName());
        }
        return List.copyOf(names);
    }

    /// Reads `<workbookPr date1904="1"/>` from the workbook part, which is small.
    private boolean usesDate1904() throws IOException, OpenXML4JException, SAXException {
        boolean[] date1904 = {false};
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = newXmlReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName) || qName.endsWith("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return date1904[0];
    }

    private static XMLReader newXmlReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException("No XML parser available", e);
        }
    }

    private InputStream openSheet(String sheet) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream in = sheets.next();
            if (sheets.getSheetName().equals(sheet)) {
                return in;
            }
            in.close();
        }
        throw new IllegalStateException("Sheet '" + sheet + "' vanished from " + fileName);
    }

    /// A missing or locked file is an I/O problem to report as such; any other I/O failure
    /// inside POI means the bytes are not a sound workbook.
    private static FileRefusedException damagedUnlessFileProblem(String name, IOException e) throws IOException {
        if (e instanceof FileSystemException) {
            throw e;
        }
        return damaged(name, e);
    }

    private static FileRefusedException damaged(String name, Throwable e) {
        Refusals.log(LOG, "Refusing " + name + " as a damaged workbook", e);
        return Refusals.damagedWorkbook(name, e);
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    private static void revertQuietly(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
