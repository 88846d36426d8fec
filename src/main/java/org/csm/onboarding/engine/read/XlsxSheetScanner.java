package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/// A fast, single-purpose reader of a worksheet's XML in UTF-8: it scans the bytes for the few
/// elements that hold cell data (`row`, `c`, `v`, `f`, `is`, `t`, `rPh`) and reports them to a
/// [SheetRowBuilder], skipping everything else. A general StAX parser spends most of a large
/// sheet's read time on work a worksheet never needs (symbol tables, namespace contexts, DTD
/// support); this scan keeps reading close to the speed of inflating the XML.
///
/// Element names are matched by their local part, so a prefixed `x:row` is a row. Text is
/// decoded from UTF-8 (malformed bytes become U+FFFD), with the five XML entities, numeric
/// character references and CDATA sections. A DOCTYPE, an unknown entity or markup cut off by
/// the end of the data is a [MalformedSheet], which the reader reports as a damaged file, the
/// way StAX would. A sheet declaring an encoding other than UTF-8 is left to StAX
/// ([SheetXmlValues#declaresOtherEncoding(byte[], int)]).
final class XlsxSheetScanner {

    /// The sheet's XML is not well-formed where the scan needed it to be.
    static final class MalformedSheet extends IOException {
        MalformedSheet(String what) {
            super(what);
        }
    }

    private static final int BUFFER = 1 << 16;
    private static final int MAX_NAME = 64;
    /// Raw text bytes kept per value: enough for [ReadLimits#MAX_CELL_CHARS] characters of any script.
    private static final int MAX_TEXT_BYTES = (ReadLimits.MAX_CELL_CHARS + 1) * 4;

    private final InputStream in;
    private final SheetRowBuilder rows;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int limit;
    private final byte[] name = new byte[MAX_NAME];
    private final byte[] value = new byte[MAX_NAME];
    private int nameLength;
    private byte[] text = new byte[256];
    private int textLength;
    /// The row number or 0-based column of the `r` attribute (-1 when absent), the `t` attribute and the `s` number.
    private int attrR;
    private String attrT;
    private int attrS;

    private XlsxSheetScanner(InputStream in, SheetRowBuilder rows) {
        this.in = in;
        this.rows = rows;
    }

    static void read(InputStream in, SheetRowBuilder rows) throws IOException, SheetRowBuilder.LimitExceeded {
        new XlsxSheetScanner(in, rows).scan();
    }

