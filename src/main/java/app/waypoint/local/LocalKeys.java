package app.waypoint.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** An RSA key pair in PEM files, generated once per data folder; never committed, never used in production. */
record LocalKeys(Path privateKey, Path publicKey) {

    static LocalKeys inFolder(Path folder) throws IOException {
        LocalKeys keys = new LocalKeys(folder.resolve("signing-key.pem"), folder.resolve("verification-key.pem"));
        if (!Files.exists(keys.privateKey()) || !Files.exists(keys.publicKey())) {
            Files.createDirectories(folder);
            KeyPair pair = generate();
            Files.writeString(keys.privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(keys.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        }
        return keys;
    }

    /**
     * The key that encrypts the pages' session cookie, made once per data folder, so that people stay signed in across a
     * restart of the local run (production sets QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY).
     */
    static String sessionKey(Path folder) throws IOException {
        Path file = folder.resolve("session-key");
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).trim();
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
