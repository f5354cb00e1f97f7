import React from 'react';

export function Banner({ html }: { html: string }) {
  return (
    <section>
      {/* backcheck-ignore injection/dangerous-htm -- rendered from our own CMS, sanitized on save */} {/* expect: meta/unused-suppression */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
