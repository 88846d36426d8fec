package org.csm.onboarding.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/// The H2 database's folder on the laptop: whether the app may write there, only read, or
/// nothing (each answer naming the exact file or folder), and the room it keeps so that a full
/// disk never leaves the database unopenable or bloated.
final class LocalFolder {

    private static final Logger LOG = Logger.getLogger(LocalFolder.class.getName());

    /// A placeholder file the app deletes when the disk fills up mid-write, so H2 has room to
    /// reopen the database and cut off what the failed write left at the end of the file.
    static final String RESERVE = Store.DATABASE_NAME + ".reserve";
    static final int RESERVE_BYTES = 2 * 1024 * 1024;

    private static final long MB = 1024 * 1024;

    /// What the app may do with the folder; `reason` says why it may only read.
    record Access(boolean writable, String reason) {
    }

    private LocalFolder() {
    }

    static Path databaseFile(Path dir) {
        return dir.resolve(Store.DATABASE_NAME + ".mv.db");
    }

    /// Creates the folder if needed and says what the app may do there. An existing database
    /// that cannot be written (its file or its folder read-only) opens for viewing; one that
    /// cannot be read, or a folder that cannot be created or written for a new one, is refused.
    static Access check(Path dir) throws StoreException {
        if (dir.toString().contains(";")) {
            // H2 would read the rest of the path as connection settings.
            throw new StoreException(StoreException.Kind.OTHER,
                    "The data folder " + dir + " contains ';', which the database cannot use. Choose another folder.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "Cannot create data folder " + dir + ": " + e);
            throw StoreException.notWritable(blockingFolder(dir, e), e);
        }
        Path file = databaseFile(dir);
        if (Files.exists(file)) {
            if (!Files.isReadable(file)) {
                throw new StoreException(StoreException.Kind.NOT_WRITABLE, "The app cannot read the database file "
                        + file + ": its permissions do not allow it. Fix them (for example chmod u+rw \"" + file
                        + "\") or choose another data folder.");
            }
            if (!Files.isWritable(file)) {
                return new Access(false, "The database file " + file + " is read-only, so the app shows its data but "
                        + "cannot import or change anything. Make it writable (for example chmod u+w \"" + file
                        + "\") to import.");
            }
            if (!Files.isWritable(dir)) {
                return new Access(false, "The data folder " + dir + " is read-only, so the app shows the database's data"
                        + " but cannot import or change anything. Make the folder writable to import.");
            }
        } else if (!Files.isWritable(dir)) {
            throw StoreException.notWritable(dir, null);
        }
        return new Access(true, null);
    }

    /// The folder that stopped `createDirectories`: the one the error names when there is one.
    private static Path blockingFolder(Path dir, IOException e) {
        if (e instanceof AccessDeniedException denied && denied.getFile() != null) {
            return Path.of(denied.getFile());
        }
        return dir;
    }

    /// Keeps the reserve file in place when there is room for it (a missing one is re-created
    /// once a full disk has been cleared). Never fails: without it a full disk is still safe,
    /// only less tidy.
    static void keepReserve(Path dir) {
        Path reserve = dir.resolve(RESERVE);
        try {
            if (Files.exists(reserve) || Files.getFileStore(dir).getUsableSpace() < 2L * RESERVE_BYTES) {
                return;
            }
            try (OutputStream out = Files.newOutputStream(reserve)) {
                // Real bytes, not a sparse file: the space must be taken now to be given back later.
                out.write(new byte[RESERVE_BYTES]);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, () -> "No disk reserve in " + dir + ": " + e.getMessage());
            try {
                Files.deleteIfExists(reserve);
            } catch (IOException ignored) {
                // a half-written reserve is deleted with the next release
            }
        }
    }

    /// Gives the reserve's space back to the disk; true when there was one.
    static boolean releaseReserve(Path dir) {
        try {
            return Files.deleteIfExists(dir.resolve(RESERVE));
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "Cannot release the disk reserve in " + dir + ": " + e.getMessage());
            return false;
        }
    }

    /// Usable bytes on the folder's disk, or -1 when the system cannot say.
    static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /// Whether `failure` (or what caused it) is the disk or the user's quota running out.
    static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")
                    || message.contains("not enough space on the disk") || message.contains("there is not enough space")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /// "about N MB needed": at least what the failed write used up (the free space it found),
    /// doubled since it did not finish, and never less than 1 MB.
    static long neededMegabytes(long freeBefore) {
        return Math.max(1, (2 * Math.max(0, freeBefore) + MB - 1) / MB);
    }
}
