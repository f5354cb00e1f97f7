package com.example.pantry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PantryApplication {
    public static void main(String[] args) {
        SpringApplication.run(PantryApplication.class, args);
    }
}
