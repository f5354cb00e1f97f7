package com.example.directory;

import static org.springframework.ldap.query.LdapQueryBuilder.query;

import java.util.List;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/people")
public class PeopleController {
    private final LdapTemplate ldapTemplate;

    public PeopleController(LdapTemplate ldapTemplate) {
        this.ldapTemplate = ldapTemplate;
    }

    @GetMapping
    public List<String> find(@RequestParam String uid) {
        return ldapTemplate.search(query().base("ou=people").where("uid").is(uid),
            (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }

    @GetMapping("/by-mail")
    public List<String> byMail(@RequestParam String mail) {
        return ldapTemplate.search("ou=people", "(mail=" + LdapEncoder.filterEncode(mail) + ")",
            (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }
}
