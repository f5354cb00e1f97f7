package com.example.catalog;

import java.util.Set;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.*;
import org.w3c.dom.Document;

@RestController
public class CatalogController {
    private static final Set<String> FIELDS = Set.of("price", "stock", "title");
    private final Document catalog;

    public CatalogController(Document catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/price")
    public String price(@RequestParam String sku) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(v -> "sku".equals(v.getLocalPart()) ? sku : null);
        return xpath.evaluate("//item[@sku=$sku]/price", catalog);
    }

    @GetMapping("/catalog/field")
    public String field(@RequestParam String sku, @RequestParam String field) throws Exception {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown field");
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(v -> "sku".equals(v.getLocalPart()) ? sku : null);
        return xpath.evaluate("//item[@sku=$sku]/" + field, catalog);
    }
}
