package com.example.ops;

import java.io.IOException;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/tools")
public class ToolsController {
    private final DiagnosticsService diagnostics;

    public ToolsController(DiagnosticsService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @GetMapping("/lookup")
    public String lookup(@RequestParam String domain) throws IOException {
        Process p = Runtime.getRuntime().exec("nslookup " + domain); // expect: injection/command
        return new String(p.getInputStream().readAllBytes());
    }

    @PostMapping("/trace")
    public String trace(@RequestBody TraceRequest body) throws IOException {
        return diagnostics.trace(body.getHost());
    }
}
