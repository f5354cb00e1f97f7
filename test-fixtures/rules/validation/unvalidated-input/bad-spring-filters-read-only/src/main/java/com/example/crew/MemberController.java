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

    // a method of the filter that only reads its fields checks nothing
    @GetMapping
    public List<String> list(@ModelAttribute MemberFilter filter) { // expect: validation/unvalidated-input
        String link = filter.describe();
        return service.list(filter);
    }
}
