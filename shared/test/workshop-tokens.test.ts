// Workshop tokens: 256 random bits in base64url, only the SHA-256 kept, and a lookup that tells the
// teacher, a participant and nobody apart.
import { hashWorkshopToken, newWorkshopToken, whoseToken, workshopTokenMatches, type Workshop } from '../src';

const deelnemer = (nummer: number, token: string) => ({
  nummer,
  naam: `deelnemer ${nummer}`,
  oin: `0000009910${String(nummer).padStart(6, '0')}0000`,
  scholen: [],
  leerlingen: [],
  bestanden: { certificaat: '', sleutel: '', pkcs12: '' },
  wachtwoord: '',
  tokenHash: hashWorkshopToken(token),
});

describe('workshop tokens', () => {
  it('are 256 random bits in base64url, never the same twice', () => {
    const tokens = Array.from({ length: 200 }, newWorkshopToken);
    expect(tokens.every((t) => /^[A-Za-z0-9_-]{43}$/.test(t))).toBe(true);
    expect(new Set(tokens).size).toBe(200);
  });

  it('match only their own hash', () => {
    const t = newWorkshopToken();
    expect(workshopTokenMatches(t, hashWorkshopToken(t))).toBe(true);
    expect(workshopTokenMatches(`${t}x`, hashWorkshopToken(t))).toBe(false);
    expect(workshopTokenMatches('', hashWorkshopToken(t))).toBe(false);
    expect(workshopTokenMatches(t, 'not-hex')).toBe(false);
  });

  it('tell the teacher, each participant and nobody apart', () => {
    const [docent, a, b] = [newWorkshopToken(), newWorkshopToken(), newWorkshopToken()];
    const w: Workshop = {
      naam: 'w',
      gemaakt: '',
      opdrachten: 'workshops/standaard.json',
      geopend: 1,
      docentTokenHash: hashWorkshopToken(docent),
      deelnemers: [deelnemer(1, a), deelnemer(2, b)],
    };
    expect(whoseToken(w, docent)).toEqual({ rol: 'docent' });
    expect(whoseToken(w, b)).toEqual({ rol: 'deelnemer', deelnemer: w.deelnemers[1] });
    expect(whoseToken(w, newWorkshopToken())).toBeUndefined();
  });
});
