package com.example.catalog;

import javax.xml.xpath.XPath;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

@Component
public class UserDirectory {
    private final XPath xpath;
    private final Document users;

    public UserDirectory(XPath xpath, Document users) {
        this.xpath = xpath;
        this.users = users;
    }

    public String email(String name) throws Exception {
        return xpath.compile("//user[name='" + name + "']/email").evaluate(users); // expect: injection/xpath
    }
}
