package com.example.pantry;

import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/shelf")
public class ShelfController {
    private final ShelfService shelf;

    public ShelfController(ShelfService shelf) {
        this.shelf = shelf;
    }

    // the service hands the item to ShelfRules.checkItem, which bounds both text fields and throws
    @PostMapping
    public void add(@RequestBody ShelfItem item) {
        shelf.store(item);
    }

    // ShelfRules.requireLabel only asks for presence: the text is still unbounded
    @PostMapping("/quick")
    public void quickAdd(@RequestBody ShelfItem item) { // expect: validation/unvalidated-input
        shelf.storeUnchecked(item);
    }

    // the service parses the day strictly and throws BadInput before building its query
    @GetMapping("/count")
    public int count(@RequestParam String since) {
        return shelf.countSince(since);
    }

    // the handler checks the code itself and throws
    @PostMapping("/code")
    public void setCode(@RequestBody String code) {
        if (isCodeFormatInvalid(code)) {
            throw new BadInput("bad code");
        }
        shelf.countSince("2020-01-01");
    }

    private static boolean isCodeFormatInvalid(String code) {
        return code == null || !code.matches("[A-Z]{3}-[0-9]{4}");
    }
}
