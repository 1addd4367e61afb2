package app.waypoint.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
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
