package com.example.shelf;

import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShelfController {
    private final ShelfRepository shelves;
    private final BinRepository bins;

    public ShelfController(ShelfRepository shelves, BinRepository bins) {
        this.shelves = shelves;
        this.bins = bins;
    }

    // full update without @Valid: the entity's constraints still run when JPA flushes it
    @PutMapping("/shelves/{id}")
    public Shelf relabel(@PathVariable long id, @RequestBody Shelf patch) { // expect: validation/unvalidated-input[note]
        Shelf shelf = shelves.findById(id).orElseThrow();
        shelf.setLabel(patch.getLabel());
        return shelves.save(shelf);
    }

    // partial update: @Valid would refuse a body without the @NotNull label, so the merged entity is what gets
    // validated, by Hibernate at flush
    @PatchMapping("/shelves/{id}")
    public Shelf patchShelf(@PathVariable long id, @RequestBody Shelf patch) {
        Shelf shelf = shelves.findById(id).orElseThrow();
        if (patch.getLabel() != null) shelf.setLabel(patch.getLabel());
        return shelves.save(shelf);
    }

    @PatchMapping("/bins/{id}")
    public Bin recode(@PathVariable long id, @RequestBody Bin patch) { // expect: validation/unvalidated-input[warning]
        Bin bin = bins.findById(id).orElseThrow();
        bin.setCode(patch.getCode());
        return bins.save(bin);
    }
}
