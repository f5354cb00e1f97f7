package com.acme.library;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

// the login page the form posts from (formLogin's loginPage: a page of the app, served by the app)
@Controller
public class SignInPageController {
    @GetMapping("/signin")
    public String page() {
        return "signin";
    }
}
