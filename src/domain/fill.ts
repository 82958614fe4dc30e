/**
 * Sentences as data: a template's {name} placeholders are filled from `vars`. Templates live in each
 * language's dictionary, so the engines and the island carry no words of their own and a new language
 * needs no code. ルビ marks ({漢字|かんじ}) are not placeholders: a name is ASCII letters only.
 */
export function fill(template: string, vars: Record<string, string> = {}): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (_whole, name: string) => {
    if (!(name in vars)) throw new Error(`template needs {${name}}: ${template}`);
    return vars[name];
  });
}
