import { describe, expect, it } from 'vitest';
import { dataElementInWords, exposureInWords } from '../../../src/letters/letter-facts.js';
import { odessaFacts } from './fixtures.js';

describe('letter facts', () => {
  it('words the Odessa exposure window in English and Spanish', () => {
    const facts = odessaFacts();
    expect(facts.en.exposure).toBe('between April 1, 2020 and June 30, 2020');
    expect(facts.es.exposure).toBe('entre el 1 de abril de 2020 y el 30 de junio de 2020');
    expect(facts.es.breachDates).toContain('abril de 2020');
  });

  it('joins several windows readably and words a single day', () => {
    const windows = [
      { start: '2020-01-05', end: '2020-01-05' },
      { start: '2020-04-01', end: '2020-06-30' },
    ];
    expect(exposureInWords(windows, 'en')).toBe('on January 5, 2020, and between April 1, 2020 and June 30, 2020');
    expect(exposureInWords([...windows, { start: '2021-02-01', end: '2021-02-10' }], 'en')).toBe(
      'on January 5, 2020, between April 1, 2020 and June 30, 2020, and between February 1, 2021 and February 10, 2021',
    );
    expect(exposureInWords(windows, 'es')).toBe('el 5 de enero de 2020, y entre el 1 de abril de 2020 y el 30 de junio de 2020');
    expect(exposureInWords([], 'en')).toMatch(/still investigating/);
  });

  it('formats the notice date and the data elements per language', () => {
    const facts = odessaFacts();
    expect(facts.en.noticeDate).toBe('October 14, 2020');
    expect(facts.es.noticeDate).toBe('14 de octubre de 2020');
    expect(facts.en.dataElements).toContain('Your payment card number');
    expect(facts.es.dataElements).toContain('El número de su tarjeta de pago');
    expect(dataElementInWords('utility_account_pin', 'en')).toBe('Utility account pin');
  });

  it('adds the law-enforcement sentences only when notice was delayed', () => {
    const delayed = odessaFacts();
    expect(delayed.en.lawEnforcementDelay).toMatch(/law enforcement/);
    expect(delayed.en.whatWeAreDoing).toMatch(/reported the incident to law enforcement/);
    expect(delayed.es.lawEnforcementDelay).toMatch(/autoridades/);
    const prompt = odessaFacts({ lawEnforcementDelayed: false });
    expect(prompt.en.lawEnforcementDelay).toBeNull();
    expect(prompt.en.whatWeAreDoing).not.toMatch(/law enforcement/);
    expect(odessaFacts({ whatWeAreDoing: 'We replaced the payment vendor.' }).en.whatWeAreDoing).toBe('We replaced the payment vendor.');
  });

  it('carries the standard help: bureaus, FTC, FCRA, card statements', () => {
    const { en } = odessaFacts();
    expect(en.creditBureaus.map((b) => b.name)).toEqual(['Equifax', 'Experian', 'TransUnion']);
    expect(en.ftcContact.phone).toContain('1-877-438-4338');
    expect(en.ftcContact.website).toContain('identitytheft.gov');
    expect(en.fcraRights).toMatch(/Fair Credit Reporting Act/);
    expect(en.whatYouCanDo.join(' ')).toMatch(/annualcreditreport\.com/);
    expect(en.reviewStatements).toMatch(/card statements/);
    expect(en.contactLines).toEqual(['Phone: 432-335-3200', 'Email: privacy@odessa-tx.gov', 'By mail: City of Odessa, 411 W 8th St, Odessa, TX 79761']);
  });
});
