import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultMapping, parseMapping, resolveColumns, type ImportField, type ImportMapping } from '../../../src/domain/import-mapping.js';
import { createRowReader, normaliseName, type ImportRow, type RowResult } from '../../../src/domain/import-row.js';
import { stateForZip } from '../../../src/domain/us-zip-states.js';

const HEADER = ['Account', 'Name', 'Service Address', 'Address1', 'Address2', 'City', 'State', 'Zip', 'Email', 'Language', 'Paid At', 'Channel', 'Card Last4'];
const FIELDS: ImportField[] = ['account', 'name', 'service_address', 'address1', 'address2', 'city', 'state', 'zip', 'email', 'language', 'paid_at', 'channel', 'card_last4'];
const BASE: Partial<Record<ImportField, string>> = { name: 'John Smith', address1: '1200 N Grant Ave', city: 'Odessa', state: 'TX', zip: '79761', paid_at: '2020-04-05 10:00' };

function reader(opts: { header?: string[]; mapping?: unknown; zone?: string } = {}) {
  const header = opts.header ?? HEADER;
  const parsed = parseMapping(opts.mapping);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const mapping: ImportMapping = parsed.mapping;
  const columns = resolveColumns(header, mapping);
  if (!columns.ok) throw new Error(JSON.stringify(columns.errors));
  const read = createRowReader({ index: columns.index, headerNames: columns.headerNames, mapping, zone: opts.zone ?? 'America/Chicago' });
  return (cells: Partial<Record<string, string>>, base = BASE): RowResult => {
    const values: Record<string, string | undefined> = { ...base, ...cells };
    return read(header.map((h) => values[FIELDS[HEADER.indexOf(h)] ?? h] ?? ''));
  };
}

const read = reader();

function accepted(result: RowResult): Extract<RowResult, { ok: true }> {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.problems)}`);
  return result;
}

/** A reader over the full test header that takes records as arrays. */
function arrayReader() {
  const columns = resolveColumns(HEADER, defaultMapping());
  if (!columns.ok) throw new Error('header');
  return createRowReader({ index: columns.index, headerNames: columns.headerNames, mapping: defaultMapping(), zone: 'America/Chicago' });
}
const row = (cells: Partial<Record<string, string>>, base = BASE): ImportRow => accepted(read(cells, base)).row;
const warnings = (cells: Partial<Record<string, string>>) => accepted(read(cells)).warnings;
function problems(result: RowResult) {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.row)}`);
  return result.problems;
}

