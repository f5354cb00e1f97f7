package com.acme.library;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication // expect: errors/global-handler-missing, lifecycle/graceful-shutdown-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
public class LibraryApplication {
    public static void main(String[] args) {
        SpringApplication.run(LibraryApplication.class, args);
    }
}
