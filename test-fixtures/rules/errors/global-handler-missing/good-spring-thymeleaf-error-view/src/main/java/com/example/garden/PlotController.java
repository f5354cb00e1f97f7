package com.example.garden;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class PlotController {

    @GetMapping("/plots")
    public String list(Model model) {
        model.addAttribute("plots", java.util.List.of("north", "south"));
        return "plots/list";
    }

    @GetMapping("/plots/{id}")
    public String one(@PathVariable long id, Model model) {
        model.addAttribute("id", id);
        return "plots/detail";
    }
}
