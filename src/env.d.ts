interface ImportMetaEnv {
  readonly PUBLIC_QUICK_EXIT_URL?: string;
  readonly PUBLIC_REPORT_URL?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
