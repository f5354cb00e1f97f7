package com.example.shop;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/products")
public class ProductController {
    private final ProductService products;

    public ProductController(ProductService products) {
        this.products = products;
    }

    @GetMapping("/search")
    public List<Map<String, Object>> search(@RequestParam("q") String query) {
        return products.search(query);
    }

    @PostMapping("/filter")
    public List<Map<String, Object>> filter(@RequestBody FilterRequest filter) {
        return products.byCategory(filter.getCategory());
    }

    @GetMapping("/{sku}")
    public Object bySku(@PathVariable String sku) {
        return products.bySku(sku);
    }
}