    private int next() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xFF;
    }

    /// Reads the next block; false at the end of the data. The loops below scan the block with
    /// local indexes: most of a sheet's bytes are names, attribute values and text runs, and a
    /// field read and written per byte is what made the scan slower than inflating the XML.
    private boolean fill() throws IOException {
        limit = in.read(buffer, 0, BUFFER);
        pos = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    private void fillRequired() throws IOException {
        if (!fill()) {
            throw new MalformedSheet("the sheet ends inside a tag");
        }
    }

    private int required() throws IOException {
        int b = next();
        if (b < 0) {
            throw new MalformedSheet("the sheet ends inside a tag");
        }
        return b;
    }

    private void scan() throws IOException, SheetRowBuilder.LimitExceeded {
        while (pos < limit || fill()) {
            int b = buffer[pos++];
            if (b == '<') {
                if (!markup()) {
                    return;
                }
            } else if (b == '&') {
                entity();
            } else {
                textRun();
            }
        }
    }

    /// After the first byte of a run of text (already consumed): takes the run up to the next
    /// markup or entity in this block, keeping it only when the builder captures text.
    private void textRun() {
        byte[] buf = buffer;
        int start = pos - 1;
        int p = pos;
        int end = limit;
        while (p < end && buf[p] != '<' && buf[p] != '&') {
            p++;
        }
        pos = p;
        if (rows.capturing()) {
            appendText(buf, start, p - start);
        }
    }

    /// After '<'; false when the visitor asked to stop.
    private boolean markup() throws IOException, SheetRowBuilder.LimitExceeded {
        int b = required();
        if (b == '/') {
            if (readName(required()) != '>') {
                skipTo('>');
            }
            return endElement();
        }
        if (b == '!') {
            special();
            return true;
        }
        if (b == '?') {
            skipPast('?', '>');
            return true;
        }
        int after = readName(b);
        boolean interesting = nameLength == 1 ? name[0] == 'c' : is("row");
        boolean selfClosing = attributes(after, interesting);
        startElement();
        return !selfClosing || endElement();
    }

    private void special() throws IOException {
        int b = required();
        if (b == '-') {
            required();
            skipPast('-', '-', '>');
        } else if (b == '[') {
            for (char c : "CDATA[".toCharArray()) {
                if (required() != c) {
                    throw new MalformedSheet("a broken CDATA section");
                }
            }
            cdata();
        } else {
            throw new MalformedSheet("a DOCTYPE or other declaration, which a worksheet never has");
        }
    }

    private void cdata() throws IOException {
        int brackets = 0;
        while (true) {
            int b = required();
            if (b == '>' && brackets >= 2) {
                textLength -= rows.capturing() ? 2 : 0;
                return;
            }
            brackets = b == ']' ? brackets + 1 : 0;
            if (rows.capturing()) {
                appendText(b);
            }
        }
    }

    /// Reads an element name starting with `first` into [#name] (local part only); returns the byte after it.
    private int readName(int first) throws IOException {
        int length = 0;
        int b = first;
        byte[] buf = buffer;
        while (true) {
            if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                nameLength = length;
                return b;
            }
            if (b == ':') {
                length = 0;
            } else if (length < MAX_NAME) {
                name[length++] = (byte) b;
            }
            if (pos == limit) {
                fillRequired();
            }
            b = buf[pos++] & 0xFF;
        }
    }

    private boolean is(String expected) {
        return SheetXmlValues.equalsAscii(name, nameLength, expected);
    }

    /// Reads the attributes after the name (the first byte after the name is `b`); keeps r, t
    /// and s when `keep`. True for a self-closing element.
    private boolean attributes(int b, boolean keep) throws IOException {
        attrR = -1;
        attrT = null;
        attrS = 0;
        int c = b;
        while (true) {
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                c = required();
            }
            if (c == '>') {
                return false;
            }
            if (c == '/') {
                if (required() != '>') {
                    throw new MalformedSheet("a broken empty element");
                }
                return true;
            }
            // Only the local part counts: a prefixed "x:r" is r.
            int attrName = c;
            int attrLength = 1;
            c = required();
            while (c != '=' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '>' && c != '/') {
                if (c == ':') {
                    attrLength = 0;
                } else {
                    attrName = attrLength == 0 ? c : attrName;
                    attrLength++;
                }
                c = required();
            }
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                c = required();
            }
            if (c != '=') {
                throw new MalformedSheet("an attribute without a value");
            }
            c = required();
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                c = required();
            }
            if (c != '"' && c != '\'') {
                throw new MalformedSheet("an attribute value without quotes");
            }
            int length = attributeValue(c, keep && attrLength == 1);
            if (length >= 0) {
                switch (attrName) {
                    case 'r' -> attrR = name[0] == 'r' && nameLength == 3 ? SheetXmlValues.digits(value, length) : SheetXmlValues.column(value, length);
                    case 't' -> attrT = SheetXmlValues.cellType(value, length);
                    case 's' -> attrS = Math.max(SheetXmlValues.digits(value, length), 0);
                    default -> {
                        // other one-letter attributes carry nothing we read
                    }
                }
            }
            c = required();
        }
    }

    /// Reads up to the closing `quote` into [#value] when `keep` (its length, else -1).
    private int attributeValue(int quote, boolean keep) throws IOException {
        int length = 0;
        byte[] buf = buffer;
        while (true) {
            if (pos == limit) {
                fillRequired();
            }
            int b = buf[pos++];
            if (b == quote) {
                return keep ? length : -1;
            }
            if (b == '<') {
                throw new MalformedSheet("a '<' inside an attribute value");
            }
            if (keep && length < MAX_NAME) {
                value[length++] = (byte) b;
            }
        }
    }

    private void startElement() throws SheetRowBuilder.LimitExceeded {
        if (nameLength == 1) {
            switch (name[0]) {
                case 'c' -> rows.startCell(attrR, attrT, attrS);
                case 'v' -> {
                    rows.startValue();
                    textLength = 0;
                }
                case 'f' -> rows.startFormula();
                case 't' -> {
                    rows.startText();
                    textLength = 0;
                }
                default -> {
                    // <r> (a rich-text run) and the like
                }
            }
        } else if (is("row")) {
            rows.startRow(attrR);
        } else if (is("is")) {
            rows.startInlineString();
        } else if (is("rPh")) {
            rows.startPhonetic();
        }
    }

    /// False when the visitor asked to stop.
    private boolean endElement() throws SheetRowBuilder.LimitExceeded {
        if (nameLength == 1) {
            switch (name[0]) {
                case 'v', 't' -> {
                    if (rows.capturing()) {
                        rows.text(new String(text, 0, textLength, StandardCharsets.UTF_8));
                    }
                    rows.endValueOrText();
                }
                case 'c' -> rows.endCell();
                default -> {
                    // nothing to finish
                }
            }
        } else if (is("row")) {
            return rows.endRow();
        } else if (is("is")) {
            rows.endInlineString();
        } else if (is("rPh")) {
            rows.endPhonetic();
        }
        return true;
    }

    /// After '&': the five XML entities and character references; anything else is malformed.
    private void entity() throws IOException {
        StringBuilder ref = new StringBuilder(8);
        int b;
        while ((b = required()) != ';') {
            if (ref.length() > 10) {
                throw new MalformedSheet("an entity reference that never ends");
            }
            ref.append((char) b);
        }
        int codePoint = switch (ref.toString()) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> SheetXmlValues.characterReference(ref);
        };
        if (!rows.capturing()) {
            return;
        }
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        for (byte e : encoded) {
            appendText(e & 0xFF);
        }
    }

    private void appendText(byte[] from, int start, int length) {
        int room = MAX_TEXT_BYTES - textLength;
        int n = Math.min(length, room);
        if (n <= 0) {
            return;
        }
        if (textLength + n > text.length) {
            text = java.util.Arrays.copyOf(text, Math.min(MAX_TEXT_BYTES, Math.max(textLength * 2, textLength + n)));
        }
        System.arraycopy(from, start, text, textLength, n);
        textLength += n;
    }

    private void appendText(int b) {
        if (textLength == text.length) {
            if (textLength >= MAX_TEXT_BYTES) {
                return;
            }
            text = java.util.Arrays.copyOf(text, Math.min(MAX_TEXT_BYTES, textLength * 2));
        }
        text[textLength++] = (byte) b;
    }

    private void skipTo(int end) throws IOException {
        byte[] buf = buffer;
        while (true) {
            if (pos == limit) {
                fillRequired();
            }
            if ((buf[pos++] & 0xFF) == end) {
                return;
            }
        }
    }

    /// Skips up to and including the sequence `ends` (e.g. "?>", "-->"), comparing the last bytes read.
    private void skipPast(int... ends) throws IOException {
        int[] last = new int[ends.length];
        java.util.Arrays.fill(last, -1);
        while (true) {
            System.arraycopy(last, 1, last, 0, last.length - 1);
            last[last.length - 1] = required();
            if (java.util.Arrays.equals(last, ends)) {
                return;
            }
        }
    }
}
