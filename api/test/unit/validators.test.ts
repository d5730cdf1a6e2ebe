import fc from 'fast-check';
import { validate } from 'class-validator';
import {
  ageInMonths,
  convertLegacyIdNumber,
  creditCodeCheckChar,
  idNumberCheckChar,
  IsCreditCode,
  IsIdNumber,
  IsLocalDate,
  IsLocalTime,
  IsMobile,
  IsPastOrTodayDate,
  IsRegionCode,
  isValidCreditCode,
  isValidIdNumber,
  isValidLocalDate,
  isValidLocalTime,
  isValidMobile,
  isValidRegionCode,
  makeCreditCode,
  makeIdNumber,
  maskIdNumber,
  maskMobile,
  normalizeMobile,
  todayInChina,
  validateCreditCode,
  validateIdNumber,
} from '../../src/common/validators';

// Restated here rather than imported, so a typo in the module cannot agree with itself.
const PROVINCES =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' ');
const ID_CHARS = [...'0123456789X'];
const CC_ALPHABET = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];
const TODAY = todayInChina();
const RUNS = { numRuns: 300 };

const regionArb = fc
  .tuple(fc.constantFrom(...PROVINCES), fc.integer({ min: 0, max: 9999 }))
  .map(([p, n]) => p + String(n).padStart(4, '0'));
