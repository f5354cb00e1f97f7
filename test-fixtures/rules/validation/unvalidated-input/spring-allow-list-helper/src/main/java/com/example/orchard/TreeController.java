package com.example.orchard;

import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/trees")
public class TreeController {
    private final TreeService trees;

    public TreeController(TreeService trees) {
        this.trees = trees;
    }

    // both sort fields are replaced by the allow-listed value before they reach the SQL text
    @GetMapping
    public List<String> list(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        TreeFilter filter = TreeFilter.builder().sortColumn(sort).direction(dir).build();
        return trees.list(filter);
    }

    // trimmed only: the column name goes into the SQL text as sent
    @GetMapping("/loose")
    public List<String> loose(@RequestParam String sort) { // expect: validation/unvalidated-input
        return trees.listLoose(TreeFilter.builder().sortColumn(sort).build());
    }
}
