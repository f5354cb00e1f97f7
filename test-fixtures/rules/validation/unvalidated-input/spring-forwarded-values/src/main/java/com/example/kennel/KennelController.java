package com.example.kennel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class KennelController {
    private final KennelMapper kennels;

    public KennelController(KennelMapper kennels) {
        this.kennels = kennels;
    }

    // the "kennel" attribute is loaded by id before any handler runs
    @ModelAttribute("kennel")
    public Kennel load(@PathVariable("kennelId") int kennelId) {
        return kennels.byId(kennelId);
    }

    // a GET form: the loaded record is only shown
    @GetMapping("/kennels/{kennelId}/edit")
    public String editForm(Kennel kennel, Model model) {
        model.addAttribute("title", kennel.getName());
        return "kennels/edit";
    }

    // a tag only looked up through a mapper select that binds it with #{}
    @GetMapping("/kennels/by-tag")
    public String byTag(@RequestParam String tag, Model model) {
        model.addAttribute("found", kennels.byTag(tag) != null);
        return "kennels/list";
    }

    // a new kennel from the form, stored as sent
    @PostMapping("/kennels/new")
    public String create(Kennel kennel) { // expect: validation/unvalidated-input
        kennels.insert(kennel);
        return "redirect:/kennels";
    }
}