describe('createRowReader: a whole row', () => {
  it('turns a full record into a normalised row', () => {
    const result = read({
      account: ' 000123 ',
      name: '  García,   María ',
      address1: '1200 North Grant Avenue',
      address2: 'Apt. 4',
      email: ' Maria.Garcia@Example.COM ',
      language: 'Spanish',
      paid_at: '2020-07-07T03:00:00Z',
      channel: 'One-Time  Online',
      card_last4: 'XXXX-XXXX-XXXX-1234',
    });
    const normName = 'MARIA GARCIA';
    const addressKey = '1200 N GRANT AVE APT 4 79761';
    expect(result).toEqual({
      ok: true,
      warnings: [],
      row: {
        account: '000123',
        name: 'García, María',
        normName,
        address: ['1200 North Grant Avenue', 'Apt. 4', 'Odessa, TX 79761'],
        addressKey,
        email: 'maria.garcia@example.com',
        language: 'es',
        state: 'TX',
        paidAt: '2020-07-07T03:00:00Z',
        paidOn: '2020-07-06',
        channel: 'one_time_payment',
        cardLast4: '1234',
        personKey: createHash('md5').update(`${normName}|${addressKey}`).digest('hex'),
      },
    });
  });

  it('fills the optional fields with nothing, and the language with the default', () => {
    expect(row({})).toMatchObject({ account: null, email: null, language: 'en', channel: null, cardLast4: null });
    expect(accepted(reader({ mapping: { defaultLanguage: 'es' } })({})).row.language).toBe('es');
  });

  it('reports an empty record as an empty row, whatever its length', () => {
    const empty = { ok: false, problems: [{ column: '(row)', reason: 'is empty', value: '' }] };
    const raw = arrayReader();
    expect(raw([])).toEqual(empty);
    expect(raw([''])).toEqual(empty);
    expect(raw(HEADER.map(() => '  '))).toEqual(empty);
  });

  it('treats the missing cells of a short record as empty', () => {
    const result = arrayReader()(['', 'Jane Doe', '', '', '', '', 'NM', '', '', '', '2020-05-01']);
    expect(accepted(result).row).toMatchObject({ name: 'Jane Doe', state: 'NM', address: [], channel: null, cardLast4: null, addressKey: 'NM' });
  });

  it('collects every problem of a rejected row, naming the columns as the file does', () => {
    const r = reader({ header: ['Cardholder', 'Posted At', 'ST', 'Zip'] });
    expect(problems(r({ Cardholder: '', 'Posted At': 'soon', ST: 'Atlantis' }))).toEqual([
      { column: 'Cardholder', reason: 'is empty', value: '' },
      { column: 'Posted At', reason: 'is not a date and time; expected YYYY-MM-DD HH:MM or M/D/YYYY H:MM AM', value: 'soon' },
      { column: 'ST', reason: 'is not a US state or territory code', value: 'Atlantis' },
    ]);
  });

  it('cuts offending values to 100 characters', () => {
    const [p] = problems(read({ paid_at: 'x'.repeat(150) }));
    expect(p?.value).toBe('x'.repeat(100));
  });

  it('refuses an unknown time zone up front', () => {
    expect(() => reader({ zone: 'Mars/Olympus' })).toThrow(/time zone/);
  });
});

describe('createRowReader: name', () => {
  it('trims and collapses the name, and requires it', () => {
    expect(row({ name: ' Mary \t Ann   Jones ' }).name).toBe('Mary Ann Jones');
    expect(problems(read({ name: '   ' }))).toEqual([{ column: 'Name', reason: 'is empty', value: '' }]);
    expect(problems(read({ name: 'A'.repeat(201) }))).toEqual([{ column: 'Name', reason: 'is longer than 200 characters', value: 'A'.repeat(100) }]);
    expect(row({ name: 'A'.repeat(200) }).name).toHaveLength(200);
  });

  it('normalises names so two spellings of one person compare equal', () => {
    expect(normaliseName('García, María')).toBe('MARIA GARCIA');
    expect(normaliseName('MARIA GARCIA')).toBe('MARIA GARCIA');
    expect(normaliseName('Smith, John Q.')).toBe('JOHN Q SMITH');
    expect(normaliseName("O'Brien-Núñez,Seán")).toBe('SEAN OBRIENNUNEZ');
    expect(normaliseName('Zoë  Ångström')).toBe('ZOE ANGSTROM');
    // With two commas there is no telling which part is the family name.
    expect(normaliseName('Smith, John, Jr.')).toBe('SMITH JOHN JR');
    expect(row({ name: 'Jones, Mary Ann' }).normName).toBe('MARY ANN JONES');
  });
});

