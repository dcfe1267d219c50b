// The persons the operator added to this world's BRP stub (POST /_sim/brp-personen), kept in BRON's
// database so they survive a restart, and gone after a reset like every other change to the world.
import { migrate, type Db, type Schemas } from '@duo-sim/shared';
import { createBrpRegister, type BrpRegister } from './brp.js';

export interface WereldBrp extends BrpRegister {
  /** Whether the stub (seed or added) already holds this person's number. */
  bekend(p: Schemas.BRPPersoon): boolean;
  voegToe(personen: readonly Schemas.BRPPersoon[]): void;
  /** POST /_sim/reset: back to the seed's persons only. */
  wis(): void;
}

export function createWereldBrp(db: Db, seed: readonly Schemas.BRPPersoon[]): WereldBrp {
  migrate(db, 'brp-toevoegingen', [
    'CREATE TABLE brp_toevoegingen (id INTEGER PRIMARY KEY AUTOINCREMENT, persoon TEXT NOT NULL)',
  ]);
  const insert = db.prepare('INSERT INTO brp_toevoegingen (persoon) VALUES (?)');
  const all = db.prepare('SELECT persoon FROM brp_toevoegingen ORDER BY id').pluck();
  const clear = db.prepare('DELETE FROM brp_toevoegingen');
  const toegevoegd = () => (all.all() as string[]).map((json) => JSON.parse(json) as Schemas.BRPPersoon);
  // Rebuilt on each change: additions are rare (a ketentest start), lookups are on every bericht.
  let register = createBrpRegister([...seed, ...toegevoegd()]);
  const herbouw = () => {
    register = createBrpRegister([...seed, ...toegevoegd()]);
  };
  return {
    metPgn: (pgn) => register.metPgn(pgn),
    metSleutel: (sleutel) => register.metSleutel(sleutel),
    bekend: (p) =>
      register.metPgn(
        p.burgerservicenummer !== undefined
          ? { burgerservicenummer: p.burgerservicenummer }
          : { onderwijsnummer: p.onderwijsnummer! },
      ).length > 0,
    voegToe(personen) {
      db.transaction(() => {
        for (const p of personen) insert.run(JSON.stringify(p));
      })();
      herbouw();
    },
    wis() {
      clear.run();
      herbouw();
    },
  };
}
