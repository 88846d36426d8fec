package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/// Tells what a file is from its bytes, never its name: users rename files, and an export
/// called `customers.xlsx` may well be HTML, a legacy workbook or a PDF. Anything that is not
/// an .xlsx workbook or plausible CSV text is refused with a message saying what it is.
final class FileSniffer {

    /// What the readers can open.
    enum Kind { XLSX, CSV }

    private static final Logger LOG = Logger.getLogger(FileSniffer.class.getName());

    private static final int HEAD_BYTES = 64 * 1024;
    private static final String OLE_ENCRYPTION_INFO = "EncryptionInfo";

    private FileSniffer() {
    }

    static Kind sniff(Path file) throws FileRefusedException, IOException {
        String name = file.getFileName().toString();
        byte[] head;
        boolean complete;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
            complete = in.read() < 0;
        }
        if (head.length == 0) {
            throw Refusals.empty(name);
        }
        FileMagic magic = FileMagic.valueOf(head);
        return switch (magic) {
            case OOXML -> sniffZip(file, name);
            case OLE2 -> throw refuseOle2(file, name);
            case BIFF2, BIFF3, BIFF4 -> throw Refusals.convertInExcel(name, "a very old Excel workbook (Excel 2.0-4.0)");
            case PDF -> throw Refusals.notASpreadsheet(name, "a PDF document");
            // "BM" is all POI checks for a bitmap, and a CSV may well start with "BMW,..."
            case BMP -> isText(head, complete) ? Kind.CSV : refuseImage(name, magic);
            case PNG, JPEG, GIF, TIFF, WMF, EMF -> refuseImage(name, magic);
            case RTF, WORD2, MSWRITE -> throw Refusals.notASpreadsheet(name, "a Word document");
            case HTML -> throw Refusals.convertInExcel(name, "a web page (HTML) rather than a real workbook");
            case XML -> throw refuseXml(name, head);
            default -> sniffOther(name, head, complete);
        };
    }

    private static Kind sniffZip(Path file, String name) throws FileRefusedException {
        Set<String> entries = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
        } catch (IOException | RuntimeException | Error e) {
            Refusals.log(LOG, "Cannot list the ZIP entries of " + name, e);
            throw Refusals.damagedWorkbook(name, e);
        }
        if (entries.stream().anyMatch(e -> e.startsWith("xl/") && e.endsWith(".bin") && e.contains("workbook"))) {
            throw Refusals.convertInExcel(name, "an Excel binary workbook (.xlsb)");
        }
        if (entries.stream().anyMatch(e -> e.startsWith("xl/") && e.endsWith(".xml") && e.contains("workbook"))) {
            return Kind.XLSX;
        }
        if (entries.contains("word/document.xml")) {
            throw Refusals.notASpreadsheet(name, "a Word document");
        }
        if (entries.contains("ppt/presentation.xml")) {
            throw Refusals.notASpreadsheet(name, "a PowerPoint presentation");
        }
        if (entries.contains("content.xml") && entries.contains("mimetype")) {
            throw Refusals.convertInExcel(name, "an OpenDocument file (for example LibreOffice .ods)");
        }
        throw Refusals.notASpreadsheet(name, "a ZIP archive");
    }

    /// OLE2 is the container of every pre-2007 Office file and also of password-protected
    /// .xlsx files, which wrap the encrypted workbook in an `EncryptionInfo` stream.
    private static FileRefusedException refuseOle2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(OLE_ENCRYPTION_INFO)) {
                return Refusals.passwordProtected(name);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Refusals.legacyExcel(name);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Refusals.notASpreadsheet(name, "a Word 97-2003 document");
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return Refusals.notASpreadsheet(name, "a PowerPoint 97-2003 presentation");
            }
            return Refusals.notASpreadsheet(name, "an older Microsoft Office file");
        } catch (IOException | RuntimeException | Error e) {
            Refusals.log(LOG, "Cannot open the OLE2 container of " + name, e);
            return Refusals.damagedWorkbook(name, e);
        }
    }

    private static FileRefusedException refuseXml(String name, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (text.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return Refusals.convertInExcel(name, "an Excel 2003 XML spreadsheet");
        }
        return Refusals.notASpreadsheet(name, "an XML file");
    }

    private static Kind sniffOther(String name, byte[] head, boolean complete) throws FileRefusedException {
        if (startsWith(head, "PK\u0005\u0006")) {
            throw Refusals.notASpreadsheet(name, "an empty ZIP archive");
        }
        if ((head[0] & 0xFF) == 0x1F && head.length > 1 && (head[1] & 0xFF) == 0x8B) {
            throw Refusals.notASpreadsheet(name, "a compressed archive (gzip)");
        }
        if (startsWith(head, "Rar!") || startsWith(head, "7z\u00BC\u00AF")) {
            throw Refusals.notASpreadsheet(name, "a compressed archive");
        }
        if (!isText(head, complete)) {
            throw Refusals.binary(name);
        }
        return Kind.CSV;
    }

    private static boolean isText(byte[] head, boolean complete) {
        TextEncoding encoding = TextEncoding.detect(head, complete);
        return TextEncoding.looksLikeText(encoding.decodePrefix(head, head.length));
    }

    private static Kind refuseImage(String name, FileMagic magic) throws FileRefusedException {
        throw Refusals.notASpreadsheet(name, "an image (" + magic.name() + ")");
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= expected.length
                && java.util.Arrays.equals(bytes, 0, expected.length, expected, 0, expected.length);
    }
}
