package org.csm.onboarding.engine.read;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadAheadInputStreamTest {

    @Test
    void givesTheSameBytesAcrossBlockBoundariesWhateverTheReadSizes() throws IOException {
        byte[] data = new byte[3 * 65_536 + 12_345];
        new Random(7).nextBytes(data);
        byte[] copy = new byte[data.length];
        try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data))) {
            int at = 0;
            copy[at++] = (byte) in.read();
            for (int size = 1; at < data.length; size = size * 3 % 70_001 + 1) {
                int n = in.read(copy, at, Math.min(size, data.length - at));
                assertTrue(n > 0);
                at += n;
            }
            assertEquals(-1, in.read());
            assertEquals(-1, in.read(new byte[10], 0, 10));
        }
        assertArrayEquals(data, copy);
    }

    @Test
    void throwsTheUnderlyingStreamsFailureAfterItsBytes() throws IOException {
        InputStream failing = new InputStream() {
            int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("inflated past the limit");
                }
                return 'x';
            }
        };
        try (InputStream in = new ReadAheadInputStream(failing)) {
            var error = assertThrows(IOException.class, in::readAllBytes);
            assertEquals("inflated past the limit", error.getMessage());
        }
    }

    @Test
    void closingEarlyStopsTheReadingThreadAndThenClosesTheStream() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return closed.get() ? -1 : 'y';
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        var in = new ReadAheadInputStream(endless);
        assertEquals('y', in.read());
        in.close();
        assertTrue(closed.get());
    }
}
