package com.example.pay;

import java.util.HashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

@Component
public class SignatureTool {
    /** Checks the provider's signature over every request parameter (the provider SDK does the RSA part). */
    public boolean rsaCheck(HttpServletRequest request, String publicKey) {
        Map<String, String> all = new HashMap<>();
        for (String name : request.getParameterMap().keySet()) all.put(name, request.getParameter(name));
        return ProviderSdk.verifyRsa(all, publicKey);
    }
}
