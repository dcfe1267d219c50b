// The parties of a world (docs/architecture.md, fixtures/parties.json): who may do what is decided by rol.
import { readFileSync } from 'node:fs';

export type Rol = 'leverancier' | 'bestuur' | 'gemeente' | 'duo' | 'operator';

export interface Party {
  oin: string;
  naam: string;
  rol: Rol;
  gemeentecode?: string;
}

export interface PartyRegistry {
  all(): readonly Party[];
  get(oin: string): Party | undefined;
  hasRol(oin: string, rol: Rol): boolean;
  isOperator(oin: string): boolean;
}

export function createPartyRegistry(parties: readonly Party[]): PartyRegistry {
  const byOin = new Map(parties.map((p) => [p.oin, p]));
  return {
    all: () => parties,
    get: (oin) => byOin.get(oin),
    hasRol: (oin, rol) => byOin.get(oin)?.rol === rol,
    isOperator: (oin) => byOin.get(oin)?.rol === 'operator',
  };
}

export function loadParties(file: string): Party[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Party[];
}
