import {
  brinFromSchoolOin,
  isBevoegdGezagNummer,
  isBrin4,
  isBrin6,
  isBsn,
  isOin,
  isOnderwijsnummer,
  isPostcode,
  isRioCode,
  isUuid,
  onderwijsnummerFor,
  schoolOinFromBrin,
} from '@duo-sim/shared';

describe('identifiers (docs/rules.md#identifiers)', () => {
  it.each(['111222333', '123456782', '100252333'])('accepts BSN %s that passes the elfproef (ID-01)', (bsn) => {
    expect(isBsn(bsn)).toBe(true);
  });
  it.each(['111222334', '123456789', '12345678', '000000000', '1234567820', '12345678a'])('rejects BSN %s (ID-01)', (bsn) =>
    expect(isBsn(bsn)).toBe(false),
  );

  it.each(['101222331', '100000004', '100000041', '100000016'])('accepts onderwijsnummer %s in the modular form (ID-02)', (n) => {
    expect(isOnderwijsnummer(n)).toBe(true);
  });
  it.each(['101222332', '100252333', '111222333', '10000000'])('rejects onderwijsnummer %s (ID-02)', (n) => {
    expect(isOnderwijsnummer(n)).toBe(false);
  });

  it('issues onderwijsnummers with d9 ≤ 5 that pass ID-02, never a BSN (ID-02 sim)', () => {
    const issued = new Set<string>();
    for (let seq = 0; seq < 2000; seq++) {
      const n = onderwijsnummerFor(seq);
      if (n === null) continue;
      expect(isOnderwijsnummer(n)).toBe(true);
      expect(isBsn(n)).toBe(false);
      expect(Number(n[8])).toBeLessThanOrEqual(5);
      issued.add(n);
    }
    // Six of every eleven sequence numbers have a check digit 0–5.
    expect(issued.size).toBeGreaterThan(1000);
  });

  it('checks BRIN4, BRIN6 and the bevoegd-gezagnummer (ID-04)', () => {
    expect(isBrin4('25BE')).toBe(true);
    expect(isBrin4('25be')).toBe(false);
    expect(isBrin4('25BE00')).toBe(false);
    expect(isBrin6('25BE00')).toBe(true);
    expect(isBrin6('25BE0')).toBe(false);
    expect(isBevoegdGezagNummer('41234')).toBe(true);
    expect(isBevoegdGezagNummer('4123')).toBe(false);
  });

  it.each(['00000001800866472000', '00000003272448340204', '00000099411824080000'])('accepts OIN %s (ID-05)', (oin) => {
    expect(isOin(oin)).toBe(true);
  });
  it.each(['0000000700025be00000', '000000070025BE00000', '00000005123456780000', '0000000180086647200X0'])(
    'rejects OIN %s (ID-05)',
    (oin) => expect(isOin(oin)).toBe(false),
  );

  it('derives the school OIN from a BRIN4 and back (ID-06)', () => {
    expect(schoolOinFromBrin('25BE')).toBe('0000000700025BE00000');
    expect(schoolOinFromBrin('00AV')).toBe('0000000700000AV00000');
    expect(brinFromSchoolOin('0000000700025BE00000')).toBe('25BE');
    expect(brinFromSchoolOin('0000000700025BE00001')).toBeNull();
    expect(brinFromSchoolOin('00000001800866472000')).toBeNull();
    expect(() => schoolOinFromBrin('25be')).toThrow(TypeError);
  });

  it('checks the RIO codes (ID-07)', () => {
    expect(isRioCode('onderwijsbestuurcode', '100B490')).toBe(true);
    expect(isRioCode('onderwijsaanbiedercode', '110A133')).toBe(true);
    expect(isRioCode('onderwijslocatiecode', '107X215')).toBe(true);
    expect(isRioCode('onderwijsaanbiedergroepcode', '107G215')).toBe(true);
    expect(isRioCode('opleidingseenheidcode', '1011O5055')).toBe(true);
    expect(isRioCode('onderwijsaanbiedercode', '110B133')).toBe(false);
    expect(isRioCode('onderwijslocatiecode', '07X215')).toBe(false);
  });

  it('checks postcodes without a space (ID-08)', () => {
    expect(isPostcode('9202LE')).toBe(true);
    expect(isPostcode('1017 RV')).toBe(false);
    expect(isPostcode('0123AB')).toBe(false);
  });

  it('checks the identificatiecodeBedrijfsdocument is a UUID (ID-09)', () => {
    expect(isUuid('6f1c2a9e-1f7b-4c7e-9d55-0c2a3b4d5e6f')).toBe(true);
    expect(isUuid('6f1c2a9e1f7b4c7e9d550c2a3b4d5e6f')).toBe(false);
  });
});
