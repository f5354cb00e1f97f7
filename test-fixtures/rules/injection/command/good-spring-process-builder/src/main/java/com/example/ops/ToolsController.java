package com.example.ops;

import java.io.IOException;
import java.util.Set;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/tools")
public class ToolsController {
    private static final Set<String> TOOLS = Set.of("uptime", "df", "free");

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException {
        Process p = new ProcessBuilder("ping", "-c", "1", "--", host).start();
        return new String(p.getInputStream().readAllBytes());
    }

    @GetMapping("/run")
    public String run(@RequestParam String tool) throws IOException {
        if (!TOOLS.contains(tool)) {
            return "unknown tool";
        }
        Process p = Runtime.getRuntime().exec(tool);
        return new String(p.getInputStream().readAllBytes());
    }

    @GetMapping("/kill")
    public void kill(@RequestParam int pid) throws IOException {
        Runtime.getRuntime().exec("kill " + pid);
    }
}
