package com.example.pantry;

import org.springframework.stereotype.Component;

/** Checks a shelf item by hand and throws; the service calls it before saving. */
@Component
public class ShelfRules {
    public void checkItem(ShelfItem item) {
        if (item == null) {
            throw new BadInput("missing item");
        }
        if (item.getLabel() != null && item.getLabel().trim().length() > 40) {
            throw new BadInput("label too long");
        }
        String problem = describeNote(item.getNote());
        if (problem != null) {
            throw new BadInput(problem);
        }
    }

    private String describeNote(String note) {
        return note != null && note.length() > 200 ? "note too long" : null;
    }

    /** Only asks whether a value is there: presence alone is no validation. */
    public void requireLabel(ShelfItem item) {
        if (item.getLabel() == null || item.getLabel().isBlank()) {
            throw new BadInput("label required");
        }
    }
}
