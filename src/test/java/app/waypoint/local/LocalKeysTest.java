package app.waypoint.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysTest {

    @TempDir
    Path data;

    @Test
    void shouldMakeTheKeysReadableByTheirOwnerOnlyWhenALocalRunWritesThem() throws IOException {
        Path folder = data.resolve("keys");

        LocalKeys keys = LocalKeys.inFolder(folder);
        LocalKeys.sessionKey(folder);

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(keys.privateKey())).isEqualTo("rw-------");
        assertThat(permissions(keys.publicKey())).isEqualTo("rw-------");
        assertThat(permissions(folder.resolve("session-key"))).isEqualTo("rw-------");
    }

    @Test
    void shouldCloseUpKeysThatAnEarlierRunLeftReadableByOthersWhenTheyAreReused() throws IOException {
        Path folder = data.resolve("keys");
        LocalKeys keys = LocalKeys.inFolder(folder);
        String key = LocalKeys.sessionKey(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(keys.privateKey(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder.resolve("session-key"), PosixFilePermissions.fromString("rw-r--r--"));

        LocalKeys again = LocalKeys.inFolder(folder);

        assertThat(LocalKeys.sessionKey(folder)).isEqualTo(key);
        assertThat(again.privateKey()).hasContent(Files.readString(keys.privateKey()));
        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(again.privateKey())).isEqualTo("rw-------");
        assertThat(permissions(folder.resolve("session-key"))).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
