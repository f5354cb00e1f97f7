package com.example.pay;

import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/pay")
public class NotifyController {
    private final SignatureTool signatures;
    private final List<String> ledger;

    public NotifyController(SignatureTool signatures, List<String> ledger) {
        this.signatures = signatures;
        this.ledger = ledger;
    }

    // the provider signed every parameter: the values are the provider's
    @PostMapping("/notify")
    public String notify(HttpServletRequest request) {
        if (signatures.rsaCheck(request, "provider-key")) {
            String order = request.getParameter("order_no");
            String status = request.getParameter("status");
            ledger.add(order + ":" + status);
            return "success";
        }
        return "failure";
    }

    // rejected first unless the signature holds
    @PostMapping("/refund")
    public String refund(HttpServletRequest request) {
        if (!signatures.rsaCheck(request, "provider-key")) {
            return "failure";
        }
        ledger.add(request.getParameter("refund_no"));
        return "success";
    }

    // nothing checks who sent these
    @PostMapping("/manual")
    public String manual(HttpServletRequest request) {
        ledger.add(request.getParameter("order_no")); // expect: validation/unvalidated-input
        return "ok";
    }
}
