import { randomBytes } from 'node:crypto';
import { PhoneCipher, maskPhone } from './phone-cipher';

describe('PhoneCipher', () => {
  const cipher = new PhoneCipher(randomBytes(32));

  it('round-trips a number and never stores it in clear', () => {
    const sealed = cipher.encrypt('13812345678');
    expect(sealed).not.toContain('13812345678');
    expect(cipher.decrypt(sealed)).toBe('13812345678');
  });

  it('uses a fresh IV each time, so equal numbers do not look equal at rest', () => {
    expect(cipher.encrypt('13812345678')).not.toBe(cipher.encrypt('13812345678'));
  });

  it('refuses a tampered ciphertext or another key', () => {
    const sealed = cipher.encrypt('13812345678');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('99999999999').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
    expect(() => new PhoneCipher(randomBytes(32)).decrypt(sealed)).toThrow();
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['010-68210000', '010****0000'],
    ['68210000', '******00'],
  ])('%s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
});
