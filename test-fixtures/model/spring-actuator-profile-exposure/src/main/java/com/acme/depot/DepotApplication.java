package com.acme.depot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication // expect: errors/global-handler-missing, lifecycle/graceful-shutdown-missing, observability/tracing-missing, ratelimit/missing
public class DepotApplication {
    public static void main(String[] args) {
        SpringApplication.run(DepotApplication.class, args);
    }
}
