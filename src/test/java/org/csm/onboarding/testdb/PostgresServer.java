package org.csm.onboarding.testdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/// A throw-away PostgreSQL server for tests: `initdb` in a temporary folder, a free port on
/// 127.0.0.1 only, `pg_ctl start`; [#stop()] (or the JVM's shutdown hook) stops it and deletes
/// the folder. Uses the server binaries installed on the machine (`PG_BIN`, else the newest
/// `/usr/lib/postgresql/NN/bin` with NN >= 15), which is what CI has.
///
/// PostgreSQL refuses to run as root. When the tests run as root (CI containers), every server
/// command runs through `runuser -u postgres` (or `nobody` when there is no postgres user) and
/// the folder is handed to that user: nothing to set up by hand.
///
/// The server asks for a password (scram-sha-256), so the tests exercise the same login path
/// as a real team server; durability settings are off because the data is thrown away.
public final class PostgresServer {

    /// The superuser and its password, for the tests only.
    public static final String ADMIN = "onboarding_admin";
    public static final String ADMIN_PASSWORD = "test-only-" + Long.toHexString(System.nanoTime());

    private static final Path DEFAULT_ROOT = Path.of("/usr/lib/postgresql");
    private static final int MIN_VERSION = 15;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final Optional<String> runAs;
    private boolean running;

    private PostgresServer(Path bin, Path dir, int port, Optional<String> runAs) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.runAs = runAs;
    }

    /// The server binaries, or empty with the reason in [#missingReason()].
    public static Optional<Path> binaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) {
            Path bin = Path.of(env);
            return Files.isExecutable(bin.resolve("initdb")) ? Optional.of(bin) : Optional.empty();
        }
        if (!Files.isDirectory(DEFAULT_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEFAULT_ROOT)) {
            return versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> Integer.parseInt(p.getFileName().toString()) >= MIN_VERSION)
                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))
                    .map(p -> p.resolve("bin"))
                    .filter(p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String missingReason() {
        return "PostgreSQL tests skipped: no PostgreSQL " + MIN_VERSION + "+ server binaries (initdb, pg_ctl) in "
                + DEFAULT_ROOT + "/NN/bin or $PG_BIN. Install postgresql-" + MIN_VERSION + " to run them.";
    }

    /// One server for the whole test JVM, started on first use and stopped at exit.
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /// A server of its own (for tests that stop it); the caller stops it.
    public static PostgresServer start() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(missingReason()));
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            PostgresServer server = create(bin);
            try {
                server.initAndStart();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop test PostgreSQL"));
                return server;
            } catch (IllegalStateException e) {
                // Most likely the free port was taken between choosing and binding it.
                server.stop();
                last = e;
            }
        }
        throw last;
    }

    private static PostgresServer create(Path bin) {
        try {
            Optional<String> runAs = isRoot() ? Optional.of(unprivilegedUser()) : Optional.empty();
            // The server's user must reach the folder: /tmp is open to all, root's own tmpdir may not be.
            Path base = runAs.isPresent() ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
            Path dir = Files.createTempDirectory(base, "onboarding-pg-");
            if (runAs.isPresent()) {
                UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(runAs.get());
                Files.setOwner(dir, owner);
            }
            return new PostgresServer(bin, dir, freePort(), runAs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a folder for the test PostgreSQL server", e);
        }
    }

    private void initAndStart() {
        Path pwfile = dir.resolve("pwfile");
        write(pwfile, ADMIN_PASSWORD + "\n");
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", ADMIN,
                "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"));
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "
                        + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
                "start"));
        running = true;
    }

    /// Stops the server at once (no checkpoint: the data is thrown away) and deletes its folder.
    public synchronized void stop() {
        if (running) {
            running = false;
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                        "-m", "immediate", "-w", "-t", "10", "stop"));
            } catch (IllegalStateException e) {
                System.err.println("Test PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        deleteTree(dir);
    }

    /// Stops the server abruptly, keeping its data, as a crash or a pulled cable would.
    public synchronized void kill() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "-m", "immediate", "-w", "-t", "10", "stop"));
        running = false;
    }

    /// Starts it again after [#kill()].
    public synchronized void restart() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off", "start"));
        running = true;
    }

    public int port() {
        return port;
    }

    /// A JDBC URL for `database` on this server (no user: pass one as a property or `?user=`).
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /// A new empty database with a name unique in this JVM; returns its URL for the admin user.
    public String createDatabase(String prefix) {
        String name = (prefix.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet());
        name = name.length() > 60 ? name.substring(name.length() - 60) : name;
        if (!Character.isLetter(name.charAt(0))) {
            name = "d" + name.substring(1);
        }
        admin("postgres", "CREATE DATABASE " + name);
        return url(name) + "?user=" + ADMIN;
    }

    /// Runs statements as the superuser in `database`.
    public void admin(String database, String... sql) {
        try (Connection connection = connect(database, ADMIN, ADMIN_PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test PostgreSQL refused: " + String.join("; ", sql) + ": " + e.getMessage(), e);
        }
    }

    public Connection connect(String database, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return DriverManager.getConnection(url(database), props);
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        runAs.ifPresent(user -> full.addAll(List.of("runuser", "-u", user, "--")));
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8).strip() + serverLog());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + full.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", full), e);
        }
    }

    private String serverLog() {
        Path log = dir.resolve("server.log");
        try {
            return Files.exists(log) ? "\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void write(Path file, String text) {
        try {
            Files.writeString(file, text);
            if (runAs.isPresent()) {
                Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs.get()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String unprivilegedUser() {
        try {
            List<String> passwd = Files.readAllLines(Path.of("/etc/passwd"));
            return passwd.stream().anyMatch(line -> line.startsWith("postgres:")) ? "postgres" : "nobody";
        } catch (IOException e) {
            return "nobody";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("Could not delete the test PostgreSQL folder " + root + ": " + e.getMessage());
        }
    }
}
