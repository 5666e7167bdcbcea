package uk.permanence.identity.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals each secret before it is stored (AES-256-GCM under a key-encryption key that comes from the environment,
 * never from the database): the private signing keys, so that a copy of the database alone cannot sign tokens, and
 * each person's second-factor secret. What the secret belongs to (a key id, a username) is authenticated with it, so
 * that a sealed secret cannot be moved to another row.
 */
public final class KeyVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** {@code base64Key}: 32 random bytes, base64 ({@code openssl rand -base64 32}). */
    public KeyVault(String base64Key) {
        byte[] bytes;
        try {
            bytes = base64Key == null ? new byte[0] : Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("permanence.identity.keys.encryption-key "
                    + "(PERMANENCE_IDENTITY_KEYS_ENCRYPTION_KEY) must be 32 random bytes in base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** {@code owner}: what the secret belongs to, which must be given again to open it. */
    public String seal(String owner, String secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, owner, secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = Arrays.copyOf(iv, IV_BYTES + sealed.length);
        System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(stored);
    }

    public String open(String owner, String stored) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        return new String(cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), owner,
                Arrays.copyOfRange(bytes, IV_BYTES, bytes.length)), StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] iv, String owner, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret of " + owner + " cannot be "
                    + (mode == Cipher.ENCRYPT_MODE ? "sealed"
                    : "opened: was it sealed under another key-encryption key?"), e);
        }
    }
}
