package uk.permanence.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-time passwords against the RFCs' own test vectors, then the window and the last step used. */
class TotpTest {

    /** The secret of both RFCs' test vectors (HMAC-SHA1). */
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "HOTP counter {0} -> {1}")
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489"})
    void rfc4226AppendixD(long counter, String expected) {
        assertThat(Totp.hotp(SECRET, counter, 6)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "TOTP at {0} s -> {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238AppendixBWithSha1(long unixSeconds, String expected) {
        assertThat(Totp.hotp(SECRET, Totp.step(Instant.ofEpochSecond(unixSeconds)), 8)).isEqualTo(expected);
    }

    @Test
    void aSixDigitCodeIsTheLastSixDigitsOfTheRfcsEightDigitOne() {
        assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step), now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step + 2), now, 0)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step - 1), now, step)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void anythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String code = Totp.code(SECRET, Totp.step(now));

        assertThat(Totp.matchingStep(SECRET, null, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, " " + code, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, "12345", now, 0)).isEmpty();
    }
}
