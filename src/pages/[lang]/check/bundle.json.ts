/** /en/check/bundle.json, /yasashii/check/bundle.json: the self-check's data with that language's words. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkBundle } from '../../../lib/check-bundle';
import { TRANSLATED_LANGS, type TranslatedLang } from '../../../i18n/languages';

export const getStaticPaths = (() => TRANSLATED_LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await checkBundle(params.lang as TranslatedLang)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
