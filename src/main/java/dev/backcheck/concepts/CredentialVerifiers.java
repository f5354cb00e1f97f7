package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.Manifest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials handed to the party that issued them, which checks them and answers with its own verdict: the
 * application keeps nothing of what it sent. Each fact below is read from the library's own source or the issuer's
 * documented request:
 * <ul>
 *   <li><b>OAuth authorization code</b> (RFC 6749 4.1.3, PKCE RFC 7636): the callback's {@code code} (and the
 *       {@code code_verifier}) posted to the provider's token endpoint, which answers tokens for a code it issued and
 *       rejects any other. Known by the call's method name: spotify-web-api-node and openid-client 6
 *       {@code authorizationCodeGrant}, arctic {@code validateAuthorizationCode(code, codeVerifier)}, @octokit/oauth-methods
 *       {@code exchangeWebFlowCode}, @azure/msal-node {@code acquireTokenByCode}, node-oauth (passport-oauth2)
 *       {@code getOAuthAccessToken(code, ..)}; {@code getToken} (google-auth-library {@code OAuth2Client.getToken(code)},
 *       simple-oauth2 {@code AuthorizationCode.getToken({ code, redirect_uri })}) on a receiver named for OAuth or with an
 *       object argument that has a {@code code} key (validation/unvalidated-input also takes a client built from an
 *       OAuth2 class); a project's own wrapper named for it ({@code exchangeCode(code, verifier)},
 *       {@code exchangeCodeForTokens}, {@code getTokensFromCode}, {@code codeToToken}); and a token request built by hand:
 *       an object whose {@code grant_type} is the literal {@code authorization_code} carries the code under
 *       {@code code} and {@code code_verifier} ({@code refresh_token} under {@code refresh_token}, the password grant
 *       its {@code username} and {@code password}), whatever sends it (querystring.stringify, URLSearchParams, a JSON body).</li>
 *   <li><b>Captcha tokens</b>: Cloudflare Turnstile ({@code challenges.cloudflare.com/turnstile/v0/siteverify}), Google
 *       reCAPTCHA ({@code www.google.com/recaptcha/api/siteverify}, or {@code www.recaptcha.net}) and hCaptcha
 *       ({@code api.hcaptcha.com/siteverify}, formerly {@code hcaptcha.com/siteverify}) all take the widget's token as
 *       the field {@code response} beside the site's {@code secret}; the issuer answers {@code success} for a token it
 *       issued. A function that posts to one of those URLs sends the token there when it puts it under
 *       {@code response}: an object key or a form field ({@code form.append('response', token)}).</li>
 *   <li><b>Supabase Auth</b> (@supabase/auth-js, the {@code auth} client of @supabase/supabase-js and @supabase/ssr):
 *       {@code signInWithPassword({ email | phone, password })} posts them to GoTrue's {@code /token?grant_type=password};
 *       {@code verifyOtp({ email | phone, token, type } | { token_hash, type })} to {@code /verify};
 *       {@code signInWithIdToken({ provider, token, access_token, nonce })} to {@code /token?grant_type=id_token};
 *       {@code exchangeCodeForSession(authCode)} to {@code /token?grant_type=pkce}; {@code getUser(jwt)} sends the JWT
 *       to {@code /user}. Each answers an error for credentials it does not accept. ({@code signUp} creates the
 *       account from what it is given: no check.)</li>
 *   <li><b>WebAuthn</b> (@simplewebauthn/server): {@code verifyRegistrationResponse} and
 *       {@code verifyAuthenticationResponse} check the browser's response (the option {@code response} from 7.0 on,
 *       {@code credential} before) against the expected challenge, origin and RP ID and throw when it does not match.
 *       Only the response is the credential: a client-chosen {@code expectedOrigin}, {@code expectedChallenge} or
 *       {@code expectedRPID} is what the check trusts, no check of it.</li>
 *   <li><b>openid-client 5</b> ({@code lib/client.js}): {@code client.callback(redirectUri, parameters, checks)} and
 *       {@code oauthCallback} pick the authorization response's members out of {@code parameters} (pickCb: code, state,
 *       id_token, access_token, error..), throw unless {@code checks.state === parameters.state}, validate an id_token
 *       and send the {@code code} to the token endpoint as an {@code authorization_code} grant; {@code checks.state} is
 *       only compared (and printed in the mismatch error). The other members of {@code checks} (nonce, max_age,
 *       code_verifier, response_type) are what the check trusts. {@code client.grant({ grant_type, code, .. })} is the
 *       hand-built token request above. Known by the method name on a file that imports openid-client, the response an
 *       object argument.</li>
 *   <li><b>speakeasy 2</b> ({@code index.js}): {@code totp.verify(options)} / {@code totp.verifyDelta}, {@code hotp.verify} /
 *       {@code hotp.verifyDelta} take the user's one-time code as {@code options.token}, turn it into a string, answer no
 *       match unless it has the expected number of digits and parses as an integer, and compare it with the codes computed
 *       from the server's secret: a boolean (or a delta) comes back, the token goes nowhere.</li>
 * </ul>
 */