const dateArb = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const idInputArb = fc.record({
  region: regionArb,
  birthDate: dateArb('1900-01-01', TODAY),
  sequence: fc.integer({ min: 0, max: 999 }),
});
const creditCodeArb = fc
  .array(fc.constantFrom(...CC_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => makeCreditCode(chars.join('')));

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
const swapAt = (s: string, i: number) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
/** An ID number with any date/region, and a correct check character. */
const withIdCheck = (first17: string) => first17 + idNumberCheckChar(first17);

describe('ID numbers (GB 11643-1999)', () => {
  it('accepts the standard example and reports birth date and gender', () => {
    expect(validateIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    });
    expect(validateIdNumber(withIdCheck('11010519491231001'))).toMatchObject({ ok: true, gender: 'MALE' });
  });

  it('440524188001010014 has a correct check character but is rejected as born before 1900', () => {
    // The brief lists it as valid, yet it also requires births on or after 1900-01-01; the date rule wins.
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(validateIdNumber('440524188001010014')).toEqual({ ok: false, reason: '身份证号出生日期早于1900年' });
  });

  it('rejects a wrong check character, bad length and format with Chinese reasons', () => {
    expect(validateIdNumber('110105194912310021')).toEqual({ ok: false, reason: '身份证号校验位错误' });
    for (const s of ['11010519491231002', '11010519491231002X1', '110105491231002']) {
      expect(validateIdNumber(s)).toEqual({ ok: false, reason: '身份证号长度应为18位' });
    }
    expect(validateIdNumber('1101051949123100AX')).toEqual({ ok: false, reason: '身份证号格式无效' });
    expect(validateIdNumber('X10105194912310021')).toEqual({ ok: false, reason: '身份证号格式无效' });
    expect(validateIdNumber('  ')).toEqual({ ok: false, reason: '身份证号不能为空' });
    expect(validateIdNumber(undefined)).toEqual({ ok: false, reason: '身份证号不能为空' });
    expect(validateIdNumber(11010519491231)).toEqual({ ok: false, reason: '身份证号应为字符串' });
  });

  it('accepts a lowercase x and surrounding spaces, normalizing them', () => {
    expect(validateIdNumber(' 11010519491231002x ')).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });

  it('checks the province code of every two-digit prefix', () => {
    for (let p = 0; p < 100; p++) {
      const prefix = String(p).padStart(2, '0');
      const expected = PROVINCES.includes(prefix);
      expect(isValidRegionCode(`${prefix}0105`)).toBe(expected);
      const result = validateIdNumber(withIdCheck(`${prefix}010519491231002`));
      expect(result.ok ? null : result.reason).toBe(expected ? null : '身份证号地区码无效');
    }
    for (const s of ['11010', '1101051', '11010a', 110105]) expect(isValidRegionCode(s)).toBe(false);
  });

  it('accepts 29 February only in leap years and rejects other impossible dates', () => {
    for (const d of ['20000229', '20040229', '19960229'])
      expect(isValidIdNumber(withIdCheck(`110105${d}001`))).toBe(true);
    for (const d of ['19000229', '20230229', '19990230', '19990431', '19991301', '19990010', '19990100']) {
      expect(validateIdNumber(withIdCheck(`110105${d}001`))).toEqual({ ok: false, reason: '身份证号出生日期无效' });
    }
  });

  it('rejects births after today (injectable, read in China time) and before 1900', () => {
    const id = makeIdNumber({ region: '110105', birthDate: '2024-06-02', sequence: 1 });
    expect(validateIdNumber(id, '2024-06-01')).toEqual({ ok: false, reason: '身份证号出生日期晚于今天' });
    expect(isValidIdNumber(id, '2024-06-02')).toBe(true);
    expect(isValidIdNumber(id, new Date('2024-06-01T15:59:59Z'))).toBe(false); // 23:59:59 in Beijing
    expect(isValidIdNumber(id, new Date('2024-06-01T16:00:00Z'))).toBe(true); // midnight in Beijing
    expect(validateIdNumber(withIdCheck('11010521000101001')).ok).toBe(false);
    expect(isValidIdNumber(withIdCheck('11010519000101001'))).toBe(true);
    expect(validateIdNumber(withIdCheck('11010518991231001'))).toEqual({
      ok: false,
      reason: '身份证号出生日期早于1900年',
    });
  });

  it('converts 15-digit legacy numbers and never accepts them directly', () => {
    expect(convertLegacyIdNumber('110105491231002')).toBe('11010519491231002X');
    expect(isValidIdNumber('110105491231002')).toBe(false);
    for (const bad of ['11010549123100', '11010519491231002X', '11010549123100X']) {
      expect(() => convertLegacyIdNumber(bad)).toThrow(RangeError);
    }
    // Round trip: any 20th-century number, shortened the pre-1999 way, converts back to itself.
    const idArb = idInputArb.filter((i) => i.birthDate < '2000-01-01').map((i) => makeIdNumber(i));
    fc.assert(
      fc.property(idArb, (id) => convertLegacyIdNumber(id.slice(0, 6) + id.slice(8, 17)) === id),
      RUNS,
    );
  });

  it('masks all but the last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('**************002X');
    expect(maskIdNumber('11010519491231002x')).toBe('**************002X');
    expect(maskIdNumber('123')).toBe('***');
  });

  it('makeIdNumber builds valid numbers that carry their inputs, and refuses bad inputs', () => {
    fc.assert(
      fc.property(idInputArb, (input) => {
        const result = validateIdNumber(makeIdNumber(input), TODAY);
        expect(result).toMatchObject({
          ok: true,
          birthDate: input.birthDate,
          gender: input.sequence % 2 === 1 ? 'MALE' : 'FEMALE',
        });
      }),
      RUNS,
    );
    const ok = { region: '110105', birthDate: '1990-01-01', sequence: 1 };
    for (const bad of [{ region: '990105' }, { region: '11010' }, { birthDate: '1990-02-30' }, { sequence: 1000 }]) {
      expect(() => makeIdNumber({ ...ok, ...bad })).toThrow(RangeError);
    }
    expect(() => makeIdNumber({ ...ok, sequence: 1.5 })).toThrow(RangeError);
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
  });

  // MOD 11-2: weight of position i is 2^(18-i) mod 11, the check character weighs 1 and X counts 10.
  // A substitution changes the sum by (a-b)·w with 0 < |a-b| <= 10 < 11 and w ≠ 0; an adjacent
  // transposition by (a-b)·(w_i - w_{i+1}) = (a-b)·w_{i+1}, also ≠ 0 mod 11 (11 is prime): all detected.
  // Mutants collected rather than asserted one by one: an expect() per mutant is slow, and the list names the escapes.
  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(idInputArb.map(makeIdNumber), (id) => {
        const escaped: string[] = [];
        for (let i = 0; i < 18; i++) {
          for (const c of ID_CHARS) {
            if (c === id[i]) continue;
            const mutated = replaceAt(id, i, c);
            if (isValidIdNumber(mutated, TODAY)) escaped.push(mutated);
            // Caught by the checksum itself, not only by the date/region rules.
            if (/^\d{17}/.test(mutated) && idNumberCheckChar(mutated.slice(0, 17)) === mutated[17])
              escaped.push(mutated);
          }
        }
        expect(escaped).toEqual([]);
      }),
      RUNS,
    );
  });

  it('detects every adjacent transposition of two different characters', () => {
    fc.assert(
      fc.property(idInputArb.map(makeIdNumber), (id) => {
        const escaped: string[] = [];
        for (let i = 0; i < 17; i++) {
          if (id[i] === id[i + 1]) continue;
          const mutated = swapAt(id, i);
          if (isValidIdNumber(mutated, TODAY)) escaped.push(mutated);
          if (/^\d{17}/.test(mutated) && idNumberCheckChar(mutated.slice(0, 17)) === mutated[17]) escaped.push(mutated);
        }
        expect(escaped).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('unified social credit codes (GB 32100-2015)', () => {
  it('accepts the examples and classifies by the first two characters', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
      kind: 'COMPANY',
    });
    expect(validateCreditCode('11320000MB151840XJ')).toEqual({ ok: true, value: '11320000MB151840XJ', kind: 'OTHER' });
    expect(validateCreditCode(' 91350100m000100y43 ')).toMatchObject({ ok: true, value: '91350100M000100Y43' });
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    const kinds = { '51': 'SOCIAL_ORGANIZATION', '52': 'PRIVATE_NON_ENTERPRISE', '53': 'FOUNDATION', '81': 'UNION' };
    for (const [prefix, kind] of Object.entries(kinds)) {
      expect(validateCreditCode(makeCreditCode(`${prefix}350100MA0001000`))).toMatchObject({ ok: true, kind });
    }
  });

  it('rejects bad codes with Chinese reasons', () => {
    expect(validateCreditCode('91350100M000100Y4Z')).toEqual({ ok: false, reason: '统一社会信用代码含有无效字符' });
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: '统一社会信用代码校验位错误' });
    expect(validateCreditCode('91350100M000100Y4')).toEqual({ ok: false, reason: '统一社会信用代码长度应为18位' });
    expect(validateCreditCode('')).toEqual({ ok: false, reason: '统一社会信用代码不能为空' });
    expect(isValidCreditCode(null)).toBe(false);
  });

  it('makeCreditCode refuses prefixes of the wrong length or outside the alphabet', () => {
    for (const bad of [
      '91350100M000100Y',
      '91350100M000100Y43',
      ...'IOZSVa'.split('').map((c) => `9135010${c}M000100Y4`),
    ]) {
      expect(() => makeCreditCode(bad)).toThrow(RangeError);
    }
  });

  // Mod 31 with weights 3^(i-1); the check character weighs 1 (sum + check ≡ 0). Substitution:
  // (a-b)·w ≢ 0 since 0 < |a-b| <= 30 < 31 and 31 is prime. Adjacent positions i, i+1 <= 17:
  // w_i - w_{i+1} = -2·w_i ≢ 0; positions 17/18: 28 - 1 = 27 ≢ 0. So no transposition class escapes.
  it('the weights leave no undetectable substitution or adjacent transposition (exhaustive)', () => {
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, 1];
    expect(weights.slice(0, 17)).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
    const escapes: string[] = [];
    for (let i = 0; i < 18; i++) {
      for (let a = 0; a < 31; a++) {
        for (let b = 0; b < 31; b++) {
          if (a === b) continue;
          if (((a - b) * weights[i]) % 31 === 0) escapes.push(`substitution ${a}->${b} at ${i + 1}`);
          if (i < 17 && ((a - b) * (weights[i] - weights[i + 1])) % 31 === 0) escapes.push(`swap at ${i + 1}`);
        }
      }
    }
    expect(escapes).toEqual([]);
  });

  it('generated codes are valid; every substitution, in or out of the alphabet, is rejected', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        expect(isValidCreditCode(code)).toBe(true);
        const escaped: string[] = [];
        for (let i = 0; i < 18; i++) {
          for (const c of [...CC_ALPHABET, 'I', 'O', 'Z', 'S', 'V']) {
            if (c === code[i]) continue;
            const result = validateCreditCode(replaceAt(code, i, c));
            const expected = CC_ALPHABET.includes(c) ? '统一社会信用代码校验位错误' : '统一社会信用代码含有无效字符';
            if (result.ok || result.reason !== expected) escaped.push(replaceAt(code, i, c));
          }
        }
        expect(escaped).toEqual([]);
      }),
      RUNS,
    );
  });

  // Empirically as well as by the argument above: all 17 adjacent swaps, including the 17/18 swap that
  // moves the check character, fail the checksum (length and alphabet are unchanged by a swap).
  it('every adjacent transposition of two different characters is rejected, check position included', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        const escaped: string[] = [];
        for (let i = 0; i < 17; i++) {
          if (code[i] === code[i + 1]) continue;
          const result = validateCreditCode(swapAt(code, i));
          if (result.ok || result.reason !== '统一社会信用代码校验位错误') escaped.push(swapAt(code, i));
        }
        expect(escaped).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('mobile numbers', () => {
  it('accepts mainland mobiles with optional +86/86, spaces and dashes', () => {
    for (const s of [
      '13812341234',
      '19912345678',
      '+86 138 1234 1234',
      '86-138-1234-1234',
      '+8613812341234',
      '8613812341234',
    ]) {
      expect(isValidMobile(s)).toBe(true);
      expect(normalizeMobile(s)).toMatch(/^1\d{10}$/);
    }
    fc.assert(fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (m) => isValidMobile(m) && isValidMobile(`+86 ${m}`)));
  });

  it('rejects everything else', () => {
    const bad = ['', '12812341234', '10812341234', '1381234123', '138123412345', '23812341234', '+85213812341234'];
    for (const s of [...bad, '0086 13812341234', '138 1234 123a', '+86', undefined, 13812341234]) {
      expect(isValidMobile(s)).toBe(false);
    }
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13812341234')).toBe('138****1234');
    expect(maskMobile('+86 138-1234-1234')).toBe('138****1234');
    expect(maskMobile('12345')).toBe('*2345');
  });
});

