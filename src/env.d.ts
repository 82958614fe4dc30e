interface ImportMetaEnv {
  readonly PUBLIC_QUICK_EXIT_URL?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
