package com.example.rules;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/rules")
public class RuleController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/eval")
    public Object eval(@RequestParam String expression) {
        return parser.parseExpression(expression).getValue(); // expect: injection/code
    }

    @PostMapping("/script")
    public Object script(@RequestBody String body) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        return engine.eval(body); // expect: injection/code
    }
}
