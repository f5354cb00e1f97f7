package com.example.auth;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {

    @GetMapping("/login/done")
    public void done(@RequestParam String next, HttpServletResponse response) throws IOException {
        response.sendRedirect(next); // expect: injection/open-redirect
    }

    @GetMapping("/logout")
    public String logout(@RequestParam("returnTo") String returnTo) {
        return "redirect:" + returnTo; // expect: injection/open-redirect
    }

    @GetMapping("/continue")
    public ResponseEntity<Void> go(@RequestParam String target) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build(); // expect: injection/open-redirect
    }
}
