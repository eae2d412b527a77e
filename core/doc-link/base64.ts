/**
 * Base64 for Yjs updates on message channels that carry JSON only (extension ports). lib0's helper picks Node's
 * Buffer in a service worker (it has no `window`), so the platform's btoa/atob are used: present in browsers,
 * workers and Node ≥ 16, but not in core's type library, hence the narrow declaration.
 */
const platform = globalThis as unknown as { btoa(s: string): string; atob(s: string): string };

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return platform.btoa(binary);
}

/** Throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Error('not base64');
  const binary = platform.atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
