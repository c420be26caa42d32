// A synthetic Click2Gov-style payment export, deterministic for a seed. People are not stored:
// each is regenerated from (seed, person index), so a repeat payment can reproduce an earlier
// payer at any distance while memory stays at a few bytes per person.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const BENCH_WINDOW = { start: '2020-04-15', end: '2020-06-30', channel: 'one_time_payment' } as const;

export const EXPORT_HEADER = 'account_id,name,mailing_address1,mailing_address2,city,state,zip,email,language,payment_time,channel,card_last4';

export interface ExportStats {
  rows: number;
  persons: number;
  personsInScope: number;
  inScopeByState: Record<string, number>;
  inScopeWithEmail: number;
  bytes: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [state, city, ZIP prefix of that city, population in millions (2020, rounded)].
const STATES: [string, string, string, number][] = [
  ['AL', 'Birmingham', '352', 5.0], ['AK', 'Anchorage', '995', 0.7], ['AZ', 'Phoenix', '850', 7.2], ['AR', 'Little Rock', '722', 3.0],
  ['CA', 'Los Angeles', '900', 39.5], ['CO', 'Denver', '802', 5.8], ['CT', 'Hartford', '061', 3.6], ['DE', 'Wilmington', '198', 1.0],
  ['DC', 'Washington', '200', 0.7], ['FL', 'Miami', '331', 21.5], ['GA', 'Atlanta', '303', 10.7], ['HI', 'Honolulu', '968', 1.5],
  ['ID', 'Boise', '837', 1.8], ['IL', 'Chicago', '606', 12.8], ['IN', 'Indianapolis', '462', 6.8], ['IA', 'Des Moines', '503', 3.2],
  ['KS', 'Wichita', '672', 2.9], ['KY', 'Louisville', '402', 4.5], ['LA', 'New Orleans', '701', 4.7], ['ME', 'Portland', '041', 1.4],
  ['MD', 'Baltimore', '212', 6.2], ['MA', 'Boston', '021', 7.0], ['MI', 'Detroit', '482', 10.1], ['MN', 'Minneapolis', '554', 5.7],
  ['MS', 'Jackson', '392', 3.0], ['MO', 'Kansas City', '641', 6.2], ['MT', 'Billings', '591', 1.1], ['NE', 'Omaha', '681', 2.0],
  ['NV', 'Las Vegas', '891', 3.1], ['NH', 'Manchester', '031', 1.4], ['NJ', 'Newark', '071', 9.3], ['NM', 'Albuquerque', '871', 2.1],
  ['NY', 'New York', '100', 20.2], ['NC', 'Charlotte', '282', 10.4], ['ND', 'Fargo', '581', 0.8], ['OH', 'Columbus', '432', 11.8],
  ['OK', 'Oklahoma City', '731', 4.0], ['OR', 'Portland', '972', 4.2], ['PA', 'Philadelphia', '191', 13.0], ['RI', 'Providence', '029', 1.1],
  ['SC', 'Columbia', '292', 5.1], ['SD', 'Sioux Falls', '571', 0.9], ['TN', 'Nashville', '372', 6.9], ['TX', 'Odessa', '797', 29.1],
  ['UT', 'Salt Lake City', '841', 3.3], ['VT', 'Burlington', '054', 0.6], ['VA', 'Richmond', '232', 8.6], ['WA', 'Seattle', '981', 7.7],
  ['WV', 'Charleston', '253', 1.8], ['WI', 'Milwaukee', '532', 5.9], ['WY', 'Cheyenne', '820', 0.6],
];

// A weighted draw becomes one array index instead of a search per row.
const STATE_PICK = (() => {
  const total = STATES.reduce((s, [, , , w]) => s + w, 0);
  const table = new Uint8Array(4096);
  let at = 0;
  STATES.forEach(([, , , w], i) => {
    const end = i === STATES.length - 1 ? table.length : Math.round(at + (w / total) * table.length);
    table.fill(i, Math.round(at), end);
    at += (w / total) * table.length;
  });
  return table;
})();

// [as written, ASCII for the e-mail local part].
const FIRST: [string, string][] = [
  ['Maria', 'maria'], ['José', 'jose'], ['James', 'james'], ['Linda', 'linda'], ['Robert', 'robert'], ['Patricia', 'patricia'],
  ['Michael', 'michael'], ['Jennifer', 'jennifer'], ['David', 'david'], ['Sofía', 'sofia'], ['Luis', 'luis'], ['Ana', 'ana'],
  ['William', 'william'], ['Elizabeth', 'elizabeth'], ['Nguyễn Thị', 'nguyen'], ['Chloé', 'chloe'], ['Thomas', 'thomas'],
  ['Karen', 'karen'], ['Jesús', 'jesus'], ['Ángel', 'angel'], ['Mary', 'mary'], ['John', 'john'], ['Renée', 'renee'], ['Zoë', 'zoe'],
];
const LAST: [string, string][] = [
  ['Garcia', 'garcia'], ['Smith', 'smith'], ['Johnson', 'johnson'], ['Hernández', 'hernandez'], ['Williams', 'williams'],
  ['Brown', 'brown'], ['Martínez', 'martinez'], ['Jones', 'jones'], ['López', 'lopez'], ['Davis', 'davis'], ['Muñoz', 'munoz'],
  ['Peña', 'pena'], ['Miller', 'miller'], ['Wilson', 'wilson'], ['Anderson', 'anderson'], ["O'Brien", 'obrien'], ['Taylor', 'taylor'],
  ['Nguyen', 'nguyen'], ['Rodríguez', 'rodriguez'], ['Moore', 'moore'], ['Jackson', 'jackson'], ['Ramírez', 'ramirez'],
];
// [full, abbreviated]: the importer must see both as the same address.
const DIRECTIONS: [string, string][] = [['', ''], ['North ', 'N '], ['South ', 'S '], ['East ', 'E '], ['West ', 'W ']];
const STREETS = ['Main', 'Grant', 'Oak', 'Maple', 'Lincoln', 'Washington', 'Cedar', 'Park', 'Sunset', 'Dixie', 'University'];
const SUFFIXES: [string, string][] = [['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'], ['Boulevard', 'Blvd'], ['Court', 'Ct']];

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function days2020(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= MONTH_DAYS[m - 1]!; d++) {
      const iso = `2020-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (iso >= from && iso <= to) out.push(iso);
    }
  }
  return out;
}
const IN_WINDOW = days2020(BENCH_WINDOW.start, BENCH_WINDOW.end);
const OUT_OF_WINDOW = [...days2020('2020-01-01', '2020-03-31'), ...days2020('2020-07-01', '2020-09-30')];
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;
const csvName = (s: string) => (/[",\r\n]|[^\x20-\x7e]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

interface Person {
  account: string;
  name: string;
  street: [string, string];
  address2: string;
  state: number;
  zip: string;
  email: string;
  language: string;
  card: string;
  abbreviated: boolean;
}

function person(seed: number, index: number): Person {
  const r = mulberry32(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const [first, firstAscii] = pick(FIRST, r());
  const [last, lastAscii] = pick(LAST, r());
  const style = r();
  // Exports hold both "Last, First" (needs CSV quoting) and the odd quoted nickname.
  const name = style < 0.04 ? `${last}, ${first}` : style < 0.045 ? `${first} "Bo" ${last}` : `${first} ${last}`;
  const number = 100 + Math.floor(r() * 9800);
  const [dirFull, dirAbbr] = pick(DIRECTIONS, r());
  const street = pick(STREETS, r());
  const [sufFull, sufAbbr] = pick(SUFFIXES, r());
  const address2 = r() < 0.15 ? `Apt ${1 + Math.floor(r() * 40)}${'ABCD'[Math.floor(r() * 4)]}` : '';
  const state = STATE_PICK[Math.floor(r() * 4096)]!;
  const zip = STATES[state]![2] + PAD2[Math.floor(r() * 100)]!;
  const email = r() < 0.7 ? `${firstAscii}.${lastAscii}.${index.toString(36)}@example.test` : '';
  const l = r();
  const language = l < 0.15 ? 'es' : l < 0.75 ? 'en' : '';
  return {
    account: `${String(index + 1).padStart(8, '0')}-${PAD2[Math.floor(r() * 100)]}`,
    name,
    street: [`${number} ${dirFull}${street} ${sufFull}`, `${number} ${dirAbbr}${street} ${sufAbbr}`],
    address2,
    state,
    zip,
    email,
    language,
    card: String(Math.floor(r() * 10000)).padStart(4, '0'),
    abbreviated: r() < 0.5,
  };
}

const CHUNK_CHARS = 1 << 20;

export async function generateExport(path: string, opts: { rows: number; seed?: number }): Promise<ExportStats> {
  const seed = opts.seed ?? 1;
  const rand = mulberry32(seed);
  // Per person, one byte each: state index, has e-mail, in scope.
  const stateOf = new Uint8Array(opts.rows);
  const emailOf = new Uint8Array(opts.rows);
  const inScope = new Uint8Array(opts.rows);
  let persons = 0;
  let bytes = 0;
  const out = createWriteStream(path, { highWaterMark: CHUNK_CHARS });
  const write = async (chunk: string) => {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };
  let chunk = EXPORT_HEADER + '\n';
  for (let row = 0; row < opts.rows; row++) {
    let index: number;
    let p: Person;
    let name: string;
    let abbreviated: boolean;
    if (persons > 0 && rand() < 0.1) {
      index = Math.floor(rand() * persons);
      p = person(seed, index);
      const v = rand();
      abbreviated = v < 0.3 ? !p.abbreviated : p.abbreviated;
      name = v < 0.15 ? p.name.toUpperCase() : v > 0.9 ? p.name.toLowerCase() : p.name;
    } else {
      index = persons++;
      p = person(seed, index);
      abbreviated = p.abbreviated;
      name = p.name;
      stateOf[index] = p.state;
      emailOf[index] = p.email ? 1 : 0;
    }
    const w = rand();
    let day: string;
    let channel = 'One-time online';
    if (w < 0.1) day = pick(OUT_OF_WINDOW, rand());
    else {
      day = pick(IN_WINDOW, rand());
      if (w < 0.2) channel = 'Autopay';
      else inScope[index] = 1;
    }
    const time = `${day} ${PAD2[6 + Math.floor(rand() * 17)]}:${PAD2[Math.floor(rand() * 60)]}:${PAD2[Math.floor(rand() * 60)]}`;
    const [stateCode, city] = STATES[p.state]!;
    chunk += `${p.account},${csvName(name)},${p.street[abbreviated ? 1 : 0]},${p.address2},${city},${stateCode},${p.zip},${p.email},${p.language},${time},${channel},${p.card}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      await write(chunk);
      chunk = '';
    }
  }
  if (chunk) await write(chunk);
  out.end();
  await once(out, 'finish');

  const inScopeByState: Record<string, number> = {};
  let personsInScope = 0;
  let inScopeWithEmail = 0;
  for (let i = 0; i < persons; i++) {
    if (!inScope[i]) continue;
    personsInScope++;
    inScopeWithEmail += emailOf[i]!;
    const code = STATES[stateOf[i]!]![0];
    inScopeByState[code] = (inScopeByState[code] ?? 0) + 1;
  }
  return { rows: opts.rows, persons, personsInScope, inScopeByState, inScopeWithEmail, bytes };
}
