package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

/**
 * Request data in an XPath expression ({@code xpath.evaluate("//user[name='" + name + "']", doc)}): a quote ends the
 * string literal and the rest of the value becomes XPath. Sinks are in {@code models/xpath.yml}.
 */
@RuleId("injection/xpath")
public final class XpathRule extends TaintRule {

    @Override
    protected String kind() {
        return "xpath";
    }

    @Override
    protected String risk(SinkSite s) {
        return "A client can end the quoted value with ' and add conditions, making the expression select any node of the document (XPath injection).";
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "default";
    }
}
