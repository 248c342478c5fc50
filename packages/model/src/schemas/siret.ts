/**
 * Whether a SIRET (14 digits) has a valid Luhn key. La Poste's establishments (SIREN 356000000)
 * use another key: the sum of the digits is a multiple of 5.
 *
 * @example isValidSiret('73282932000074') // true
 */
export function isValidSiret(value: string): boolean {
  if (typeof value !== 'string' || !/^\d{14}$/.test(value)) return false;
  if (value.startsWith('356000000')) {
    let sum = 0;
    for (const c of value) sum += Number(c);
    return sum % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(value[13 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
