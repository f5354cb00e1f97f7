package com.example.depot;

import com.example.depot.support.*;
import com.example.depot.util.*;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import java.util.*;

@Service
public class CrateService {
    private final CrateRepository crates;
    private final StringRedisTemplate redis;

    public CrateService(CrateRepository crates, StringRedisTemplate redis) {
        this.crates = crates;
        this.redis = redis;
    }

    public List<Crate> search() {
        return crates.findAll();
    }

    public List<Crate> search(CrateFilter filter) {
        return crates.findAll((root, query, cb) -> Predicates.of(root, filter, cb));
    }

    public Page<Crate> search(CrateFilter filter, Pageable pageable) {
        return crates.findAll((root, query, cb) -> Predicates.of(root, filter, cb), pageable);
    }

    public Crate find(String id) {
        return crates.findById(Long.valueOf(id)).orElse(null);
    }

    public boolean codeMatches(String key, String code) {
        String stored = redis.opsForValue().get("pickup:" + key);
        return code.equals(stored);
    }

    public Crate adopt(CrateFilter filter) {
        Crate crate = new Crate();
        crate.setLabel(filter.getLabel());
        return crates.save(crate);
    }
}
