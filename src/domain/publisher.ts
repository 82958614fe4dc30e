/**
 * Who published a source, so that two sources count as two only when their publishers differ.
 * A publisher is a registrable domain ("nhk.or.jp", "pref.kagawa.lg.jp"); a copy on another host
 * (a portal carrying an article, a cache, a mobile mirror) is its original outlet.
 */
import { PREFECTURES } from './prefectures';

/** Japan's second-level domains under which each organisation registers its own third level. */
const JP_SECOND_LEVEL = new Set(['co', 'or', 'ne', 'go', 'ac', 'ed', 'gr', 'ad', 'lg']);
/** The first label of a local government's own domain (pref.kagawa.lg.jp, city.sendai.jp, metro.tokyo.lg.jp). */
const GOVERNMENT_LABEL = /^(pref|metro|city|town|vill|ward)$/;
const PREFECTURE_NAMES = new Set(PREFECTURES.map((p) => p.slug));

/**
 * Hosts that carry other outlets' pages. A source on one of them counts only through the
 * `publisher` it states, or, for caches that spell the original host in their own name, that host.
 */
const COPY_HOSTS: { host: RegExp; original?: (host: string) => string }[] = [
  // www-metro-tokyo-lg-jp.cache.yimg.jp is a copy of www.metro.tokyo.lg.jp
  { host: /\.cache\.yimg\.jp$/, original: (host) => host.split('.')[0].replaceAll('-', '.') },
  // www-city-x-lg-jp.translate.goog ("--" stands for a hyphen in the original)
  { host: /\.translate\.goog$/, original: (host) => host.split('.')[0].replaceAll('--', '\u0000').replaceAll('-', '.').replaceAll('\u0000', '-') },
  { host: /^(news|headlines)\.yahoo\.co\.jp$/ },
  { host: /^news\.livedoor\.com$/ },
  { host: /^news\.goo\.ne\.jp$/ },
  { host: /^(www\.)?excite\.co\.jp$/ },
  { host: /^(www\.)?msn\.com$/ },
  { host: /^nordot\.app$/ },
  { host: /^news\.line\.me$/ },
  { host: /^(www\.)?47news\.jp$/ },
  { host: /^(www\.)?mykoho\.jp$/ },
  { host: /^web\.archive\.org$/ },
  { host: /^webcache\.googleusercontent\.com$/ },
];

/**
 * Hosts that are not publishers at all: an automatically generated summary site, unofficial mirrors of
 * government sites. A source on them never counts, whatever it says it copies.
 */
export const NOT_PUBLISHERS: RegExp[] = [/(^|\.)pier\.news$/, /\.2wwsc\.group$/, /\.magicdicholhk\.tech$/];

/** The registrable domain of a host name, with Japan's government and second-level domains. */
export function registrableDomain(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '').split('.');
  const n = labels.length;
  if (labels[n - 1] !== 'jp' || n < 3) return labels.slice(-2).join('.');
  const second = labels[n - 2];
  if (second === 'lg') {
    // pref.kagawa.lg.jp, city.saitama.lg.jp, city.sendai.miyagi.lg.jp: from the government label on.
    const start = labels.findIndex((label) => GOVERNMENT_LABEL.test(label));
    return labels.slice(start >= 0 ? start : -3).join('.');
  }
  if (JP_SECOND_LEVEL.has(second)) return labels.slice(-3).join('.');
  if (PREFECTURE_NAMES.has(second)) {
    // pref.kyoto.jp (and police.pref.kyoto.jp) is the prefecture; city.fukushima.fukushima.jp a city in it.
    if (GOVERNMENT_LABEL.test(labels[n - 3]) || n === 3) return labels.slice(-3).join('.');
    return labels.slice(-4).join('.');
  }
  return labels.slice(-2).join('.');
}

/**
 * The publisher of a source: the one it states, else its host's registrable domain; undefined for a
 * copy whose original outlet is not known (such a source cannot count as an independent one).
 */
export function publisherOf(source: { url: string; publisher?: string }): string | undefined {
  const host = new URL(source.url).hostname.toLowerCase();
  if (NOT_PUBLISHERS.some((p) => p.test(host))) return undefined;
  if (source.publisher) return registrableDomain(source.publisher);
  const copy = COPY_HOSTS.find((c) => c.host.test(host));
  if (copy) return copy.original ? registrableDomain(copy.original(host)) : undefined;
  return registrableDomain(host);
}
