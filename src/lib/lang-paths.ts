/** getStaticPaths for pages that exist in every translated language (/en/…, /yasashii/…). */
import { TRANSLATED_LANGS } from '../i18n/languages';

export const translatedLangPaths = () => TRANSLATED_LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
