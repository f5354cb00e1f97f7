package com.example.orchard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OrchardApplication {
    public static void main(String[] args) {
        SpringApplication.run(OrchardApplication.class, args);
    }
}
