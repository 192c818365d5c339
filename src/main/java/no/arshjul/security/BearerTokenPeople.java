package no.arshjul.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns a provider's validated token into the Årshjul person it names. */
interface BearerTokenPeople extends Converter<Jwt, AbstractAuthenticationToken> {
}
