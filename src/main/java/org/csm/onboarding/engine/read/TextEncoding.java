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
record TextEncoding(Charset charset, int bomLength, Quality quality) {

    /// How well the bytes matched the charset chosen.
    enum Quality {
        /// Every byte inspected is valid in the charset (or a BOM said which it is).
        CLEAN,
        /// Mostly valid UTF-8 with some invalid bytes, which become U+FFFD (shown as �).
        UTF8_WITH_INVALID_BYTES,
        /// Not UTF-8: read as windows-1252, which is what Excel on Windows writes.
        NOT_UTF8
    }

    TextEncoding(Charset charset, int bomLength) {
        this(charset, bomLength, Quality.CLEAN);
    }

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
        Charset utf16 = utf16WithoutBom(prefix);
        if (utf16 != null) {
            return new TextEncoding(utf16, 0);
        }
        if (isStrictUtf8(prefix, complete)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        // Valid multi-byte sequences beside invalid bytes: UTF-8 text with a few damaged bytes,
        // not windows-1252, whose accented letters almost never form valid UTF-8 sequences.
        int[] counts = utf8Sequences(prefix);
        return counts[0] > 0 && counts[1] <= counts[0] * 10
                ? new TextEncoding(StandardCharsets.UTF_8, 0, Quality.UTF8_WITH_INVALID_BYTES)
                : new TextEncoding(WINDOWS_1252, 0, Quality.NOT_UTF8);
    }

    /// UTF-16 without a byte-order mark shows as a zero byte beside every ASCII character.
    private static Charset utf16WithoutBom(byte[] prefix) {
        int pairs = Math.min(prefix.length, 4096) / 2;
        if (pairs < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += prefix[2 * i] == 0 ? 1 : 0;
            oddZeros += prefix[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /// {valid multi-byte sequences, invalid bytes} in `bytes`, the way a UTF-8 decoder sees them.
    static int[] utf8Sequences(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    /// Decodes the start of `bytes` (BOM skipped) for sniffing; malformed input becomes U+FFFD.
    String decodePrefix(byte[] bytes, int maxBytes) {
        int length = Math.min(bytes.length, maxBytes) - bomLength;
        return length <= 0 ? "" : new String(bytes, bomLength, length, charset);
    }

    /// Text has almost no NUL or other control characters; binary data has plenty. A few stray
    /// ones are removed with a warning when the text is read (see [TextCleaner]).
    static boolean looksLikeText(String sample) {
        int controls = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
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
