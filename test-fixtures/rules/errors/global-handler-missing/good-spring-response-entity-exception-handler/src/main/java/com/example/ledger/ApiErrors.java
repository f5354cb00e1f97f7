package com.example.ledger;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

// Spring's base class handles the MVC exceptions; the advice makes it apply to every controller.
@ControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {
}
