import https from 'https';
import tls from 'tls';

// reads the proxy's certificate to decide between sslmode=prefer and verify-full; sends nothing over the connection
export function proxyCertificateSelfSigned(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const options = { host, port, method: 'HEAD', rejectUnauthorized: false };
    const req = https.request(options, (res) => {
      const cert = (res.socket as tls.TLSSocket).getPeerCertificate();
      resolve(!cert || JSON.stringify(cert.issuer) === JSON.stringify(cert.subject));
    });
    req.on('error', () => resolve(true));
    req.end();
  });
}

// the same setting on a request that carries data is reported
export function pushReadings(host: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = { host, port: 443, method: 'POST', path: '/readings', rejectUnauthorized: false }; // expect: crypto/tls-verification-off
    const req = https.request(options, (res) => {
      const cert = (res.socket as tls.TLSSocket).getPeerCertificate();
      resolve(cert ? res.statusCode ?? 0 : 0);
    });
    req.on('error', reject);
    req.write(body);
    req.end();
  });
}
