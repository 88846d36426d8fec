package org.csm.onboarding.testdata;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// Real file-system faults for tests: a small disk that fills up, a folder the app may not
/// write. They need what the machine allows: a tmpfs mount (root with mount rights, as on the
/// CI machines), or permission bits (which root ignores, so root uses a read-only bind mount).
/// Where neither works the test is skipped, never faked. [#close] undoes every mount.
public final class Filesystems implements AutoCloseable {

    private final List<Path> mounts = new ArrayList<>();

    /// A fresh file system of `megabytes` at `dir` (created), so a write past it fails with
    /// "No space left on device" like a full laptop disk.
    public Path smallDisk(Path dir, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString()),
                "needs permission to mount a small tmpfs");
        mounts.addFirst(dir);
        return dir;
    }

    /// Takes all but about `leaveBytes` of the free space on `dir`'s disk with a file of real
    /// bytes, so the next sizeable write runs out of space.
    public static void fill(Path dir, long leaveBytes) throws IOException {
        long usable = Files.getFileStore(dir).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(dir.resolveSibling(dir.getFileName() + ".filler"))) {
            for (long left = usable - leaveBytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    /// Makes `dir` and everything in it read-only for this process.
    public void readOnly(Path dir) throws IOException, InterruptedException {
        if (!isRoot()) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
                }
            }
            return;
        }
        Assumptions.assumeTrue(run("mount", "--bind", dir.toString(), dir.toString()), "needs permission to bind-mount");
        mounts.addFirst(dir);
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro,bind", dir.toString()), "needs permission to remount read-only");
    }

    /// Permission bits apply (not root): a test of an unreadable file can run.
    public static boolean permissionsApply() {
        return !isRoot();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() throws Exception {
        for (Path dir : mounts) {
            run("umount", "-l", dir.toString());
        }
        mounts.clear();
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;
        }
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
