package nl.signaal.progress.forwarding;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts an LRS password at rest with AES-256-GCM (decision 0054). Signaal sends the password, so it cannot be
 * hashed. The key is {@code signaal.lrs.secret-key} (base64, 32 bytes; the same on every instance), else a key
 * generated once in the data folder ({@code lrs-secret.key}, owner-only) on first use. The organisation id is the
 * associated data: a ciphertext copied to another organisation's row does not decrypt.
 */
@Singleton
class LrsSecrets {
    static final String KEY_FILE = "lrs-secret.key";
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String configuredKey;
    private final Path dataDir;
    private volatile SecretKey key;

    @Inject
    LrsSecrets(
            @Value("${signaal.lrs.secret-key:}") String configuredKey,
            @Value("${signaal.data-dir:./data}") String dataDir) {
        this.configuredKey = configuredKey == null ? "" : configuredKey.strip();
        this.dataDir = Path.of(dataDir);
    }

    /** The stored password could not be decrypted: another key than the one it was encrypted with. */
    static class UnreadableSecret extends RuntimeException {
        UnreadableSecret(Throwable cause) {
            super("The stored LRS password cannot be decrypted with this key", cause);
        }
    }

    String encrypt(UUID organisationId, String password) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(organisationId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String decrypt(UUID organisationId, String stored) {
        try {
            if (!stored.startsWith(VERSION)) {
                throw new UnreadableSecret(null);
            }
            byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(organisationId.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableSecret(e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(keyBytes(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] keyBytes() {
        if (!configuredKey.isEmpty()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configuredKey);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("signaal.lrs.secret-key must be base64 (32 bytes)", e);
            }
            if (bytes.length != 32) {
                throw new IllegalStateException("signaal.lrs.secret-key must be 32 bytes, base64 encoded");
            }
            return bytes;
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Files.createDirectories(dataDir);
                try {
                    Path written = Files.writeString(
                            file,
                            Base64.getEncoder().encodeToString(fresh) + "\n",
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system: the folder's own permissions apply
                    }
                } catch (FileAlreadyExistsException raced) {
                    // another thread or instance wrote it first: read theirs
                }
            }
            byte[] bytes = Base64.getDecoder().decode(Files.readString(file).strip());
            if (bytes.length != 32) {
                throw new IllegalStateException(file + " must hold 32 bytes, base64 encoded");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the LRS password key in " + file, e);
        }
    }
}
