// form-js 1.8.7 validates in English only; these are its messages in Norwegian.
const NB = [
  [/^Field is required\.$/, () => 'Feltet må fylles ut.'],
  [/^Field must have minimum value of (.+)\.$/, m => `Verdien må være minst ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, m => `Verdien kan være høyst ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, m => `Feltet må ha minst ${m[1]} tegn.`],
  [/^Field must have maximum length of (.+)\.$/, m => `Feltet kan ha høyst ${m[1]} tegn.`],
  [/^Field must match pattern (.+)\.$/, () => 'Feltet har feil format.'],
  [/^Field must be a valid email\.$/, () => 'Feltet må være en gyldig e-postadresse.'],
  [/^Field must be a valid international phone number/, () => 'Feltet må være et gyldig telefonnummer.'],
  [/^Value is not a number\.$/, () => 'Verdien er ikke et tall.'],
  [/^Value is expected to be an integer\.$/, () => 'Verdien må være et heltall.'],
  [/^Date and time must both be entered\.$/, () => 'Både dato og klokkeslett må fylles ut.'],
];

export function translateError(message, lang) {
  if (lang === 'en') {
    return message;
  }
  for (const [pattern, text] of NB) {
    const match = message.match(pattern);
    if (match) {
      return text(match);
    }
  }
  return message;
}
