package org.renrentong.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts ID-card numbers at rest with AES-256-GCM and derives a keyed hash (HMAC-SHA256) for uniqueness and
 * matching without decrypting. The key comes from {@code renrentong.crypto.id-card-key} (base64, 32 bytes); when
 * unset, a key is generated once and kept in the data folder so the embedded default run survives restarts.
 * The first byte of each cipher text names the key version, so keys can be rotated. Each thread keeps its own
 * cipher and MAC, as looking them up and keying them anew costs more than the work itself in bulk imports.
 */
@Component
public class IdCardVault {

    private static final byte KEY_VERSION = 1;
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(IdCardVault::newCipher);
    private final ThreadLocal<Mac> macs;

    IdCardVault(@Value("${renrentong.crypto.id-card-key:}") String configuredKey,
                @Value("${renrentong.data-dir:./data}") String dataDir) {
        byte[] raw = configuredKey.isBlank() ? keyFromFile(Path.of(dataDir, "keys", "id-card.key"))
                : Base64.getDecoder().decode(configuredKey.trim());
        if (raw.length != 32) {
            throw new IllegalStateException("renrentong.crypto.id-card-key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "id-card-hash"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(hashKey));
    }

    public byte[] encrypt(String number) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            // a GCM cipher may be initialised again for each message, as long as the IV is new
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] ct = cipher.doFinal(number.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + IV_BYTES + ct.length).put(KEY_VERSION).put(iv).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(byte[] sealed) {
        try {
            if (sealed[0] != KEY_VERSION) {
                throw new IllegalStateException("unknown ID-card key version " + sealed[0]);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 1, IV_BYTES));
            byte[] pt = cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
            return new String(pt, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] hash(String number) {
        return macs.get().doFinal(number.getBytes(StandardCharsets.UTF_8));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mac newMac(SecretKeySpec k) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(SecretKeySpec k, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] keyFromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] generated = new byte[32];
            random.nextBytes(generated);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(generated));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
