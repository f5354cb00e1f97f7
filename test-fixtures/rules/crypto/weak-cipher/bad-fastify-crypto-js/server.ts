import Fastify from 'fastify';
import CryptoJS from 'crypto-js';

const app = Fastify();

function protect(value: string): string {
  return CryptoJS.AES.encrypt(value, process.env.VAULT_PASSPHRASE as string).toString();
}

function protectEcb(value: string): string {
  const key = CryptoJS.enc.Hex.parse(process.env.VAULT_KEY as string);
  return CryptoJS.AES.encrypt(value, key, { mode: CryptoJS.mode.ECB }).toString(); // expect: crypto/weak-cipher
}

function protectLegacy(value: string): string {
  return CryptoJS.TripleDES.encrypt(value, process.env.VAULT_PASSPHRASE as string).toString(); // expect: crypto/weak-cipher
}

app.post('/secrets', async (request) => {
  const { value } = request.body as { value: string };
  return { sealed: protect(value), ecb: protectEcb(value), legacy: protectLegacy(value) };
});

app.listen({ port: 3000 });
