package com.example.probe;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/probe")
public class EchoController {
    private static final Logger log = LoggerFactory.getLogger(EchoController.class);
    private final List<Sample> samples = new ArrayList<>();

    public static class Sample {
        private String label;
        private String payload;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getPayload() { return payload; }
        public void setPayload(String payload) { this.payload = payload; }
    }

    // a serialisation check: the body is written to the log and a fixed answer goes back
    @PostMapping("/log")
    public String logIt(@RequestBody Sample sample) {
        log.info("received sample: {}", sample);
        return "OK";
    }

    // logged, then kept as sent
    @PostMapping("/keep")
    public String keep(@RequestBody Sample sample) { // expect: validation/unvalidated-input
        log.debug("keeping {}", sample);
        samples.add(sample);
        return "kept";
    }

    // the log line also hands it on
    @PostMapping("/store")
    public String store(@RequestBody Sample sample) { // expect: validation/unvalidated-input
        log.info("stored {}", remember(sample));
        return "stored";
    }

    private int remember(Sample s) {
        samples.add(s);
        return samples.size();
    }
}
