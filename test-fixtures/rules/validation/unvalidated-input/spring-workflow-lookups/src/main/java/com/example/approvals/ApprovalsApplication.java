package com.example.approvals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ApprovalsApplication {
    public static void main(String[] args) {
        SpringApplication.run(ApprovalsApplication.class, args);
    }
}
