package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/// How a text file's bytes become characters: the charset and how many bytes of byte-order
/// mark to skip.
///
/// Decided from a bounded prefix only, so a huge file is never read whole: a BOM wins; else
/// the prefix must be strictly valid UTF-8 (a multi-byte sequence cut by the prefix's end is
/// fine); else it is windows-1252, which is what Excel on Windows writes for "CSV (Comma delimited)".
record TextEncoding(Charset charset, int bomLength) {

    /// Bytes inspected for UTF-8 validity: enough to meet the first accented name in any realistic export.
    static final int SNIFF_BYTES = 4 * 1024 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final double MAX_CONTROL_SHARE = 0.01;

    static TextEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes(SNIFF_BYTES);
            return detect(prefix, in.read() < 0);
        }
    }

    /// `complete` says the prefix is the whole file, so a cut-off sequence at its end is an error.
    static TextEncoding detect(byte[] prefix, boolean complete) {
        if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(prefix, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(prefix, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(isStrictUtf8(prefix, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /// Decodes the start of `bytes` (BOM skipped) for sniffing; malformed input becomes U+FFFD.
    String decodePrefix(byte[] bytes, int maxBytes) {
        int length = Math.min(bytes.length, maxBytes) - bomLength;
        return length <= 0 ? "" : new String(bytes, bomLength, length, charset);
    }

    /// Text has no NUL and almost no other control characters; binary data has plenty.
    static boolean looksLikeText(String sample) {
        int controls = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls <= sample.length() * MAX_CONTROL_SHARE;
    }

    private static boolean isStrictUtf8(byte[] bytes, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), complete);
        if (result.isError()) {
            return false;
        }
        return !complete || decoder.flush(CharBuffer.allocate(4)).isUnderflow();
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
