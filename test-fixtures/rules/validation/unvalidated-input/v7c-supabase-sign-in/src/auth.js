const db = require('./db');

const { supabase } = db;

// the address and password go only to Supabase Auth (GoTrue's password grant), which answers an error for bad ones
const signIn = async (req, res) => {
  try {
    const { email, password } = req.body;
    if (!email || !password) return res.status(400).json({ error: 'email and password required' });
    const { data, error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) return res.status(401).json({ error: error.message });
    res.json({ token: data.session?.access_token, user: { id: data.user?.id, email: data.user?.email } });
  } catch (e) {
    res.status(500).json({ error: 'server error' });
  }
};

// a one-time code checked by GoTrue's /verify
const confirmCode = async (req, res) => {
  const { email, code } = req.body;
  const { data, error } = await supabase.auth.verifyOtp({ email, token: code, type: 'email' });
  if (error) return res.status(401).json({ error: error.message });
  res.json({ token: data.session?.access_token });
};

// the sign-in is checked by GoTrue, but the display name is stored as sent
const signInAndName = async (req, res) => {
  const { email, password, displayName } = req.body; // expect: validation/unvalidated-input
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) return res.status(401).json({ error: error.message });
  await supabase.from('profiles').update({ display_name: displayName }).eq('id', data.user.id);
  res.json({ ok: true });
};

// creating an account stores what it is given: no credential check
const signUp = async (req, res) => {
  const { email, password } = req.body; // expect: validation/unvalidated-input
  const { data, error } = await supabase.auth.signUp({ email, password });
  if (error) return res.status(400).json({ error: error.message });
  res.status(201).json({ id: data.user?.id });
};

module.exports = { signIn, confirmCode, signInAndName, signUp };
