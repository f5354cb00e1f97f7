package com.example.pay;

import java.util.Map;

final class ProviderSdk {
    private ProviderSdk() {
    }

    static native boolean verifyRsa(Map<String, String> params, String publicKey);
}
