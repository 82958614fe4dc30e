/** English. Names of organisations stay in Japanese (marked lang="ja"); only the words around facts are translated. */
import type { Dictionary } from './dictionary';
import { romaji } from './romaji';
import { checkEn } from './check-en';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const KINDS = { 市: 'City', 町: 'Town', 村: 'Village', 特別区: 'City', 政令指定都市: 'City', 行政区: 'Ward' } as const;

export const en: Dictionary = {
  siteName: 'Help for crime victims in Japan',
  siteDescription:
    'Where victims of crime and their families in Japan can get help: for each prefecture, the support centres, police lines and public windows, each with its public source.',
  skipLink: 'Skip to main content',
  quickExit: {
    button: 'Leave this page now',
    hint: 'Or press Shift three times',
    left: (n) => `Press Shift ${n} more time${n === 1 ? '' : 's'} to leave this page.`,
    leaving: 'Leaving this page.',
    reset: 'Shift presses reset.',
  },
  nav: { label: 'Site', prefectures: 'Find your prefecture', check: 'Check what help you can get', safety: 'Browsing safely' },
  languageSwitch: { label: 'Other languages' },
  footer: {
    linesHeading: 'Nationwide lines',
    note: 'This site lists where to get help, from public sources. It does not receive or record anything you tell anyone.',
    safety: 'Browsing safely',
  },
  sources: { label: 'Sources:', checked: (date) => `checked ${date}`, pageDate: (date) => `page dated ${date}` },
  phone: {
    hours: 'Hours (in Japanese):',
    hoursTranslated: 'Hours:',
    old: (year) => `This number comes from a source of ${year} and may have changed. If it does not connect, call a nationwide line below.`,
    conflict: (others) => `Official sources give different numbers. This is the number of the newest dated source (others: ${others}).`,
  },
  staleNotice: (date) => `This may be out of date (last checked ${date}). Check the source page before you call.`,
  report: { link: 'Report an error', hint: '(a wrong number, a window that closed …)' },
  roles: {
    'sv-centre': {
      label: 'One-stop support centre for victims of sexual crime and sexual violence',
      fallback: 'Call #8891 to reach the nearest centre.',
    },
    'support-centre': {
      label: 'Private victim support centre',
      fallback: 'The prefecture’s window or the police consultation line (#9110) can give you the centre’s number.',
    },
    police: {
      label: 'Police consultation for victims',
      fallback: 'Call #9110 to reach the police consultation line of this prefecture. If you are in danger now, call 110.',
    },
    'prefecture-window': {
      label: 'Prefecture’s general window for crime victims',
      fallback: 'Your city, town or village office also has a general window for crime victims.',
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
    '九州・沖縄': 'Kyushu and Okinawa',
  },
  unknownNumber: 'We have not yet confirmed a direct number.',
  check: checkEn,
  authority: { text: 'This page is a translation. The Japanese page is the authority:', link: 'read it in Japanese' },
  onlyInJapanese: '(in Japanese)',
  top: {
    intro: 'Where victims of crime and their families in Japan can get help, prefecture by prefecture. It is not your fault. Talk about what you can, when you can.',
    now: 'Get help now',
    languageLines: 'Help in languages other than Japanese',
    languageLinesIntro: 'These lines answer in English or other languages, or connect you through an interpreter.',
    prefectures: 'Find your prefecture',
    prefecturesIntro: 'For each prefecture: the support centres, police lines and public windows, with the public source of each number.',
    safety: 'Browsing safely',
    safetyText: 'The red “Leave this page now” button, or pressing Shift three times, switches to another site at once. It does not clear your browsing history.',
    safetyLink: 'How to browse safely',
  },
  prefecturesPage: { title: 'Find your prefecture', intro: 'Choose the prefecture where you live or where it happened. You can contact either.' },
  prefecturePage: {
    title: (name) => `${name}: where to get help`,
    danger: { before: 'If you are in danger now, call ', call: '110', after: ' at once.' },
    contacts: 'Where to get help',
    oneStop: 'Multi-agency one-stop service',
    oneStopStatus: { established: 'in place', planned: 'being prepared', unknown: 'not confirmed' },
    more: 'The Japanese page has more: how the one-stop service works, its rules and the sources of every fact.',
    municipalities: 'City, town and village windows',
    municipalitiesText: 'Every city, town and village has a general window for crime victims. Choose yours.',
  },
  municipalityPage: {
    title: (name) => `Help in ${name}`,
    window: (name) => `${name}: general window for crime victims`,
    noNumber: (name, office) => `We have not yet confirmed a direct number. Call the main number of the ${office} of ${name} and say you want to talk about a crime.`,
    unknownWindow: (name, office) => `We have not yet confirmed this window's name and number. The ${office} of ${name} has a general window for crime victims: call its main number and say you want to talk about a crime, and you will be put through.`,
    benefits: (name) => `${name} has its own payment for crime victims. Amounts and conditions (in Japanese):`,
    wards: (name) => `Wards of ${name}`,
    wardsText: 'You can also go to a ward office.',
    prefectureLines: (name) => `Where to get help in ${name}`,
    prefectureLink: (name) => `All contacts in ${name}`,
    route: { danger: 'If you are in danger now, call', sexual: 'for sexual violence,', police: 'to consult the police,' },
  },
  offices: { 市: 'city office', 町: 'town office', 村: 'village office', 特別区: 'ward office', 政令指定都市: 'city or ward office', 行政区: 'ward office' },
  placeNames: {
    prefecture: (p) => capitalise(p.slug),
    municipality: (m) => `${capitalise(romaji(m.baseReading))} ${KINDS[m.kind]}`,
  },
  safety: {
    title: 'Browsing this site safely',
    description: 'How to leave a page at once, and how to browse without leaving traces.',
    sections: [
      {
        heading: 'The “Leave this page now” button',
        items: [
          'Every page has a red button at the top. Pressing it switches at once to an ordinary, popular site.',
          'On a keyboard, pressing Shift three times (within 5 seconds) does the same.',
          'After switching, the Back button does not return to the page you were reading.',
        ],
      },
      {
        heading: 'What the button does not clear',
        items: [
          'The button does not clear your browsing history. If you read other pages of this site, Back may show them, and the site’s name stays in your history.',
        ],
      },
      {
        heading: 'How to browse without leaving traces',
        items: [
          'A private or incognito window keeps no history once you close it.',
          'If you used your normal browser, delete this site from the history when you are done.',
          'A phone or computer you share with family may be less safe than one at work, in a library, or of someone you trust.',
          'Your phone also keeps a list of the numbers you called. Delete them if you need to.',
        ],
      },
      {
        heading: 'What this site does not record',
        items: [
          'This site uses no cookies and no analytics, and loads no text, maps or ads from other sites.',
          'It does not send or store anything you enter.',
        ],
      },
    ],
  },
  supportPages: {
    title: 'National support schemes',
    description: 'National schemes for crime victims that apply wherever you live: the crime victims’ benefit, public payment of medical costs, lawyer support from 法テラス, the government’s guarantee for car accidents, and more.',
    intro: 'These national schemes are for crime victims and their families or bereaved families, in every prefecture. Each has its own conditions and a deadline to apply. Some cannot be used after the deadline, so check early.',
    check: 'Answer a few questions to see which schemes may apply and their deadlines (your answers are not sent or saved)',
    kinds: {
      benefit: 'Payments',
      'public-expense': 'Costs paid with public money',
      'legal-aid': 'Lawyer support',
      compensation: 'Compensation for losses',
      information: 'Being informed, and telling your feelings',
    },
    legalBasis: 'Legal basis: ',
    provides: 'What you can receive',
    who: 'Who is covered',
    conditions: 'Good to know',
    apply: 'How to apply',
    prefectureLink: 'Each prefecture’s page lists its police offices.',
    checkOne: 'Answer a few questions to see whether this scheme may apply to you',
    sources: 'Sources',
    criteriaCaption: 'Conditions of {name}',
    condition: 'Condition',
    article: 'Article or basis (in Japanese)',
    covered: 'Covered: ',
    unclear: 'Depends on what happened: ',
    users: 'Who can use it: ',
    depends: 'Depends on the case: ',
    deadlineCaption: 'Deadline to {action}',
    limit: 'Deadline',
    exception: 'Exception: ',
  },
  checkPage: {
    title: 'Check what help you can get',
    description: 'Answer a few questions to see whether the one-stop support service of your prefecture and national schemes (benefits, public payment of medical costs, lawyer support and more) are likely to apply, by when, and where to apply. Your answers are not sent or saved.',
    intro: 'Answer a few questions to see whether your prefecture’s one-stop support service and national schemes (benefits, public payment of medical costs, lawyer support) are likely to apply, the deadlines, and where to apply. Every question offers “I don’t know / I’d rather not say”.',
    privacy: 'Your answers are used only on this device. They are not sent or saved, and they do not appear in the page address. Whatever the result, you can call any of the offices.',
    noscript: 'JavaScript is turned off, so the questions cannot be shown. See the criteria of each prefecture below, and the conditions of the national schemes.',
    criteria: 'List of criteria',
    criteriaText: 'For prefectures whose criteria are on this site, each prefecture page shows them in a table.',
    criteriaLink: '{name}: who is covered',
    others: 'For other prefectures, please call the offices on the prefecture’s page.',
    schemes: 'Conditions and deadlines of the national schemes (which apply wherever you live)',
  },
};
