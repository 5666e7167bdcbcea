package uk.permanence.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import uk.permanence.testing.DevTokens;

/** The claims a token must carry, checked by the decoder the gateway and every service build from these rules. */
class TokenRulesTest {

    private final JwtDecoder decoder = decoder();

    private static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(TokenRules.developmentKey(DevTokens.SIGNING_KEY))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(TokenRules.validator(DevTokens.ISSUER, DevTokens.AUDIENCE, Duration.ofHours(1)));
        return decoder;
    }

    @Test
    void aTokenWithEveryClaimWithinTheLifetimeIsAccepted() {
        assertThat(decoder.decode(DevTokens.token("825", "social-worker")).getSubject())
                .isEqualTo("social-worker@825");
    }

    @Test
    void aTokenMissingAClaimOrLivingTooLongOrIssuedInTheFutureIsRefusedNamingWhatIsWrong() {
        Instant now = Instant.now();
        Map<String, JWTClaimsSet.Builder> broken = Map.of(
                "exp", DevTokens.claims("825", "social-worker").expirationTime(null),
                "sub", DevTokens.claims("825", "social-worker").subject(null),
                "iat", DevTokens.claims("825", "social-worker").issueTime(null),
                "longer than PT1H", DevTokens.claims("825", "social-worker")
                        .expirationTime(Date.from(now.plus(Duration.ofHours(1)).plusSeconds(60))),
                "iat claim is in the future", DevTokens.claims("825", "social-worker")
                        .issueTime(Date.from(now.plusSeconds(300))));
        broken.forEach((wrong, claims) -> assertThatThrownBy(() -> decoder.decode(DevTokens.sign(claims.build())))
                .as(wrong).isInstanceOf(JwtValidationException.class).hasMessageContaining(wrong));
    }

    @Test
    void anIssuerClockALittleAheadIsTolerated() {
        Instant ahead = Instant.now().plusSeconds(30);
        String token = DevTokens.sign(DevTokens.claims("825", "social-worker").issueTime(Date.from(ahead))
                .expirationTime(Date.from(ahead.plus(Duration.ofHours(1)))).build());
        assertThat(decoder.decode(token).getIssuedAt()).isNotNull();
    }
}
