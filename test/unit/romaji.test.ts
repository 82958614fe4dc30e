import { describe, expect, it } from 'vitest';
import { romaji } from '../../src/i18n/romaji';

describe('romaji from the 総務省 readings', () => {
  it.each([
    ['はちおうじ', 'hachioji'],
    ['さっぽろ', 'sapporo'],
    ['とくしま', 'tokushima'],
    ['きょうと', 'kyoto'],
    ['せんだい', 'sendai'],
    ['いっちょう', 'itcho'],
    ['しんじゅく', 'shinjuku'],
    ['ちゅうおう', 'chuo'],
  ])('%s → %s', (kana, roman) => expect(romaji(kana)).toBe(roman));
});
