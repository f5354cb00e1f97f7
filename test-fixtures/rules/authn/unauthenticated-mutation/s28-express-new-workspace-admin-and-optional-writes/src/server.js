const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { createClient } = require('@supabase/supabase-js');

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_KEY);
const app = express();
app.use(express.json());

function authenticate(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

// sign-up: opens a new workspace and makes the newcomer its admin
app.post('/api/auth/register', async (req, res) => {
  const { email, password, workspaceName } = req.body;
  if (!email || !password || password.length < 10) return res.status(400).json({ error: 'invalid' });
  const passwordHash = await bcrypt.hash(password, 12);
  const { data: organization, error } = await supabase
    .from('organizations')
    .insert([{ name: String(workspaceName || email).slice(0, 80) }])
    .select()
    .single();
  if (error) return res.status(500).json({ error: 'could not create workspace' });
  const { data: user } = await supabase
    .from('users')
    .insert([{ email, password_hash: passwordHash, organization_id: organization.id, role: 'admin' }])
    .select()
    .single();
  const token = jwt.sign({ userId: user.id, organizationId: organization.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.status(201).json({ token });
});

// joining someone else's workspace as its admin, with no sign-in: the hole
app.post('/api/workspaces/join', async (req, res) => { // expect: authn/unauthenticated-mutation
  const { email, organizationId } = req.body;
  await supabase.from('users').insert([{ email, organization_id: organizationId, role: 'admin' }]);
  res.status(201).json({ ok: true });
});

// a chat that keeps history only for a signed-in caller
app.post('/api/assistant/chat', async (req, res) => {
  const { message } = req.body;
  const userId = req.user?.id || null;
  if (!message) return res.status(400).json({ error: 'message is required' });
  if (userId) {
    await supabase.from('chat_history').insert({ user_id: userId, role: 'user', message: String(message).slice(0, 2000) });
  }
  res.json({ reply: 'Thanks, noted.' });
});

// reset request: the mail is still to be written, the token is only logged for now
app.post('/api/auth/forgot-password', async (req, res) => {
  const { email } = req.body;
  const { data: user } = await supabase.from('users').select('id').eq('email', String(email)).single();
  if (user) {
    const resetToken = jwt.sign({ userId: user.id, purpose: 'reset' }, process.env.JWT_SECRET, { expiresIn: '15m' });
    console.info('reset requested', { userId: user.id, preview: resetToken.slice(0, 8) });
  }
  res.json({ ok: true });
});

app.get('/api/me', authenticate, async (req, res) => {
  const { data } = await supabase.from('users').select('id, email').eq('id', req.user.userId).single();
  res.json(data);
});

app.listen(3000);
