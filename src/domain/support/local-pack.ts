/**
 * A local payment travels in the self-check's data without the `article` of each rule: every one cites the
 * payment by its name (src/domain/support/local.ts), and the file must stay small as payments are added.
 * `unpackLocal` puts them back when the bundle is read, so the engine sees the scheme `localScheme` made.
 */
import type { FinderScheme } from './index';

type Cited = { article?: string };

const strip = <T extends Cited>(item: T, name: string): T => {
  if (item.article !== name) return item;
  const { article: _article, ...rest } = item;
  return rest as T;
};
const restore = <T extends Cited>(item: T, name: string): T => (item.article === undefined ? { ...item, article: name } : item);

function mapArticles(scheme: FinderScheme, f: <T extends Cited>(item: T, name: string) => T): FinderScheme {
  const { name } = scheme;
  return {
    ...scheme,
    criteria: scheme.criteria.map((c) => f(c.type === 'harm' ? { ...c, routes: c.routes.map((r) => f(r, name)) } : c, name)),
    ...(scheme.deadline ? { deadline: { ...scheme.deadline, limits: scheme.deadline.limits.map((l) => f(l, name)) } } : {}),
    conditions: scheme.conditions.map((c) => f(c, name)),
    apply: f(scheme.apply, name),
  };
}

const isLocal = (scheme: FinderScheme) => scheme.criteria.some((c) => c.type === 'area');

/** For the bundle: a local payment's rules without the articles that only repeat its name. */
export const packLocal = (scheme: FinderScheme): FinderScheme => (isLocal(scheme) ? mapArticles(scheme, strip) : scheme);

/** When the bundle is read: every rule of a local payment cites it again. */
export const unpackLocal = (scheme: FinderScheme): FinderScheme => (isLocal(scheme) ? mapArticles(scheme, restore) : scheme);
