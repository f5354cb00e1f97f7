import fs from 'fs';
import path from 'path';

// end-to-end runs read the mails from a file instead of a mailbox; production sends them
function keepPreview(kind, payload) {
  const target = process.env.MAIL_PREVIEW_FILE;
  if (!target || process.env.NODE_ENV === 'production') {
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.appendFileSync(target, `${JSON.stringify({ kind, ...payload })}\n`, 'utf-8');
}

// an audit line written on every call, in every environment
function keepAudit(kind) {
  fs.appendFileSync('/var/log/stable/mail-audit.log', `${kind} ${Date.now()}\n`); // expect: perf/sync-in-handler
}

export async function sendWelcome(to) {
  keepPreview('welcome', { to });
  keepAudit('welcome');
  await fetch('https://mail.example.com/send', { method: 'POST', body: JSON.stringify({ to, template: 'welcome' }) });
}