describe('createRowReader: payment time', () => {
  const when = (paid_at: string, r = read) => {
    const { paidAt, paidOn } = accepted(r({ paid_at })).row;
    return [paidAt, paidOn];
  };

  it('reads ISO local times as wall time in the organisation zone', () => {
    expect(when('2020-04-05')).toEqual(['2020-04-05 00:00:00', '2020-04-05']);
    expect(when('2020-04-05T10:07')).toEqual(['2020-04-05 10:07:00', '2020-04-05']);
    expect(when('2020-04-05 10:07:09')).toEqual(['2020-04-05 10:07:09', '2020-04-05']);
    expect(when('2020-04-05T23:59:59.999')).toEqual(['2020-04-05 23:59:59', '2020-04-05']);
    expect(when('2020-04-05 9:30')).toEqual(['2020-04-05 09:30:00', '2020-04-05']);
    expect(when('2020-02-29 00:00')).toEqual(['2020-02-29 00:00:00', '2020-02-29']);
  });

  it('keeps an explicit offset and dates the payment in the organisation zone', () => {
    // 03:00 UTC on 7 July is 22:00 on 6 July in Chicago.
    expect(when('2020-07-07T03:00:00Z')).toEqual(['2020-07-07T03:00:00Z', '2020-07-06']);
    expect(when('2020-07-07T05:00:00Z')).toEqual(['2020-07-07T05:00:00Z', '2020-07-07']);
    expect(when('2020-07-07 03:00:00.250z')).toEqual(['2020-07-07T03:00:00.250Z', '2020-07-06']);
    expect(when('2020-07-07T01:30:00+05:30')).toEqual(['2020-07-07T01:30:00+05:30', '2020-07-06']);
    expect(when('2020-07-06T23:30:00-0500')).toEqual(['2020-07-06T23:30:00-05:00', '2020-07-06']);
    expect(when('2020-07-06 23:30:00+00')).toEqual(['2020-07-06T23:30:00+00:00', '2020-07-06']);
    // January: Chicago is at -06:00, so 05:30 UTC is still the previous day.
    expect(when('2020-01-01T05:30:00Z')).toEqual(['2020-01-01T05:30:00Z', '2019-12-31']);
    expect(when('2020-01-01T06:00:00Z')).toEqual(['2020-01-01T06:00:00Z', '2020-01-01']);
  });

  it('dates an instant by the minute where the zone is not a whole number of hours off', () => {
    const india = reader({ zone: 'Asia/Kolkata' });
    expect(when('2020-07-06T18:29:00Z', india)).toEqual(['2020-07-06T18:29:00Z', '2020-07-06']);
    expect(when('2020-07-06T18:30:00Z', india)).toEqual(['2020-07-06T18:30:00Z', '2020-07-07']);
    expect(when('2020-07-06T18:10:00Z', india)).toEqual(['2020-07-06T18:10:00Z', '2020-07-06']);
  });

  it('dates instants correctly on both sides of a DST change', () => {
    // Chicago leaves DST at 07:00 UTC on 1 Nov 2020 and enters it at 08:00 UTC on 8 Mar 2020.
    expect(when('2020-11-02T05:30:00Z')).toEqual(['2020-11-02T05:30:00Z', '2020-11-01']);
    expect(when('2020-03-09T04:30:00Z')).toEqual(['2020-03-09T04:30:00Z', '2020-03-08']);
    expect(when('2020-03-09T05:30:00Z')).toEqual(['2020-03-09T05:30:00Z', '2020-03-09']);
  });

  it('reads US dates with 12- and 24-hour times', () => {
    expect(when('4/5/2020')).toEqual(['2020-04-05 00:00:00', '2020-04-05']);
    expect(when('04/05/2020 9:30')).toEqual(['2020-04-05 09:30:00', '2020-04-05']);
    expect(when('4/5/2020 21:30:15')).toEqual(['2020-04-05 21:30:15', '2020-04-05']);
    expect(when('4/5/2020 9:30 PM')).toEqual(['2020-04-05 21:30:00', '2020-04-05']);
    expect(when('4/5/2020 9:30:15 am')).toEqual(['2020-04-05 09:30:15', '2020-04-05']);
    expect(when('12/31/2020 12:05 AM')).toEqual(['2020-12-31 00:05:00', '2020-12-31']);
    expect(when('1/1/2021 12:00 PM')).toEqual(['2021-01-01 12:00:00', '2021-01-01']);
    expect(when('1/1/2021 11:59PM')).toEqual(['2021-01-01 23:59:00', '2021-01-01']);
    expect(when('1/1/2021 7:00 p.m.')).toEqual(['2021-01-01 19:00:00', '2021-01-01']);
  });

  it('accepts a wall time in the spring-forward gap; PostgreSQL resolves it', () => {
    expect(when('2020-03-08 02:30')).toEqual(['2020-03-08 02:30:00', '2020-03-08']);
    expect(when('3/8/2020 2:30 AM')).toEqual(['2020-03-08 02:30:00', '2020-03-08']);
  });

  it('refuses impossible or implausible dates with the reason', () => {
    const reason = 'is not a date and time; expected YYYY-MM-DD HH:MM or M/D/YYYY H:MM AM';
    for (const bad of [
      '2021-02-30', '2021-02-29', '2020-13-01', '2020-00-10', '2020-04-31', '2020-04-05 25:00', '2020-04-05 24:00', '2020-04-05 10:60',
      '2020-04-05 10:00:60', '13/1/2020', '4/31/2020', '4/5/2020 13:00 PM', '4/5/2020 0:30 AM', '20-04-05', '2020/04/05', '4/5/20',
      '2020-04-05Z', '2020-04-05+05:00', '2020-04-05T10:00+16:00', '2020-04-05T10:00+05:75', 'April 5, 2020', 'yesterday', '2020-04-05 10',
    ]) {
      expect(problems(read({ paid_at: bad })), bad).toEqual([{ column: 'Paid At', reason, value: bad }]);
    }
    for (const old of ['1989-12-31', '2101-01-01', '1/1/1900']) {
      expect(problems(read({ paid_at: old })), old).toEqual([{ column: 'Paid At', reason: 'is not a plausible payment date (years 1990 to 2100)', value: old }]);
    }
    expect(problems(read({ paid_at: '' }))).toEqual([{ column: 'Paid At', reason: 'is empty', value: '' }]);
  });

  it('uses the mapping time format when one is set', () => {
    const euro = reader({ mapping: { timeFormat: 'dd.MM.yyyy HH:mm' } });
    expect(when('05.04.2020 10:00', euro)).toEqual(['2020-04-05T10:00:00-05:00', '2020-04-05']);
    expect(when('05.01.2020 23:30', euro)).toEqual(['2020-01-05T23:30:00-06:00', '2020-01-05']);
    // In the gap luxon moves the time forward rather than failing.
    expect(when('08.03.2020 02:30', euro)).toEqual(['2020-03-08T03:30:00-05:00', '2020-03-08']);
    expect(problems(euro({ paid_at: '2020-04-05 10:00' }))).toEqual([
      { column: 'Paid At', reason: 'is not a date and time in the format "dd.MM.yyyy HH:mm"', value: '2020-04-05 10:00' },
    ]);
    expect(problems(euro({ paid_at: '05.04.1980 10:00' }))[0]?.reason).toMatch(/1990 to 2100/);
    const withOffset = reader({ mapping: { timeFormat: "yyyy-MM-dd'T'HH:mm:ssZZ" } });
    expect(when('2020-07-07T03:00:00+00:00', withOffset)).toEqual(['2020-07-06T22:00:00-05:00', '2020-07-06']);
  });
});

