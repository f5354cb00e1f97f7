package com.example.shelf;

import java.util.HashSet;
import java.util.UUID;

// Every field converts strictly: numbers, a UUID set, an enum. Jackson answers 400 for anything else.
public class ShelfFilter {
    private Integer minPages;
    private HashSet<UUID> authorIds;
    private Genre genre;
    private Long[] excluded;

    public Integer getMinPages() { return minPages; }
    public HashSet<UUID> getAuthorIds() { return authorIds; }
    public Genre getGenre() { return genre; }
    public Long[] getExcluded() { return excluded; }
}