public final class CredentialVerifiers {
    private CredentialVerifiers() { }

    /**
     * Where a verifier call takes its credential: argument {@code arg} (every argument when it is -1), all of it when
     * {@code keys} is empty, else only those keys of an object literal there.
     */
    public record Slot(int arg, Set<String> keys) {
        public static final Slot ALL_ARGS = new Slot(-1, Set.of());

        public boolean whole() {
            return keys.isEmpty();
        }
    }

    // ------------------------------------------------------------------ OAuth code exchange

    private static final Set<String> OAUTH_LIBRARY = Set.of("authorizationCodeGrant", "validateAuthorizationCode", "exchangeWebFlowCode",
            "acquireTokenByCode", "getOAuthAccessToken");

    /** A project wrapper named for the exchange. */
    private static final Pattern OAUTH_PROJECT = Pattern.compile(
            "exchange(Authori[sz]ation|Auth|OAuth|Oauth)?Codes?(For\\w*|To\\w*)?|exchange\\w*CodeFor\\w*Tokens?"
            + "|get\\w*Tokens?(From|With|By|For)\\w*Code|codeTo\\w*Tokens?|redeem(Authori[sz]ation|Auth|OAuth)?Code\\w*");

    /** The method name alone says the call exchanges an authorization code (library methods and project wrappers, not getToken). */
    public static boolean exchangeMethod(String method) {
        return method != null && (OAUTH_LIBRARY.contains(method) || OAUTH_PROJECT.matcher(method).matches());
    }

    /** getToken({ code, redirect_uri }): an object argument carrying the code under the key {@code code}. */
    public static boolean codeObjectArgument(CallSite cs) {
        return !cs.args().isEmpty() && cs.args().get(0) instanceof Val.Obj o && o.props().containsKey("code");
    }

    /** The credential fields of an OAuth token request body, by its {@code grant_type}. */
    private static final Map<String, Set<String>> GRANT_FIELDS = Map.of(
            "authorization_code", Set.of("code", "code_verifier"),
            "refresh_token", Set.of("refresh_token"),
            "password", Set.of("username", "password"));

    /**
     * The keys of {@code o} that carry a credential to its issuer: an OAuth token request ({@code grant_type} a literal
     * grant) names its credential fields; empty for any other object.
     */
    public static Set<String> tokenRequestFields(Val.Obj o) {
        Val g = o.props().get("grant_type");
        String grant = g == null ? null : Val.constString(g);
        Set<String> fields = grant == null ? null : GRANT_FIELDS.get(grant);
        return fields == null ? Set.of() : fields;
    }

    // ------------------------------------------------------------------ captcha siteverify

