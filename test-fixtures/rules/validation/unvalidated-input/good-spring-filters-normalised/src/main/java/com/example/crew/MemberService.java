package com.example.crew;

import org.springframework.stereotype.Service;

import java.util.List;

@Service
public class MemberService {
    private final MemberSearch search;

    public MemberService(MemberSearch search) {
        this.search = search;
    }

    public List<String> list(MemberFilter filter) {
        return search.run(filter.getNameLike(), filter.getSortBy(), filter.getSortDir(), filter.getPage(), filter.getSize());
    }
}
