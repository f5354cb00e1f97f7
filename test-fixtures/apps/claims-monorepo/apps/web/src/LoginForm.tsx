import { useState } from 'react';
import { z } from 'zod';

const Login = z.object({ email: z.string().email(), password: z.string().min(8) });

export function LoginForm({ onSubmit }: { onSubmit: (v: z.infer<typeof Login>) => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const parsed = Login.safeParse({ email: data.get('email'), password: data.get('password') });
        if (!parsed.success) return setError('Check your email and password');
        onSubmit(parsed.data);
      }}
    >
      {error && <p role="alert">{error}</p>}
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Log in</button>
    </form>
  );
}
