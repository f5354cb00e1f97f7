package com.example.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
public class GreetingController {

    @GetMapping("/hello")
    public void hello(@RequestParam String name, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().print("<h1>Hello " + HtmlUtils.htmlEscape(name) + "</h1>");
    }

    @GetMapping("/echo")
    public void echo(@RequestParam String name, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write("{\"name\": \"" + name.replace("\"", "") + "\"}");
    }
}