describe('createRowReader: state of residence', () => {
  const stateOf = (cells: Partial<Record<string, string>>, base = BASE) => row(cells, base).state;

  it('reads a code or a full name from the state column', () => {
    expect(stateOf({ state: 'tx' })).toBe('TX');
    expect(stateOf({ state: ' Texas ', zip: '' })).toBe('TX');
    expect(stateOf({ state: 'new  mexico', zip: '' })).toBe('NM');
    expect(stateOf({ state: 'D.C.', zip: '' })).toBe('DC');
    expect(stateOf({ state: 'District of Columbia', zip: '' })).toBe('DC');
    expect(stateOf({ state: 'Puerto Rico', zip: '' })).toBe('PR');
    expect(stateOf({ state: 'U.S. Virgin Islands', zip: '' })).toBe('VI');
    for (const code of ['GU', 'VI', 'AS', 'MP', 'PR', 'DC', 'WY', 'AK', 'HI']) expect(stateOf({ state: code, zip: '' })).toBe(code);
  });

  it('refuses what is not a US state or territory', () => {
    for (const bad of ['XX', 'AE', 'AP', 'Ontario', 'T', 'TXS']) {
      expect(problems(read({ state: bad })), bad).toEqual([{ column: 'State', reason: 'is not a US state or territory code', value: bad }]);
    }
  });

  it('keeps the state column when the ZIP disagrees, with a warning', () => {
    const result = accepted(read({ state: 'NM', zip: '79761' }));
    expect(result.row.state).toBe('NM');
    expect(result.warnings).toEqual([{ column: 'State', reason: 'does not match the ZIP code 79761, which is in TX; the state column is kept', value: 'NM' }]);
    expect(warnings({ state: 'Texas', zip: '79761' })).toEqual([]);
  });

  it('takes the state from the ZIP when the state column is empty or absent', () => {
    expect(stateOf({ state: '', zip: '87102' })).toBe('NM');
    const noState = reader({ header: ['Name', 'Paid At', 'Zip Code'] });
    const zipState = (zip: string) => accepted(noState({ 'Zip Code': zip })).row.state;
    expect(zipState('79761-1234')).toBe('TX');
    expect(zipState('00901')).toBe('PR');
    expect(zipState('00802')).toBe('VI');
    expect(zipState('96910')).toBe('GU');
    expect(zipState('96799')).toBe('AS');
    expect(zipState('96950')).toBe('MP');
    expect(zipState('20500')).toBe('DC');
    expect(zipState('73301')).toBe('TX');
  });

  it('takes the state from the end of an address line when there is no state or ZIP', () => {
    expect(stateOf({ state: '', zip: '', address1: '411 W 8th St', city: 'Odessa, TX 79761' })).toBe('TX');
    expect(stateOf({ state: '', zip: '', address1: '', city: '', service_address: '500 Main St, Hobbs NM 88240' })).toBe('NM');
    expect(stateOf({ state: '', zip: '', address1: '12 Elm St', address2: 'Austin, tx. 78701-1234' })).toBe('TX');
    // A ZIP the USPS has not assigned tells nothing; the address text still can.
    expect(stateOf({ state: '', zip: '00100', address1: '12 Elm St', address2: 'Austin, TX 78701' })).toBe('TX');
  });

  it('rejects a row whose state cannot be told', () => {
    const cannot = [{ column: 'State', reason: 'cannot tell the state of residence: no state, ZIP or address with a state', value: '' }];
    expect(problems(read({ state: '', zip: '' }))).toEqual(cannot);
    expect(problems(read({ state: '', zip: '09012' }))).toEqual(cannot);
    expect(problems(read({ state: '', zip: '', address1: '12 Elm St, XX 12345' }))).toEqual(cannot);
    const noState = reader({ header: ['Name', 'Paid At', 'Address'] });
    expect(problems(noState({ Address: '12 Elm St' }))).toEqual([{ ...cannot[0]!, column: 'state' }]);
  });
});

