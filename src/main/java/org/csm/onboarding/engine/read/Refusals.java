package org.csm.onboarding.engine.read;

import java.util.logging.Level;
import java.util.logging.Logger;

/// The words a CSM reads when a file is refused, in one place so they stay consistent. Each
/// says what the file is and what to do next; none mentions an exception or a library.
final class Refusals {

    private static final String SAVE_AS = " Open it in Excel and save it as .xlsx or .csv, then try again.";
    private static final String EXPORT_INSTEAD =
            " Export the customer data as an Excel workbook (.xlsx) or a CSV file and try again.";

    private Refusals() {
    }

    /// Records why a file was refused: one line at INFO for the log file, the stack trace only
    /// at FINE, because a refused file is the user's data problem rather than a fault of the app.
    static void log(Logger log, String what, Throwable cause) {
        log.info(() -> what + ": " + cause);
        log.log(Level.FINE, what, cause);
    }

    static FileRefusedException empty(String name) {
        return new FileRefusedException(name, name + " is empty. Choose the file that holds the customer data.");
    }

    static FileRefusedException legacyExcel(String name) {
        return new FileRefusedException(name, name + " is an Excel 97-2003 workbook (.xls)." + SAVE_AS);
    }

    static FileRefusedException passwordProtected(String name) {
        return new FileRefusedException(name, name + " is password-protected. Remove the password in Excel"
                + " (File > Info > Protect Workbook) and try again.");
    }

    static FileRefusedException damagedWorkbook(String name, Throwable cause) {
        return new FileRefusedException(name, name + " is damaged or not a complete Excel file. If it was"
                + " downloaded or copied, get it again; otherwise open it in Excel, save it as .xlsx, and try again.",
                cause);
    }

    /// A file that is some other kind of thing: `what` reads like "a PDF document".
    static FileRefusedException notASpreadsheet(String name, String what) {
        return new FileRefusedException(name, name + " is " + what + ", not a spreadsheet." + EXPORT_INSTEAD);
    }

    /// A spreadsheet in a format we do not read, which Excel can convert: `what` reads like
    /// "an Excel binary workbook (.xlsb)".
    static FileRefusedException convertInExcel(String name, String what) {
        return new FileRefusedException(name, name + " is " + what + "." + SAVE_AS);
    }

    static FileRefusedException binary(String name) {
        return new FileRefusedException(name, name + " is not a spreadsheet or a text file that can be read as"
                + " CSV." + EXPORT_INSTEAD);
    }

    static FileRefusedException unreadableText(String name, String detail, Throwable cause) {
        return new FileRefusedException(name, name + " could not be read as CSV: " + detail
                + " Open it in Excel, check it, save it as .xlsx or .csv, and try again.", cause);
    }

    static FileRefusedException strictOoxml(String name) {
        return new FileRefusedException(name, name + " is saved as a \"Strict Open XML Spreadsheet\", which this app"
                + " does not read. Open it in Excel, choose File > Save As > \"Excel Workbook (.xlsx)\" (not Strict),"
                + " and try again.");
    }

    static FileRefusedException noSheets(String name) {
        return new FileRefusedException(name, name + " is an Excel workbook without any worksheet to read."
                + " Check that it is the customer export.");
    }

    /// A file beyond one of the [ReadLimits]: `what` completes the sentence "NAME ..." and names the limit.
    static FileRefusedException limit(String name, String what) {
        return new FileRefusedException(name, name + " " + what + ", so it was not read (see \"Reading real files\""
                + " in the README for the limits). Check that it is the customer export; split it or save only the"
                + " customer table if it really is.");
    }

    static FileRefusedException zipBomb(String name, String part) {
        return new FileRefusedException(name, name + " unpacks to more than " + ReadLimits.MAX_INFLATE_RATIO
                + " times its size (in " + part + "), which no real workbook does: it looks like a ZIP bomb and was not"
                + " read. Get the export again from its source.");
    }

    /// Any other parser failure: the file is neither a sound workbook nor readable text.
    static FileRefusedException unreadable(String name, Throwable cause) {
        return new FileRefusedException(name, name + " could not be read: it is neither a complete Excel workbook"
                + " (.xlsx) nor plain CSV text." + EXPORT_INSTEAD, cause);
    }
}
