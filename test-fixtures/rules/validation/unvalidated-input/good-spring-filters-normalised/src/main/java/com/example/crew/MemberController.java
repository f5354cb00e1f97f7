package com.example.crew;

import org.springframework.web.bind.annotation.*;

import java.util.List;

@RestController
@RequestMapping("/members")
public class MemberController {
    private final MemberService service;

    public MemberController(MemberService service) {
        this.service = service;
    }

    // the filter object is normalised by its own method before anything reads it
    @GetMapping
    public List<String> list(@ModelAttribute MemberFilter filter) {
        filter.normalize();
        return service.list(filter);
    }
}
