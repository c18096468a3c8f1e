import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A fresh random secret for a browser or a link: 256 bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens and codes are stored as their SHA-256 only; they are random, so no salt is needed. */
export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Crockford's base32: no I, L, O or U, so a code read out loud is hard to get wrong. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A code a person can type: `groups` groups of four (5 bits each, 60 bits for three groups). */
export function humanCode(groups: number): string {
  const chars = Array.from({ length: groups * 4 }, () => CROCKFORD[randomInt(CROCKFORD.length)]);
  return Array.from({ length: groups }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}

/** Reads a typed code leniently: case, spaces and dashes do not matter, O/I/L read as 0/1/1. */
export function normalizeHumanCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
