// Workshop links carry a random token; the data folder keeps only its SHA-256, so a copied
// workshop.json opens no console. Comparing digests of equal length in constant time leaks nothing
// about how much of a guess was right.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes (256 bits), base64url: 43 characters that fit in a URL as they are. */
export function newWorkshopToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashWorkshopToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True when `token` is the one whose hash is `hash`; always hashes, so every guess costs the same. */
export function workshopTokenMatches(token: string, hash: string): boolean {
  const given = createHash('sha256').update(token, 'utf8').digest();
  const stored = Buffer.from(hash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}
