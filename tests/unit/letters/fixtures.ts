// The Odessa 2020 Click2Gov incident, as the letters service would hand it to the letter code.
import { buildLetterFacts, type LetterFactsInput } from '../../../src/letters/letter-facts.js';

export function odessaInput(overrides: Partial<LetterFactsInput> = {}): LetterFactsInput {
  return {
    incident: {
      title: 'Click2Gov one-time payment compromise',
      summary: null,
      dataElements: ['name', 'billing_address', 'card_number', 'card_expiration', 'card_security_code'],
      organization: { name: 'City of Odessa', kind: 'municipality', state: 'TX', timezone: 'America/Chicago' },
    },
    windows: [{ start: '2020-04-01', end: '2020-06-30', channel: 'one_time_payment', days: 91, sources: 1 }],
    sender: { name: 'City of Odessa', address: ['411 W 8th St', 'Odessa, TX 79761'], phone: '432-335-3200', email: 'privacy@odessa-tx.gov', website: null },
    noticeDate: '2020-10-14',
    lawEnforcementDelayed: true,
    whatWeAreDoing: null,
    ...overrides,
  };
}

export const odessaFacts = (overrides: Partial<LetterFactsInput> = {}) => buildLetterFacts(odessaInput(overrides));

export const resident = (language: string, state: string | null, name = 'Maria Garcia') => ({
  name,
  address: ['1200 N Grant Ave', 'Odessa, TX 79761'],
  language,
  state,
});
