import { describe, expect, it } from 'vitest';
import { labelBesideNumber } from '../../src/domain/labels';

describe('a label beside its number', () => {
  it('keeps a memory aid without repeating the number, and drops a label that is only the number', () => {
    expect(labelBesideNumber('#8891（はやくワンストップ）', '#8891')).toBe('はやくワンストップ');
    expect(labelBesideNumber('0570-783-554（なやみはここよ）', '0570-783-554')).toBe('なやみはここよ');
    expect(labelBesideNumber('110', '110')).toBeUndefined();
    expect(labelBesideNumber('NTTひかり電話から（無料）', '0120-8891-77')).toBe('NTTひかり電話から（無料）');
    expect(labelBesideNumber(undefined, '#9110')).toBeUndefined();
  });
});
