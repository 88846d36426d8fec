package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/// Reads (inflates) a stream on a second thread, a few blocks ahead of whoever reads it: a
/// worksheet's XML inflates on one core while it is scanned on the other, so reading a sheet
/// costs about the longer of the two instead of their sum. The underlying stream is only ever
/// used by the reading thread and is closed after that thread has stopped.
final class ReadAheadInputStream extends InputStream {

    private static final int BLOCK = 1 << 16;
    /// Blocks inflated ahead (1 MB): enough to ride out a GC pause or a slow scan of one block.
    private static final int AHEAD = 16;

    private record Block(byte[] bytes, int length) {
    }

    private record Failure(Throwable error) {
    }

    private static final Block END = new Block(new byte[0], -1);

    private final InputStream in;
    private final BlockingQueue<Object> filled = new ArrayBlockingQueue<>(AHEAD);
    /// Blocks already read, for the reading thread to fill again (no garbage per block).
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(AHEAD + 2);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread thread;
    private Block current;
    private int pos;

    ReadAheadInputStream(InputStream in) {
        this.in = in;
        this.thread = Thread.ofPlatform().daemon().name("sheet-inflater").unstarted(this::fill);
        thread.start();
    }

    private void fill() {
        Object last = END;
        try {
            while (!closed.get()) {
                byte[] bytes = free.poll();
                int n = in.readNBytes(bytes == null ? bytes = new byte[BLOCK] : bytes, 0, BLOCK);
                if (n == 0) {
                    break;
                }
                Handoff.offer(filled, new Block(bytes, n), closed);
            }
        } catch (Throwable e) {
            last = new Failure(e);
        }
        Handoff.offer(filled, last, closed);
    }


    /// The block being read, taking the next one when this one is used up; END at the end.
    private Block block() throws IOException {
        if (current != null && (current == END || pos < current.length())) {
            return current;
        }
        if (current != null) {
            free.offer(current.bytes());
        }
        Object next;
        try {
            next = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading the sheet was interrupted");
        }
        if (next instanceof Failure(Throwable error)) {
            current = END;
            switch (error) {
                case IOException e -> throw e;
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                default -> throw new IOException(error);
            }
        }
        current = (Block) next;
        pos = 0;
        return current;
    }

    @Override
    public int read() throws IOException {
        Block block = block();
        return block == END ? -1 : block.bytes()[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        Block block = block();
        if (block == END) {
            return -1;
        }
        int n = Math.min(length, block.length() - pos);
        System.arraycopy(block.bytes(), pos, target, offset, n);
        pos += n;
        return n;
    }

    /// Stops the reading thread, then closes the underlying stream.
    @Override
    public void close() throws IOException {
        closed.set(true);
        Handoff.awaitEnd(thread, filled);
        in.close();
    }
}
