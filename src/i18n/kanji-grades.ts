/**
 * The kanji of school grades 1 and 2 (文部科学省「学年別漢字配当表」: 80 + 160). やさしい日本語 may show these
 * without ルビ (the 在留支援のためのやさしい日本語ガイドライン asks for ルビ on harder kanji); every other kanji needs it.
 */
const GRADE_1 = '一右雨円王音下火花貝学気九休玉金空月犬見五口校左三山子四糸字耳七車手十出女小上森人水正生青夕石赤千川先早草足村大男竹中虫町天田土二日入年白八百文木本名目立力林六';
const GRADE_2 =
  '引羽雲園遠何科夏家歌画回会海絵外角楽活間丸岩顔汽記帰弓牛魚京強教近兄形計元言原戸古午後語工公広交光考行高黄合谷国黒今才細作算止市矢姉思紙寺自時室社弱首秋週春書少場色食心新親図数西声星晴切雪船線前組走多太体台地池知茶昼長鳥朝直通弟店点電刀冬当東答頭同道読内南肉馬売買麦半番父風分聞米歩母方北毎妹万明鳴毛門夜野友用曜来里理話';

export const EARLY_KANJI: ReadonlySet<string> = new Set([...GRADE_1, ...GRADE_2]);
export const EARLY_KANJI_COUNTS = { grade1: [...GRADE_1].length, grade2: [...GRADE_2].length };
