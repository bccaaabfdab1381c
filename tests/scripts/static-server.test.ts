import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/static-server.ts';

const file = `/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY

/embed/*
  ! Content-Security-Policy
  ! X-Frame-Options
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`;

describe('_headers', () => {
  const rules = parseHeadersFile(file);
  it('applies the site-wide policy to ordinary pages', () => {
    expect(headersFor(rules, '/atlas/')).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    });
  });
  it('lets embeddable pages be framed', () => {
    expect(headersFor(rules, '/embed/chart/')).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors *",
    });
  });
});
