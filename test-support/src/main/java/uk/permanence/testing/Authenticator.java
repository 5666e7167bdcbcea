package uk.permanence.testing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * A person's authenticator app, for tests that sign in with a second factor: it keeps the secret shown at
 * enrolment and gives the RFC 6238 code (HMAC-SHA1, 6 digits, 30-second steps), written here independently of the
 * identity service's so that the two check each other. A code is never given twice: when the current step's was
 * used, the next step's (which the service accepts, one step either side) is given.
 */
public final class Authenticator {

    private String secret;
    private long lastStep = -1;

    public synchronized void enrol(String base32Secret) {
        this.secret = base32Secret;
    }

    public synchronized boolean enrolled() {
        return secret != null;
    }

    public synchronized String code(Instant now) {
        if (secret == null) {
            throw new IllegalStateException("the authenticator has no secret: the person has not enrolled");
        }
        long step = Math.max(now.getEpochSecond() / 30, lastStep + 1);
        lastStep = step;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