describe('stateForZip', () => {
  it('maps USPS three-digit prefixes, including territories and DC', () => {
    const cases: [string, string | null][] = [
      ['00501', 'NY'], ['00601', 'PR'], ['00725', 'PR'], ['00802', 'VI'], ['00901', 'PR'], ['01001', 'MA'], ['02801', 'RI'], ['03301', 'NH'],
      ['04101', 'ME'], ['05501', 'MA'], ['05601', 'VT'], ['06101', 'CT'], ['07101', 'NJ'], ['10001', 'NY'], ['19101', 'PA'], ['19801', 'DE'],
      ['20001', 'DC'], ['20101', 'VA'], ['20601', 'MD'], ['25301', 'WV'], ['27601', 'NC'], ['29201', 'SC'], ['30301', 'GA'], ['33101', 'FL'],
      ['35201', 'AL'], ['37201', 'TN'], ['39201', 'MS'], ['39901', 'GA'], ['40201', 'KY'], ['43201', 'OH'], ['46201', 'IN'], ['48201', 'MI'],
      ['50301', 'IA'], ['53201', 'WI'], ['55101', 'MN'], ['56901', 'DC'], ['57101', 'SD'], ['58101', 'ND'], ['59601', 'MT'], ['60601', 'IL'],
      ['63101', 'MO'], ['66101', 'KS'], ['68101', 'NE'], ['70112', 'LA'], ['72201', 'AR'], ['73101', 'OK'], ['73301', 'TX'], ['74101', 'OK'],
      ['75201', 'TX'], ['79761', 'TX'], ['80201', 'CO'], ['82001', 'WY'], ['83201', 'ID'], ['84101', 'UT'], ['85001', 'AZ'], ['87101', 'NM'],
      ['88510', 'TX'], ['89101', 'NV'], ['90001', 'CA'], ['96101', 'CA'], ['96801', 'HI'], ['96799', 'AS'], ['96910', 'GU'], ['96950', 'MP'],
      ['97201', 'OR'], ['98101', 'WA'], ['99501', 'AK'], ['99950', 'AK'],
      // Unassigned, military, freely associated states.
      ['00100', null], ['09012', null], ['34001', null], ['96201', null], ['96940', null], ['96960', null], ['42901', null],
      ['', null], ['7a761', null],
    ];
    for (const [zip, state] of cases) expect(stateForZip(zip), zip).toBe(state);
    expect(stateForZip('797')).toBe('TX');
  });
});

