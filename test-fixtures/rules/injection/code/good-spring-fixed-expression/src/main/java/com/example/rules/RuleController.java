package com.example.rules;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/rules")
public class RuleController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/sum")
    public Object sum(@RequestParam double a, @RequestParam double b) {
        EvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        ctx.setVariable("a", a);
        ctx.setVariable("b", b);
        return parser.parseExpression("#a + #b").getValue(ctx);
    }
}
