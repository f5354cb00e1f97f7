package com.acme.shop.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

@RestController
public class ImportController {
    @PostMapping("/api/import")
    public int importProducts(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = dbf.newDocumentBuilder().parse(request.getInputStream());
        return doc.getElementsByTagName("product").getLength();
    }

    @PostMapping("/api/import/stream")
    public int stream(HttpServletRequest request) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = xif.createXMLStreamReader(request.getInputStream());
        int n = 0;
        while (reader.hasNext()) if (reader.next() == XMLStreamReader.START_ELEMENT) n++;
        return n;
    }

    /** The catalogue schema shipped in the jar. */
    public Document bundled() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(getClass().getResourceAsStream("/catalogue.xml"));
    }
}
