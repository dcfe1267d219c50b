// The pupil record after a change is worked out from the record before it (metVersie) instead of
// reading the pupil again; it must be exactly what reading the store again gives (BEK-08, BEK-09).
import { createFixedClock, openDatabase } from '@duo-sim/shared';
import { metVersie, pupilRecord, type BekostigingDeps } from '../src/use-cases/leerling-bekostiging';
import { createWereldBrp } from '../src/brp-toevoegingen';
import { createBronStore } from '../src/store';
import { DEFAULT_BRP_SEED, inschrijving, BSN } from './bron-world';
import type { Inschrijving } from '../src/domain/types';

describe('metVersie: the record after storing a version, without reading again', () => {
  let deps: BekostigingDeps;
  beforeEach(() => {
    deps = {
      store: createBronStore(openDatabase(':memory:'), createFixedClock('2026-11-01')),
      brp: createWereldBrp(openDatabase(':memory:'), DEFAULT_BRP_SEED),
      teldatumModus: 'FEBRUARI',
    };
  });
  const store = (brin: string, ins: Inschrijving, vandaag: string) => {
    const voor = pupilRecord(deps, BSN);
    deps.store.slaInschrijvingOp(brin, ins, 'GEWIJZIGD', { berichtId: null, afzender: 'test', vandaag });
    expect(metVersie(voor, brin, ins, vandaag)).toEqual(pupilRecord(deps, BSN));
  };

  it('adds new keys in the store order (brin, then volgnummer as text) and versions to existing keys', () => {
    const open = (volgnummer: string, vestigingscode = '11AB00') =>
      inschrijving({ inschrijvingsvolgnummer: volgnummer, vestigingscode });
    store('11AB', open('2'), '2026-11-01');
    store('11AB', open('10'), '2026-11-02'); // '10' sorts before '2'
    store('11AA', open('1', '11AA00'), '2026-11-03'); // an earlier brin
    store('13CA', open('1', '13CA00'), '2026-11-04'); // a later brin
    store('11AB', open('2', '11AB01'), '2026-11-05'); // a new version of an existing key
    store('11AB', open('3'), '2026-11-06'); // after every existing key of its brin
  });

  it('adds a version to a key that was removed (BRON-04), keeping its history', () => {
    const ins = inschrijving({ inschrijvingsvolgnummer: '1' });
    store('11AA', ins, '2026-11-01');
    deps.store.verwijderInschrijving('11AA', ins, { berichtId: null, afzender: 'test', vandaag: '2026-11-02' });
    store('11AA', ins, '2026-11-03');
  });
});
