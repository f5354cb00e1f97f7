import { useState } from 'react';
import { inviteUser } from '../services/api';

export function InviteForm() {
  const [email, setEmail] = useState('');

  const submit = async () => {
    // a first password made in the browser and sent with the invite
    const temporaryPassword = Math.random().toString(36).slice(-8) + Math.random().toString(36).slice(-8);
    await inviteUser({ email, password: temporaryPassword });
  };

  return <form onSubmit={submit}><input value={email} onChange={(e) => setEmail(e.target.value)} /></form>;
}
