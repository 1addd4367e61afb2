package app.waypoint.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An RSA key pair in PEM files and the session cookie's key, generated once per data folder; never committed, never used
 * in production. The folder and the files are readable by their owner only (700 and 600, where the file system has POSIX
 * permissions), also when an earlier run left them more open.
 */
record LocalKeys(Path privateKey, Path publicKey) {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    static LocalKeys inFolder(Path folder) throws IOException {
        ownerOnlyFolder(folder);
        LocalKeys keys = new LocalKeys(folder.resolve("signing-key.pem"), folder.resolve("verification-key.pem"));
        if (!Files.exists(keys.privateKey()) || !Files.exists(keys.publicKey())) {
            KeyPair pair = generate();
            Files.writeString(keys.privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(keys.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        }
        ownerOnly(keys.privateKey());
        ownerOnly(keys.publicKey());
        return keys;
    }

    /**
     * The key that encrypts the pages' session cookie, made once per data folder, so that people stay signed in across a
     * restart of the local run (production sets QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY).
     */
    static String sessionKey(Path folder) throws IOException {
        ownerOnlyFolder(folder);
        Path file = folder.resolve("session-key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
        }
        ownerOnly(file);
        return Files.readString(file).trim();
    }

    private static void ownerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new UncheckedIOException(new IOException("RSA is not available", e));
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
