// `npm run sim -- leverancier nieuw|lijst` and `reset --zonder-eigen-leveranciers`: vendors of your
// own (docs/vendor-guide.md#1-your-own-vendor). The use case itself is shared with the console
// (shared/src/nieuwe-leverancier.ts); this file reads the arguments and prints.
import {
  curlRegel,
  LeverancierFout,
  maakNieuweLeverancier,
  parseScholen,
  pkiPaths,
  readWorldParties,
  shellQuote,
  worldPartiesFile,
  type NieuweLeverancierAntwoord,
  type ServiceConfig,
  type Verstuur,
} from '@duo-sim/shared';

export const LEVERANCIER_USAGE = `  leverancier nieuw --naam <naam> [--scholen <aantal>|<BRIN,BRIN>]
                                           een eigen leverancier: OIN, certificaat (PEM en PKCS#12),
                                           gemandateerd voor ROD_PO en VERZUIM (standaard 3 scholen)
  leverancier lijst                        de eigen leveranciers van deze wereld`;

/** What the user sees once: the password is printed here and nowhere else. */
export function describeNieuweLeverancier(n: NieuweLeverancierAntwoord, config: Readonly<ServiceConfig>): string {
  const ca = pkiPaths(config.pkiDir).caCert;
  const scholen = [...new Set(n.mandaten.map((m) => m.brin))];
  return `Nieuwe leverancier: ${n.naam}
  OIN          ${n.oin}
  scholen      ${scholen.join(', ') || '(geen)'} — gemandateerd voor ROD_PO en VERZUIM door hun besturen, vanaf ${n.sinds}
  CA           ${ca}
  certificaat  ${n.bestanden.certificaat}
  sleutel      ${n.bestanden.sleutel}
  PKCS#12      ${n.bestanden.pkcs12}
  wachtwoord   ${n.wachtwoord}
               (alleen nu getoond en nergens bewaard: noteer het; het .p12-bestand bevat sleutel, certificaat en CA)

Uw mandaten (token per school en dienst, voor een afleveradres):
${n.mandaten.map((m) => `  ${m.brin} ${m.service.padEnd(7)} ${m.token}`).join('\n')}

Probeer het (uw mandaten in OSR):
  ${curlRegel(ca, n.bestanden, config.peers.osr)}

Als partij in de CLI: npm run sim -- call --as ${shellQuote(n.naam)} GET osr:/api/v1/mandates
Een reset houdt deze leverancier; npm run sim -- reset --zonder-eigen-leveranciers verwijdert hem.`;
}

export async function leverancierCommand(args: string[], send: Verstuur, config: Readonly<ServiceConfig>): Promise<number> {
  const [sub] = args;
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (sub === 'lijst') {
    const { partijen } = readWorldParties(worldPartiesFile(config.dataDir));
    if (partijen.length === 0)
      console.log('Deze wereld heeft geen eigen leveranciers; maak er een met: npm run sim -- leverancier nieuw --naam <naam>');
    for (const p of partijen) console.log(`${p.oin}  ${p.naam}  (scholen ${p.scholen.join(', ')}; sinds ${p.sinds})`);
    return 0;
  }
  if (sub !== 'nieuw') {
    console.error(
      `${sub === undefined ? 'geef nieuw of lijst' : `onbekende opdracht "leverancier ${sub}"`}:\n${LEVERANCIER_USAGE}`,
    );
    return 2;
  }
  const naam = option('--naam');
  if (naam === undefined || naam.trim() === '') {
    console.error('geef de naam van uw leverancier: npm run sim -- leverancier nieuw --naam "Mijn LAS"');
    return 2;
  }
  try {
    const nieuw = await maakNieuweLeverancier(send, { naam: naam.trim(), scholen: parseScholen(option('--scholen')) });
    console.log(describeNieuweLeverancier(nieuw, config));
    if (nieuw.nietGemandateerd.length === 0) return 0;
    console.error(
      `\nNiet elk bestuur kon mandateren: ${nieuw.nietGemandateerd.join('; ')}. npm run sim -- reset maakt de mandaten opnieuw.`,
    );
    return 1;
  } catch (err) {
    if (!(err instanceof LeverancierFout)) throw err;
    console.error(`${err.message}\nEr is niets veranderd.`);
    return 2;
  }
}

/** Before `reset --zonder-eigen-leveranciers`: each vendor of your own is removed, its certificate revoked. */
export async function verwijderEigenLeveranciers(send: Verstuur, config: Readonly<ServiceConfig>): Promise<boolean> {
  let ok = true;
  for (const p of readWorldParties(worldPartiesFile(config.dataDir)).partijen) {
    const res = await send('osr', 'DELETE', `/api/v1/leveranciers/${p.oin}`);
    console.log(
      `leverancier ${p.oin} ${p.naam}: ${res.status === 200 ? 'verwijderd, certificaat ingetrokken' : `niet verwijderd (HTTP ${res.status})`}`,
    );
    ok &&= res.status === 200;
  }
  return ok;
}
