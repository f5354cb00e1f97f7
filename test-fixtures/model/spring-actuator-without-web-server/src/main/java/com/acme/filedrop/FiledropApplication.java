package com.acme.filedrop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FiledropApplication {
    public static void main(String[] args) {
        SpringApplication.run(FiledropApplication.class, args);
    }
}
