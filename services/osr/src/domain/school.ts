// Looking up schools in OSR (docs/rules.md#osr-onderwijs-serviceregister).

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

// OSR-01: schools are found by name too; (sim) any part of the naam, ignoring case and accents.
export function matchesName(naam: string, name: string): boolean {
  return fold(naam).includes(fold(name));
}
