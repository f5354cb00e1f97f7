package com.example.ops;

import java.io.IOException;
import org.springframework.stereotype.Service;

@Service
public class DiagnosticsService {
    public String trace(String host) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "traceroute " + host); // expect: injection/command
        return new String(pb.start().getInputStream().readAllBytes());
    }
}