describe('createRowReader: address', () => {
  it('prints the mailing address lines that are present', () => {
    expect(row({ address2: ' Apt  4 ' }).address).toEqual(['1200 N Grant Ave', 'Apt 4', 'Odessa, TX 79761']);
    expect(row({ zip: '79761-1234' }).address).toEqual(['1200 N Grant Ave', 'Odessa, TX 79761-1234']);
    expect(row({ city: '' }).address).toEqual(['1200 N Grant Ave', 'TX 79761']);
    expect(row({ zip: '' }).address).toEqual(['1200 N Grant Ave', 'Odessa, TX']);
    expect(row({ city: '', zip: '' }).address).toEqual(['1200 N Grant Ave']);
    expect(row({ state: 'texas' }).address).toEqual(['1200 N Grant Ave', 'Odessa, TX 79761']);
  });

  it('uses the service address as one line when there is no mailing address', () => {
    const r = row({ address1: '', service_address: ' 500  Main St, Odessa TX 79761 ', city: 'Odessa' });
    expect(r.address).toEqual(['500 Main St, Odessa TX 79761']);
    expect(r.addressKey).toBe('500 MAIN ST ODESSA TX 79761 79761');
    expect(row({ service_address: '500 Main St' }).address).toEqual(['1200 N Grant Ave', 'Odessa, TX 79761']);
  });

  it('ignores a malformed ZIP, with a warning', () => {
    const result = accepted(read({ zip: '7976' }));
    expect(result.row.address).toEqual(['1200 N Grant Ave', 'Odessa, TX']);
    expect(result.row.addressKey).toBe('1200 N GRANT AVE ODESSA TX');
    expect(result.warnings).toEqual([{ column: 'Zip', reason: 'is not a ZIP code (12345 or 12345-6789); left out of the address', value: '7976' }]);
    for (const bad of ['797611', '79761-12', 'TX 79761', '79761 1234']) expect(warnings({ zip: bad }).map((w) => w.column), bad).toEqual(['Zip']);
  });

  it('reduces two spellings of one address to the same key', () => {
    const key = (cells: Partial<Record<string, string>>) => row(cells).addressKey;
    const expected = '1200 N GRANT AVE APT 4 79761';
    expect(key({ address1: '1200 North Grant Avenue, Apt. 4' })).toBe(expected);
    expect(key({ address1: '1200 N GRANT AVE APT 4' })).toBe(expected);
    expect(key({ address1: '1200 N. Grant Ave.', address2: 'Apartment 4' })).toBe(expected);
    expect(key({ address1: '1200 n grant ave #4' })).toBe(expected);
    expect(key({ address1: '1200 N Grant Ave', address2: 'Apt #4' })).toBe(expected);
    expect(key({ address1: '1200 N Grant Ave Apt 4', zip: '79761-0001' })).toBe(expected);
    expect(key({ address1: '1200 North Grant Avenue, Apt. 4', city: 'Somewhere Else' })).toBe(expected);
    expect(key({ address1: '1200 N Grant Ave Apt 5' })).not.toBe(expected);
  });

  it('abbreviates the usual street, direction and unit words', () => {
    expect(row({ address1: '1 Northeast Elm Street Suite 2', zip: '' }).addressKey).toBe('1 NE ELM ST STE 2 ODESSA TX');
    expect(
      row({
        address1: '1 Road Drive Boulevard Lane Court Place Parkway Highway Circle Terrace North South East West Northwest Southeast Southwest Apartment Unit',
      }).addressKey,
    ).toBe('1 RD DR BLVD LN CT PL PKWY HWY CIR TER N S E W NW SE SW APT UNIT 79761');
    expect(row({ address1: '12 Calle José Martí Ñ-4' }).addressKey).toBe('12 CALLE JOSE MARTI N4 79761');
  });

  it('keys by city and state when there is no valid ZIP', () => {
    expect(row({ zip: '', city: 'Fort  Stockton' }).addressKey).toBe('1200 N GRANT AVE FORT STOCKTON TX');
    expect(row({ zip: '', city: '' }).addressKey).toBe('1200 N GRANT AVE TX');
  });

  it('gives the same person key to one person written two ways, and another to a neighbour', () => {
    const a = row({ name: 'García, María', address1: '1200 North Grant Avenue', address2: 'Apt. 4' });
    const b = row({ name: 'MARIA GARCIA', address1: '1200 N GRANT AVE APT 4', city: 'ODESSA', state: 'Texas' });
    const c = row({ name: 'Maria Garcia', address1: '1200 N Grant Ave', address2: 'Apt 5' });
    expect(a.personKey).toMatch(/^[0-9a-f]{32}$/);
    expect(b.personKey).toBe(a.personKey);
    expect(c.personKey).not.toBe(a.personKey);
    expect(row({ name: 'Mario Garcia', address1: '1200 N Grant Ave Apt 4' }).personKey).not.toBe(a.personKey);
  });
});

