import { store } from './store.js';

export class MemberMapper {
  // the validator: every problem with the document, by type and length
  static checkMember(doc) {
    const problems = [];
    if (typeof doc.handle !== 'string' || doc.handle.length > 64) problems.push('handle');
    if (doc.aliases !== undefined && !Array.isArray(doc.aliases)) problems.push('aliases');
    // a helper of the validator's own, that only reads the document
    if (!this.primaryAlias(doc)) problems.push('a primary alias is required');
    return problems;
  }

  static primaryAlias(doc) {
    return doc.aliases?.find((a) => a.primary)?.value || doc.aliases?.[0]?.value;
  }
}

export class NotFound extends Error {}
export class Invalid extends Error {}

export class MemberService {
  // the document is checked here, before anything is stored, and refused when it has problems
  static async replace(memberId, doc, ctx) {
    const current = await store.find(ctx.org, memberId);
    if (!current) throw new NotFound(`no member ${memberId}`);
    const problems = MemberMapper.checkMember(doc);
    if (problems.length > 0) {
      throw new Invalid(`member rejected: ${problems.join(', ')}`);
    }
    return store.save(ctx.org, memberId, { ...current, ...doc });
  }

  // the same check, whose problems are only logged: the document is stored whatever it holds
  static async merge(memberId, doc, ctx) {
    const problems = MemberMapper.checkMember(doc);
    if (problems.length > 0) console.warn('member has problems', problems);
    return store.save(ctx.org, memberId, doc);
  }
}
