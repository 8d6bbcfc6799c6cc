package dev.portside.adapters.http.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The one signature, HS256 with {@link JwtSecret}. Named "generator" so that Micronaut Security signs
 * issued tokens with it; as the only signature configuration it is also what presented tokens are
 * verified against, which makes the validator refuse unsigned ({@code alg: none}) tokens.
 *
 * <p>A wrapper rather than a factory method returning {@link SecretSignature}: that class is an
 * {@code @EachBean} of configuration properties, and a factory bean of its type inherits that, so it
 * silently never exists, and the generator then issues unsigned tokens. {@code TokenSecurityScenarios}
 * guards against exactly that.
 */
@Singleton
@Named("generator")
final class JwtSigning implements SignatureGeneratorConfiguration {

    private final SecretSignature signature;

    JwtSigning(JwtSecret secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secret.value());
        this.signature = new SecretSignature(configuration);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return signature.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return signature.supportedAlgorithmsMessage();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return signature.supports(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return signature.verify(jwt);
    }
}
