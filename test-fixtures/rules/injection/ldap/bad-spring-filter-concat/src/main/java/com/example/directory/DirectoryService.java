package com.example.directory;

import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.stereotype.Service;

@Service
public class DirectoryService {
    private final LdapTemplate ldapTemplate;
    private final DirContext context;

    public DirectoryService(LdapTemplate ldapTemplate, DirContext context) {
        this.ldapTemplate = ldapTemplate;
        this.context = context;
    }

    public List<String> byUid(String uid) {
        return ldapTemplate.search("ou=people", "(uid=" + uid + ")", // expect: injection/ldap
            (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }

    public boolean check(String user, String password) {
        try {
            String filter = "(&(uid=" + user + ")(userPassword=" + password + "))";
            NamingEnumeration<SearchResult> found = context.search("ou=people", filter, new SearchControls()); // expect: injection/ldap
            return found.hasMore();
        } catch (Exception e) {
            return false;
        }
    }
}
