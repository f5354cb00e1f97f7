package com.example.catalog;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.*;
import org.w3c.dom.Document;

@RestController
public class CatalogController {
    private final Document catalog;
    private final UserDirectory users;

    public CatalogController(Document catalog, UserDirectory users) {
        this.catalog = catalog;
        this.users = users;
    }

    @GetMapping("/catalog/price")
    public String price(@RequestParam String sku) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        return xpath.evaluate("//item[@sku='" + sku + "']/price", catalog); // expect: injection/xpath
    }

    @GetMapping("/users/email")
    public String email(@RequestParam String name) throws Exception {
        return users.email(name);
    }
}
