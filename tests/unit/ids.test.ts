import { describe, expect, it } from 'vitest';
import { idFromPath, idHint, isValidId, suggestId } from '../../src/model/ids';

describe('ids', () => {
  it('accepts lowercase kebab-case only', () => {
    expect(isValidId('play-the-kurdish-card')).toBe(true);
    expect(isValidId('rec-2')).toBe(true);
    for (const bad of ['Play-Card', 'play_card', 'play--card', '-play', 'play-', 'play card', '']) {
      expect(isValidId(bad), bad).toBe(false);
    }
  });

  it('suggests a valid id from any label, including accented and punctuated text', () => {
    expect(suggestId('The Kurdish card')).toBe('the-kurdish-card');
    expect(suggestId('  Ça va? Déjà vu!  ')).toBe('ca-va-deja-vu');
    expect(suggestId('مصطفى')).toBe('new-id');
    expect(isValidId(suggestId('Lower   expectations (2020)'))).toBe(true);
  });

  it('hints with a corrected id', () => {
    expect(idHint('Kurdish Card')).toContain('"kurdish-card"');
  });

  it('takes the id from the file name, wherever the file sits', () => {
    expect(idFromPath('alaaldin-brookings-2020/play-the-kurdish-card.mdx')).toBe('play-the-kurdish-card');
    expect(idFromPath('hannah.md')).toBe('hannah');
  });
});
