package com.acme.shop.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;

@RestController
public class ImportController {
    @PostMapping("/api/import")
    public int importProducts(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance(); // expect: injection/xxe
        Document doc = dbf.newDocumentBuilder().parse(request.getInputStream());
        return doc.getElementsByTagName("product").getLength();
    }
}