    private static final Pattern SITEVERIFY = Pattern.compile(
            "^https://(challenges\\.cloudflare\\.com/turnstile/v0/siteverify|(www\\.)?google\\.com/recaptcha/api/siteverify"
            + "|www\\.recaptcha\\.net/recaptcha/api/siteverify|(api\\.)?hcaptcha\\.com/siteverify)(?![\\w/.-])");

    /** The form field (or object key) under which every siteverify endpoint takes the widget's token. */
    public static final String SITEVERIFY_FIELD = "response";

    /** A string (or the text a template starts with) that is a captcha issuer's siteverify URL. */
    public static boolean siteverifyUrl(Val v) {
        String s = v instanceof Val.Tpl t ? t.quasis().get(0) : Val.constString(v);
        return s != null && SITEVERIFY.matcher(s.strip().toLowerCase(Locale.ROOT)).find();
    }

    // ------------------------------------------------------------------ library verifiers

    private static final Set<String> SUPABASE_MODULES = Set.of("@supabase/supabase-js", "@supabase/ssr", "@supabase/auth-js",
            "@supabase/gotrue-js");

    /** Supabase Auth methods and the credential fields of their first argument (empty: the argument itself). */
    private static final Map<String, Set<String>> SUPABASE_AUTH = Map.of(
            "signInWithPassword", Set.of("email", "phone", "password"),
            "verifyOtp", Set.of("email", "phone", "token", "token_hash", "type"),
            "signInWithIdToken", Set.of("provider", "token", "access_token", "nonce"),
            "exchangeCodeForSession", Set.of(),
            "getUser", Set.of());

    /** speakeasy's one-time code checks (on its totp and hotp objects). */
    private static final Set<String> OTP_VERIFY = Set.of("verify", "verifyDelta");

    private static final Set<String> WEBAUTHN_VERIFY = Set.of("verifyRegistrationResponse", "verifyAuthenticationResponse");

    /** openid-client 5's Client methods that check an authorization response: (redirectUri, parameters, checks). */
    private static final Set<String> OPENID_CALLBACK = Set.of("callback", "oauthCallback");

    /**
     * Where an openid-client callback takes the credentials it checks: all of {@code parameters} (argument 1) and the
     * {@code state} of {@code checks} (argument 2), only compared with the response's; empty for any other call.
     */
    public static List<Slot> openidSlots(FileFacts file, CallSite cs) {
        String m = cs.methodName();
        if (m == null || !OPENID_CALLBACK.contains(m) || cs.isNew() || cs.args().size() < 2 || file == null) return List.of();
        if (cs.args().get(1) instanceof Val.FnVal || cs.args().get(0) instanceof Val.Obj) return List.of();
        if (file.imports().values().stream().noneMatch(i -> "openid-client".equals(i.module()))) return List.of();
        return List.of(new Slot(1, Set.of()), new Slot(2, Set.of("state")));
    }

    /**
     * Every place a library call takes a credential it verifies ({@link #librarySlot}, {@link #openidSlots}).
     */
    public static List<Slot> librarySlots(Project project, FileFacts file, CallSite cs) {
        Slot one = librarySlot(project, file, cs);
        List<Slot> openid = openidSlots(file, cs);
        if (one == null) return openid;
        if (openid.isEmpty()) return List.of(one);
        List<Slot> all = new java.util.ArrayList<>(openid);
        all.add(one);
        return all;
    }

