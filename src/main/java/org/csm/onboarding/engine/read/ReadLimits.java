package org.csm.onboarding.engine.read;

/// The ceilings every reader enforces, so a hostile or broken file costs bounded time and
/// memory. Each is far above what a real export reaches and each refusal names its limit
/// (see the README section "Reading real files").
///
/// Rows and columns stop at Excel's own sheet size (1,048,576 x 16,384), which no export that
/// Excel can open exceeds. A cell stops at Excel's 32,767 characters; a longer cell becomes a
/// problem of its row, not a refusal. The inflate ratio guards against zip bombs: a sheet's XML
/// compresses about 10:1 to 20:1, a bomb by thousands to one.
public final class ReadLimits {

    /// Excel's last row.
    public static final int MAX_ROWS = 1_048_576;
    /// Excel's last column (XFD).
    public static final int MAX_COLUMNS = 16_384;
    /// Excel's limit for the text of one cell.
    public static final int MAX_CELL_CHARS = 32_767;
    /// A part may inflate to at most this many times its compressed size...
    public static final int MAX_INFLATE_RATIO = 200;
    /// ...once it has inflated past this many bytes: a sheet with one huge repetitive cell may
    /// compress extremely well and is still read (the cell becomes a row problem); streaming
    /// keeps memory flat, so the ratio only has to bound the time a bomb can take.
    public static final long RATIO_GRACE_BYTES = 64L << 20;
    /// Workbook, styles and relationship parts are small; this is far above any real one.
    public static final long MAX_SMALL_PART_BYTES = 64L << 20;
    /// All shared strings of a workbook together, in characters, and their number: they are
    /// held in memory for the whole read (a 1,000,000-row export with three text columns of
    /// unique values needs about 3 million strings).
    public static final long MAX_SHARED_STRING_CHARS = 128L << 20;
    public static final int MAX_SHARED_STRINGS = 8 << 20;
    /// Excel's limit for a sheet name is 31 characters; anything much longer is not a real workbook.
    public static final int MAX_SHEET_NAME_CHARS = 255;

    private ReadLimits() {
    }
}
