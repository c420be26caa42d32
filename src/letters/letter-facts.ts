// Everything in a resident letter that is the same for every resident, worded once per incident in
// each supported language. Rendering a letter is then only a template call with the recipient's
// name and address added, however many thousands of residents there are.
import { DateTime } from 'luxon';
import type { MergedWindow, OrganizationInfo } from '../domain/types.js';
import { catalogue } from '../rules/index.js';
import type { LetterLanguage } from './template-registry.js';

export interface ContactInfo {
  name: string;
  phone: string;
  website: string;
  address: string;
}

export interface SenderInfo {
  name: string;
  address: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface LanguageFacts {
  lang: LetterLanguage;
  subject: string;
  organization: string;
  sender: SenderInfo;
  headings: Record<'title' | 'whatHappened' | 'whatInformation' | 'whatWeAreDoing' | 'whatYouCanDo' | 'otherInformation' | 'forMoreInformation', string>;
  noticeDate: string;
  whatHappened: string;
  /** The exposure window(s) as a phrase: "between April 1, 2020 and June 30, 2020". */
  exposure: string;
  breachDates: string;
  informationIntro: string;
  dataElements: string[];
  whatWeAreDoing: string;
  lawEnforcementDelay: string | null;
  whatYouCanDoIntro: string;
  whatYouCanDo: string[];
  reviewStatements: string;
  creditBureausIntro: string;
  creditBureaus: ContactInfo[];
  ftc: string;
  ftcContact: ContactInfo;
  fcraRights: string;
  attorneyGeneralIntro: string;
  attorneyGeneralGeneric: string;
  attorneysGeneral: Readonly<Record<string, ContactInfo>>;
  contactIntro: string;
  contactLines: string[];
  /** Massachusetts (ch. 93H, § 3(b)): the right to a police report, and the free security freeze. */
  policeReport: string;
  securityFreezeIntro: string;
  securityFreezeNeeds: string[];
}

export type LetterFacts = Readonly<Record<LetterLanguage, LanguageFacts>>;

export interface LetterFactsInput {
  incident: { title: string; summary: string | null; dataElements: string[]; organization: OrganizationInfo };
  windows: MergedWindow[];
  sender: SenderInfo;
  noticeDate: string;
  lawEnforcementDelayed: boolean;
  whatWeAreDoing: string | null;
}

const CREDIT_BUREAUS: ContactInfo[] = [
  { name: 'Equifax', phone: '1-888-298-0045', website: 'www.equifax.com', address: 'P.O. Box 105788, Atlanta, GA 30348-5788' },
  { name: 'Experian', phone: '1-888-397-3742', website: 'www.experian.com', address: 'P.O. Box 9554, Allen, TX 75013' },
  // The security-freeze lines and addresses: freezes and fraud alerts are what the letter sends people there for.
  { name: 'TransUnion', phone: '1-888-909-8872', website: 'www.transunion.com/credit-freeze', address: 'P.O. Box 160, Woodlyn, PA 19094' },
];

const FTC: ContactInfo = {
  name: 'Federal Trade Commission',
  phone: '1-877-438-4338 (1-877-ID-THEFT)',
  website: 'www.identitytheft.gov · www.ftc.gov',
  address: '600 Pennsylvania Avenue NW, Washington, DC 20580',
};

// Each jurisdiction's consumer-protection contact lives with its rules (src/rules/<state>.ts), with
// where it was read and when; a state without one gets the generic "your state's attorney
// general" wording rather than a guessed number.
const ATTORNEYS_GENERAL: Readonly<Record<string, ContactInfo>> = Object.freeze(
  Object.fromEntries(
    catalogue.flatMap((j) => (j.consumerContact ? [[j.code, { name: j.consumerContact.name, phone: j.consumerContact.phone, website: j.consumerContact.website, address: j.consumerContact.address }]] : [])),
  ),
);

// Data element id → [English, Spanish], in words a resident uses.
const DATA_ELEMENTS: Record<string, [string, string]> = {
  name: ['Your name', 'Su nombre'],
  address: ['Your mailing address', 'Su dirección postal'],
  billing_address: ['Your billing address', 'Su dirección de facturación'],
  card_number: ['Your payment card number', 'El número de su tarjeta de pago'],
  card_expiration: ["Your card's expiration date", 'La fecha de vencimiento de su tarjeta'],
  card_security_code: ["Your card's security code (CVV)", 'El código de seguridad de su tarjeta (CVV)'],
  ssn: ['Your Social Security number', 'Su número de Seguro Social'],
  drivers_license: ["Your driver's license or state ID number", 'El número de su licencia de conducir o identificación estatal'],
  passport: ['Your passport number', 'Su número de pasaporte'],
  account_number: ['Your account number', 'Su número de cuenta'],
  email: ['Your email address', 'Su correo electrónico'],
  username: ['Your username', 'Su nombre de usuario'],
  password: ['Your password', 'Su contraseña'],
  date_of_birth: ['Your date of birth', 'Su fecha de nacimiento'],
  phone: ['Your phone number', 'Su número de teléfono'],
  medical: ['Medical information about you', 'Información médica sobre usted'],
  health_insurance: ['Your health insurance information', 'La información de su seguro médico'],
  biometric: ['Biometric data about you (such as a fingerprint or face scan)', 'Sus datos biométricos (como una huella digital o un escaneo facial)'],
  geolocation: ['Information about your precise location', 'Información sobre su ubicación precisa'],
};

const DATE_FORMAT: Record<LetterLanguage, string> = { en: 'MMMM d, yyyy', es: "d 'de' MMMM 'de' yyyy" };

function dateInWords(iso: string, lang: LetterLanguage): string {
  const d = DateTime.fromISO(iso, { zone: 'utc' });
  if (!d.isValid) throw new Error(`not a calendar date: ${iso}`);
  return d.setLocale(lang).toFormat(DATE_FORMAT[lang]);
}

/** "between April 1, 2020 and June 30, 2020" / "entre el 1 de abril de 2020 y el 30 de junio de 2020". */
export function exposureInWords(windows: readonly Pick<MergedWindow, 'start' | 'end'>[], lang: LetterLanguage): string {
  if (windows.length === 0) return lang === 'es' ? 'durante un período que todavía estamos investigando' : 'during a period we are still investigating';
  const phrases = windows.map(({ start, end }) => {
    const [s, e] = [dateInWords(start, lang), dateInWords(end, lang)];
    if (start === end) return lang === 'es' ? `el ${s}` : `on ${s}`;
    return lang === 'es' ? `entre el ${s} y el ${e}` : `between ${s} and ${e}`;
  });
  // Each phrase has its own "and"/"y" inside, so the last one is always set off by a comma.
  const last = phrases.pop()!;
  return phrases.length === 0 ? last : `${phrases.join(', ')}, ${lang === 'es' ? 'y' : 'and'} ${last}`;
}

export function dataElementInWords(id: string, lang: LetterLanguage): string {
  const known = DATA_ELEMENTS[id];
  if (known) return known[lang === 'es' ? 1 : 0];
  const words = id.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function contactLines(s: SenderInfo, lang: LetterLanguage): string[] {
  const [phone, email, web, mail] = lang === 'es' ? ['Teléfono', 'Correo electrónico', 'Sitio web', 'Por correo'] : ['Phone', 'Email', 'Website', 'By mail'];
  return [
    ...(s.phone ? [`${phone}: ${s.phone}`] : []),
    ...(s.email ? [`${email}: ${s.email}`] : []),
    ...(s.website ? [`${web}: ${s.website}`] : []),
    // Always present, so the contact block can never come out empty.
    `${mail}: ${[s.name, ...s.address].join(', ')}`,
  ];
}

const hasCardData = (ids: string[]) => ids.some((id) => id.startsWith('card_'));

function english(i: LetterFactsInput): Omit<LanguageFacts, 'lang' | 'sender' | 'noticeDate' | 'exposure' | 'dataElements' | 'creditBureaus' | 'ftcContact' | 'attorneysGeneral' | 'contactLines'> {
  const org = i.incident.organization.name;
  const exposure = exposureInWords(i.windows, 'en');
  return {
    subject: `Notice of Data Breach — ${org}`,
    organization: org,
    headings: { title: 'Notice of Data Breach', whatHappened: 'What Happened', whatInformation: 'What Information Was Involved', whatWeAreDoing: 'What We Are Doing', whatYouCanDo: 'What You Can Do', otherInformation: 'Other Important Information', forMoreInformation: 'For More Information' },
    whatHappened: i.incident.summary?.trim() || `Someone without permission got into one of our computer systems and may have seen or copied information that residents entered into it.`,
    breachDates: `Based on our investigation, your information may have been exposed ${exposure}.`,
    informationIntro: 'The information that may have been involved is:',
    whatWeAreDoing: i.whatWeAreDoing?.trim() || `As soon as we learned of the incident, we secured the system, started an investigation with outside security experts, and took steps to keep this from happening again.${i.lawEnforcementDelayed ? ' We also reported the incident to law enforcement and are cooperating with their investigation.' : ''} We are sending you this letter so that you can take steps to protect yourself.`,
    lawEnforcementDelay: i.lawEnforcementDelayed ? 'We sent this notice later than we otherwise would have because law enforcement asked us to wait, so that notice would not interfere with their criminal investigation.' : null,
    whatYouCanDoIntro: 'We encourage you to take these steps. All of them are free.',
    whatYouCanDo: [
      'Get your free credit reports at www.annualcreditreport.com or by calling 1-877-322-8228, and look for accounts or inquiries you do not recognize.',
      'Place a fraud alert on your credit file. It tells businesses to check with you before opening a new account in your name. It lasts one year, and you only need to contact one of the three credit bureaus below; that bureau will tell the other two.',
      'Consider a security freeze. It stops anyone from opening new credit in your name until you lift it. You must contact each of the three credit bureaus to place one, and they may ask for your name, address, date of birth and Social Security number.',
      'If you think someone has used your information, report it at www.identitytheft.gov and to your local police department.',
    ],
    reviewStatements: hasCardData(i.incident.dataElements)
      ? 'Please review your credit and debit card statements carefully over the next 12 to 24 months. If you see a charge you do not recognize, call the number on the back of your card right away: your card issuer can cancel the card and send you a new one, and card issuers generally do not hold you responsible for fraudulent charges you report promptly.'
      : 'Please review your bank and other account statements carefully over the next 12 to 24 months, and report anything you do not recognize to the bank or company right away.',
    creditBureausIntro: 'To place a fraud alert or a security freeze, or to ask about your credit report, contact the three nationwide credit bureaus:',
    ftc: 'The Federal Trade Commission (FTC) offers free information about identity theft, fraud alerts and security freezes. You can report identity theft and get a personal recovery plan at www.identitytheft.gov.',
    fcraRights: 'You have rights under the federal Fair Credit Reporting Act, including the right to know what is in your credit file, to dispute incomplete or inaccurate information, and to have credit bureaus correct or delete information that is inaccurate, incomplete or cannot be verified. You can read a summary of your rights at www.consumerfinance.gov/learnmore or www.ftc.gov.',
    attorneyGeneralIntro: 'You can also contact your state attorney general for information about preventing identity theft or to report it:',
    attorneyGeneralGeneric: "You can also contact your state's attorney general for information about preventing identity theft, fraud alerts and security freezes, or to report identity theft.",
    contactIntro: `If you have questions, we are here to help. Please contact ${org}:`,
    policeReport: 'You have the right to obtain a police report about this incident. If you become a victim of identity theft, you also have the right to file a police report and to get a copy of it.',
    securityFreezeIntro: 'You can place a security freeze on your credit report, free of charge. A freeze stops a credit bureau from releasing your report without your permission, so no one can open new credit in your name. To request one, contact each of the three credit bureaus below by phone, online or by mail, and give them:',
    securityFreezeNeeds: [
      'Your full name, with middle initial and any suffix',
      'Your Social Security number and date of birth',
      'Your addresses for the past five years',
      'Proof of your current address, such as a utility bill or bank statement',
      "A copy of a government-issued ID card, such as a driver's license",
      'If you are a victim of identity theft, a copy of the police report or investigative report',
    ],
  };
}

function spanish(i: LetterFactsInput): ReturnType<typeof english> {
  const org = i.incident.organization.name;
  const exposure = exposureInWords(i.windows, 'es');
  return {
    subject: `Aviso de violación de datos — ${org}`,
    organization: org,
    // California requires its English headings; Spanish comes first so the letter reads naturally.
    headings: { title: 'Aviso de violación de datos (Notice of Data Breach)', whatHappened: 'Qué sucedió (What Happened)', whatInformation: 'Qué información estuvo involucrada (What Information Was Involved)', whatWeAreDoing: 'Qué estamos haciendo (What We Are Doing)', whatYouCanDo: 'Qué puede hacer usted (What You Can Do)', otherInformation: 'Otra información importante (Other Important Information)', forMoreInformation: 'Para más información (For More Information)' },
    // A staff-written summary is in English, so the Spanish letter uses its own plain account.
    whatHappened: `Una persona sin autorización logró entrar en uno de nuestros sistemas informáticos y pudo haber visto o copiado información que los residentes ingresaron en él.`,
    breachDates: `Según nuestra investigación, su información pudo haber quedado expuesta ${exposure}.`,
    informationIntro: 'La información que pudo haberse visto afectada es:',
    whatWeAreDoing: i.whatWeAreDoing?.trim() || `En cuanto supimos del incidente, protegimos el sistema, iniciamos una investigación con expertos externos en seguridad y tomamos medidas para que no vuelva a ocurrir.${i.lawEnforcementDelayed ? ' También informamos del incidente a las autoridades policiales y colaboramos con su investigación.' : ''} Le enviamos esta carta para que pueda tomar medidas para protegerse.`,
    lawEnforcementDelay: i.lawEnforcementDelayed ? 'Este aviso le llega más tarde de lo habitual porque las autoridades policiales nos pidieron esperar para no interferir con su investigación criminal.' : null,
    whatYouCanDoIntro: 'Le recomendamos seguir estos pasos. Todos son gratuitos.',
    whatYouCanDo: [
      'Obtenga sus informes de crédito gratuitos en www.annualcreditreport.com o llamando al 1-877-322-8228, y revise si hay cuentas o consultas que no reconozca.',
      'Coloque una alerta de fraude en su expediente de crédito. La alerta pide a las empresas que verifiquen su identidad antes de abrir una cuenta nueva a su nombre. Dura un año y basta con comunicarse con una de las tres agencias de crédito: esa agencia avisará a las otras dos.',
      'Considere un congelamiento de crédito (security freeze). Impide que alguien abra crédito nuevo a su nombre hasta que usted lo levante. Debe solicitarlo a cada una de las tres agencias de crédito; pueden pedirle su nombre, dirección, fecha de nacimiento y número de Seguro Social.',
      'Si cree que alguien ha usado su información, denúncielo en www.identitytheft.gov (disponible en español en www.robodeidentidad.gov) y ante la policía local.',
    ],
    reviewStatements: hasCardData(i.incident.dataElements)
      ? 'Revise con cuidado los estados de cuenta de sus tarjetas de crédito y débito durante los próximos 12 a 24 meses. Si ve un cargo que no reconoce, llame de inmediato al número que aparece en el reverso de su tarjeta: el banco emisor puede cancelarla y enviarle una nueva, y por lo general usted no es responsable de los cargos fraudulentos que reporte a tiempo.'
      : 'Revise con cuidado los estados de cuenta de su banco y de otras cuentas durante los próximos 12 a 24 meses, e informe de inmediato al banco o a la empresa sobre cualquier movimiento que no reconozca.',
    creditBureausIntro: 'Para colocar una alerta de fraude o un congelamiento de crédito, o para hacer preguntas sobre su informe de crédito, comuníquese con las tres agencias nacionales de crédito:',
    ftc: 'La Comisión Federal de Comercio (FTC) ofrece información gratuita sobre el robo de identidad, las alertas de fraude y los congelamientos de crédito. Puede denunciar un robo de identidad y recibir un plan de recuperación personalizado en www.robodeidentidad.gov.',
    fcraRights: 'La ley federal de Informes Justos de Crédito (Fair Credit Reporting Act) le da derechos, entre ellos el de saber qué contiene su expediente de crédito, disputar información incompleta o incorrecta, y pedir que las agencias de crédito corrijan o eliminen la información incorrecta, incompleta o que no se pueda verificar. Puede leer un resumen de sus derechos en www.consumerfinance.gov/learnmore o www.ftc.gov.',
    attorneyGeneralIntro: 'También puede comunicarse con el procurador general (attorney general) de su estado para informarse sobre cómo prevenir el robo de identidad o para denunciarlo:',
    attorneyGeneralGeneric: 'También puede comunicarse con el procurador general (attorney general) de su estado para informarse sobre cómo prevenir el robo de identidad, las alertas de fraude y los congelamientos de crédito, o para denunciar un robo de identidad.',
    contactIntro: `Si tiene preguntas, con gusto le ayudamos. Comuníquese con ${org}:`,
    policeReport: 'Usted tiene derecho a obtener un informe policial sobre este incidente. Si llega a ser víctima de robo de identidad, también tiene derecho a presentar una denuncia ante la policía y a recibir una copia.',
    securityFreezeIntro: 'Puede colocar un congelamiento de crédito (security freeze) en su informe de crédito, sin costo alguno. El congelamiento impide que una agencia de crédito entregue su informe sin su permiso, de modo que nadie pueda abrir crédito nuevo a su nombre. Para solicitarlo, comuníquese con cada una de las tres agencias de crédito que aparecen abajo, por teléfono, en línea o por correo, y proporcione:',
    securityFreezeNeeds: [
      'Su nombre completo, con la inicial del segundo nombre y cualquier sufijo',
      'Su número de Seguro Social y su fecha de nacimiento',
      'Sus direcciones de los últimos cinco años',
      'Un comprobante de su dirección actual, como una factura de servicios o un estado de cuenta bancario',
      'Una copia de una identificación oficial, como su licencia de conducir',
      'Si es víctima de robo de identidad, una copia del informe policial o de investigación',
    ],
  };
}

export function buildLetterFacts(input: LetterFactsInput): LetterFacts {
  const block = (lang: LetterLanguage, words: ReturnType<typeof english>): LanguageFacts => ({
    lang,
    ...words,
    sender: { ...input.sender, address: [...input.sender.address] },
    noticeDate: dateInWords(input.noticeDate, lang),
    exposure: exposureInWords(input.windows, lang),
    dataElements: [...new Set(input.incident.dataElements)].map((id) => dataElementInWords(id, lang)),
    creditBureaus: CREDIT_BUREAUS,
    ftcContact: FTC,
    attorneysGeneral: ATTORNEYS_GENERAL,
    contactLines: contactLines(input.sender, lang),
  });
  return Object.freeze({ en: block('en', english(input)), es: block('es', spanish(input)) });
}
