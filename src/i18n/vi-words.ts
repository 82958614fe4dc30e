/**
 * Vietnamese (tiếng Việt): the words of hours, of the "answers now" marks, of search, and the glossary's
 * Vietnamese renderings, in a module of their own (hours-words.ts, now-words.ts, search-words.ts and
 * glossary.ts hold the other languages; they are not edited here). Japanese is the authority.
 */
import type { SearchWords } from './dictionary';
import type { HoursDictionary } from './hours-words';
import type { NowWords } from './now-words';

/** Weekdays, Sunday first, as Vietnamese writes them in timetables (Chủ nhật, thứ Hai … thứ Bảy). */
export const VI_DAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

/** The hours sentence ("T2–T6 9:00–17:00, nghỉ ngày lễ và dịp cuối năm, đầu năm (29/12–3/1)"). Dates are day/month. */
export const VI_HOURS: Omit<HoursDictionary, 'now'> = {
  describe: {
    days: VI_DAYS,
    dayRange: '{from}–{to}',
    separator: ', ',
    allDays: 'Mọi ngày',
    always: '24 giờ, mọi ngày',
    dayHours: '{days} {times}',
    closed: 'nghỉ {list}',
    unknown: 'chưa rõ giờ tiếp nhận vào {list}',
    other: '{what}: {times}',
    and: ' và ',
    holidays: 'ngày lễ',
    afterHoliday: 'ngày sau ngày lễ',
    yearEnd: 'dịp cuối năm, đầu năm (29/12–3/1)',
    date: '{day}/{month}',
    months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  },
  label: 'Giờ tiếp nhận:',
  sourceText: 'Giờ tiếp nhận (bằng tiếng Nhật, theo nguồn):',
};

/** "Đang tiếp nhận" / "Hiện ngoài giờ (mở lại lúc 9:00 thứ Hai)". */
export const VI_NOW: NowWords = {
  open: 'Đang tiếp nhận',
  closedNext: 'Hiện ngoài giờ tiếp nhận (mở lại lúc {when})',
  closed: 'Hiện ngoài giờ tiếp nhận',
  unknown: 'Chưa rõ lúc này có đang tiếp nhận không',
  forwarded: 'Đang tiếp nhận (ngoài giờ, {who} sẽ trả lời)',
  when: '{time} {day}',
  hour: '{h}:00',
  hourMinute: '{h}:{m}',
  today: 'hôm nay',
  tomorrow: 'ngày mai',
  days: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  afterHours: {
    'night-centre': 'tổng đài ban đêm và ngày nghỉ của Nhà nước',
    duty: 'nhân viên trực',
    'call-centre': 'tổng đài được ủy thác',
  },
};

export const VI_SEARCH: SearchWords = {
  label: 'Tìm kiếm trong trang web',
  button: 'Tìm',
  results: 'Kết quả tìm kiếm',
  more: 'Xem thêm',
  filterLink: 'Tìm theo loại trang hoặc theo tỉnh',
  status: {
    searching: 'Đang tìm…',
    none: 'Không tìm thấy. Hãy thử từ khác, hoặc tên tỉnh, thành phố nơi bạn sống (ví dụ: sapporo).',
    found: 'Tìm thấy {total} kết quả.',
    shown: ' Đang hiển thị {shown} kết quả.',
  },
  kinds: {
    都道府県: 'Tỉnh',
    市区町村: 'Thành phố, quận, thị trấn, làng',
    相談先: 'Nơi tư vấn',
    ガイド: 'Hướng dẫn',
    ツール: 'Công cụ',
    サイト情報: 'Về trang web này',
  },
  page: {
    title: 'Tìm kiếm trong trang web',
    description: 'Tìm trong trang web này theo tên tỉnh, thành phố, quận, thị trấn, làng (ví dụ: tokushima, sapporo, hachioji), hoặc theo các từ như “luật sư”, “tiền trợ cấp”.',
    intro:
      'Bạn có thể tìm theo tên tỉnh, thành phố, quận, thị trấn, làng (viết bằng chữ Latinh như tokushima, sapporo, hachioji, hoặc bằng tiếng Nhật, kể cả chữ hiragana), theo các từ như “luật sư”, “thời hạn”, hoặc theo số điện thoại. Những gì bạn gõ không được gửi đi, không được lưu lại, và không hiện trên địa chỉ trang.',
    noscript: 'Chức năng tìm kiếm cần JavaScript. Hãy tìm trong danh sách các tỉnh.',
    query: 'Từ muốn tìm',
    kind: 'Loại trang',
    prefecture: 'Tỉnh',
    all: 'Tất cả',
  },
};

/**
 * One Vietnamese rendering for each term of src/i18n/glossary.ts (keyed by its `ja`): `use` is the exact
 * string the Vietnamese pages contain; `avoid` lists renderings that would mislead (regular expressions,
 * case-insensitive). Where a page first uses a term, the Japanese term follows in parentheses.
 */
export const VI_GLOSSARY: Record<string, { use: string; avoid?: string[] }> = {
  // "Cửa sổ" is the literal 窓口 (a pane of glass); "quầy" suggests a counter, but most 窓口 are reached by phone.
  窓口: { use: 'nơi tiếp nhận', avoid: ['cửa sổ'] },
  // "Một cửa" is the familiar Vietnamese word for one-stop administration; the full name keeps it apart from the sv centres.
  多機関ワンストップサービス: { use: 'dịch vụ một cửa liên cơ quan', avoid: ['dịch vụ một cửa(?! liên cơ quan)'] },
  支援調整会議: { use: 'cuộc họp điều phối hỗ trợ' },
  コーディネーター: { use: 'điều phối viên' },
  被害者参加: { use: 'nạn nhân tham gia phiên tòa' },
  // In Vietnamese procedure "khởi tố" is the opening of a case (before investigation); 起訴 is "truy tố".
  起訴: { use: 'truy tố', avoid: ['khởi tố'] },
  検察官: { use: 'công tố viên' },
  身体犯: { use: 'tội phạm xâm hại tính mạng, thân thể', avoid: ['tội (phạm )?thân thể'] },
  法テラス: { use: '法テラス' },
  // Not compensation and not only for the dead (phúng viếng is money at a funeral).
  見舞金: { use: 'tiền thăm hỏi', avoid: ['tiền phúng viếng'] },
  // "Gia đình nạn nhân đã mất" can also be read as "the victim's family has died"; "của" ties đã qua đời to the victim.
  遺族: { use: 'gia đình của nạn nhân đã qua đời' },
  配偶者: { use: 'vợ hoặc chồng' },
  後遺障害: { use: 'di chứng' },
  慰謝料: { use: 'tiền bồi thường tổn thất tinh thần' },
  参考人: { use: 'người được lấy lời khai' },
  面談: { use: 'buổi gặp trực tiếp', avoid: ['phỏng vấn'] },
  // It is not insurance: the state pays when the other vehicle is unknown or uninsured.
  政府保障事業: { use: 'chương trình bồi thường của Chính phủ', avoid: ['bảo hiểm của Chính phủ'] },
  // A legal representative (a parent …) is not a lawyer.
  法定代理人: { use: 'người đại diện theo pháp luật', avoid: ['luật sư đại diện'] },
};
