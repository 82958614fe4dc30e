/**
 * Hepburn romaji from a hiragana reading (the 総務省 list's readings), as people type place names:
 * no macrons, long vowels written once (はちおうじ → hachioji), っ doubling the next consonant.
 */
const DIGRAPHS: Record<string, string> = {
  きゃ: 'kya', きゅ: 'kyu', きょ: 'kyo', しゃ: 'sha', しゅ: 'shu', しょ: 'sho', ちゃ: 'cha', ちゅ: 'chu', ちょ: 'cho',
  にゃ: 'nya', にゅ: 'nyu', にょ: 'nyo', ひゃ: 'hya', ひゅ: 'hyu', ひょ: 'hyo', みゃ: 'mya', みゅ: 'myu', みょ: 'myo',
  りゃ: 'rya', りゅ: 'ryu', りょ: 'ryo', ぎゃ: 'gya', ぎゅ: 'gyu', ぎょ: 'gyo', じゃ: 'ja', じゅ: 'ju', じょ: 'jo',
  ぢゃ: 'ja', ぢゅ: 'ju', ぢょ: 'jo', びゃ: 'bya', びゅ: 'byu', びょ: 'byo', ぴゃ: 'pya', ぴゅ: 'pyu', ぴょ: 'pyo',
  // Loanwords in organisations' names (ふぁみりー, うぃず, てぃー).
  ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo', うぃ: 'wi', うぇ: 'we', うぉ: 'wo', てぃ: 'ti', でぃ: 'di', しぇ: 'she', じぇ: 'je', ちぇ: 'che', ゔぁ: 'va',
};
const KANA =
  'あ a い i う u え e お o か ka き ki く ku け ke こ ko さ sa し shi す su せ se そ so た ta ち chi つ tsu て te と to ' +
  'な na に ni ぬ nu ね ne の no は ha ひ hi ふ fu へ he ほ ho ま ma み mi む mu め me も mo や ya ゆ yu よ yo ' +
  'ら ra り ri る ru れ re ろ ro わ wa を o ん n が ga ぎ gi ぐ gu げ ge ご go ざ za じ ji ず zu ぜ ze ぞ zo ' +
  'だ da ぢ ji づ zu で de ど do ば ba び bi ぶ bu べ be ぼ bo ぱ pa ぴ pi ぷ pu ぺ pe ぽ po ゐ i ゑ e ゔ vu';
const words = KANA.split(' ');
const SINGLE: Record<string, string> = Object.fromEntries(words.filter((_, i) => i % 2 === 0).map((kana, i) => [kana, words[2 * i + 1]]));

export function romaji(hiragana: string): string {
  let out = '';
  let double = false;
  for (let i = 0; i < hiragana.length; i++) {
    const two = hiragana.slice(i, i + 2);
    let roman = DIGRAPHS[two];
    if (roman) i++;
    else if (hiragana[i] === 'っ') {
      double = true;
      continue;
    } else if (hiragana[i] === 'ー') continue;
    else roman = SINGLE[hiragana[i]] ?? hiragana[i];
    if (double) {
      out += roman.startsWith('ch') ? 't' : roman[0];
      double = false;
    }
    out += roman;
  }
  // Long vowels as people type them: ou/oo → o, uu → u.
  return out.replace(/o[ou]/g, 'o').replace(/uu/g, 'u');
}
