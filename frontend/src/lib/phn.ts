import { currentIntl, msg, type MessageId } from '../i18n';

/**
 * The BC Personal Health Number check, as the API does it (backend `org.openpas.common.Phn`):
 * 10 digits, the first a 9, the last a check digit over digits 2–9 with weights
 * 2, 4, 8, 5, 10, 9, 7, 3: s = Σ(dᵢ·wᵢ mod 11), check = (11 − s mod 11) mod 11, never 10.
 */
const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3];

export function isValidPhn(phn: string): boolean {
  if (!/^9\d{9}$/.test(phn)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + ((Number(phn[i + 1]) * w) % 11), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(phn[9]);
}

const say = (id: MessageId, values?: Record<string, number>) => currentIntl().formatMessage({ id }, values);

/** What is wrong with a PHN being typed, in the page's language, or undefined when it is valid (or still empty). */
export function phnProblem(phn: string): string | undefined {
  const digits = phn.replace(/\s/g, '');
  if (digits === '') return undefined;
  if (!/^\d*$/.test(digits)) return say(msg('patient.phn.digitsOnly'));
  if (digits[0] !== '9') return say(msg('patient.phn.startsWith9'));
  if (digits.length < 10) return say(msg('patient.phn.moreToGo'), { count: 10 - digits.length });
  if (digits.length > 10) return say(msg('patient.phn.tooLong'));
  return isValidPhn(digits) ? undefined : say(msg('patient.phn.invalid'));
}
