package uk.permanence.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import uk.permanence.testing.TestTokens;

/** The claims a token must carry, checked by the decoder the gateway and every service build from these rules. */
class TokenRulesTest {

    private final JwtDecoder decoder = decoder();

    private static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(TestTokens.jwkSetUri())
                .jwsAlgorithm(TokenRules.ALGORITHM).build();
        decoder.setJwtValidator(TokenRules.validator(TestTokens.ISSUER, TestTokens.AUDIENCE, Duration.ofHours(1)));
        return decoder;
    }

    @Test
    void aTokenWithEveryClaimWithinTheLifetimeIsAccepted() {
        assertThat(decoder.decode(TestTokens.token("825", "social-worker")).getSubject())
                .isEqualTo("social-worker@825");
    }

    @Test
    void aTokenMissingAClaimOrLivingTooLongOrIssuedInTheFutureIsRefusedNamingWhatIsWrong() {
        Instant now = Instant.now();
        Map<String, JWTClaimsSet.Builder> broken = Map.of(
                "exp", TestTokens.claims("825", "social-worker").expirationTime(null),
                "sub", TestTokens.claims("825", "social-worker").subject(null),
                "iat", TestTokens.claims("825", "social-worker").issueTime(null),
                "longer than PT1H", TestTokens.claims("825", "social-worker")
                        .expirationTime(Date.from(now.plus(Duration.ofHours(1)).plusSeconds(60))),
                "iat claim is in the future", TestTokens.claims("825", "social-worker")
                        .issueTime(Date.from(now.plusSeconds(300))));
        broken.forEach((wrong, claims) -> assertThatThrownBy(() -> decoder.decode(TestTokens.sign(claims.build())))
                .as(wrong).isInstanceOf(JwtValidationException.class).hasMessageContaining(wrong));
    }

    @Test
    void anIssuerClockALittleAheadIsTolerated() {
        Instant ahead = Instant.now().plusSeconds(30);
        String token = TestTokens.sign(TestTokens.claims("825", "social-worker").issueTime(Date.from(ahead))
                .expirationTime(Date.from(ahead.plus(Duration.ofHours(1)))).build());
        assertThat(decoder.decode(token).getIssuedAt()).isNotNull();
    }

    @Test
    void theKeysAreFetchedOnceAndKeptNotFetchedForEveryToken() {
        decoder.decode(TestTokens.token("825", "social-worker"));
        int fetched = TestTokens.jwkSetRequests();

        for (int i = 0; i < 50; i++) {
            decoder.decode(TestTokens.token("825", "social-worker"));
        }

        assertThat(TestTokens.jwkSetRequests()).isEqualTo(fetched);
    }

    @Test
    void aKeyRotatedWhileTokensFlowVerifiesAtOnceAndTheOldKeysTokensStillVerify() {
        String beforeRotation = TestTokens.token("825", "social-worker");
        assertThat(decoder.decode(beforeRotation).getSubject()).isEqualTo("social-worker@825");

        TestTokens.rotateKey();
        String afterRotation = TestTokens.token("825", "team-manager");

        assertThat(decoder.decode(afterRotation).getSubject()).isEqualTo("team-manager@825");
        assertThat(decoder.decode(beforeRotation).getSubject()).isEqualTo("social-worker@825");
    }

    @Test
    void aTokenSignedWithTheRetiredDevelopmentKeyOrAnUnpublishedKeyIsRefused() {
        assertThatThrownBy(() -> decoder.decode(TestTokens.signedWithRetiredDevelopmentKey(
                TestTokens.claims("825", "social-worker").build()))).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.signWithUnpublishedKey(
                TestTokens.claims("825", "social-worker").build()))).isInstanceOf(BadJwtException.class);
    }
}
