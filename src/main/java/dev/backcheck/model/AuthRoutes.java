package dev.backcheck.model;

import java.util.List;
import java.util.Locale;

/** Recognises authentication endpoints (login, signup, password reset, token refresh, OTP) by path. */
public final class AuthRoutes {
    /** Default keywords; rules may take their own list from options. */
    public static final List<String> KEYWORDS = List.of("login", "signin", "sign-in", "sign_in", "logon", "signup", "sign-up",
            "sign_up", "register", "forgot-password", "forgot_password", "forgotpassword", "forgot", "reset-password",
            "reset_password", "resetpassword", "password/reset", "password-reset", "refresh", "refresh-token", "token",
            "otp", "verify", "verify-otp", "2fa", "mfa", "magic-link", "passwordless", "authenticate");

    private AuthRoutes() { }

    /** True when a path segment (or a multi-word keyword) of {@code path} names an authentication action. */
    public static boolean matches(String path, List<String> keywords) {
        String p = path.toLowerCase(Locale.ROOT);
        String[] segs = p.split("/");
        for (String k : keywords) {
            String kw = k.toLowerCase(Locale.ROOT);
            if (kw.contains("/")) {
                if (p.contains(kw)) return true;
                continue;
            }
            for (String s : segs) {
                if (s.equals(kw)) return true;
                // camelCase or dashed variants: verify-email, refreshToken, login-otp
                for (String part : s.split("[-_.]")) if (part.equals(kw)) return true;
                if (s.startsWith(kw) && s.length() > kw.length() && Character.isLetter(kw.charAt(0))
                        && (kw.equals("login") || kw.equals("signup") || kw.equals("register") || kw.equals("refresh"))) return true;
            }
        }
        return false;
    }
}
