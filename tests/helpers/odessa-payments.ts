// A small Odessa 2020 payment export for the web app's tests: 260 Texans (enough for the 250-resident
// attorney-general threshold), a New Mexican and a Texan who paid before the exposure; a handful have
// an e-mail address, the rest get printed letters.
const HEADER = 'Account,Cardholder,Mailing Address,Address 2,City,State,Zip,Email,Preferred Language,Payment Time,Payment Type,Last4';

export const ODESSA_EMAIL_RESIDENTS = ['maria@example.com', 'john@example.com', 'bob@example.com', 'ana@example.com'];

export function odessaPaymentsCsv(): string {
  const rows = [
    'A-1,"García, María",1200 North Grant Avenue,Apt. 4,Odessa,TX,79761,maria@example.com,Spanish,2020-05-03 14:22:00,One-time online,1111',
    'A-2,John Smith,500 W 2nd St,,Odessa,TX,79761,john@example.com,en,2020-05-10 08:00:00,One-time online,2222',
    'A-3,Ana Lopez,12 Main St,,Hobbs,NM,88240,ana@example.com,en,2020-06-30 11:59:00,One-time online,3333',
    'A-4,Bob Jones,9 Elm St,,Odessa,TX,79762,bob@example.com,en,2020-04-15 10:00:00,One-time online,4444',
    'A-5,Carol White,3 Pine Rd,,Midland,TX,79701,carol@example.com,en,2020-03-20 09:00:00,One-time online,5555',
  ];
  for (let i = 0; i < 257; i++) {
    const n = String(i).padStart(3, '0');
    rows.push(`B-${n},Resident ${n},${100 + i} W County Rd,,Odessa,TX,7976${i % 4},,en,2020-05-${String(1 + (i % 28)).padStart(2, '0')} 12:00:00,One-time online,${String(1000 + i)}`);
  }
  return `${HEADER}\n${rows.join('\n')}\n`;
}