describe('createRowReader: e-mail, language, channel, card, account', () => {
  it('keeps a plausible e-mail address in lower case and warns about the rest', () => {
    expect(row({ email: ' Ann.Lee+city@Example.ORG ' }).email).toBe('ann.lee+city@example.org');
    for (const bad of ['ann', 'ann@example', 'ann lee@example.com', '<ann@example.com>', 'a@b.com,c@d.com', `${'a'.repeat(250)}@b.com`, 'ann@@example.com']) {
      const result = accepted(read({ email: bad }));
      expect(result.row.email, bad).toBeNull();
      expect(result.warnings, bad).toEqual([
        { column: 'Email', reason: 'is not an e-mail address; the resident will be written to by post', value: bad.slice(0, 100) },
      ]);
    }
  });

  it('recognises languages and falls back to the default', () => {
    const language = (text: string, r = read) => accepted(r({ language: text })).row.language;
    for (const en of ['en', 'EN', 'eng', 'English', 'en-US', 'en_US']) expect(language(en), en).toBe('en');
    for (const es of ['es', 'spa', 'Spanish', 'Español', 'espanol', 'es-MX', 'es-US', 'ES_mx']) expect(language(es), es).toBe('es');
    expect(language('fr')).toBe('fr');
    expect(language('VI')).toBe('vi');
    expect(language('fr-CA')).toBe('fr');
    expect(language('es-419')).toBe('es');
    expect(language('')).toBe('en');
    const result = accepted(read({ language: 'Klingon' }));
    expect(result.row.language).toBe('en');
    expect(result.warnings).toEqual([{ column: 'Language', reason: 'is not a language; the default language (en) is used', value: 'Klingon' }]);
    expect(language('Klingon', reader({ mapping: { defaultLanguage: 'es' } }))).toBe('es');
  });

  it('maps channel values to channel ids', () => {
    const channel = (text: string, r = read) => accepted(r({ channel: text })).row.channel;
    const defaults: Record<string, string[]> = {
      one_time_payment: ['one-time online', 'one time', 'one-time', 'onetime', 'online', 'web', 'one-time payment', 'one_time_payment', 'quick pay', 'quickpay'],
      autopay: ['autopay', 'auto pay', 'auto-pay', 'recurring', 'automatic'],
      in_person: ['in person', 'in-person', 'walk-in', 'walk in', 'counter', 'cashier', 'drive-thru'],
      phone: ['ivr', 'phone', 'telephone', 'pay by phone'],
      mail: ['mail', 'check by mail', 'lockbox'],
      kiosk: ['kiosk'],
    };
    for (const [id, values] of Object.entries(defaults)) for (const value of values) expect(channel(value), value).toBe(id);
    expect(channel('  One-Time   ONLINE ')).toBe('one_time_payment');
    expect(channel('')).toBeNull();
    expect(channel('   ')).toBeNull();
  });

  it('lets the mapping name channels, before the defaults', () => {
    const r = reader({ mapping: { channels: { 'Click2Gov Portal': 'one_time_payment', Web: 'web_portal' } } });
    expect(accepted(r({ channel: 'click2gov  portal' })).row.channel).toBe('one_time_payment');
    expect(accepted(r({ channel: 'WEB' })).row.channel).toBe('web_portal');
    expect(accepted(r({ channel: 'autopay' })).row.channel).toBe('autopay');
  });

  it('turns an unknown channel into an id without a warning', () => {
    const result = accepted(read({ channel: 'Mobile App (iOS)' }));
    expect(result.row.channel).toBe('mobile_app_ios');
    expect(result.warnings).toEqual([]);
    expect(row({ channel: 'Tarjeta en línea' }).channel).toBe('tarjeta_en_linea');
    expect(row({ channel: '7-Eleven' }).channel).toBe('channel_7_eleven');
    expect(row({ channel: 'x'.repeat(80) }).channel).toBe('x'.repeat(64));
    expect(row({ channel: '---' }).channel).toBeNull();
  });

  it('keeps the last four digits of a card and warns about anything else', () => {
    for (const ok of ['1234', ' 1234 ', 'XXXX-XXXX-XXXX-1234', '************1234', 'xxxx xxxx xxxx 1234', 'VISA ...1234']) {
      expect(row({ card_last4: ok }).cardLast4, ok).toBe('1234');
    }
    for (const bad of ['123', '1234-XXXX', 'XXXX', 'n/a', '12-3']) {
      const result = accepted(read({ card_last4: bad }));
      expect(result.row.cardLast4, bad).toBeNull();
      expect(result.warnings, bad).toEqual([{ column: 'Card Last4', reason: 'is not the last four digits of a card number', value: bad }]);
    }
  });

  it('does not repeat a full card number into the warning', () => {
    expect(warnings({ card_last4: '12345' })[0]?.value).toBe('*2345');
    expect(warnings({ card_last4: '4111 1111 1111 1234' })).toEqual([
      { column: 'Card Last4', reason: 'is not the last four digits of a card number', value: '**** **** **** 1234' },
    ]);
  });

  it('keeps the account as given, trimmed', () => {
    expect(row({ account: ' 00-1234 ' }).account).toBe('00-1234');
    expect(row({ account: '   ' }).account).toBeNull();
    const result = accepted(read({ account: '9'.repeat(101) }));
    expect(result.row.account).toBeNull();
    expect(result.warnings).toEqual([{ column: 'Account', reason: 'is longer than 100 characters; left out', value: '9'.repeat(100) }]);
  });
});
