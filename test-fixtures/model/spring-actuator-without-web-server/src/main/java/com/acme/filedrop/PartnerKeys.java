package com.acme.filedrop;

import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// the partners' public keys, loaded at start from the key store
final class PartnerKeys {
    private static final Map<String, PublicKey> KEYS = new ConcurrentHashMap<>();

    private PartnerKeys() { }

    static boolean known(String user, PublicKey key) {
        PublicKey k = KEYS.get(user);
        return k != null && k.equals(key);
    }
}
