package com.example.crew;

import java.util.Set;

/** Query-string filters of the member list, bound by Spring's data binder. */
public class MemberFilter {
    private static final Set<String> SORT_KEYS = Set.of("name", "joined");
    private static final Set<String> DIRECTIONS = Set.of("asc", "desc");

    private String nameLike = "";
    private String sortBy = "name";
    private String sortDir = "asc";
    private int page = 1;
    private int size = 20;

    /** Puts every field back into range: allow-listed sort, clamped paging, no null text. */
    public void normalize() {
        if (nameLike == null) {
            nameLike = "";
        }
        if (!SORT_KEYS.contains(sortBy)) {
            sortBy = "name";
        }
        if (!DIRECTIONS.contains(sortDir)) sortDir = "asc";
        if (page < 1) {
            page = 1;
        }
        size = Math.max(1, Math.min(size, 100));
    }

    public String getNameLike() { return nameLike; }
    public void setNameLike(String nameLike) { this.nameLike = nameLike; }
    public String getSortBy() { return sortBy; }
    public void setSortBy(String sortBy) { this.sortBy = sortBy; }
    public String getSortDir() { return sortDir; }
    public void setSortDir(String sortDir) { this.sortDir = sortDir; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public int getSize() { return size; }
    public void setSize(int size) { this.size = size; }
}
