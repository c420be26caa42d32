import { describe, expect, it } from 'vitest';
import { printRecipient } from '../../../src/letters/print-recipient.js';

describe('printRecipient', () => {
  it("takes a resident letter's name and postal lines", () => {
    expect(printRecipient({ recipient: { name: 'María García', address: ['1200 N Grant Ave', 'Apt. 4', 'Odessa, TX 79761'] } }, null)).toEqual({
      name: 'María García',
      address: ['1200 N Grant Ave', 'Apt. 4', 'Odessa, TX 79761'],
    });
  });

  // A regulator notice's merge names the recipient kind as text ("attorney_general"): printing the
  // Texas AG's notice once crashed on it.
  it("addresses a regulator notice to the office, with its one-line address split for the window", () => {
    const merge = { recipient: 'attorney_general', regulator: { name: 'Texas Attorney General', address: 'P.O. Box 12548, Austin, TX 78711-2548' } };
    expect(printRecipient(merge, 'attorney_general')).toEqual({ name: 'Texas Attorney General', address: ['P.O. Box 12548', 'Austin, TX 78711-2548'] });
  });

  it('keeps an address it cannot split as one line, and copes with none', () => {
    expect(printRecipient({ regulator: { name: 'Office', address: 'Somewhere abroad' } }, null).address).toEqual(['Somewhere abroad']);
    expect(printRecipient({ regulator: { name: 'Office', address: null } }, null)).toEqual({ name: 'Office', address: [] });
    expect(printRecipient(null, 'attorney_general')).toEqual({ name: 'attorney_general', address: [] });
  });
});