    /**
     * Argument {@code arg} of {@code cs} holds, under the object keys {@code keys} (empty: the argument itself), a
     * credential the call hands to the party that checks it: an OAuth exchange named for it, {@code getToken({ code })},
     * a token request built by hand ({@code grant_type}), a library verifier's slot. A captcha siteverify form is known
     * only with the function around it (validation/unvalidated-input asks that separately).
     */
    public static boolean credentialArg(Project project, FileFacts file, CallSite cs, int arg, List<String> keys) {
        if (arg < 0 || arg >= cs.args().size()) return false;
        if (exchangeMethod(cs.methodName())) return true;
        String first = keys.isEmpty() ? null : keys.get(0);
        Val a = cs.args().get(arg);
        if ("getToken".equals(cs.methodName()) && arg == 0 && "code".equals(first) && codeObjectArgument(cs)) return true;
        if (first != null && a instanceof Val.Obj o && tokenRequestFields(o).contains(first)) return true;
        List<Slot> slots;
        try {
            slots = librarySlots(project, file, cs);
        } catch (RuntimeException e) {
            return false;
        }
        for (Slot s : slots) if (s.arg() == arg && (s.whole() || first != null && s.keys().contains(first))) return true;
        return false;
    }

    /**
     * Where a library call takes a credential it verifies with its issuer or against the server's own expectation
     * (Supabase Auth, SimpleWebAuthn, speakeasy), or null when it is no such call. {@code file} is where the call is written.
     */
    public static Slot librarySlot(Project project, FileFacts file, CallSite cs) {
        String m = cs.methodName();
        if (m == null || cs.args().isEmpty() || cs.isNew()) return null;
        if (OTP_VERIFY.contains(m) && cs.args().get(0) instanceof Val.Obj) {
            // speakeasy.totp.verify({ secret, encoding, token }): the receiver is the module's totp or hotp
            Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
            String rn = recv == null ? null : Vals.lastName(recv);
            if (!"totp".equals(rn) && !"hotp".equals(rn)) return null;
            String root;
            try {
                root = project.rootModule(cs.callee(), file);
            } catch (RuntimeException e) {
                return null;
            }
            return "speakeasy".equals(root) ? new Slot(0, Set.of("token")) : null;
        }
        boolean supabase = SUPABASE_AUTH.containsKey(m), webauthn = WEBAUTHN_VERIFY.contains(m);
        if (!supabase && !webauthn) return null;
        String root;
        try {
            root = project.rootModule(cs.callee(), file);
        } catch (RuntimeException e) {
            return null;
        }
        if (supabase) {
            // supabase.auth.signInWithPassword(..): the auth client of a supabase-js client
            Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
            if (root == null || !SUPABASE_MODULES.contains(root) || recv == null || !"auth".equals(Vals.lastName(recv))) return null;
            Set<String> keys = SUPABASE_AUTH.get(m);
            if (!keys.isEmpty() && !(cs.args().get(0) instanceof Val.Obj)) return null;
            return new Slot(0, keys);
        }
        if (!"@simplewebauthn/server".equals(root) || !(cs.args().get(0) instanceof Val.Obj)) return null;
        Integer major = declaredMajor(project, file, "@simplewebauthn/server");
        if (major == null) return new Slot(0, Set.of("response"));
        return new Slot(0, Set.of(major >= 7 ? "response" : "credential"));
    }

    /** The major version of {@code pkg} the manifest nearest {@code file} declares, when its range admits one major only. */
    private static Integer declaredMajor(Project project, FileFacts file, String pkg) {
        String path = file == null ? null : file.path();
        Manifest best = null;
        for (Manifest mf : project.manifests()) {
            if (!"npm".equals(mf.ecosystem()) || !mf.has(pkg) || path != null && !path.startsWith(mf.dir())) continue;
            if (best == null || mf.dir().length() > best.dir().length()) best = mf;
        }
        if (best == null) return null;
        Manifest.Dep d = best.dependencies().get(pkg);
        if (d == null || d.version() == null) return null;
        Matcher x = ONE_MAJOR.matcher(d.version().strip());
        return x.matches() ? Integer.valueOf(x.group(1)) : null;
    }

    private static final Pattern ONE_MAJOR = Pattern.compile("^[~^=]?\\s*v?(\\d{1,4})(?:\\.(?:\\d{1,6}|[xX*])(?:\\.(?:\\d{1,6}|[xX*]))?)?(?:[-+][\\w.]*)?$");
}
