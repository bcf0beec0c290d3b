import german from '../../public/_locales/de/messages.json' with { type: 'json' };

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The German catalog, for tests of what a German browser shows. */
export const GERMAN: Catalog = german;

/**
 * Plays a browser whose UI language is `language`: chrome.i18n answers from `catalog`, filling
 * placeholders as Chrome does. Returns the undo.
 */
export function speakLanguage(catalog: Catalog, language: string): () => void {
  const scope = globalThis as { chrome?: Record<string, unknown> };
  const previous = scope.chrome;
  scope.chrome = {
    ...previous,
    i18n: {
      getUILanguage: () => language,
      getMessage(key: string, substitutions: string[] = []) {
        const entry = catalog[key];
        if (!entry) return '';
        return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) =>
          (entry.placeholders?.[name.toLowerCase()]?.content ?? whole).replace(
            /\$(\d)/g,
            (_, index: string) => substitutions[Number(index) - 1] ?? '',
          ),
        );
      },
    },
  };
  return () => {
    scope.chrome = previous;
  };
}
