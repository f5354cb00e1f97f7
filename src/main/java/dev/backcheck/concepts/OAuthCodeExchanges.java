package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OAuth authorization-code exchange: the callback's {@code code} (with the PKCE verifier) is posted to the provider's
 * token endpoint, which answers tokens for a code it issued and rejects any other. The code is verified by the provider
 * and kept nowhere; what the application goes on with is the provider's answer. Known by the call's method name:
 * <ul>
 *   <li>library methods: spotify-web-api-node and openid-client 6 {@code authorizationCodeGrant}, arctic
 *       {@code validateAuthorizationCode(code, codeVerifier)}, @octokit/oauth-methods {@code exchangeWebFlowCode},
 *       @azure/msal-node {@code acquireTokenByCode}, node-oauth (passport-oauth2) {@code getOAuthAccessToken(code, ..)};</li>
 *   <li>{@code getToken} (google-auth-library {@code OAuth2Client.getToken(code)}, simple-oauth2
 *       {@code AuthorizationCode.getToken({ code, redirect_uri })}) on a receiver named for OAuth or with an object
 *       argument that has a {@code code} key (validation/unvalidated-input also takes a client built from an OAuth2 class);</li>
 *   <li>a project's own wrapper named for it: {@code exchangeCode(code, verifier)}, {@code exchangeCodeForTokens},
 *       {@code exchangeAuthorizationCode}, {@code getTokensFromCode}, {@code codeToToken}.</li>
 * </ul>
 */
public final class OAuthCodeExchanges {
    private OAuthCodeExchanges() { }

    private static final Set<String> LIBRARY = Set.of("authorizationCodeGrant", "validateAuthorizationCode", "exchangeWebFlowCode",
            "acquireTokenByCode", "getOAuthAccessToken");

    /** A project wrapper named for the exchange. */
    private static final Pattern PROJECT = Pattern.compile(
            "exchange(Authori[sz]ation|Auth|OAuth|Oauth)?Codes?(For\\w*|To\\w*)?|exchange\\w*CodeFor\\w*Tokens?"
            + "|get\\w*Tokens?(From|With|By|For)\\w*Code|codeTo\\w*Tokens?|redeem(Authori[sz]ation|Auth|OAuth)?Code\\w*");

    /** The method name alone says the call exchanges an authorization code (library methods and project wrappers, not getToken). */
    public static boolean exchangeMethod(String method) {
        return method != null && (LIBRARY.contains(method) || PROJECT.matcher(method).matches());
    }

    /** getToken({ code, redirect_uri }): an object argument carrying the code under the key {@code code}. */
    public static boolean codeObjectArgument(CallSite cs) {
        return !cs.args().isEmpty() && cs.args().get(0) instanceof Val.Obj o && o.props().containsKey("code");
    }
}
