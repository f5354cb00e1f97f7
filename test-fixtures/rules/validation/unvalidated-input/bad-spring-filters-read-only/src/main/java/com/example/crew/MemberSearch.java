package com.example.crew;

import java.util.List;

/** Runs the search somewhere the analysis cannot see. */
public interface MemberSearch {
    List<String> run(String nameLike, String sortBy, String sortDir, int page, int size);
}
