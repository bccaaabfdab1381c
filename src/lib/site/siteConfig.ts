/**
 * Who publishes the site and under which terms: data/site.json, overridden at build time by the SITE_* environment
 * variables below (as the public address is SITE_URL, see the README). A value left null is not invented: the
 * pages say it is not configured. Pure: src/lib/io/siteConfig.ts reads the file and the environment; the schema
 * and the wording live here.
 */
import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

export const siteConfigSchema = z
  .object({
    /** The person or organisation responsible for the site, as it should appear in citations. */
    publisher: optional(z.string().trim().min(1, 'must not be empty (use null when not configured)')),
    contactEmail: optional(z.email('must be an email address')),
    /** Where readers report an error; the contact address when null. */
    correctionsEmail: optional(z.email('must be an email address')),
    repositoryUrl: optional(z.string().regex(/^https:\/\/[^\s/]+\/\S*$/, 'must be an https address')),
    /** The licence of the site's text, figures and curated tables. */
    contentLicence: optional(z.string().trim().min(1, 'must not be empty (use null when not configured)')),
    /** The licence of the code (the LICENSE file). */
    codeLicence: optional(z.string().trim().min(1, 'must not be empty (use null when not configured)')),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The config from the file's text, or an error naming the file, field, value and rule. */
export function parseSiteConfig(text: string, file = 'data/site.json'): SiteConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = siteConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  const value = field && raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[field] : undefined;
  const valueText = value === undefined ? '' : `, value ${JSON.stringify(value)}`;
  const fieldText = field
    ? `field "${field}"`
    : issue.code === 'unrecognized_keys'
      ? `fields ${issue.keys.join(', ')}`
      : 'root';
  throw new Error(`${file}: ${fieldText}${valueText}: ${issue.message}`);
}

/**
 * The build-time overrides: a deployment names its publisher and addresses without editing data/site.json. An
 * unset or blank variable leaves the file's value.
 */
export const SITE_CONFIG_ENV = {
  SITE_PUBLISHER: 'publisher',
  SITE_CONTACT_EMAIL: 'contactEmail',
  SITE_CORRECTIONS_EMAIL: 'correctionsEmail',
  SITE_REPOSITORY_URL: 'repositoryUrl',
} as const satisfies Record<string, keyof SiteConfig>;

/**
 * The file's config with the environment's overrides, validated by the same schema: an invalid override is
 * named by its variable, e.g. `SITE_CONTACT_EMAIL "desk": must be an email address`.
 */
export function siteConfigWithEnv(
  fileText: string,
  env: Readonly<Record<string, string | undefined>>,
  file = 'data/site.json',
): SiteConfig {
  const fromFile = parseSiteConfig(fileText, file);
  const overrides: Partial<Record<keyof SiteConfig, string>> = {};
  for (const [variable, field] of Object.entries(SITE_CONFIG_ENV)) {
    const value = env[variable]?.trim();
    if (!value) continue;
    const result = siteConfigSchema.shape[field].safeParse(value);
    if (!result.success)
      throw new Error(
        `${variable} ${JSON.stringify(value)}: ${result.error.issues[0]!.message} (overrides ${file}'s "${field}")`,
      );
    overrides[field] = value;
  }
  return { ...fromFile, ...overrides };
}

/** Says plainly that a value is not configured rather than inventing one. */
export const NOT_CONFIGURED = 'not configured for this build';

/** The name under which citations list the site's author: the publisher, else the site's own name. */
export function citationAuthor(config: Pick<SiteConfig, 'publisher'>, siteName: string): string {
  return config.publisher ?? siteName;
}

/**
 * The terms of use an upstream SOURCE.md states, quoted as written (its "Reuse …" or "Use terms: …" sentence),
 * and any licence a file in it is "published under", so the site never restates them in its own words.
 */
export interface SourceTerms {
  quoted: string | null;
  publishedUnder: string[];
}

export function sourceTerms(sourceMd: string): SourceTerms {
  // Paragraphs of the file, hard-wrapped lines joined.
  const text = sourceMd.replace(/\r\n/g, '\n').replace(/([^\n])\n(?=[^\n#-])/g, '$1 ');
  const use = /(?:Use terms:|Reuse )[^\n]*?\.(?=\s|$)/.exec(text);
  const publishedUnder = [...new Set([...text.matchAll(/published under (CC [A-Z-]+ \d\.\d)/g)].map((m) => m[1]!))];
  return { quoted: use ? use[0] : null, publishedUnder };
}
