package com.example.seat;

import java.util.Base64;

final class Cipher {
    private Cipher() {
    }

    /** Turns the obfuscated key the client holds back into the token. */
    static String unwrapDecrypt(String wrapped) {
        return new String(Base64.getDecoder().decode(wrapped));
    }
}
