// Plain-language names for the incident file's codes, for staff who are not lawyers.
import { DATA_ELEMENTS, type DataElement, type Recipient } from '../../rules/types.js';

const RECIPIENT_LABELS: Record<Recipient, string> = {
  individuals: 'Affected residents',
  attorney_general: 'Attorney general',
  consumer_reporting_agencies: 'Credit bureaus',
  state_agency: 'State agency',
  regulator: 'Regulator',
  data_owner: 'Data owner (vendor’s duty)',
  media: 'News media',
  card_brands: 'Card brands',
};

export function recipientLabel(code: string): string {
  return RECIPIENT_LABELS[code as Recipient] ?? code;
}

export const DATA_ELEMENT_LABELS: Record<DataElement, string> = {
  name: 'Name',
  ssn: 'Social Security number',
  drivers_license: 'Driver’s licence number',
  state_id: 'State ID card number',
  passport: 'Passport number',
  military_id: 'Military ID number',
  tax_id: 'Taxpayer ID number',
  card_number: 'Payment card number',
  card_expiration: 'Card expiration date',
  card_security_code: 'Card security code (CVV)',
  account_number: 'Bank or utility account number',
  access_code: 'Access code or PIN for an account',
  username: 'User name',
  email: 'E-mail address',
  password: 'Password',
  security_question: 'Security question and answer',
  biometric: 'Biometric data (fingerprint, face)',
  medical: 'Medical information',
  health_insurance: 'Health insurance information',
  genetic: 'Genetic data',
  date_of_birth: 'Date of birth',
  mothers_maiden_name: 'Mother’s maiden name',
  digital_signature: 'Digital signature',
  employee_id: 'Employee ID number',
  billing_address: 'Billing address',
  phone: 'Phone number',
  geolocation: 'Precise location (geolocation)',
};

export const DATA_ELEMENT_CHOICES = DATA_ELEMENTS.map((code) => ({ code, label: DATA_ELEMENT_LABELS[code] }));

const EVENT_LABELS: Record<string, string> = {
  discovered: 'Breach discovered',
  notified_by_vendor: 'Vendor told us',
  determined: 'Breach confirmed (determination)',
  scope_identified: 'Scope identified',
  materiality_determined: 'Materiality determined',
  recovered: 'Systems recovered',
  law_enforcement_delay: 'Law enforcement asked to delay notice',
  notified: 'Notice sent',
  disclosed_publicly: 'Made public',
};

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? type;
}
