import { execFileSync } from 'node:child_process';
import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Agent, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// web-push's own encryption library (RFC 8188) decrypts here what a browser would.
// @ts-expect-error http_ece ships no types
import ece from 'http_ece';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVapidKeys, PushSender, validPushEndpoint } from '../../../server/push.ts';

const b64u = (b: Buffer) => b.toString('base64url');

describe('Web Push (VAPID) to a push service on 127.0.0.1', () => {
  let received: { headers: IncomingMessage['headers']; body: Buffer; path: string }[] = [];
  let status = 201;
  // A push service stand-in on 127.0.0.1 with its own certificate (web-push speaks only https).
  const dir = mkdtempSync(join(tmpdir(), 'fw-push-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(join(dir, 'cert.pem'));
  const agent = new Agent({ ca: cert });
  const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks), path: req.url ?? '' });
      res.writeHead(status).end();
    });
  });
  let endpoint = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}/push/device-1`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('stores one key pair (owner-only) and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-vapid-'));
    const a = loadVapidKeys(dir);
    expect(loadVapidKeys(dir)).toEqual(a);
    expect(statSync(join(dir, 'vapid.json')).mode & 0o777).toBe(0o600);
  });

  it('sends an encrypted payload only the subscriber can read, signed with the server key', async () => {
    received = [];
    status = 201;
    const keys = loadVapidKeys(mkdtempSync(join(tmpdir(), 'fw-vapid-')));
    const browser = createECDH('prime256v1');
    browser.generateKeys();
    const auth = randomBytes(16);
    const sender = new PushSender(keys, 'mailto:it@kommun.example', agent);
    const payload = {
      title: 'Fundwatch – EU-gruppen',
      body: '2027-01-15: ICLD',
      path: '#/bevakning',
      tag: 'fundwatch-weekly',
    };
    const outcome = await sender.send(
      { endpoint, keys: { p256dh: b64u(browser.getPublicKey()), auth: b64u(auth) } },
      payload,
    );
    expect(outcome).toBe('sent');
    expect(received).toHaveLength(1);
    const r = received[0];
    expect(r.path).toBe('/push/device-1');
    expect(r.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(r.headers.ttl)).toBeGreaterThan(0);
    // The push service sees ciphertext only.
    expect(r.body.toString('latin1')).not.toContain('Fundwatch');
    const plain = ece.decrypt(r.body, { version: 'aes128gcm', privateKey: browser, authSecret: b64u(auth) });
    expect(JSON.parse(plain.toString('utf8'))).toEqual(payload);

    // VAPID: a JWT for the push service's origin, signed ES256 by the key the app subscribed with.
    const m = /^vapid t=([^,]+), k=(.+)$/.exec(String(r.headers.authorization));
    expect(m?.[2]).toBe(keys.publicKey);
    const [h, p, sig] = m![1].split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    expect(claims.aud).toBe(new URL(endpoint).origin);
    expect(claims.sub).toBe('mailto:it@kommun.example');
    const pub = Buffer.from(keys.publicKey, 'base64url');
    const jwk = { kty: 'EC', crv: 'P-256', x: b64u(pub.subarray(1, 33)), y: b64u(pub.subarray(33, 65)) };
    const ok = verify(
      'sha256',
      Buffer.from(`${h}.${p}`),
      { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
      Buffer.from(sig, 'base64url'),
    );
    expect(ok).toBe(true);
  });

  it('reports a subscription the push service dropped (410) as gone', async () => {
    status = 410;
    const browser = createECDH('prime256v1');
    browser.generateKeys();
    const sender = new PushSender(loadVapidKeys(mkdtempSync(join(tmpdir(), 'fw-vapid-'))), 'mailto:a@b.se', agent);
    const outcome = await sender.send(
      { endpoint, keys: { p256dh: b64u(browser.getPublicKey()), auth: b64u(randomBytes(16)) } },
      { title: 't', body: 'b', path: '#/', tag: 'x' },
    );
    expect(outcome).toBe('gone');
  });

  it('accepts only https push endpoints', () => {
    expect(validPushEndpoint('https://fcm.googleapis.com/fcm/send/abc')).toBe(true);
    expect(validPushEndpoint('http://127.0.0.1:9/x')).toBe(false);
    expect(validPushEndpoint('http://push.example.com/x')).toBe(false);
    expect(validPushEndpoint('javascript:alert(1)')).toBe(false);
  });
});
