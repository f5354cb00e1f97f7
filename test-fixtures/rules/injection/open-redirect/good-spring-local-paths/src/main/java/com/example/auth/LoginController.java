package com.example.auth;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {

    @GetMapping("/login/done")
    public void done(@RequestParam String next, HttpServletResponse response) throws IOException {
        if (next.startsWith("/") && !next.startsWith("//")) {
            response.sendRedirect(next);
        } else {
            response.sendRedirect("/");
        }
    }

    @GetMapping("/items/{id}/open")
    public String open(@PathVariable String id) {
        return "redirect:/items/" + id;
    }

    @GetMapping("/home")
    public String home() {
        return "redirect:/dashboard";
    }
}
