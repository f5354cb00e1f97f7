export async function sendResetMail(to: string, resetToken: string): Promise<void> {
  const link = `${process.env.APP_URL}/reset?token=${resetToken}`;
  // real mail only when a mail mode or the environment says production; elsewhere the mail is printed
  const deliver = process.env.MAIL_MODE === 'production' || process.env.NODE_ENV === 'production';
  if (!deliver) {
    console.log('reset mail for', to, link);
    console.log('token:', resetToken);
    return;
  }
  await fetch(process.env.MAIL_API!, { method: 'POST', body: JSON.stringify({ to, link }) });
}

export async function sendInviteMail(to: string, inviteToken: string): Promise<void> {
  // a switch anyone may turn off in production: the token is then written to the production log
  const enabled = process.env.MAIL_ENABLED === 'true' || process.env.MAIL_FORCE === 'true';
  if (!enabled) {
    console.log('invite token:', inviteToken); // expect: logging/sensitive-data
    return;
  }
  await fetch(process.env.MAIL_API!, { method: 'POST', body: JSON.stringify({ to, inviteToken }) });
}
