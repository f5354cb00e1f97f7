package com.example.shelf;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
public class ShelfController {
    private final ShelfService service;
    private final AccountMapper accounts;
    private final CodeService codes;
    private final MailStore mails;

    public ShelfController(ShelfService service, AccountMapper accounts, CodeService codes, MailStore mails) {
        this.service = service;
        this.accounts = accounts;
        this.codes = codes;
        this.mails = mails;
    }

    // the address is stored only once the code mailed to it came back
    @PostMapping("/mail/{code}")
    public void confirmMail(@PathVariable String code, @RequestParam String mail, @RequestParam String login) {
        codes.validated("mail-change:" + mail, code);
        mails.setMail("someone", mail);
    }

    // a lookup key: the rows stored for it are copies of rows the catalogue has under that code
    @GetMapping("/shelves")
    public List<Shelf> byCode(@RequestParam String code) {
        return service.byCode(code);
    }

    // each code only looked up
    @PostMapping("/shelves/sync")
    public void sync(@RequestBody List<String> codes) {
        for (String code : codes) {
            service.byCode(code);
        }
    }

    // the login is kept in the session only once the mapper found its account and the password matched
    @PostMapping("/signin")
    public String signIn(@RequestParam String login, @RequestParam String password, HttpSession session) {
        String stored = accounts.passwordOf(login);
        if (stored != null && password.equals(stored)) {
            session.setAttribute("login", login);
            return "home";
        }
        return "denied";
    }

    // kept whatever it is
    @PostMapping("/shelves")
    public void create(@RequestParam String code) { // expect: validation/unvalidated-input
        service.create(code);
    }
}