describe('dates and times', () => {
  it('isValidLocalDate accepts exactly the real calendar dates of 1900–2199', () => {
    for (const s of ['1900-01-01', '2000-02-29', '2024-02-29', '2199-12-31']) expect(isValidLocalDate(s)).toBe(true);
    for (const s of ['1899-12-31', '2200-01-01', '1900-02-29', '2023-02-29', '2024-04-31', '2024-4-01', '20240401']) {
      expect(isValidLocalDate(s)).toBe(false);
    }
    const ymd = fc.tuple(
      fc.integer({ min: 1890, max: 2210 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    );
    fc.assert(
      fc.property(ymd, ([y, m, d]) => {
        const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const roundTrips = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === s;
        expect(isValidLocalDate(s)).toBe(roundTrips && y >= 1900 && y <= 2199);
      }),
      { numRuns: 2000 },
    );
  });

  it('isValidLocalTime accepts HH:MM and HH:MM:SS only', () => {
    for (const s of ['00:00', '09:30', '23:59', '23:59:59']) expect(isValidLocalTime(s)).toBe(true);
    for (const s of ['24:00', '12:60', '7:00', '12:00:60', '12:00:00.000', '1200', ''])
      expect(isValidLocalTime(s)).toBe(false);
  });

  it('ageInMonths counts completed months, ending short months on their last day', () => {
    const cases: [string, string, number][] = [
      ['2020-01-15', '2020-02-14', 0],
      ['2020-01-15', '2020-02-15', 1],
      ['2020-01-31', '2020-02-28', 0],
      ['2020-01-31', '2020-02-29', 1],
      ['2021-01-31', '2021-02-28', 1],
      ['2020-02-29', '2021-02-28', 12],
      ['2020-02-29', '2024-02-29', 48],
      ['2020-05-10', '2020-05-10', 0],
      ['2020-05-10', '2020-04-10', -1],
      ['2020-05-10', '2020-05-01', 0],
    ];
    for (const [birth, on, months] of cases) expect(ageInMonths(birth, on)).toBe(months);
    expect(() => ageInMonths('2020-02-30', '2021-01-01')).toThrow(RangeError);
  });

  it('todayInChina reads the date in Asia/Shanghai', () => {
    expect(todayInChina(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
    expect(todayInChina(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
    expect(isValidLocalDate(todayInChina())).toBe(true);
  });
});

describe('class-validator decorators', () => {
  it('work as plain function calls on a class built at run time', async () => {
    const Input = class {};
    const fields = { idNumber: IsIdNumber, creditCode: IsCreditCode, mobile: IsMobile, date: IsLocalDate };
    for (const [field, decorator] of Object.entries(fields)) decorator()(Input.prototype, field);
    IsPastOrTodayDate()(Input.prototype, 'birthDate');
    IsLocalTime()(Input.prototype, 'time');
    IsRegionCode()(Input.prototype, 'region');
    IsMobile({ each: true })(Input.prototype, 'mobiles');

    const good = {
      idNumber: '11010519491231002x',
      creditCode: '91350100M000100Y43',
      mobile: '+86 138 1234 1234',
      date: '2024-02-29',
      birthDate: TODAY,
      time: '08:30',
      region: '440305',
      mobiles: ['13812341234', '19912345678'],
    };
    expect(await validate(Object.assign(new Input(), good))).toEqual([]);

    const bad = {
      idNumber: '110105194912310021',
      creditCode: '91350100M000100Y44',
      mobile: '12812341234',
      date: '2023-02-29',
      birthDate: '2199-01-01',
      time: '24:00',
      region: '990000',
      mobiles: ['13812341234', '1234'],
    };
    const errors = await validate(Object.assign(new Input(), bad));
    const messages = Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
    expect(messages).toEqual({
      idNumber: ['身份证号校验位错误'],
      creditCode: ['统一社会信用代码校验位错误'],
      mobile: ['手机号码无效，应为11位中国大陆手机号'],
      date: ['日期无效，格式应为YYYY-MM-DD'],
      birthDate: ['日期不能晚于今天'],
      time: ['时间无效，格式应为HH:MM或HH:MM:SS'],
      region: ['地区码无效，应为6位行政区划代码'],
      mobiles: ['手机号码无效，应为11位中国大陆手机号'],
    });

    // The ID number message is the specific reason, and a missing value is reported, not skipped.
    const other = await validate(Object.assign(new Input(), good, { idNumber: '11010519490231002X' }));
    expect(other.map((e) => e.constraints)).toEqual([{ isIdNumber: '身份证号出生日期无效' }]);
    const missing = await validate(Object.assign(new Input(), good, { idNumber: undefined }));
    expect(missing.map((e) => e.constraints)).toEqual([{ isIdNumber: '身份证号不能为空' }]);
  });

  it('also work as decorators and honour a custom message', async () => {
    class Applicant {
      @IsIdNumber({ message: '请填写正确的身份证号' })
      idNumber!: string;
    }
    const errors = await validate(Object.assign(new Applicant(), { idNumber: '110105194912310021' }));
    expect(errors.map((e) => e.constraints)).toEqual([{ isIdNumber: '请填写正确的身份证号' }]);
  });
});
