/**
 * Vietnamese (tiếng Việt), for Vietnamese residents of Japan: plain, short sentences with full diacritics.
 * Translated from the Japanese (ja.ts, pages-ja.ts and the Japanese pages); names of organisations stay in
 * Japanese, and a Japanese administrative term follows its Vietnamese description in parentheses where a page
 * first uses it. Terms follow VI_GLOSSARY (vi-words.ts). Place names are romaji from the readings.
 */
import type { Dictionary } from './dictionary';
import { romaji } from './romaji';
import { checkVi } from './check-vi';
import { VI_SEARCH } from './vi-words';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** Vietnamese puts the kind before the name: "thành phố Hachioji", "quận Shinjuku". */
const KINDS = { 市: 'thành phố', 町: 'thị trấn', 村: 'làng', 特別区: 'quận', 政令指定都市: 'thành phố', 行政区: 'quận' } as const;
/** 北海道 and 東京都 are known by their names alone; the others (県, and 府 for Osaka and Kyoto) as "tỉnh". */
const BARE_PREFECTURES = new Set(['01', '13']);

export const vi: Dictionary = {
  siteName: 'Hướng dẫn nơi tư vấn cho nạn nhân tội phạm',
  siteDescription:
    'Dành cho nạn nhân tội phạm ở Nhật Bản và gia đình: những nơi có thể tư vấn ở từng tỉnh, gồm trung tâm hỗ trợ, đường dây của cảnh sát và nơi tiếp nhận của cơ quan hành chính, kèm nguồn công khai của từng thông tin.',
  skipLink: 'Chuyển đến nội dung chính',
  quickExit: {
    button: 'Rời trang này ngay',
    hint: 'Hoặc nhấn phím Shift 3 lần',
    left: (n) => `Nhấn phím Shift thêm ${n} lần nữa để rời trang này.`,
    leaving: 'Đang rời trang này.',
    reset: 'Đã hủy đếm số lần nhấn phím Shift để rời trang.',
  },
  nav: { label: 'Điều hướng trang', menu: 'Menu và tìm kiếm', prefectures: 'Tìm theo tỉnh', check: 'Kiểm tra hỗ trợ bạn có thể nhận', safety: 'Xem trang một cách an toàn' },
  languageSwitch: { label: 'Ngôn ngữ khác' },
  footer: {
    linesHeading: 'Nơi tư vấn chung trên toàn quốc',
    note: 'Trang web này tổng hợp các nơi tư vấn dựa trên tài liệu công khai. Trang web không tiếp nhận và không lưu lại nội dung bạn muốn tư vấn.',
    safety: 'Xem trang một cách an toàn',
    sources: 'Nguồn của các số điện thoại này',
  },
  sources: { label: 'Nguồn:', checked: (date) => `kiểm tra ngày ${date}`, pageDate: (date) => `trang ngày ${date}` },
  phone: {
    old: (year) => `Số này lấy từ tài liệu năm ${year}, có thể đã thay đổi. Nếu không gọi được, hãy gọi các nơi tư vấn toàn quốc bên dưới.`,
    conflict: (others) => `Các tài liệu chính thức ghi số khác nhau. Ở đây ghi số trong tài liệu có ngày mới nhất (số trong tài liệu khác: ${others}).`,
    serves: { 'sexual-violence': 'Tư vấn về bạo lực tình dục', children: 'Tư vấn cho trẻ em và phụ huynh' },
  },
  staleNotice: (date) => `Thông tin này có thể đã cũ (kiểm tra lần cuối: ${date}). Trước khi gọi, hãy xem trang nguồn để biết thông tin mới nhất.`,
  report: { link: 'Báo thông tin sai', hint: '(số điện thoại sai, nơi tiếp nhận không còn, v.v.)' },
  roles: {
    'sv-centre': {
      label: 'Trung tâm hỗ trợ một cửa cho nạn nhân tội phạm tình dục và bạo lực tình dục',
      fallback: 'Gọi #8891 để được nối với trung tâm gần nhất.',
    },
    'support-centre': {
      label: 'Trung tâm hỗ trợ nạn nhân (tổ chức tư nhân)',
      fallback:
        'Thay vào đó, bạn có thể nói chuyện với 犯罪被害者等電話サポートセンター, tổng đài hỗ trợ qua điện thoại cho nạn nhân tội phạm trên toàn quốc (tổng đài này nhận cuộc gọi cả vào giờ các trung tâm ở địa phương đóng cửa).',
    },
    police: {
      label: 'Nơi tiếp nhận tư vấn của cảnh sát dành cho nạn nhân',
      fallback: 'Gọi số điện thoại tư vấn của cảnh sát #9110 (警察相談専用電話) để được nối với nơi tiếp nhận tư vấn của cảnh sát tỉnh này. Nếu bạn đang gặp nguy hiểm, hãy gọi 110.',
    },
    'prefecture-window': {
      label: 'Nơi tiếp nhận tổng hợp của tỉnh dành cho nạn nhân tội phạm (総合的対応窓口)',
      fallback:
        'Cơ quan hành chính của thành phố, quận, thị trấn, làng nơi bạn sống cũng có nơi tiếp nhận tổng hợp dành cho nạn nhân tội phạm. Nếu muốn nói chuyện qua điện thoại, hãy gọi 犯罪被害者等電話サポートセンター (tổng đài toàn quốc).',
    },
  },
  regions: {
    北海道: 'Hokkaido',
    東北: 'Tohoku',
    関東: 'Kanto',
    中部: 'Chubu',
    近畿: 'Kinki',
    中国: 'Chugoku',
    四国: 'Shikoku',
    '九州・沖縄': 'Kyushu và Okinawa',
  },
  unknownNumber: 'Chưa xác nhận được số điện thoại trực tiếp.',
  check: checkVi,
  search: VI_SEARCH,
  authority: { text: 'Trang này là bản dịch. Nếu có khác biệt, trang tiếng Nhật là bản chính thức:', link: 'xem trang tiếng Nhật' },
  onlyInJapanese: '(bằng tiếng Nhật)',
  top: {
    intro:
      'Trang này cho biết nạn nhân tội phạm ở Nhật Bản và gia đình có thể tư vấn ở đâu, theo từng tỉnh. Bạn không có lỗi. Khi liên hệ để được tư vấn, hãy bắt đầu từ những điều bạn có thể nói, và chỉ cần nói đến mức bạn có thể.',
    now: 'Nơi có thể gọi ngay',
    languageLines: 'Tư vấn bằng ngôn ngữ khác ngoài tiếng Nhật',
    languageLinesIntro: 'Các đường dây này trả lời bằng tiếng Anh hoặc ngôn ngữ khác, hoặc kết nối bạn qua phiên dịch viên.',
    languages: {
      label: 'Ngôn ngữ',
      partial: 'Ngôn ngữ (có thể còn ngôn ngữ khác)',
      separator: ', ',
      names: {
        Japanese: 'tiếng Nhật',
        English: 'tiếng Anh',
        Chinese: 'tiếng Trung',
        Korean: 'tiếng Hàn',
        Spanish: 'tiếng Tây Ban Nha',
        Portuguese: 'tiếng Bồ Đào Nha',
        Vietnamese: 'tiếng Việt',
        Tagalog: 'tiếng Tagalog',
        Nepali: 'tiếng Nepal',
        Thai: 'tiếng Thái',
        Indonesian: 'tiếng Indonesia',
      },
    },
    prefectures: 'Tìm theo tỉnh',
    prefecturesIntro: 'Với từng tỉnh: trung tâm hỗ trợ, đường dây của cảnh sát và nơi tiếp nhận của cơ quan hành chính, kèm nguồn công khai của từng số điện thoại.',
    safety: 'Xem trang một cách an toàn',
    safetyText:
      'Nhấn nút màu đỏ “Rời trang này ngay”, hoặc nhấn phím Shift 3 lần, trang sẽ chuyển ngay sang một trang web khác. Cách này không xóa lịch sử duyệt web của bạn.',
    safetyLink: 'Cách xem trang an toàn',
    help: 'Những hỗ trợ bạn có thể nhận',
    helpText: 'Các chế độ của Nhà nước có thể trả tiền trợ cấp, chi trả chi phí y tế và giúp bạn có luật sư. Một số chế độ có thời hạn nộp đơn.',
    guideLink: 'Hướng dẫn cho nạn nhân và gia đình',
    checkLink: 'Kiểm tra hỗ trợ bạn có thể nhận (câu trả lời không được gửi đi hay lưu lại)',
    supportLink: 'Các chế độ hỗ trợ của Nhà nước',
  },
  prefecturesPage: {
    title: 'Tìm theo tỉnh',
    intro:
      'Hãy chọn tỉnh nơi bạn sống, hoặc tỉnh nơi xảy ra vụ việc. Bạn có thể liên hệ để được tư vấn ở nơi tiếp nhận của tỉnh nào trong hai tỉnh đó cũng được. Trên trang này, “tỉnh” dùng để gọi chung các đơn vị hành chính lớn của Nhật Bản (都道府県), kể cả Tokyo, Hokkaido, Osaka và Kyoto.',
  },
  prefecturePage: {
    title: (name) => `Nơi tư vấn ở ${name}`,
    danger: { before: 'Nếu bạn đang gặp nguy hiểm, hãy gọi ngay số ', call: '110', after: '.' },
    contacts: 'Nơi tiếp nhận tư vấn',
    oneStop: 'Dịch vụ một cửa liên cơ quan (多機関ワンストップサービス: chỉ cần nói một lần, các cơ quan liên quan sẽ cùng phối hợp hỗ trợ bạn)',
    oneStopStatus: { established: 'đang thực hiện', planned: 'đang chuẩn bị', unknown: 'chưa xác nhận được' },
    more: 'Trang tiếng Nhật có thêm thông tin: cách dịch vụ một cửa liên cơ quan hoạt động, quy định và nguồn của từng thông tin.',
    municipalities: 'Nơi tiếp nhận của thành phố, quận, thị trấn, làng',
    municipalitiesText: 'Mọi thành phố, quận, thị trấn, làng đều có nơi tiếp nhận tổng hợp dành cho nạn nhân tội phạm. Hãy chọn nơi bạn sống.',
  },
  municipalityPage: {
    title: (name) => `Nơi tư vấn ở ${name}`,
    window: (name) => `Nơi tiếp nhận tổng hợp dành cho nạn nhân tội phạm ở ${name}`,
    noNumber: (name, office) =>
      `Chưa xác nhận được số điện thoại trực tiếp. Hãy gọi số điện thoại chính (tổng đài) của ${office} ${name} và nói rằng bạn muốn được tư vấn về thiệt hại do tội phạm. Bạn có thể nói: 「犯罪の被害について相談したい」.`,
    unknownWindow: (name, office) =>
      `Chưa xác nhận được tên và số điện thoại của nơi tiếp nhận này. Hãy liên hệ “nơi tiếp nhận tổng hợp dành cho nạn nhân tội phạm” (犯罪被害者等のための総合的対応窓口) ở ${office} ${name} để được tư vấn. Khi gọi số điện thoại chính (tổng đài), nếu bạn nói: 「犯罪の被害について相談したい」 (Tôi muốn được tư vấn về thiệt hại do tội phạm), bạn sẽ được nối máy với người phụ trách.`,
    benefits: (name) => `Tại ${name} có khoản tiền thăm hỏi (見舞金) riêng dành cho nạn nhân tội phạm. Số tiền và điều kiện (bằng tiếng Nhật):`,
    wards: (name) => `Các quận của ${name}`,
    wardsText: 'Bạn cũng có thể đến văn phòng quận (区役所) để được tư vấn.',
    prefectureLines: (name) => `Nơi tư vấn ở ${name}`,
    prefectureLink: (name) => `Tất cả nơi tư vấn ở ${name}`,
    route: { danger: 'Đang gặp nguy hiểm:', sexual: 'Bị bạo lực tình dục:', police: 'Muốn tư vấn với cảnh sát:', stop: '.' },
  },
  offices: {
    市: 'tòa thị chính (市役所)',
    町: 'trụ sở hành chính thị trấn (町役場)',
    村: 'trụ sở hành chính làng (村役場)',
    特別区: 'văn phòng quận (区役所)',
    政令指定都市: 'tòa thị chính hoặc văn phòng quận (市役所・区役所)',
    行政区: 'văn phòng quận (区役所)',
  },
  placeNames: {
    prefecture: (p) => (BARE_PREFECTURES.has(p.code) ? capitalise(p.slug) : `tỉnh ${capitalise(p.slug)}`),
    municipality: (m) => `${KINDS[m.kind]} ${capitalise(romaji(m.baseReading))}`,
  },
  safety: {
    title: 'Xem trang web này một cách an toàn',
    description: 'Cách rời trang ngay lập tức, và cách xem trang mà không để lại dấu vết.',
    sections: [
      {
        heading: 'Nút “Rời trang này ngay”',
        items: [
          'Trang nào cũng có một nút màu đỏ ở phía trên màn hình. Khi nhấn, trang sẽ chuyển ngay sang một trang web thông thường mà nhiều người hay xem.',
          'Trên bàn phím, nhấn phím Shift 3 lần liên tiếp (trong vòng 5 giây) cũng có tác dụng như vậy.',
          'Sau khi chuyển, dù nhấn nút “Quay lại” cũng không trở về trang bạn vừa xem.',
        ],
      },
      {
        heading: 'Những gì nút này không xóa',
        items: [
          'Nút này không xóa lịch sử duyệt web. Nếu bạn đã xem các trang khác của trang web này, khi nhấn “Quay lại”, các trang đó có thể hiện ra. Tên của trang web này cũng còn lại trong lịch sử.',
        ],
      },
      {
        heading: 'Cách xem mà không để lại dấu vết',
        items: [
          'Nếu mở trang bằng chế độ duyệt web riêng tư (chế độ ẩn danh) của trình duyệt, lịch sử sẽ không còn lại sau khi bạn đóng trình duyệt.',
          'Nếu bạn đã xem bằng trình duyệt bình thường, hãy xóa trang web này khỏi lịch sử sau khi xem xong.',
          'Điện thoại hoặc máy tính dùng chung với gia đình hay người khác có thể kém an toàn hơn máy ở nơi làm việc, ở thư viện, hoặc máy của người mà bạn tin tưởng.',
          'Điện thoại cũng lưu lại danh sách các số bạn đã gọi (lịch sử cuộc gọi). Hãy xóa nếu cần.',
        ],
      },
      {
        heading: 'Những gì trang web này không ghi lại',
        items: [
          'Trang web này không dùng cookie, không dùng công cụ phân tích truy cập, và không tải chữ, bản đồ hay quảng cáo từ trang web khác.',
          'Trang web không gửi đi và không lưu lại những gì bạn nhập.',
        ],
      },
    ],
  },
  organisationPage: { description: '{role} ở {places}: {name}', website: 'Trang web (bằng tiếng Nhật)' },
  guidePage: {
    pagesLabel: 'Các trang của hướng dẫn này',
    next: 'Trang tiếp theo:',
    sources: 'Nguồn',
    routeExamples: 'Ví dụ về các bước, theo tài liệu của từng tỉnh (bằng tiếng Nhật)',
    checked: (date) => `Trang tiếng Nhật được kiểm tra lần cuối vào ngày ${date}.`,
  },
  lineGroups: {
    night: 'Nơi nhận cuộc gọi vào ban đêm và ngày nghỉ',
    nightText: 'Những nơi này nhận điện thoại cả buổi tối, thứ Bảy, Chủ nhật và ngày lễ. Bên cạnh số điện thoại có ghi lúc này nơi đó có đang tiếp nhận hay không.',
    nightNone:
      'Trong các nơi tiếp nhận của tỉnh này, chưa xác nhận được nơi nào nhận cuộc gọi vào ban đêm hoặc ngày nghỉ. Các số điện thoại toàn quốc bên dưới có nhận cả ban đêm và ngày nghỉ.',
    legal: 'Tư vấn pháp luật',
    legalText:
      '法テラス (trung tâm hỗ trợ pháp lý do Nhà nước Nhật Bản lập ra) sẽ hướng dẫn bạn nên hỏi ở đâu về sự hỗ trợ của luật sư và các chế độ pháp luật. 法テラス cũng cho biết nơi tiếp nhận dành cho nạn nhân tội phạm.',
  },
  supportPages: {
    title: 'Các chế độ hỗ trợ của Nhà nước',
    description:
      'Danh sách các chế độ của Nhà nước dùng được dù bạn sống ở đâu: chế độ trợ cấp cho nạn nhân tội phạm (犯罪被害給付制度), chi phí y tế do ngân sách công chi trả, sự hỗ trợ của luật sư qua 法テラス, chương trình bồi thường của Chính phủ (政府保障事業), v.v.',
    intro:
      'Đây là các chế độ của Nhà nước mà nạn nhân tội phạm và gia đình, hoặc gia đình của nạn nhân đã qua đời, có thể dùng ở bất kỳ tỉnh nào. Mỗi chế độ có điều kiện riêng để thuộc đối tượng, và một số chế độ có thời hạn nộp đơn. Khi đã quá thời hạn thì không dùng được nữa, vì vậy hãy kiểm tra sớm.',
    check: 'Trả lời vài câu hỏi để xem chế độ nào có thể dùng được và thời hạn (câu trả lời không được gửi đi hay lưu lại)',
    kinds: {
      benefit: 'Tiền trợ cấp',
      'public-expense': 'Chi phí do ngân sách công chi trả',
      'legal-aid': 'Sự hỗ trợ của luật sư',
      compensation: 'Bù đắp thiệt hại',
      information: 'Được thông báo, và chuyển lời của bạn',
    },
    legalBasis: 'Căn cứ: ',
    provides: 'Hỗ trợ bạn có thể nhận',
    who: 'Ai thuộc đối tượng',
    conditions: 'Điều nên biết',
    apply: 'Cách nộp đơn',
    prefectureLink: 'Trang của từng tỉnh có ghi nơi tiếp nhận của cảnh sát tỉnh đó.',
    checkOne: 'Trả lời vài câu hỏi để xem bạn có thể dùng chế độ này hay không',
    sources: 'Nguồn',
    criteriaCaption: 'Điều kiện để thuộc đối tượng của {name}',
    condition: 'Điều kiện',
    article: 'Điều khoản, căn cứ (bằng tiếng Nhật)',
    covered: 'Thuộc đối tượng: ',
    unclear: 'Tùy nội dung vụ việc: ',
    users: 'Người có thể dùng: ',
    depends: 'Tùy trường hợp: ',
    deadlineCaption: 'Thời hạn {action}',
    limit: 'Thời hạn',
    exception: 'Ngoại lệ: ',
  },
  checkPage: {
    title: 'Kiểm tra hỗ trợ bạn có thể nhận',
    description:
      'Trả lời vài câu hỏi để biết bạn có khả năng dùng được dịch vụ một cửa liên cơ quan của tỉnh và các chế độ của Nhà nước (tiền trợ cấp, chi phí y tế do ngân sách công chi trả, sự hỗ trợ của luật sư qua 法テラス, v.v.) hay không, hạn đến khi nào, và nộp đơn ở đâu. Câu trả lời không được gửi đi hay lưu lại.',
    intro:
      'Khi trả lời vài câu hỏi, bạn sẽ biết khả năng dùng được dịch vụ một cửa liên cơ quan (多機関ワンストップサービス: chỉ cần nói một lần, các cơ quan liên quan sẽ cùng phối hợp hỗ trợ) của tỉnh và các chế độ của Nhà nước (tiền trợ cấp, chi phí y tế do ngân sách công chi trả, sự hỗ trợ của luật sư, v.v.), cùng với thời hạn nộp đơn và nơi tiếp nhận đơn. Câu hỏi nào cũng có lựa chọn “Không biết / không muốn trả lời”.',
    privacy:
      'Câu trả lời chỉ được dùng trong thiết bị này. Câu trả lời không được gửi đi, không được lưu lại, và không hiện trên địa chỉ trang. Dù kết quả thế nào, bạn vẫn có thể liên hệ bất kỳ nơi tiếp nhận nào để được tư vấn.',
    noscript: 'Vì JavaScript đang tắt nên không hiện được các câu hỏi. Hãy xem tiêu chuẩn của từng tỉnh và điều kiện của các chế độ của Nhà nước trong danh sách bên dưới.',
    criteria: 'Danh sách tiêu chuẩn',
    criteriaText: 'Với các tỉnh có tiêu chuẩn trên trang web này, trang của từng tỉnh có bảng tiêu chuẩn.',
    criteriaLink: 'Ai thuộc đối tượng ở {name}',
    others: 'Với các tỉnh khác, hãy liên hệ các nơi tiếp nhận ghi trên trang của tỉnh đó.',
    schemes: 'Điều kiện và thời hạn của các chế độ của Nhà nước (dùng được dù bạn sống ở đâu)',
  },
};
