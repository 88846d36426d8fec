package org.csm.onboarding.engine.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/// Counts the bytes one ZIP entry inflates to and stops the read when they exceed the entry's
/// compressed size by more than [ReadLimits#MAX_INFLATE_RATIO] (a ZIP bomb) or an absolute
/// ceiling. Checked as the bytes arrive, so a bomb is stopped long before it fills memory or disk.
///
/// The compressed size comes from the ZIP directory; a forged one does not help a bomb, because
/// the inflater never reads more compressed bytes than the directory declares.
final class InflateGuard extends FilterInputStream {

    /// Thrown through the XML parser and turned into a refusal that names the limit.
    static final class Exceeded extends IOException {
        private final String part;
        private final boolean ratio;

        Exceeded(String part, boolean ratio) {
            super((ratio ? "inflate ratio" : "size") + " limit exceeded by " + part);
            this.part = part;
            this.ratio = ratio;
        }

        String part() {
            return part;
        }

        boolean ratio() {
            return ratio;
        }
    }

    private final String part;
    private final long compressedSize;
    private final long maxBytes;
    private long inflated;

    InflateGuard(InputStream in, String part, long compressedSize, long maxBytes) {
        super(in);
        this.part = part;
        this.compressedSize = Math.max(compressedSize, 1);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws Exceeded {
        inflated += n;
        if (inflated > maxBytes) {
            throw new Exceeded(part, false);
        }
        if (inflated > ReadLimits.RATIO_GRACE_BYTES && inflated / compressedSize > ReadLimits.MAX_INFLATE_RATIO) {
            throw new Exceeded(part, true);
        }
    }
}
