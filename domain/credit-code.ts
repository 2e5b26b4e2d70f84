// The unified social credit code (GB 32100-2015): 18 characters from a 31-character alphabet, the last one a
// check character over the first 17 with fixed weights.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(body17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(body17[i] ?? '?');
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** A mainland mobile number: the only kind that receives SMS (a one-time code, issue 16). */
export const isMobilePhone = (phone: string): boolean => MOBILE.test(phone);

export function isValidPhone(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone);
}
