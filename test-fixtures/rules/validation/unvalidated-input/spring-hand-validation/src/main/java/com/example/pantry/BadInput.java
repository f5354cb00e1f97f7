package com.example.pantry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadInput extends RuntimeException {
    public BadInput(String message) {
        super(message);
    }
}
