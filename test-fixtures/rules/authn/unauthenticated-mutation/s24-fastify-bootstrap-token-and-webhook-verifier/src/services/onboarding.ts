type Token = { value: string; purpose: string; companyId: string; expires: number };
const tokens: Token[] = [];
const companies = new Map<string, { id: string; name?: string; active: boolean }>();

export class OnboardingService {
  // the bootstrap link mailed to a new company's first admin carries this token
  private requireActiveToken(value: string | undefined, purpose: string) {
    const token = tokens.find((t) => t.value === value && t.purpose === purpose && t.expires > Date.now());
    if (!token) throw Object.assign(new Error('invalid or expired token'), { statusCode: 401 });
    return token;
  }

  bootstrap(input: { bootstrap_token?: string; name: string }) {
    const token = this.requireActiveToken(input.bootstrap_token, 'company_bootstrap');
    const company = companies.get(token.companyId);
    if (!company || company.active) throw Object.assign(new Error('already done'), { statusCode: 409 });
    company.name = input.name;
    company.active = true;
    return { id: company.id };
  }

  rename(input: { companyId: string; name: string }) {
    const company = companies.get(input.companyId);
    if (company) company.name = input.name;
    return { ok: !!company };
  }
}
