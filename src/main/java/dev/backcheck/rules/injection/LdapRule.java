package dev.backcheck.rules.injection;

import dev.backcheck.flow.TaintEngine.SinkSite;
import dev.backcheck.rules.RuleId;
import dev.backcheck.rules.TaintRule;

/**
 * Request data in an LDAP search filter ({@code ldapTemplate.search(base, "(uid=" + uid + ")", mapper)},
 * {@code ctx.search(name, filter, controls)}): {@code *}, parentheses, {@code &} and {@code |} in the value rewrite
 * the filter. Sinks and encoders are in {@code models/ldap.yml}.
 */
@RuleId("injection/ldap")
public final class LdapRule extends TaintRule {

    @Override
    protected String kind() {
        return "ldap";
    }

    @Override
    protected String risk(SinkSite s) {
        return "A client can rewrite the filter with *, ( ) & | and match entries it should not see, or pass a login check (LDAP injection).";
    }

    @Override
    protected String fixKey(SinkSite s) {
        return "default";
    }
}
