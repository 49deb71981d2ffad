import { describe, expect, it } from 'vitest';
import { isArabicScript } from '../../src/lib/writing-system';

describe('script detection', () => {
  it('recognises names in Arabic script, alone or mixed', () => {
    expect(isArabicScript('الكاظمي')).toBe(true);
    expect(isArabicScript('al-Kadhimi (الكاظمي)')).toBe(true);
    expect(isArabicScript('Al-Kazemi')).toBe(false);
    expect(isArabicScript('Daesh')).toBe(false);
  });
});
