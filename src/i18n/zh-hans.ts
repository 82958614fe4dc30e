/**
 * Simplified Chinese (简体中文, html lang zh-Hans), for Chinese-speaking residents of Japan. Translated from the
 * Japanese (ja.ts, pages-ja.ts and the Japanese pages). Names of organisations and places stay in Japanese;
 * a Japanese-only term is explained in Chinese with the term in parentheses. Terms follow ZH_HANS_GLOSSARY.
 */
import type { Dictionary } from './dictionary';
import { checkZhHans } from './check-zh-hans';
import { ZH_HANS_SEARCH } from './zh-hans-words';

export const zhHans: Dictionary = {
  siteName: '犯罪受害人及家属求助指南',
  siteDescription:
    '写给遭受犯罪侵害的人和家属，以及医疗机构、市町村窗口的工作人员。本站按都道府县整理了多机构一站式服务、咨询窗口和适用对象的参考标准，并注明出处。',
  skipLink: '跳到正文',
  quickExit: {
    button: '立即离开此页面',
    hint: '按3次 Shift 键也可以离开',
    left: (n) => `再按${n}次 Shift 键，就会离开此页面。`,
    leaving: '正在离开此页面。',
    reset: '按 Shift 键离开：计数已清零。',
  },
  nav: { label: '本站导航', menu: '菜单和搜索', prefectures: '按都道府县查找', check: '确认是否属于适用对象', safety: '如何安全浏览' },
  languageSwitch: { label: '其他语言' },
  footer: {
    linesHeading: '全国通用的咨询机构',
    note: '“犯罪受害人及家属求助指南”根据公开资料，整理了可以咨询的机构。本站不接收、也不记录您的咨询内容。',
    safety: '如何安全浏览',
    sources: '这些号码的出处',
  },
  sources: { label: '出处：', checked: (date) => `${date}核实`, pageDate: (date) => `${date}的页面` },
  phone: {
    old: (year) => `此号码来自${year}年的资料，可能已经变更。如果打不通，请拨打下方全国通用窗口的电话。`,
    conflict: (others) => `不同的官方资料所载号码不一致。此处登载的是日期最新的资料中的号码（其他资料中的号码：${others}）。`,
    serves: { 'sexual-violence': '性暴力受害咨询', children: '儿童及家长咨询' },
  },
  staleNotice: (date) => `信息可能已经过时（最后核实：${date}）。打电话之前，请先在出处页面确认最新信息。`,
  report: { link: '报告信息错误', hint: '（号码不对、窗口已经没有了等）' },
  roles: {
    'sv-centre': {
      label: '性犯罪、性暴力受害人一站式支援中心',
      fallback: '拨打 #8891，就会转接到离您最近的支援中心。',
    },
    'support-centre': {
      label: '民间的受害人支援中心',
      fallback: '您也可以打给全国的犯罪受害人电话支援中心（犯罪被害者等電話サポートセンター）。各地支援中心下班的时间，它也接听。',
    },
    police: {
      label: '警察的受害咨询窗口',
      fallback: '拨打警察咨询专线 #9110，就会转接到这个都道府县警察的咨询窗口。如果现在有危险，请拨打110。',
    },
    'prefecture-window': {
      label: '都道府县的综合咨询窗口（総合的対応窓口）',
      fallback:
        '您居住的市区町村政府，也设有面向犯罪受害人及家属的综合咨询窗口。想通过电话交谈时，请打给全国的犯罪受害人电话支援中心（犯罪被害者等電話サポートセンター）。',
    },
  },
  regions: {
    北海道: '北海道',
    東北: '東北地区',
    関東: '関東地区',
    中部: '中部地区',
    近畿: '近畿地区',
    中国: '中国地区（日本本州西部）',
    四国: '四国地区',
    '九州・沖縄': '九州・沖縄地区',
  },
  unknownNumber: '直拨号码正在核实中。',
  check: checkZhHans,
  search: ZH_HANS_SEARCH,
  authority: { text: '本页面是翻译版本，内容以日文页面为准：', link: '查看日文页面' },
  onlyInJapanese: '（仅有日文）',
  top: {
    intro: '本站按都道府县，整理了遭受犯罪侵害的人和家属可以求助的地方。这不是您的错。请从能说的部分开始，在能说的范围内咨询就可以。',
    now: '现在就可以打电话的地方',
    languageLines: '可以用日语以外的语言咨询的地方',
    languageLinesIntro: '以下电话可以用英语等外语接听，或通过口译员和您交谈。',
    languages: {
      label: '可用语言',
      partial: '可用语言（不限于以下几种）',
      separator: '、',
      names: {
        Japanese: '日语',
        English: '英语',
        Chinese: '中文',
        Korean: '韩语',
        Spanish: '西班牙语',
        Portuguese: '葡萄牙语',
        Vietnamese: '越南语',
        Tagalog: '他加禄语',
        Nepali: '尼泊尔语',
        Thai: '泰语',
        Indonesian: '印度尼西亚语',
      },
    },
    prefectures: '按都道府县查找',
    prefecturesIntro: '这里登载了各都道府县的多机构一站式服务（只要说一次，相关机构就会联手提供支援的机制）和咨询窗口，并附有出处。',
    safety: '安全浏览本站',
    safetyText: '点击页面上方的“立即离开此页面”按钮，或按3次 Shift 键，就会马上切换到其他网站。但浏览记录不会被清除。',
    safetyLink: '安全浏览的方法',
    help: '可以获得的支援',
    helpText: '通过国家的制度，有时可以领取给付金、由公费负担医疗费，或得到律师的帮助。有些制度有申请期限。',
    guideLink: '写给受害人及家属的指南',
    checkLink: '确认可以使用的支援（回答不会被发送或保存）',
    supportLink: '国家的支援制度',
  },
  prefecturesPage: { title: '按都道府县查找', intro: '请选择您居住的都道府县，或案件发生的都道府县。向哪一边的窗口咨询都可以。' },
  prefecturePage: {
    title: (name) => `${name}的咨询机构`,
    danger: { before: '如果现在有危险，请立即拨打 ', call: '110', after: '。' },
    contacts: '咨询窗口',
    oneStop: '多机构一站式服务（多機関ワンストップサービス）',
    oneStopStatus: { established: '已实施', planned: '准备中', unknown: '尚未确认' },
    more: '日文页面上有更多信息：一站式服务的运作方式、相关规定，以及每项信息的出处。',
    municipalities: '市区町村的窗口',
    municipalitiesText: '每个市区町村都设有面向犯罪受害人及家属的综合咨询窗口。请选择您居住的市区町村。',
  },
  municipalityPage: {
    title: (name) => `${name}的咨询机构`,
    window: (name) => `${name}的咨询窗口`,
    noNumber: (name, office) => `直拨号码正在核实中。请拨打${name}的${office}总机，告诉对方您想咨询犯罪受害的事。`,
    unknownWindow: (name, office) =>
      `这个窗口的名称和号码还没有核实。请向${name}的${office}里的“犯罪受害人及家属综合咨询窗口”（犯罪被害者等のための総合的対応窓口）咨询。拨打总机，说“想咨询犯罪受害的事”，就会为您转接负责人员。`,
    benefits: (name) => `${name}有发给犯罪受害人或遗属的慰问金（見舞金）。金额和条件请看日文页面：`,
    wards: (name) => `${name}的区`,
    wardsText: '也可以到区政府（区役所）咨询。',
    prefectureLines: (name) => `${name}的咨询机构`,
    prefectureLink: (name) => `查看${name}的多机构一站式服务和咨询窗口`,
    route: { danger: '现在有危险，请拨打', sexual: '遭受性暴力，请拨打', police: '想向警察咨询，请拨打', stop: '。' },
  },
  offices: {
    市: '市政府（市役所）',
    町: '町政府（町役場）',
    村: '村政府（村役場）',
    特別区: '区政府（区役所）',
    政令指定都市: '市政府或区政府（市役所・区役所）',
    行政区: '区政府（区役所）',
  },
  placeNames: {
    // Chinese readers read the Japanese names as they are. Their last character is already the kind, in a form
    // Chinese shares: 市 (city), 区 (ward), 村 (village), 町 (town; the official name is kept, not changed to 镇).
    prefecture: (p) => p.name,
    municipality: (m) => m.name,
  },
  safety: {
    title: '安全浏览本站',
    description: '如何立即离开页面，以及如何浏览而不留下痕迹。',
    sections: [
      {
        heading: '“立即离开此页面”按钮',
        items: [
          '每个页面的上方都有一个红色按钮。点击后，会立刻切换到一个很多人常看的普通网站。',
          '用键盘时，连续按3次 Shift 键（5秒以内）也会同样切换。',
          '切换后，即使点击“返回”，也不会回到刚才看的页面。',
        ],
      },
      {
        heading: '按钮无法清除的内容',
        items: ['这个按钮不会清除浏览记录。如果您看过本站的其他页面，点击“返回”时可能会显示那些页面。浏览记录里也会留下本站的名字。'],
      },
      {
        heading: '不留痕迹的浏览方法',
        items: [
          '用浏览器的“无痕模式”或“隐私浏览”打开，关闭后不会留下浏览记录。',
          '如果用平时的浏览器看过，看完后请从浏览记录中删除本站。',
          '比起和家人等共用的手机或电脑，用工作单位、图书馆或您信任的人的设备，有时会更安全。',
          '打电话的记录（通话记录）也会留在手机里。如有需要，请删除。',
        ],
      },
      {
        heading: '本站不记录的内容',
        items: ['本站不使用Cookie，也不做访问统计，不会从其他网站加载文字、地图或广告。', '本站不会发送或保存您输入的内容。'],
      },
    ],
  },
  organisationPage: { description: '{places}的{role}：{name}', website: '网站（日文）' },
  guidePage: {
    pagesLabel: '本指南的页面',
    next: '下一页：',
    sources: '出处',
    routeExamples: '各都道府县文件中的流程示例（日文）',
    checked: (date) => `日文页面的最后核实日期：${date}`,
  },
  lineGroups: {
    night: '夜间、周末和节假日可以咨询的地方',
    nightText: '这些地方在夜间、周末或节假日也接听电话。现在是否正在受理，会显示在号码旁边。',
    nightNone: '这个都道府县的窗口中，目前还没有确认在夜间、周末或节假日受理的。下方的全国号码在夜间、周末和节假日也接听。',
    legal: '法律咨询',
    legalText: '关于律师的支援或法律制度该向哪里咨询，法テラス（日本司法支援中心，由国家设立）会为您指引，也会告诉您面向犯罪受害人的窗口。',
  },
  supportPages: {
    title: '国家的支援制度',
    description:
      '犯罪被害者给付金制度（犯罪被害給付制度）、医疗费的公费负担、法テラス的律师支援、政府保障制度（政府保障事業）等，无论住在哪里都可以使用的国家制度一览。',
    intro:
      '这些是遭受犯罪侵害的人和家属、遗属，在任何都道府县都可以使用的国家制度。每项制度都有各自的适用条件，有些制度还有申请期限。过了期限就不能再使用，请尽早确认。',
    check: '回答几个问题，确认可能使用的制度和期限（回答不会被发送或保存）',
    kinds: {
      benefit: '给付金',
      'public-expense': '由公费负担的费用',
      'legal-aid': '律师的支援',
      compensation: '损失的补偿',
      information: '通知您情况、转达您心情的制度',
    },
    legalBasis: '依据：',
    provides: '可以获得的支援',
    who: '适用对象',
    conditions: '需要了解的事项',
    apply: '申请方法',
    prefectureLink: '各都道府县的页面上，登载了该都道府县警察的窗口。',
    checkOne: '回答问题，确认是否可能使用这项制度',
    sources: '出处',
    criteriaCaption: '{name}的适用条件',
    condition: '条件',
    article: '条文、依据（日文）',
    covered: '适用：',
    unclear: '视案件内容而定：',
    users: '可以使用的人：',
    depends: '视情况而定：',
    deadlineCaption: '{action}的期限',
    limit: '期限',
    exception: '例外：',
  },
  checkPage: {
    title: '确认可以使用的支援',
    description:
      '可以确认都道府县的多机构一站式服务，以及犯罪被害者给付金制度、公费负担、法テラス的律师支援等国家制度是否可能适用、最晚什么时候、向哪里申请。回答不会被发送或保存。',
    intro:
      '回答几个问题，就能了解都道府县的多机构一站式服务和国家的制度（给付金、医疗费的公费负担、律师的支援等）是否可能适用，以及申请期限和申请窗口。每个问题都可以选择“不知道／不想回答”。',
    privacy: '您的回答只在这台设备上使用，不会被发送或保存，也不会留在页面地址中。无论结果如何，您都可以向任何窗口咨询。',
    noscript: '由于JavaScript已关闭，无法显示问题。请在下方的一览中查看各都道府县的标准和国家制度的条件。',
    criteria: '标准一览',
    criteriaText: '已在本站登记适用标准的都道府县，其标准在各自的页面上以表格列出。',
    criteriaLink: '{name}：哪些人属于适用对象',
    others: '其他都道府县的情况，请向各都道府县页面上的窗口咨询。',
    schemes: '国家制度（无论住在哪里都可以使用的制度）的条件和期限',
  },
};
